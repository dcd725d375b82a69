/** A picked file's bytes or text: `Blob.arrayBuffer` where the webview has it, FileReader otherwise (older webviews). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export async function readFileText(file: Blob): Promise<string> {
  return new TextDecoder("utf-8").decode(await readFileBytes(file));
}
