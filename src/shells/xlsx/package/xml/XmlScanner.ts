/**
 * A small, fast, streaming XML tokenizer for the parts of an .xlsx package (no DTDs, no external entities): feed it
 * text chunks, it calls `open`, `close` and `text` as tokens complete. Element names lose the root element's namespace
 * prefix (`x:c` → `c` when the root is `x:worksheet`); other prefixes stay (`x14:cfRule`). Text and attribute values
 * come decoded; `raw()` gives the current token's source text, for transforms that copy what they do not change.
 */
import { decodeXmlAttribute } from "./decodeXmlAttribute";
import { decodeXmlText } from "./decodeXmlText";
import { PackageError } from "../PackageError";

export type XmlAttributes = Record<string, string>;

export type XmlHandler = {
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
  /** A declaration, processing instruction, comment or document type: nothing to parse, `raw()` to copy it. */
  other?(): void;
};

const OPEN_TAG = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlScanner {
  private buffer = "";
  private position = 0;
  private tokenStart = 0;
  private tokenEnd = 0;
  private consumed = 0;
  private rootPrefix: string | null = null;
  private depth = 0;

  /** What receives the tokens; may be set after construction (a handler that needs `raw()`). */
  handler: XmlHandler;

  constructor(handler: XmlHandler = {}) {
    this.handler = handler;
  }

  /** The source text of the token being reported (valid only inside a handler call). */
  raw(): string {
    return this.buffer.slice(this.tokenStart, this.tokenEnd);
  }

  /** Offset in the whole document where the current token starts. */
  get tokenOffset(): number {
    return this.consumed + this.tokenStart;
  }

  /** Offset in the whole document just past the current token. */
  get tokenEndOffset(): number {
    return this.consumed + this.tokenEnd;
  }

  /** Nesting depth of the token being reported: 1 for the root element. */
  get level(): number {
    return this.depth;
  }

  write(chunk: string): void {
    this.consumed += this.position;
    this.buffer =
      this.position < this.buffer.length ? this.buffer.slice(this.position) + chunk : chunk;
    this.position = 0;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.position < this.buffer.length) throw new PackageError("package.badXml");
    if (this.depth !== 0) throw new PackageError("package.badXml");
    this.buffer = "";
    this.position = 0;
  }

  private localName(name: string): string {
    if (this.rootPrefix === null) {
      const colon = name.indexOf(":");
      this.rootPrefix = colon >= 0 ? name.slice(0, colon + 1) : "";
    }
    return this.rootPrefix !== "" && name.startsWith(this.rootPrefix)
      ? name.slice(this.rootPrefix.length)
      : name;
  }

  private reportOther(start: number, end: number): void {
    if (!this.handler.other) return;
    this.tokenStart = start;
    this.tokenEnd = end;
    this.handler.other();
  }

  private scan(final: boolean): void {
    const buffer = this.buffer;
    const length = buffer.length;
    const handler = this.handler;
    let position = this.position;
    while (position < length) {
      if (buffer.charCodeAt(position) !== 60 /* < */) {
        const next = buffer.indexOf("<", position);
        if (next < 0 && !final) break;
        const end = next < 0 ? length : next;
        this.tokenStart = position;
        this.tokenEnd = end;
        if (handler.text) handler.text(decodeXmlText(buffer.slice(position, end)));
        position = end;
        continue;
      }
      const second = buffer.charCodeAt(position + 1);
      if (second === 47 /* / */) {
        const end = buffer.indexOf(">", position);
        if (end < 0) break;
        this.tokenStart = position;
        this.tokenEnd = end + 1;
        const name = this.localName(buffer.slice(position + 2, end).trim());
        if (handler.close) handler.close(name);
        this.depth--;
        position = end + 1;
        continue;
      }
      if (second === 63 /* ? */) {
        const end = buffer.indexOf("?>", position);
        if (end < 0) break;
        this.reportOther(position, end + 2);
        position = end + 2;
        continue;
      }
      if (second === 33 /* ! */) {
        if (buffer.startsWith("<!--", position)) {
          const end = buffer.indexOf("-->", position);
          if (end < 0) break;
          this.reportOther(position, end + 3);
          position = end + 3;
          continue;
        }
        if (buffer.startsWith("<![CDATA[", position)) {
          const end = buffer.indexOf("]]>", position);
          if (end < 0) break;
          this.tokenStart = position;
          this.tokenEnd = end + 3;
          if (handler.text) handler.text(buffer.slice(position + 9, end));
          position = end + 3;
          continue;
        }
        if (position + 9 > length && !final) break;
        if (buffer.startsWith("<!DOCTYPE", position)) {
          const end = buffer.indexOf(">", position);
          if (end < 0) break;
          if (buffer.slice(position, end).includes("[")) throw new PackageError("package.badXml");
          this.reportOther(position, end + 1);
          position = end + 1;
          continue;
        }
        throw new PackageError("package.badXml");
      }
      OPEN_TAG.lastIndex = position + 1;
      if (!OPEN_TAG.test(buffer)) {
        if (final) throw new PackageError("package.badXml");
        break;
      }
      const end = OPEN_TAG.lastIndex; // just past ">"
      const selfClosing = buffer.charCodeAt(end - 2) === 47;
      const body = buffer.slice(position + 1, selfClosing ? end - 2 : end - 1);
      let nameEnd = 0;
      while (nameEnd < body.length && body.charCodeAt(nameEnd) > 32) nameEnd++;
      const name = this.localName(body.slice(0, nameEnd));
      this.tokenStart = position;
      this.tokenEnd = end;
      this.depth++;
      if (handler.open) {
        const attributes: XmlAttributes = {};
        if (nameEnd < body.length) {
          ATTRIBUTE.lastIndex = nameEnd;
          for (let match = ATTRIBUTE.exec(body); match; match = ATTRIBUTE.exec(body))
            attributes[match[1]] = decodeXmlAttribute(match[2] ?? match[3]);
        }
        handler.open(name, attributes, selfClosing);
      }
      if (selfClosing) {
        if (handler.close) handler.close(name);
        this.depth--;
      }
      position = end;
    }
    this.position = position;
  }
}
