import { fail } from "./types";

/**
 * A small forward scanner over XML text, built on indexOf. It knows tags, attributes, text,
 * comments, CDATA and processing instructions; it does not check nesting. Names are compared
 * by local name (`x:c` and `c` are the same element). A DOCTYPE or ENTITY declaration ends the
 * read with `malformed_xml`: entity expansion is how "billion laughs" files attack parsers.
 */
export class XmlScanner {
  /** Local name of the current tag (prefix removed). */
  name = "";
  /** True for `</name>`. */
  isEnd = false;
  /** True for `<name/>`. */
  selfClosing = false;
  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private tagStart = 0;

  constructor(
    private readonly src: string,
    private readonly part: string
  ) {}

  /** Moves to the next start or end tag; false at the end of the document. */
  next(): boolean {
    const s = this.src;
    this.textStart = this.pos;
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = s.length;
        this.tagStart = s.length;
        return false;
      }
      this.tagStart = lt;
      const c = s.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = this.textStart = this.after("?>", lt + 2);
        continue;
      }
      if (c === 33 /* ! */) {
        this.pos = this.textStart = this.skipMarkup(lt);
        continue;
      }
      if (c === 47 /* / */) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) this.malformed();
        let e = gt;
        while (e > lt + 2 && s.charCodeAt(e - 1) <= 32) e--;
        this.name = localName(s, lt + 2, e);
        this.isEnd = true;
        this.selfClosing = false;
        this.pos = gt + 1;
        return true;
      }
      let i = lt + 1;
      const n = s.length;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (ch <= 32 || ch === 47 || ch === 62) break;
        i++;
      }
      if (i === lt + 1 || i >= n) this.malformed();
      this.name = localName(s, lt + 1, i);
      this.isEnd = false;
      this.attrStart = i;
      // Find the closing '>' outside quoted attribute values.
      for (;;) {
        if (i >= n) this.malformed();
        const ch = s.charCodeAt(i);
        if (ch === 62) break;
        if (ch === 34 || ch === 39) {
          const q = s.indexOf(ch === 34 ? '"' : "'", i + 1);
          if (q < 0) this.malformed();
          i = q + 1;
        } else i++;
      }
      this.selfClosing = s.charCodeAt(i - 1) === 47;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /**
   * Several attributes in one pass: `out[i]` receives the value of `names[i]` (qualified
   * names) or undefined. Used on hot paths such as worksheet cells.
   */
  attrsInto(names: readonly string[], out: (string | undefined)[]): void {
    for (let k = 0; k < names.length; k++) out[k] = undefined;
    const s = this.src;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      let ch = s.charCodeAt(i);
      while (ch <= 32 && i < end) ch = s.charCodeAt(++i);
      if (i >= end) return;
      const nameStart = i;
      while (i < end && (ch = s.charCodeAt(i)) !== 61 && ch > 32) i++;
      const nameEnd = i;
      while (i < end && s.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && (ch = s.charCodeAt(i)) !== 34 && ch !== 39) i++;
      if (i >= end) return;
      const q = s.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (q < 0 || q > end) return;
      for (let k = 0; k < names.length; k++) {
        if (matchesName(s, nameStart, nameEnd, names[k], false)) {
          out[k] = decodeXml(s.slice(i + 1, q));
          break;
        }
      }
      i = q + 1;
    }
  }

  /**
   * The raw character data between the previous tag and the current one (entities not yet
   * decoded). Comments or processing instructions in between cut it short.
   */
  textBefore(): string {
    return this.src.slice(this.textStart, this.tagStart);
  }

  /** Attribute of the current start tag by qualified name (`r`, `r:id`, `office:value`). */
  attr(qname: string): string | undefined {
    return this.findAttr(qname, false);
  }

  /** Attribute by local name, whatever its prefix (`id` matches `r:id`). */
  attrLocal(local: string): string | undefined {
    return this.findAttr(local, true);
  }

  private findAttr(wanted: string, byLocal: boolean): string | undefined {
    const s = this.src;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      let ch = s.charCodeAt(i);
      while (ch <= 32 && i < end) ch = s.charCodeAt(++i);
      if (i >= end) return undefined;
      const nameStart = i;
      while (i < end && (ch = s.charCodeAt(i)) !== 61 && ch > 32) i++;
      const nameEnd = i;
      while (i < end && s.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && (ch = s.charCodeAt(i)) !== 34 && ch !== 39) i++;
      if (i >= end) return undefined;
      const q = s.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (q < 0 || q > end) return undefined;
      if (matchesName(s, nameStart, nameEnd, wanted, byLocal)) return decodeXml(s.slice(i + 1, q));
      i = q + 1;
    }
    return undefined;
  }

  /**
   * For the current start tag: its character data (text and CDATA at any depth) up to the
   * matching end tag, entities decoded. Leaves the scanner after that end tag.
   */
  readText(): string {
    if (this.selfClosing) return "";
    const s = this.src;
    const lt = s.indexOf("<", this.pos);
    // Fast path: plain text followed directly by the end tag.
    if (lt >= 0 && s.charCodeAt(lt + 1) === 47) {
      const text = s.slice(this.pos, lt);
      this.next();
      return decodeXml(text);
    }
    let out = "";
    let depth = 0;
    for (;;) {
      const at = s.indexOf("<", this.pos);
      if (at < 0) this.malformed();
      if (at > this.pos) out += decodeXml(s.slice(this.pos, at));
      if (s.startsWith("<![CDATA[", at)) {
        const e = s.indexOf("]]>", at + 9);
        if (e < 0) this.malformed();
        out += normalizeNewlines(s.slice(at + 9, e));
        this.pos = e + 3;
        continue;
      }
      if (s.startsWith("<!--", at)) {
        this.pos = this.after("-->", at + 4);
        continue;
      }
      if (s.charCodeAt(at + 1) === 63 /* ? */) {
        this.pos = this.after("?>", at + 2);
        continue;
      }
      this.pos = at;
      if (!this.next()) this.malformed();
      if (this.isEnd) {
        if (depth === 0) return out;
        depth--;
      } else if (!this.selfClosing) depth++;
    }
  }

  /** Skips the rest of the current element (after its start tag). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 0;
    while (this.next()) {
      if (this.isEnd) {
        if (depth === 0) return;
        depth--;
      } else if (!this.selfClosing) depth++;
    }
  }

  malformed(): never {
    return fail("malformed_xml", { part: this.part });
  }

  private after(token: string, from: number): number {
    const e = this.src.indexOf(token, from);
    if (e < 0) this.malformed();
    return e + token.length;
  }

  private skipMarkup(lt: number): number {
    const s = this.src;
    if (s.startsWith("<!--", lt)) return this.after("-->", lt + 4);
    if (s.startsWith("<![CDATA[", lt)) return this.after("]]>", lt + 9);
    // <!DOCTYPE, <!ENTITY and anything else: refused, never expanded.
    return this.malformed();
  }
}

function localName(s: string, start: number, end: number): string {
  // A loop over the name, not indexOf: indexOf would run on to the end of the document
  // whenever the name has no prefix, which makes a large part quadratic.
  for (let i = start; i < end; i++) if (s.charCodeAt(i) === 58 /* : */) return s.slice(i + 1, end);
  return s.slice(start, end);
}

function matchesName(
  s: string,
  start: number,
  end: number,
  wanted: string,
  byLocal: boolean
): boolean {
  const len = end - start;
  if (len === wanted.length) return s.startsWith(wanted, start);
  if (!byLocal || len <= wanted.length) return false;
  const at = end - wanted.length;
  return s.charCodeAt(at - 1) === 58 /* : */ && s.startsWith(wanted, at);
}

/** XML line-end handling: a literal CR or CRLF in the file reads as LF. */
function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Longest entity body looked at (`#x10FFFF` is 8); keeps a run of stray `&` linear. */
const MAX_ENTITY_BODY = 10;

function entityText(body: string): string | undefined {
  switch (body) {
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  if (!/^#(x[0-9a-fA-F]+|X[0-9a-fA-F]+|[0-9]+)$/.test(body)) return undefined;
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
  const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Decodes the five named entities and numeric references; unknown ones stay as written. */
export function decodeXml(raw: string): string {
  const s = normalizeNewlines(raw);
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  const n = s.length;
  while (amp >= 0) {
    let semi = -1;
    for (let i = amp + 1; i < n && i <= amp + 1 + MAX_ENTITY_BODY; i++) {
      if (s.charCodeAt(i) === 59 /* ; */) {
        semi = i;
        break;
      }
    }
    const rep = semi < 0 ? undefined : entityText(s.slice(amp + 1, semi));
    if (rep !== undefined) {
      out += s.slice(last, amp) + rep;
      last = semi + 1;
    }
    amp = s.indexOf("&", rep !== undefined ? semi + 1 : amp + 1);
  }
  return out + s.slice(last);
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

const utf8 = new TextDecoder("utf-8");

/** Bytes of an XML part as text: UTF-8 (BOM dropped) or UTF-16 with a BOM. */
export function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  return utf8.decode(b);
}
