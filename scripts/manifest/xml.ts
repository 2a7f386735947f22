/**
 * The manifest as a tree of elements with namespaces and line numbers, read with xml2js
 * (strict sax, namespaces on), plus the few well-formedness rules that xml2js does not apply:
 * it takes HTML entities such as &nbsp;, a repeated attribute, a DOCTYPE, content after the
 * root element and any declared encoding. xml2js gives no line numbers: the n-th element of
 * the tree is the n-th start tag of the text once comments, CDATA and PIs are blanked out.
 *
 * @example parseXml('<a xmlns="urn:a"><b/></a>').children[0] // { local: "b", ns: "urn:a", line: 1, … }
 */
/// <reference path="./xml2js.d.ts" />
import { Parser } from "xml2js";

export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  /** Namespace URI; null for unprefixed attributes. */
  readonly ns: string | null;
  readonly value: string;
}

export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly ns: string | null;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** The element's own text (character data and CDATA directly inside it). */
  readonly text: string;
  readonly line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** A node as xml2js gives it with the options below. */
interface Xml2jsNode {
  readonly "#name": string;
  readonly $ns: { readonly uri: string; readonly local: string };
  readonly $?: Record<string, { name: string; local: string; uri: string; value: string }>;
  readonly $$?: readonly Xml2jsNode[];
  readonly _?: string;
}

const XML_ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);
const NOT_MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE_NAME = /([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;

function readWithXml2js(text: string): Xml2jsNode | null {
  let answer: { error: Error | null; root: unknown } | undefined;
  const parser = new Parser({
    strict: true,
    xmlns: true,
    explicitRoot: false,
    explicitChildren: true,
    preserveChildrenOrder: true,
    charkey: "_",
  });
  parser.parseString(text, (error, root) => {
    answer ??= { error, root };
  });
  if (!answer) throw new Error("xml2js did not call back synchronously");
  if (answer.error) {
    // sax: "Unexpected close tag\nLine: 104\nColumn: 12\nChar: >", lines from 0.
    const [message, line] = answer.error.message.split(/\nLine: /);
    throw new XmlSyntaxError(message, Number.parseInt(line, 10) + 1 || 1);
  }
  return answer.root as Xml2jsNode | null;
}

/** Parses `source`; throws XmlSyntaxError with the line of the first error. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\ufeff/, "");
  const root = readWithXml2js(text);
  const markup = text.replace(NOT_MARKUP, (skipped) => skipped.replace(/[^\n]/g, " "));
  const fail = (message: string, index: number): never => {
    throw new XmlSyntaxError(message, text.slice(0, index).split("\n").length);
  };

  const encoding = /^<\?xml[^?]*encoding\s*=\s*["']([^"']*)/.exec(text)?.[1];
  if (encoding && !/^utf-?8$/i.test(encoding)) fail(`encoding ${encoding} (use UTF-8)`, 0);
  const doctype = markup.indexOf("<!DOCTYPE");
  if (doctype >= 0) fail("a DOCTYPE is not allowed in a manifest", doctype);
  for (const entity of markup.matchAll(/&([^#;&\s<][^;&\s<]*);/g)) {
    if (!XML_ENTITIES.has(entity[1])) fail(`unknown entity &${entity[1]};`, entity.index);
  }
  if (!root) return fail("the document has no root element", text.length);

  const lines: number[] = [];
  let depth = 0;
  let rootEnd = markup.length;
  for (const tag of markup.matchAll(TAG)) {
    const [whole, close, , attributes, selfClosing] = tag;
    if (!close) {
      lines.push(text.slice(0, tag.index).split("\n").length);
      const names = [...attributes.matchAll(ATTRIBUTE_NAME)].map((a) => a[1]);
      const twice = names.find((name, i) => names.indexOf(name) !== i);
      if (twice) fail(`attribute ${twice} appears twice`, tag.index);
    }
    depth += close ? -1 : selfClosing ? 0 : 1;
    if (depth === 0) {
      rootEnd = tag.index + whole.length;
      break;
    }
  }
  const after = markup.slice(rootEnd).search(/\S/);
  if (after >= 0) fail("content after the root element", rootEnd + after);

  let next = 0;
  const toElement = (node: Xml2jsNode): XmlElement => {
    const line = lines[next++] ?? 0;
    return {
      name: node["#name"],
      local: node.$ns.local,
      ns: node.$ns.uri || null,
      attributes: Object.values(node.$ ?? {}).map((a) => ({
        name: a.name,
        local: a.local,
        ns: a.uri || null,
        value: a.value,
      })),
      line,
      children: (node.$$ ?? []).map(toElement),
      text: typeof node._ === "string" ? node._ : "", // a child <_> would take its place
    };
  };
  return toElement(root);
}

/** The value of `element`'s attribute `local` in namespace `ns` (none: unprefixed). */
export function attr(
  element: XmlElement,
  local: string,
  ns: string | null = null
): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}
