/**
 * Saves bytes or text as a file through `<a download>` (Windows, the web and plain browsers; Mac desktop's webview
 * refuses it, office-js#2700). The object URL lives only for the click.
 */
export function downloadFile(name: string, content: string | Uint8Array, type: string): void {
  // A copy, so the Blob owns a plain ArrayBuffer whatever buffer the bytes came in.
  const part = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type DownloadFile = typeof downloadFile;
