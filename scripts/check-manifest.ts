/**
 * Offline check of the add-in manifest (manifest.xml), read with xml2js (scripts/manifest/xml.ts).
 *
 * The project's own rules: a task-pane add-in (xsi:type TaskPaneApp, VersionOverridesV1_0) for
 * the Workbook host that declares ExcelApi; every URL https on the origin of DefaultSettings/
 * SourceLocation; every task-pane URL carrying `?host=excel`; every icon an existing PNG under
 * `assetsDir` (served at /assets/) of the size it is shown at (bt:Image size, IconUrl 32,
 * HighResolutionIconUrl 64).
 *
 * Microsoft's XSDs are in no installed package and no XSD validator is installed, so the schema
 * rules whose breach keeps Office from loading the add-in are kept too: the element order,
 * presence and count of the 1.1 and VersionOverrides 1.0 schemas (ORDER), the namespace of each
 * element, Id a GUID, Version n.n.n.n, the Permissions values, text lengths, resource ids (≤ 32
 * characters, unique) and every resid defined in the right Resources collection. Other schema
 * rules (DefaultLocale, Override Locale, MinVersion form, ribbon ids, TaskpaneId, …) are left to
 * `npm run validate:manifest` (Microsoft's online service).
 *
 * Run: `node scripts/run-ts.js scripts/check-manifest.ts [manifest.xml] [assets-dir]`
 *
 * @example
 * checkManifest(readFileSync("manifest.xml", "utf8"), { assetsDir: "assets" }).problems // []
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPngInfo } from "./png";
import { attr, parseXml, XmlSyntaxError, type XmlElement } from "./manifest/xml";

export { parseXml, XmlSyntaxError } from "./manifest/xml";
export type { XmlAttribute, XmlElement } from "./manifest/xml";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

/**
 * Children in schema order, by the parent's local name (or `name:xsi:type`): `?` optional, `+`
 * one or more, unmarked exactly one. In OfficeApp, IconUrl, HighResolutionIconUrl, SupportUrl,
 * Hosts, Requirements and VersionOverrides are optional in the schema but required here: the
 * add-in needs its icons, host, requirement set and ribbon button.
 */
const ORDER: Readonly<Record<string, string>> = {
  OfficeApp:
    "Id AlternateId? Version ProviderName DefaultLocale DisplayName Description IconUrl " +
    "HighResolutionIconUrl SupportUrl AppDomains? Hosts Requirements DefaultSettings " +
    "Permissions Dictionary? AllowSnapshot? VersionOverrides ExtendedOverrides?",
  VersionOverrides:
    "Description? Requirements? Hosts Resources WebApplicationInfo? EquivalentAddins?",
  DesktopFormFactor: "GetStarted? FunctionFile? ExtensionPoint+",
  GetStarted: "Title Description LearnMoreUrl",
  Resources: "Images? Urls? ShortStrings? LongStrings?",
  Group: "Label Icon Control+",
  "Control:Button": "Label Supertip Icon Action",
  Supertip: "Title Description",
  "Action:ShowTaskpane": "TaskpaneId? SourceLocation Title?",
};

/** Elements of the basic-types namespace (bt:) inside VersionOverrides (and Override in String). */
const BT_ELEMENTS = new Set(
  "Image Images Url Urls String ShortStrings LongStrings Sets Set".split(" ")
);

/** The Resources collection a resid of an element (by local name) must be defined in. */
const RESID_KIND: Readonly<Record<string, string>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** OfficeApp children whose text must match, and what is said when it does not. */
const PERMISSIONS = "Restricted ReadDocument ReadAllDocument WriteDocument ReadWriteDocument";
const TEXT_PATTERNS: readonly (readonly [string, RegExp, string])[] = [
  ["Id", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "is not a GUID"],
  ["Version", /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){3}$/, "is not of the form n.n.n.n"],
  [
    "Permissions",
    new RegExp(`^(${PERMISSIONS.replace(/ /g, "|")})$`),
    `is not one of ${PERMISSIONS.replace(/ /g, ", ")}`,
  ],
];

/** Most characters of each text (the schemas' maxLength): OfficeApp children, bt collections. */
const MAX_LENGTH: Readonly<Record<string, number>> = {
  ProviderName: 125,
  DisplayName: 125,
  Description: 250,
  ShortStrings: 125,
  LongStrings: 250,
};
const MAX_RESOURCE_ID = 32;
/** Sizes the base icons are shown at. */
const BASE_ICON_SIZE: Readonly<Record<string, number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };

export interface CheckOptions {
  /** The directory served at /assets/ (icon files are looked up there). */
  readonly assetsDir: string;
}

/** What the rules read, found once. */
interface Manifest {
  readonly root: XmlElement;
  readonly top: (local: string) => XmlElement | undefined;
  readonly overrides: readonly XmlElement[];
  readonly resources: ReadonlyMap<string, { readonly kind: string; readonly element: XmlElement }>;
  readonly sourceUrl: string | undefined;
  readonly origin: string | null;
  readonly assetsDir: string;
}

function kids(element: XmlElement | undefined, local?: string): XmlElement[] {
  return (element?.children ?? []).filter((c) => local === undefined || c.local === local);
}

function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

function xsiType(element: XmlElement): string | undefined {
  return attr(element, "type", NS.xsi);
}

/** DefaultValue and each Override's Value, with where each is. */
function localized(element: XmlElement | undefined): { where: string; value: string }[] {
  if (!element) return [];
  return [
    { where: "DefaultValue", value: attr(element, "DefaultValue") ?? "" },
    ...kids(element, "Override").map((o) => ({
      where: `Override ${attr(o, "Locale") ?? ""}`,
      value: attr(o, "Value") ?? "",
    })),
  ];
}

function parseUrl(value: string | undefined): URL | null {
  try {
    return new URL(value ?? "");
  } catch {
    return null;
  }
}

function readManifest(root: XmlElement, assetsDir: string): Manifest {
  const top = (local: string): XmlElement | undefined =>
    root.children.find((c) => c.local === local);
  const overrides = kids(root, "VersionOverrides").flatMap(descendants);
  const resources = new Map<string, { kind: string; element: XmlElement }>();
  for (const collection of kids(overrides.find((e) => e.local === "Resources"))) {
    for (const element of kids(collection)) {
      const id = attr(element, "id");
      if (id && !resources.has(id)) resources.set(id, { kind: collection.local, element });
    }
  }
  const source = kids(top("DefaultSettings"), "SourceLocation")[0];
  const sourceUrl = source && attr(source, "DefaultValue");
  return {
    root,
    top,
    overrides,
    resources,
    sourceUrl,
    origin: parseUrl(sourceUrl)?.origin ?? null,
    assetsDir,
  };
}

// ---------------------------------------------------------------------------------------------
// The rules: each returns the problems it finds.

function addInTypes({ root, top }: Manifest): string[] {
  const problems: string[] = [];
  if (xsiType(root) !== "TaskPaneApp") {
    problems.push(`<OfficeApp> needs xsi:type="TaskPaneApp" with xmlns:xsi="${NS.xsi}"`);
  }
  const overrides = top("VersionOverrides");
  if (overrides && xsiType(overrides) !== "VersionOverridesV1_0") {
    problems.push(
      `<VersionOverrides> needs xsi:type="VersionOverridesV1_0" for a task-pane add-in`
    );
  }
  return problems;
}

function hostAndRequirements({ top }: Manifest): string[] {
  const problems: string[] = [];
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
  return problems;
}

function elementOrder({ root }: Manifest): string[] {
  return descendants(root).flatMap((parent) => {
    const spec = ORDER[parent.local] ?? ORDER[`${parent.local}:${xsiType(parent)}`];
    if (!spec) return [];
    const slots = spec.split(" ").map((s) => ({ name: s.replace(/[?+]$/, ""), mark: s.slice(-1) }));
    const where = `<${parent.local}> (line ${parent.line})`;
    const problems: string[] = [];
    const seen = new Set<string>();
    let last = -1;
    for (const child of parent.children) {
      const index = slots.findIndex((s) => s.name === child.local);
      if (index < 0) {
        problems.push(`unexpected element <${child.name}> in ${where}, line ${child.line}`);
        continue;
      }
      if (seen.has(child.local) && slots[index].mark !== "+") {
        problems.push(`<${child.local}> appears more than once in ${where}, line ${child.line}`);
      }
      if (index < last) {
        problems.push(
          `element order: <${child.local}> (line ${child.line}) must come before <${slots[last].name}> in ${where}`
        );
      }
      seen.add(child.local);
      last = Math.max(last, index);
    }
    for (const slot of slots) {
      if (slot.mark !== "?" && !seen.has(slot.name)) {
        problems.push(`required element <${slot.name}> is missing in ${where}`);
      }
    }
    return problems;
  });
}

function namespaces({ root }: Manifest): string[] {
  const problems: string[] = [];
  const visit = (e: XmlElement, parent: XmlElement, inOverrides: boolean): void => {
    const overrides = inOverrides || e.local === "VersionOverrides";
    const bt =
      overrides &&
      (BT_ELEMENTS.has(e.local) || (e.local === "Override" && parent.local === "String"));
    const expected = bt ? NS.bt : overrides ? NS.ov : NS.app;
    if (e.ns !== expected) {
      problems.push(
        `<${e.name}> (line ${e.line}) must be <${bt ? "bt:" : ""}${e.local}> in ${expected}`
      );
    }
    for (const child of e.children) visit(child, e, overrides);
  };
  for (const child of root.children) visit(child, root, false);
  return problems;
}

function textPatterns({ top }: Manifest): string[] {
  return TEXT_PATTERNS.flatMap(([name, pattern, message]) => {
    const value = top(name)?.text.trim();
    return value === undefined || pattern.test(value) ? [] : [`${name} "${value}" ${message}`];
  });
}

function textLengths({ top, overrides }: Manifest): string[] {
  const problems: string[] = [];
  const check = (label: string, value: string, max: number): void => {
    const length = [...value].length;
    if (!value.trim()) problems.push(`${label} is empty`);
    else if (length > max) problems.push(`${label} is ${length} characters long (at most ${max})`);
  };
  const provider = top("ProviderName");
  if (provider) check("ProviderName", provider.text.trim(), MAX_LENGTH.ProviderName);
  for (const name of ["DisplayName", "Description"]) {
    for (const { where, value } of localized(top(name))) {
      check(`${name} ${where}`, value, MAX_LENGTH[name]);
    }
  }
  for (const kind of overrides.filter(
    (e) => e.local === "ShortStrings" || e.local === "LongStrings"
  )) {
    for (const string of kids(kind)) {
      const label = `${kind.local.slice(0, -1)} ${attr(string, "id")}`;
      for (const { value } of localized(string)) check(label, value, MAX_LENGTH[kind.local]);
    }
  }
  return problems;
}

function resourceIds({ overrides }: Manifest): string[] {
  const resources = overrides.find((e) => e.local === "Resources");
  const ids = kids(resources).flatMap((c) => kids(c).map((e) => attr(e, "id") ?? ""));
  return ids.flatMap((id, i) => [
    ...([...id].length > MAX_RESOURCE_ID
      ? [`resource id ${id} is longer than ${MAX_RESOURCE_ID} characters`]
      : []),
    ...(id && ids.indexOf(id) < i ? [`resource id ${id} is defined twice`] : []),
  ]);
}

function resids({ overrides, resources }: Manifest): string[] {
  return overrides.flatMap((e) => {
    const resid = attr(e, "resid");
    if (resid === undefined) return [];
    const used = `resid ${resid} (used by <${e.local}> on line ${e.line})`;
    const kind = resources.get(resid)?.kind;
    if (!kind) return [`${used} is not defined in Resources`];
    const expected = RESID_KIND[e.local];
    return expected && kind !== expected
      ? [`${used} must be in bt:${expected}, not bt:${kind}`]
      : [];
  });
}

function urlProblems(label: string, value: string | undefined, origin: string | null): string[] {
  if (!value) return [`${label} has no URL`];
  const url = parseUrl(value);
  if (!url) return [`${label} "${value}" is not a URL`];
  const problems: string[] = [];
  if (url.protocol !== "https:") problems.push(`${label} "${value}" is not https`);
  if (origin && url.origin !== origin) {
    problems.push(`${label} "${value}" is not on the add-in's origin ${origin}`);
  }
  return problems;
}

/** Every URL https and on the add-in's origin (AppDomains: https only). */
function urls({ top, overrides, sourceUrl, origin }: Manifest): string[] {
  const problems: string[] = [];
  if (top("DefaultSettings") && !sourceUrl) {
    problems.push("DefaultSettings has no <SourceLocation DefaultValue=…>");
  }
  const checked: { label: string; value: string | undefined }[] = [];
  if (sourceUrl) checked.push({ label: "DefaultSettings SourceLocation", value: sourceUrl });
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const { value } of localized(top(name))) checked.push({ label: name, value });
  }
  for (const collection of overrides.filter((e) => e.local === "Images" || e.local === "Urls")) {
    for (const item of kids(collection)) {
      const label = `resource ${attr(item, "id") ?? "(no id)"} (line ${item.line})`;
      for (const { value } of localized(item)) checked.push({ label, value });
    }
  }
  for (const { label, value } of checked) {
    problems.push(...urlProblems(label, value, origin));
  }
  for (const domain of kids(top("AppDomains"), "AppDomain")) {
    if (!domain.text.trim().startsWith("https://")) {
      problems.push(`AppDomain "${domain.text.trim()}" (line ${domain.line}) is not https`);
    }
  }
  return problems;
}

/** The page loads office.js only when its URL says `?host=excel`. */
function taskPaneHost({ overrides, resources, sourceUrl }: Manifest): string[] {
  const panes = overrides
    .filter((e) => e.local === "Action")
    .flatMap((action) => kids(action, "SourceLocation"))
    .map((source) => {
      const resid = attr(source, "resid") ?? "";
      const element = resources.get(resid)?.element;
      return { label: `task pane URL ${resid}`, value: element && attr(element, "DefaultValue") };
    });
  return [{ label: "DefaultSettings SourceLocation", value: sourceUrl }, ...panes].flatMap(
    ({ label, value }) => {
      const url = parseUrl(value);
      return !url || url.searchParams.get("host") === "excel"
        ? []
        : [`${label} "${value}" must carry ?host=excel (the page loads office.js only then)`];
    }
  );
}

/** Icon files: exist under assets/, are PNGs of the size they are shown at. */
function iconFiles({ top, overrides, resources, assetsDir }: Manifest): string[] {
  const uses: { label: string; value: string; size: number }[] = [];
  for (const [name, size] of Object.entries(BASE_ICON_SIZE)) {
    for (const { value } of localized(top(name))) uses.push({ label: name, value, size });
  }
  for (const image of overrides) {
    const resource = resources.get(attr(image, "resid") ?? "");
    const size = Number(attr(image, "size"));
    if (image.local !== "Image" || resource?.kind !== "Images" || !(size > 0)) continue;
    const value = attr(resource.element, "DefaultValue") ?? "";
    uses.push({ label: `icon ${attr(image, "resid")} at size ${size}`, value, size });
  }
  return uses.flatMap(({ label, value, size }) => {
    const url = parseUrl(value);
    if (!url) return []; // reported by urls()
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return [`${label}: ${value} has a malformed path`];
    }
    if (!relative.startsWith("/assets/")) return [`${label}: ${value} is not under /assets/`];
    const file = path.join(assetsDir, ...relative.slice("/assets/".length).split("/"));
    if (!existsSync(file))
      return [`${label}: icon file ${relative} does not exist in ${assetsDir}`];
    const png = readPngInfo(readFileSync(file));
    if (!png) return [`${label}: ${relative} is not a PNG file`];
    return png.width === size && png.height === size
      ? []
      : [`${label}: ${relative} is ${png.width}×${png.height}, expected ${size}×${size}`];
  });
}

const RULES: readonly ((manifest: Manifest) => string[])[] = [
  addInTypes,
  hostAndRequirements,
  elementOrder,
  namespaces,
  textPatterns,
  textLengths,
  resourceIds,
  resids,
  urls,
  taskPaneHost,
  iconFiles,
];

/** Checks the manifest text; `problems` is empty when it passes. */
export function checkManifest(xmlText: string, options: CheckOptions): { problems: string[] } {
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { problems: [`malformed XML: ${error.message}`] };
    throw error;
  }
  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    const found = `<${root.name}> in ${root.ns ?? "no namespace"}`;
    return { problems: [`the root element must be <OfficeApp xmlns="${NS.app}">, not ${found}`] };
  }
  const manifest = readManifest(root, options.assetsDir);
  return { problems: [...new Set(RULES.flatMap((rule) => rule(manifest)))] };
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
