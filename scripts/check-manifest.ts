/**
 * Offline check of the add-in manifest (manifest.xml): what `office-addin-manifest validate`
 * cannot check without Microsoft's web service, plus the project's own rules.
 *
 * - well-formed XML with namespaces (a strict parser of its own: no DOCTYPE, no unknown
 *   entities, one root, matching tags, unique attributes, bound prefixes);
 * - root OfficeApp in the 1.1 namespace, xsi:type TaskPaneApp, VersionOverrides 1.0;
 * - the element order the schema requires (OfficeApp, VersionOverrides, Resources, the
 *   ribbon elements), required elements present, none repeated;
 * - Id a GUID, Version n.n.n.n, Host Workbook, Requirements declaring ExcelApi;
 * - every URL https and on the origin of DefaultSettings/SourceLocation; every task-pane
 *   SourceLocation carrying `?host=excel`;
 * - every icon URL an existing PNG under `assetsDir` (served at /assets/) whose size matches
 *   the size it is used at (bt:Image size, IconUrl 32, HighResolutionIconUrl 64);
 * - every resid defined in the right Resources collection; resource ids ≤ 32 characters and
 *   unique; ShortStrings and DisplayName ≤ 125 characters, LongStrings and Description ≤ 250.
 *
 * Run: `node scripts/run-ts.js scripts/check-manifest.ts [manifest.xml] [assets-dir]`
 *
 * @example
 * checkManifest(readFileSync("manifest.xml", "utf8"), { assetsDir: "assets" }).problems // []
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPngInfo } from "./png";

// ---------------------------------------------------------------------------------------------
// A strict, minimal XML parser (elements, attributes, text; comments and PIs skipped).

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
  readonly children: XmlElement[];
  /** The element's own text (character data and CDATA directly inside it). */
  text: string;
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

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const NAME_START = "A-Za-z_\\u00c0-\\ufffd";
const NAME_CHAR = "\\w.\\-\\u00b7\\u00c0-\\ufffd";
const NAME_PART = `[${NAME_START}][${NAME_CHAR}]*`;
const NAME = new RegExp(`${NAME_PART}(?::${NAME_PART})?`, "y");
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Parses `source` strictly; throws XmlSyntaxError with the line of the first error. */
export function parseXml(source: string): XmlElement {
  const text = source.startsWith("\ufeff") ? source.slice(1) : source;
  let at = 0;
  const lineAt = (position: number): number => {
    let line = 1;
    for (let i = 0; i < position && i < text.length; i++) if (text[i] === "\n") line++;
    return line;
  };
  const fail = (message: string, position = at): never => {
    throw new XmlSyntaxError(message, lineAt(position));
  };
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).padStart(4, "0");
    fail(`character U+${code} is not allowed`, bad.index);
  }

  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;&\s<]*)(;?)/g, (_m, name: string, semi: string, offset: number) => {
      if (!semi) fail("'&' must start an entity reference such as &amp;", start + offset);
      if (name in ENTITIES) return ENTITIES[name];
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
      if (!numeric) return fail(`unknown entity &${name};`, start + offset);
      const code = numeric[1] ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : "\u0000";
      if (FORBIDDEN_CHAR.test(char) || (code >= 0xd800 && code <= 0xdfff)) {
        fail(`character reference &${name}; is not allowed`, start + offset);
      }
      return char;
    });
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) return fail("a name is expected here");
    at += match[0].length;
    return match[0];
  };
  const skipSpace = (): boolean => {
    const start = at;
    while (at < text.length && " \t\r\n".includes(text[at])) at++;
    return at > start;
  };
  const skipUntil = (end: string, what: string): string => {
    const close = text.indexOf(end, at);
    if (close < 0) fail(`${what} is not closed with ${end}`);
    const body = text.slice(at, close);
    at = close + end.length;
    return body;
  };
  /** Skips white space, comments and processing instructions. */
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith("<!--", at)) {
        at += 4;
        const body = skipUntil("-->", "comment");
        if (body.includes("--") || body.endsWith("-")) fail("'--' is not allowed inside a comment");
      } else if (text.startsWith("<?", at)) {
        at += 2;
        const target = readName();
        if (target.toLowerCase() === "xml") fail("the XML declaration must come first");
        skipUntil("?>", "processing instruction");
      } else if (text.startsWith("<!DOCTYPE", at)) {
        fail("a DOCTYPE is not allowed in a manifest");
      } else return;
    }
  };

  if (text.startsWith("<?xml", at) && " \t\r\n".includes(text[at + 5] ?? "")) {
    at += 5;
    const declaration = skipUntil("?>", "XML declaration");
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]\1/.test(" " + declaration.trimStart())) {
      fail("the XML declaration has no version", 0);
    }
    const encoding = /encoding\s*=\s*(["'])([^"']*)\1/.exec(declaration);
    if (encoding && !/^utf-?8$/i.test(encoding[2])) fail(`encoding ${encoding[2]} (use UTF-8)`, 0);
  }
  skipMisc();
  if (text[at] !== "<")
    fail(at >= text.length ? "the document has no root element" : "text before the root element");

  type Scope = Map<string, string>;
  const resolve = (prefix: string, scopes: Scope[], position: number): string | null => {
    if (prefix === "xml") return XML_NS;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i].get(prefix);
      if (uri !== undefined) return uri === "" ? null : uri;
    }
    if (prefix) fail(`namespace prefix '${prefix}' is not declared`, position);
    return null;
  };

  const scopes: Scope[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (at < text.length) {
    if (stack.length === 0 && root) {
      skipMisc();
      if (at < text.length) fail("content after the root element");
      break;
    }
    const start = at;
    if (text.startsWith("<!--", at) || text.startsWith("<?", at)) {
      if (stack.length === 0) fail("a second root element");
      skipMisc();
      continue;
    }
    if (text.startsWith("<![CDATA[", at)) {
      if (stack.length === 0) fail("CDATA outside the root element");
      at += 9;
      stack[stack.length - 1].text += skipUntil("]]>", "CDATA section");
      continue;
    }
    if (text.startsWith("</", at)) {
      at += 2;
      const name = readName();
      skipSpace();
      if (text[at] !== ">") fail(`end tag </${name}> is not closed with '>'`);
      at++;
      const open = stack.pop();
      if (!open) return fail(`end tag </${name}> without a start tag`, start);
      if (open.name !== name) {
        fail(`end tag </${name}> does not match <${open.name}> of line ${open.line}`, start);
      }
      scopes.pop();
      continue;
    }
    if (text[at] === "<") {
      if (stack.length === 0 && root) fail("a second root element");
      at++;
      const name = readName();
      const raw: { name: string; value: string; position: number }[] = [];
      for (;;) {
        const spaced = skipSpace();
        if (text.startsWith("/>", at) || text[at] === ">") break;
        if (at >= text.length) fail(`start tag <${name}> is not closed`, start);
        if (!spaced) fail(`white space is needed before attribute in <${name}>`);
        const position = at;
        const attribute = readName();
        skipSpace();
        if (text[at] !== "=") fail(`attribute ${attribute} has no '=' and value`);
        at++;
        skipSpace();
        const quote = text[at];
        if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} must be quoted`);
        const close = text.indexOf(quote, at + 1);
        if (close < 0) fail(`the value of ${attribute} is not closed`);
        const body = text.slice(at + 1, close);
        if (body.includes("<")) fail(`'<' in the value of ${attribute}`, at);
        if (raw.some((a) => a.name === attribute))
          fail(`attribute ${attribute} appears twice`, position);
        raw.push({
          name: attribute,
          value: decode(body, at + 1).replace(/[\t\r\n]/g, " "),
          position,
        });
        at = close + 1;
      }
      const selfClosing = text[at] === "/";
      at += selfClosing ? 2 : 1;
      const scope: Scope = new Map();
      for (const a of raw) {
        if (a.name === "xmlns") scope.set("", a.value);
        else if (a.name.startsWith("xmlns:")) {
          if (!a.value)
            fail(`prefix ${a.name.slice(6)} is bound to an empty namespace`, a.position);
          scope.set(a.name.slice(6), a.value);
        }
      }
      scopes.push(scope);
      const split = (qname: string): [string, string] => {
        const colon = qname.indexOf(":");
        return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
      };
      const [prefix, local] = split(name);
      const attributes = raw.map((a): XmlAttribute => {
        const [p, l] = split(a.name);
        const ns =
          a.name === "xmlns" || p === "xmlns"
            ? XMLNS_NS
            : p
              ? resolve(p, scopes, a.position)
              : null;
        return { name: a.name, local: l, ns, value: a.value };
      });
      const seen = new Set<string>();
      for (const a of attributes) {
        const key = `${a.ns ?? ""}|${a.local}`;
        if (seen.has(key)) fail(`attribute ${a.name} appears twice (same namespace)`, start);
        seen.add(key);
      }
      const element: XmlElement = {
        name,
        local,
        ns: resolve(prefix, scopes, start),
        attributes,
        children: [],
        text: "",
        line: lineAt(start),
      };
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
      if (selfClosing) scopes.pop();
      else stack.push(element);
      continue;
    }
    // character data
    const next = text.indexOf("<", at);
    const end = next < 0 ? text.length : next;
    const chunk = text.slice(at, end);
    if (stack.length === 0) {
      if (chunk.trim()) fail("text outside the root element");
    } else {
      if (chunk.includes("]]>")) fail("']]>' is not allowed in text");
      stack[stack.length - 1].text += decode(chunk, at);
    }
    at = end;
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    fail(`<${open.name}> of line ${open.line} is never closed`, text.length);
  }
  if (!root) return fail("the document has no root element");
  return root;
}

// ---------------------------------------------------------------------------------------------
// The manifest rules.

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

/** Children in schema order; `required` ones must appear, none may repeat unless `many`. */
interface Slot {
  readonly name: string;
  readonly required?: boolean;
  readonly many?: boolean;
}

/** OfficeApp (TaskPaneApp) children in the order of the 1.1 schema. */
export const OFFICE_APP_ORDER: readonly Slot[] = [
  { name: "Id", required: true },
  { name: "AlternateId" },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: true },
  { name: "AppDomains" },
  { name: "Hosts", required: true },
  { name: "Requirements", required: true },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "Dictionary" },
  { name: "AllowSnapshot" },
  { name: "VersionOverrides", required: true },
  { name: "ExtendedOverrides" },
];

/** Sequences inside VersionOverrides (keyed by local name; `Control` is a Button). */
const NESTED_ORDER: Record<string, readonly Slot[]> = {
  VersionOverrides: [
    { name: "Description" },
    { name: "Requirements" },
    { name: "Hosts", required: true },
    { name: "Resources", required: true },
    { name: "WebApplicationInfo" },
    { name: "EquivalentAddins" },
  ],
  DesktopFormFactor: [
    { name: "GetStarted" },
    { name: "FunctionFile" },
    { name: "ExtensionPoint", required: true, many: true },
  ],
  GetStarted: [
    { name: "Title", required: true },
    { name: "Description", required: true },
    { name: "LearnMoreUrl", required: true },
  ],
  Resources: [
    { name: "Images" },
    { name: "Urls" },
    { name: "ShortStrings" },
    { name: "LongStrings" },
  ],
  Group: [
    { name: "Label", required: true },
    { name: "Icon", required: true },
    { name: "Control", required: true, many: true },
  ],
  Control: [
    { name: "Label", required: true },
    { name: "Supertip", required: true },
    { name: "Icon", required: true },
    { name: "Action", required: true },
  ],
  Supertip: [
    { name: "Title", required: true },
    { name: "Description", required: true },
  ],
  Action: [{ name: "TaskpaneId" }, { name: "SourceLocation", required: true }, { name: "Title" }],
};

/** Which Resources collection a resid of an element (by local name) must be defined in. */
const RESID_KIND: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Elements of the basic-types namespace (bt:) inside VersionOverrides. */
const BT_ELEMENTS = new Set([
  "Image",
  "Images",
  "Url",
  "Urls",
  "String",
  "ShortStrings",
  "LongStrings",
  "Override",
  "Sets",
  "Set",
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){3}$/;
const PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
];
/** Sizes the base icons are shown at. */
const BASE_ICON_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
const SHORT = 125;
const LONG = 250;
const RESOURCE_ID = 32;

export interface CheckOptions {
  /** The directory served at /assets/ (icon files are looked up there). */
  readonly assetsDir: string;
}

function attr(element: XmlElement, local: string, ns: string | null = null): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

function xsiType(element: XmlElement): string | undefined {
  return attr(element, "type", NS.xsi);
}

function kids(element: XmlElement | undefined, local?: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((c) => local === undefined || c.local === local);
}

function walk(
  element: XmlElement,
  visit: (e: XmlElement, parent: XmlElement | null) => void
): void {
  const go = (e: XmlElement, parent: XmlElement | null): void => {
    visit(e, parent);
    for (const child of e.children) go(child, e);
  };
  go(element, null);
}

function checkOrder(parent: XmlElement, slots: readonly Slot[], problems: string[]): void {
  const where = `<${parent.local}> (line ${parent.line})`;
  let last = -1;
  const counts = new Map<string, number>();
  for (const child of parent.children) {
    const index = slots.findIndex((s) => s.name === child.local);
    if (index < 0) {
      problems.push(`unexpected element <${child.name}> in ${where}, line ${child.line}`);
      continue;
    }
    counts.set(child.local, (counts.get(child.local) ?? 0) + 1);
    if (counts.get(child.local) === 2 && !slots[index].many) {
      problems.push(`<${child.local}> appears more than once in ${where}, line ${child.line}`);
    }
    if (index < last) {
      const after = slots[last].name;
      problems.push(
        `element order: <${child.local}> (line ${child.line}) ` +
          `must come before <${after}> in ${where}`
      );
    }
    last = Math.max(last, index);
  }
  for (const slot of slots) {
    if (slot.required && !counts.has(slot.name)) {
      problems.push(`required element <${slot.name}> is missing in ${where}`);
    }
  }
}

function checkLength(label: string, value: string, max: number, problems: string[]): void {
  const length = [...value].length;
  if (length > max) problems.push(`${label} is ${length} characters long (at most ${max})`);
  if (!value.trim()) problems.push(`${label} is empty`);
}

/** Checks the manifest text; `problems` is empty when it passes. */
export function checkManifest(xmlText: string, options: CheckOptions): { problems: string[] } {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { problems: [`malformed XML: ${error.message}`] };
    throw error;
  }

  // Root and namespaces.
  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    problems.push(
      `the root element must be <OfficeApp xmlns="${NS.app}">, ` +
        `not <${root.name}> in ${root.ns ?? "no namespace"}`
    );
    return { problems };
  }
  if (xsiType(root) !== "TaskPaneApp") {
    problems.push(`<OfficeApp> needs xsi:type="TaskPaneApp" with xmlns:xsi="${NS.xsi}"`);
  }
  walk(root, (e) => {
    if (e.ns !== NS.app && e.ns !== NS.bt && e.ns !== NS.ov) {
      problems.push(`<${e.name}> (line ${e.line}) is in an unknown namespace: ${e.ns ?? "none"}`);
    }
  });

  // Order and presence.
  const belongs = (c: XmlElement): boolean =>
    c.ns === NS.app || (c.local === "VersionOverrides" && c.ns === NS.ov);
  checkOrder({ ...root, children: root.children.filter(belongs) }, OFFICE_APP_ORDER, problems);
  for (const child of root.children.filter((c) => !belongs(c))) {
    problems.push(`<${child.name}> (line ${child.line}) does not belong in <OfficeApp>`);
  }
  const top = (local: string): XmlElement | undefined =>
    root.children.find((c) => c.local === local);

  // Identity.
  const id = top("Id")?.text.trim();
  if (id !== undefined && !GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = top("Version")?.text.trim();
  if (version !== undefined && !VERSION.test(version)) {
    problems.push(`Version "${version}" is not of the form n.n.n.n`);
  }
  const providerName = top("ProviderName")?.text.trim();
  if (providerName !== undefined) checkLength("ProviderName", providerName, SHORT, problems);
  const locale = top("DefaultLocale")?.text.trim();
  if (locale !== undefined && !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) {
    problems.push(`DefaultLocale "${locale}" is not a culture name such as vi-VN`);
  }
  for (const [name, max] of [
    ["DisplayName", SHORT],
    ["Description", LONG],
  ] as const) {
    const element = top(name);
    if (!element) continue;
    checkLength(`${name} DefaultValue`, attr(element, "DefaultValue") ?? "", max, problems);
    for (const o of kids(element, "Override")) {
      if (!attr(o, "Locale")) {
        problems.push(`an Override of ${name} (line ${o.line}) has no Locale`);
      }
      checkLength(
        `${name} Override ${attr(o, "Locale") ?? ""}`,
        attr(o, "Value") ?? "",
        max,
        problems
      );
    }
  }

  const hosts = kids(top("Hosts"), "Host").map((h) => attr(h, "Name"));
  if (top("Hosts") && !hosts.includes("Workbook")) {
    problems.push(
      `Hosts must include <Host Name="Workbook"/> (found: ${hosts.join(", ") || "none"})`
    );
  }
  const sets = kids(top("Requirements"), "Sets").flatMap((s) => kids(s, "Set"));
  if (top("Requirements") && !sets.some((s) => attr(s, "Name") === "ExcelApi")) {
    problems.push(`Requirements must declare <Set Name="ExcelApi" MinVersion="…"/>`);
  }
  for (const set of sets) {
    const min = attr(set, "MinVersion");
    if (min !== undefined && !/^\d+\.\d+$/.test(min)) {
      problems.push(`Set ${attr(set, "Name")} has MinVersion "${min}" (expected such as 1.1)`);
    }
  }
  const permissions = top("Permissions")?.text.trim();
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) {
    problems.push(`Permissions "${permissions}" is not one of ${PERMISSIONS.join(", ")}`);
  }

  // The origin every URL must share.
  const defaultSource = kids(top("DefaultSettings"), "SourceLocation")[0];
  const sourceUrl = defaultSource && attr(defaultSource, "DefaultValue");
  let origin: string | null = null;
  if (top("DefaultSettings") && !sourceUrl) {
    problems.push("DefaultSettings has no <SourceLocation DefaultValue=…>");
  }
  if (sourceUrl) {
    try {
      origin = new URL(sourceUrl).origin;
    } catch {
      problems.push(`DefaultSettings SourceLocation "${sourceUrl}" is not a URL`);
    }
  }

  const checkUrl = (label: string, value: string | undefined): URL | null => {
    if (!value) {
      problems.push(`${label} has no URL`);
      return null;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${label} "${value}" is not a URL`);
      return null;
    }
    if (url.protocol !== "https:") problems.push(`${label} "${value}" is not https`);
    if (origin && url.origin !== origin) {
      problems.push(`${label} "${value}" is not on the add-in's origin ${origin}`);
    }
    return url;
  };
  const checkTaskpaneUrl = (label: string, value: string | undefined): void => {
    const url = checkUrl(label, value);
    if (url && url.searchParams.get("host") !== "excel") {
      problems.push(
        `${label} "${value}" must carry ?host=excel (the page loads office.js only then)`
      );
    }
  };

  /** Icon URL → sizes it is shown at, with where it is used. */
  const iconUses: { url: string; size: number; label: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = top(name);
    if (!element) continue;
    const values = [
      attr(element, "DefaultValue"),
      ...kids(element, "Override").map((o) => attr(o, "Value")),
    ];
    for (const value of values) {
      const url = checkUrl(name, value);
      if (url && value && name in BASE_ICON_SIZE) {
        iconUses.push({ url: value, size: BASE_ICON_SIZE[name], label: name });
      }
    }
  }
  for (const domain of kids(top("AppDomains"), "AppDomain")) {
    if (!domain.text.trim().startsWith("https://")) {
      problems.push(`AppDomain "${domain.text.trim()}" (line ${domain.line}) is not https`);
    }
  }
  if (defaultSource) checkTaskpaneUrl("DefaultSettings SourceLocation", sourceUrl);

  // VersionOverrides.
  const overrides = top("VersionOverrides");
  if (overrides) {
    if (overrides.ns !== NS.ov) {
      problems.push(`<VersionOverrides> must be in the namespace ${NS.ov}`);
    }
    if (xsiType(overrides) !== "VersionOverridesV1_0") {
      problems.push(
        `<VersionOverrides> needs xsi:type="VersionOverridesV1_0" for a task-pane add-in`
      );
    }
    walk(overrides, (e, parent) => {
      const slots = NESTED_ORDER[e.local];
      const otherType =
        (e.local === "Control" && xsiType(e) !== "Button") ||
        (e.local === "Action" && xsiType(e) !== "ShowTaskpane");
      if (slots && !otherType) checkOrder(e, slots, problems);
      const inResources = parent?.local === "Resources" || parent?.local === "String";
      const basicType =
        BT_ELEMENTS.has(e.local) && (e.local !== "Override" || inResources || parent?.ns === NS.bt);
      const expectedNs = basicType ? NS.bt : NS.ov;
      if (e.ns !== expectedNs) {
        const prefix = expectedNs === NS.bt ? "bt:" : "";
        problems.push(
          `<${e.name}> (line ${e.line}) must be <${prefix}${e.local}> in ${expectedNs}`
        );
      }
    });

    // Resources: ids, kinds, lengths.
    const resources = kids(overrides, "Resources")[0];
    const defined = new Map<string, { kind: string; element: XmlElement }>();
    for (const collection of kids(resources)) {
      const kind = collection.local;
      for (const item of kids(collection)) {
        const resourceId = attr(item, "id");
        const label = `resource ${resourceId ?? "(no id)"} (line ${item.line})`;
        if (!resourceId) {
          problems.push(`a <${item.name}> in ${kind} (line ${item.line}) has no id`);
          continue;
        }
        if ([...resourceId].length > RESOURCE_ID) {
          problems.push(`resource id ${resourceId} is longer than ${RESOURCE_ID} characters`);
        }
        if (defined.has(resourceId)) problems.push(`resource id ${resourceId} is defined twice`);
        defined.set(resourceId, { kind, element: item });
        const values = [
          attr(item, "DefaultValue"),
          ...kids(item, "Override").map((o) => attr(o, "Value")),
        ];
        for (const o of kids(item, "Override")) {
          if (!attr(o, "Locale")) problems.push(`an Override of ${label} has no Locale`);
        }
        for (const value of values) {
          if (kind === "ShortStrings") {
            checkLength(`ShortString ${resourceId}`, value ?? "", SHORT, problems);
          } else if (kind === "LongStrings") {
            checkLength(`LongString ${resourceId}`, value ?? "", LONG, problems);
          } else {
            checkUrl(label, value);
          }
        }
      }
    }

    // Every resid: defined, of the right kind; icon sizes; task-pane URLs.
    const idsSeen = new Map<string, number>();
    walk(overrides, (e, parent) => {
      const controlId = attr(e, "id");
      if (controlId && (e.local === "Group" || e.local === "Control")) {
        if (idsSeen.has(controlId)) {
          problems.push(
            `id ${controlId} (line ${e.line}) is already used on line ${idsSeen.get(controlId)}`
          );
        }
        idsSeen.set(controlId, e.line);
        checkLength(`id ${controlId}`, controlId, SHORT, problems);
      }
      if (
        e.local === "Action" &&
        xsiType(e) === "ShowTaskpane" &&
        kids(e, "TaskpaneId").length === 0
      ) {
        problems.push(`the ShowTaskpane action (line ${e.line}) has no TaskpaneId`);
      }
      const resid = attr(e, "resid");
      if (resid === undefined) return;
      const entry = defined.get(resid);
      const expected = RESID_KIND[e.local];
      if (!entry) {
        problems.push(
          `resid ${resid} (used by <${e.local}> on line ${e.line}) is not defined in Resources`
        );
        return;
      }
      if (expected && entry.kind !== expected) {
        problems.push(
          `resid ${resid} (used by <${e.local}> on line ${e.line}) ` +
            `must be in bt:${expected}, not bt:${entry.kind}`
        );
        return;
      }
      const value = attr(entry.element, "DefaultValue");
      if (e.local === "Image" && value) {
        const size = Number(attr(e, "size"));
        if (!Number.isInteger(size)) {
          problems.push(`<bt:Image resid="${resid}"> (line ${e.line}) has no numeric size`);
        } else {
          iconUses.push({ url: value, size, label: `icon ${resid} at size ${size}` });
        }
      }
      if (e.local === "SourceLocation" && parent?.local === "Action") {
        checkTaskpaneUrl(`task pane URL ${resid}`, value);
      }
    });
  }

  // Icon files: exist under assets/, are PNGs of the size they are shown at.
  const checkedFiles = new Map<string, ReturnType<typeof readPngInfo> | "missing">();
  for (const use of iconUses) {
    let url: URL;
    try {
      url = new URL(use.url);
    } catch {
      continue; // already reported
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      problems.push(`${use.label}: ${use.url} has a malformed path`);
      continue;
    }
    if (!relative.startsWith("/assets/")) {
      problems.push(`${use.label}: ${use.url} is not under /assets/`);
      continue;
    }
    const file = path.join(options.assetsDir, ...relative.slice("/assets/".length).split("/"));
    if (!checkedFiles.has(file)) {
      checkedFiles.set(file, existsSync(file) ? readPngInfo(readFileSync(file)) : "missing");
    }
    const info = checkedFiles.get(file);
    if (info === "missing") {
      problems.push(`${use.label}: icon file ${relative} does not exist in ${options.assetsDir}`);
    } else if (info === null || info === undefined) {
      problems.push(`${use.label}: ${relative} is not a PNG file`);
    } else if (info.width !== use.size || info.height !== use.size) {
      problems.push(
        `${use.label}: ${relative} is ${info.width}×${info.height}, ` +
          `expected ${use.size}×${use.size}`
      );
    }
  }

  return { problems: [...new Set(problems)] };
}

/** CLI entry for scripts/run-ts.js: `check-manifest.ts [manifest.xml] [assets-dir]`. */
export async function main(args: readonly string[]): Promise<number> {
  const manifest = args[0] ?? path.join(__dirname, "..", "manifest.xml");
  const assetsDir = args[1] ?? path.join(path.dirname(manifest), "assets");
  const { problems } = checkManifest(readFileSync(manifest, "utf8"), { assetsDir });
  if (problems.length === 0) {
    console.log(`${manifest}: no problems`);
    return 0;
  }
  console.error(`${manifest}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  return 1;
}
