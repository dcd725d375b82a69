/** An XML attribute value → text: white space normalised to spaces (as XML requires), then references resolved. */
import { decodeEntity } from "./decodeXmlText";

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

export function decodeXmlAttribute(value: string): string {
  const normalised = /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, " ") : value;
  return normalised.indexOf("&") >= 0 ? normalised.replace(ENTITY, decodeEntity) : normalised;
}
