/** Runs an XML handler over a whole document, given as one string or as streamed chunks. */
import { XmlHandler, XmlScanner } from "./XmlScanner";

export async function scanXml(
  source: string | AsyncIterable<string>,
  handler: XmlHandler | ((scanner: XmlScanner) => XmlHandler)
): Promise<void> {
  const scanner = new XmlScanner();
  scanner.handler = typeof handler === "function" ? handler(scanner) : handler;
  if (typeof source === "string") scanner.write(source);
  else for await (const chunk of source) scanner.write(chunk);
  scanner.end();
}
