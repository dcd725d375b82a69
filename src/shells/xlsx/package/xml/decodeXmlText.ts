/** XML character data → text: entity and character references resolved, line ends normalised as parsers must. */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntity(_match: string, entity: string): string {
  if (entity.charCodeAt(0) !== 35) return NAMED[entity];
  const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return String.fromCodePoint(code);
}

export function decodeXmlText(text: string): string {
  const normalised = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
  return normalised.indexOf("&") >= 0 ? normalised.replace(ENTITY, decodeEntity) : normalised;
}
