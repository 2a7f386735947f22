/**
 * The add-in manifest (manifest.xml) and its offline check (scripts/check-manifest.ts): the
 * real manifest passes with no problem and says what the product needs; every mutated copy
 * fails with the problem it was made for.
 */
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import {
  checkManifest,
  main,
  NS,
  parseXml,
  XmlSyntaxError,
  type XmlElement,
} from "../../scripts/check-manifest";
import { encodePng } from "../../scripts/png";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS = path.join(ROOT, "assets");
const MANIFEST = readFileSync(MANIFEST_PATH, "utf8");
const ORIGIN = "https://localhost:3000";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of assets/ to break. */
function assetsCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-assets-"));
  temporary.push(dir);
  for (const name of readdirSync(ASSETS))
    copyFileSync(path.join(ASSETS, name), path.join(dir, name));
  return dir;
}

/** The manifest with `from` (which must occur exactly once) replaced by `to`. */
function mutate(from: string | RegExp, to: string, text = MANIFEST): string {
  const count =
    typeof from === "string"
      ? text.split(from).length - 1
      : (text.match(new RegExp(from, "g")) ?? []).length;
  expect({ from: String(from), count }).toEqual({ from: String(from), count: 1 });
  return text.replace(from, to);
}

/** The line of the manifest on which `text` first occurs. */
function lineOf(text: string): number {
  const index = MANIFEST.indexOf(text);
  expect(index).toBeGreaterThanOrEqual(0);
  return MANIFEST.slice(0, index).split("\n").length;
}
const END = MANIFEST.trimEnd().split("\n").length; // the line of </OfficeApp>

function problemsOf(text: string, assetsDir = ASSETS): string[] {
  return checkManifest(text, { assetsDir }).problems;
}

/** Expects `problems` to contain one matching each pattern, and nothing else. */
function expectOnly(problems: string[], ...patterns: RegExp[]): void {
  for (const pattern of patterns) {
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  }
  const unexpected = problems.filter((p) => !patterns.some((pattern) => pattern.test(p)));
  expect(unexpected).toEqual([]);
}

function find(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const go = (e: XmlElement): void => {
    if (e.local === local) found.push(e);
    e.children.forEach(go);
  };
  go(element);
  return found;
}

function attr(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === null)?.value;
}

describe("manifest.xml", () => {
  const root = parseXml(MANIFEST);

  it("passes the offline check with no problem", () => {
    expect(problemsOf(MANIFEST)).toEqual([]);
  });

  it("is read by office-addin-manifest (the parser of the sideloading tools)", () => {
    // Its CLI, in a child process: the package's ES-module dependencies do not load under Jest.
    const cli = require.resolve("office-addin-manifest/cli.js");
    const output = execFileSync(process.execPath, [cli, "info", MANIFEST_PATH], {
      encoding: "utf8",
    });
    const info = Object.fromEntries(
      [...output.matchAll(/^ +([A-Za-z ]+): ?(.*)$/gm)].map((m) => [m[1], m[2].trim()])
    );
    expect(info).toMatchObject({
      Id: expect.stringMatching(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/),
      Name: expect.stringMatching(/^TổngHợp – /),
      Provider: "TổngHợp",
      Type: "TaskPaneApp",
      Version: "1.0.0.0",
      "Default Locale": "vi-VN",
      Hosts: "Workbook",
      Permissions: "ReadWriteDocument",
      "Icon Url": `${ORIGIN}/assets/icon-32.png`,
      "High Resolution Icon Url": `${ORIGIN}/assets/icon-64.png`,
      "Source Location": `${ORIGIN}/taskpane.html?host=excel`,
    });
    expect([...info.Name].length).toBeLessThanOrEqual(125);
  });

  it("asks for ExcelApi 1.1 only (higher sets are detected at run time)", () => {
    const sets = find(root, "Sets").filter((s) => s.ns === NS.app);
    expect(sets.map((s) => attr(s, "DefaultMinVersion"))).toEqual(["1.1"]);
    expect(find(sets[0], "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([
      ["ExcelApi", "1.1"],
    ]);
  });

  it("puts one button on the Home tab that opens the task pane TongHopPane", () => {
    const tabs = find(root, "OfficeTab");
    expect(tabs.map((t) => attr(t, "id"))).toEqual(["TabHome"]);
    const groups = find(tabs[0], "Group");
    expect(groups).toHaveLength(1);
    const controls = find(groups[0], "Control");
    expect(controls).toHaveLength(1);
    const action = find(controls[0], "Action")[0];
    expect(action.attributes.find((a) => a.local === "type")?.value).toBe("ShowTaskpane");
    expect(find(action, "TaskpaneId")[0].text).toBe("TongHopPane");
    const resid = attr(find(action, "SourceLocation")[0], "resid");
    const url = find(root, "Url").find((u) => attr(u, "id") === resid);
    expect(url && attr(url, "DefaultValue")).toBe(`${ORIGIN}/taskpane.html?host=excel`);
    for (const icon of [...find(groups[0], "Icon").slice(0, 1), ...find(controls[0], "Icon")]) {
      expect(find(icon, "Image").map((i) => attr(i, "size"))).toEqual(["16", "32", "80"]);
    }
    const label = find(root, "String").find(
      (s) => attr(s, "id") === attr(find(groups[0], "Label")[0], "resid")
    );
    expect(label && attr(label, "DefaultValue")).toBe("TổngHợp");
  });

  it("is Vietnamese first, with an en-US text for every string", () => {
    const localized = [
      ...root.children.filter((c) => c.local === "DisplayName" || c.local === "Description"),
      ...find(root, "String"),
    ];
    expect(localized.length).toBeGreaterThanOrEqual(7);
    for (const element of localized) {
      const overrides = element.children.filter((c) => c.local === "Override");
      expect({
        id: attr(element, "id") ?? element.local,
        locales: overrides.map((o) => attr(o, "Locale")),
      }).toEqual({
        id: attr(element, "id") ?? element.local,
        locales: ["en-US"],
      });
    }
    const description = root.children.find((c) => c.local === "Description");
    expect(description && attr(description, "DefaultValue")).toMatch(
      /Mẫu 1.*Mẫu 2.*kiểm tra.*tổng hợp/
    );
  });
});

describe("checkManifest finds", () => {
  it("elements out of the schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const moved = mutate(permissions, "").replace(
      "  <DefaultSettings>",
      permissions + "  <DefaultSettings>"
    );
    expectOnly(
      problemsOf(moved),
      /element order: <DefaultSettings> .*must come before <Permissions>/
    );

    const swapped = mutate(/(<IconUrl [^>]*\/>)(\s*)(<HighResolutionIconUrl [^>]*\/>)/, "$3$2$1");
    expectOnly(
      problemsOf(swapped),
      /element order: <IconUrl> .*must come before <HighResolutionIconUrl>/
    );

    const resources = mutate(
      /(<bt:Images>[\s\S]*<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*<\/bt:Urls>)/,
      "$3$2$1"
    );
    expectOnly(
      problemsOf(resources),
      /element order: <Images> .*must come before <Urls> in <Resources>/
    );

    const button = mutate(
      /(<Label resid="TongHop.Button.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
      "$3$2$1"
    );
    expectOnly(
      problemsOf(button),
      /element order: <Label> \(line \d+\) must come before <Supertip> in <Control> \(line \d+\)/
    );

    expectOnly(
      problemsOf(mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Version><Vesion/>")),
      new RegExp(
        `unexpected element <Vesion> in <OfficeApp> \\(line ${lineOf("<OfficeApp")}\\), ` +
          `line ${lineOf("<Version>")}$`
      )
    );
  });

  it("a missing or repeated required element", () => {
    expectOnly(
      problemsOf(mutate(/\s*<SupportUrl [^>]*\/>/, "")),
      /required element <SupportUrl> is missing in <OfficeApp>/
    );
    expectOnly(
      problemsOf(
        mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Version><Version>1.0.0.1</Version>")
      ),
      /<Version> appears more than once/
    );
  });

  it("an icon URL outside /assets/", () => {
    expectOnly(
      problemsOf(
        mutate(`${ORIGIN}/assets/icon-32.png"/>\n  <High`, `${ORIGIN}/icon-32.png"/>\n  <High`)
      ),
      /IconUrl: https:\/\/localhost:3000\/icon-32\.png is not under \/assets\//
    );
  });

  it("a missing icon file", () => {
    const assets = assetsCopy();
    rmSync(path.join(assets, "icon-80.png"));
    expectOnly(
      problemsOf(MANIFEST, assets),
      /icon TongHop\.Icon\.80 at size 80: icon file \/assets\/icon-80\.png does not exist/
    );
    expectOnly(
      problemsOf(mutate("assets/icon-64.png", "assets/icon-640.png")),
      /HighResolutionIconUrl: icon file \/assets\/icon-640\.png does not exist/
    );
  });

  it("an icon of the wrong size, or not a PNG", () => {
    const assets = assetsCopy();
    writeFileSync(path.join(assets, "icon-16.png"), encodePng(20, 20, new Uint8Array(20 * 20 * 4)));
    expectOnly(
      problemsOf(MANIFEST, assets),
      /TongHop\.Icon\.16 at size 16: \/assets\/icon-16\.png is 20×20, expected 16×16/
    );

    const reused = mutate(
      `id="TongHop.Icon.16" DefaultValue="${ORIGIN}/assets/icon-16.png"`,
      `id="TongHop.Icon.16" DefaultValue="${ORIGIN}/assets/icon-32.png"`
    );
    expectOnly(problemsOf(reused), /icon-32\.png is 32×32, expected 16×16/);
    expectOnly(
      problemsOf(
        mutate(
          `<IconUrl DefaultValue="${ORIGIN}/assets/icon-32.png"`,
          `<IconUrl DefaultValue="${ORIGIN}/assets/icon-80.png"`
        )
      ),
      /IconUrl: \/assets\/icon-80\.png is 80×80, expected 32×32/
    );

    writeFileSync(path.join(assets, "icon-16.png"), "<svg/>");
    expectOnly(problemsOf(MANIFEST, assets), /\/assets\/icon-16\.png is not a PNG file/);
  });

  it("an http URL, or one on another origin", () => {
    expectOnly(
      problemsOf(mutate(`<SupportUrl DefaultValue="https://`, `<SupportUrl DefaultValue="http://`)),
      /SupportUrl "http:\/\/localhost:3000\/taskpane\.html" is not https/,
      /SupportUrl .* is not on the add-in's origin https:\/\/localhost:3000/
    );
    expectOnly(
      problemsOf(
        mutate(
          `id="TongHop.LearnMore.Url" DefaultValue="https://localhost:3000`,
          `id="TongHop.LearnMore.Url" DefaultValue="https://example.com`
        )
      ),
      /resource TongHop\.LearnMore\.Url .* is not on the add-in's origin/
    );
  });

  it("an AppDomain that is not https, a value that is not a URL, no SourceLocation", () => {
    expectOnly(
      problemsOf(
        mutate(
          "  <Hosts>\n    <Host",
          "  <AppDomains><AppDomain>http://example.com</AppDomain></AppDomains>\n  <Hosts>\n    <Host"
        )
      ),
      new RegExp(`AppDomain "http://example\\.com" \\(line ${lineOf("<Hosts>")}\\) is not https`)
    );
    expectOnly(
      problemsOf(mutate(`<SupportUrl DefaultValue="${ORIGIN}/`, `<SupportUrl DefaultValue="/`)),
      /SupportUrl "\/taskpane\.html" is not a URL/
    );
    expectOnly(
      problemsOf(mutate(/<SourceLocation DefaultValue="[^"]*"\/>/, "")),
      /DefaultSettings has no <SourceLocation DefaultValue=…>/
    );
  });

  it("a task-pane URL without ?host=excel", () => {
    expectOnly(
      problemsOf(
        mutate(
          `id="TongHop.Taskpane.Url" DefaultValue="${ORIGIN}/taskpane.html?host=excel"`,
          `id="TongHop.Taskpane.Url" DefaultValue="${ORIGIN}/taskpane.html"`
        )
      ),
      /task pane URL TongHop\.Taskpane\.Url .* must carry \?host=excel/
    );
    expectOnly(
      problemsOf(
        mutate(
          `<SourceLocation DefaultValue="${ORIGIN}/taskpane.html?host=excel"/>`,
          `<SourceLocation DefaultValue="${ORIGIN}/taskpane.html?host=word"/>`
        )
      ),
      /DefaultSettings SourceLocation .* must carry \?host=excel/
    );
  });

  it("an undefined resid, or one of the wrong kind", () => {
    expectOnly(
      problemsOf(
        mutate(
          `<Description resid="TongHop.Button.Tooltip"/>`,
          `<Description resid="TongHop.Button.Tooltp"/>`
        )
      ),
      /resid TongHop\.Button\.Tooltp \(used by <Description> on line \d+\) is not defined/
    );
    expectOnly(
      problemsOf(
        mutate(`<Label resid="TongHop.Group.Label"/>`, `<Label resid="TongHop.Button.Tooltip"/>`)
      ),
      /resid TongHop\.Button\.Tooltip \(used by <Label> .*\) must be in bt:ShortStrings, not bt:Lo/
    );
  });

  it("resource ids too long or defined twice, strings too long", () => {
    const longId = "TongHop.GetStarted.Title.Longer.X"; // 33 characters
    const renamed = MANIFEST.split('"TongHop.GetStarted.Title"').join(`"${longId}"`);
    expectOnly(
      problemsOf(renamed),
      /resource id TongHop\.GetStarted\.Title\.Longer\.X is longer than 32 characters/
    );

    expectOnly(
      problemsOf(
        mutate(`<bt:String id="TongHop.GetStarted.Title"`, `<bt:String id="TongHop.Group.Label"`)
      ),
      /resource id TongHop\.Group\.Label is defined twice/,
      /resid TongHop\.GetStarted\.Title .* is not defined/
    );

    const short = mutate(`Value="Open TổngHợp"`, `Value="${"Mở ".repeat(42)}"`);
    expectOnly(
      problemsOf(short),
      /ShortString TongHop\.Button\.Label is 126 characters long \(at most 125\)/
    );
    const long = mutate(/DefaultValue="Mở ngăn TổngHợp[^"]*"/, `DefaultValue="${"x".repeat(251)}"`);
    expectOnly(
      problemsOf(long),
      /LongString TongHop\.Button\.Tooltip is 251 characters long \(at most 250\)/
    );
    const name = mutate(
      `<DisplayName DefaultValue="`,
      `<DisplayName DefaultValue="${"y".repeat(100)}`
    );
    expectOnly(problemsOf(name), /DisplayName DefaultValue is \d+ characters long \(at most 125\)/);
    const description = mutate(
      `Value="Creates the Lifelong`,
      `Value="${"z".repeat(100)}Creates the Lifelong`
    );
    expectOnly(
      problemsOf(description),
      /Description Override en-US is \d+ characters long \(at most 250\)/
    );
    expectOnly(
      problemsOf(mutate("<ProviderName>TổngHợp</ProviderName>", "<ProviderName> </ProviderName>")),
      /ProviderName is empty/
    );
  });

  it("malformed XML (xml2js, and what it lets through)", () => {
    const cases: [string, RegExp][] = [
      // Found by xml2js (sax, strict, with namespaces).
      [
        mutate("</Hosts>\n  <Requirements>", "\n  <Requirements>"),
        new RegExp(`line ${END}: Unexpected close tag`),
      ],
      [
        mutate("<ProviderName>TổngHợp</ProviderName>", "<ProviderName>Tổng & Hợp</ProviderName>"),
        new RegExp(`line ${lineOf("<ProviderName>")}: Invalid character in entity name`),
      ],
      [mutate(`<Host Name="Workbook"/>`, `<Host Name=Workbook/>`), /Unquoted attribute value/],
      [mutate(`xmlns:bt="${NS.bt}" `, ""), /Unbound namespace prefix: "bt:Image"/],
      [mutate("<DefaultSettings>", "<!-- a -- b --><DefaultSettings>"), /Malformed comment/],
      [mutate("</OfficeApp>", ""), /Unclosed root tag/],
      // Let through by xml2js, found by scripts/manifest/xml.ts.
      [
        mutate("<ProviderName>TổngHợp</ProviderName>", "<ProviderName>&nbsp;</ProviderName>"),
        new RegExp(`line ${lineOf("<ProviderName>")}: unknown entity &nbsp;`),
      ],
      [
        mutate(`<Host Name="Workbook"/>`, `<Host Name="Workbook" Name="Document"/>`),
        new RegExp(`line ${lineOf('<Host Name="Workbook"/>')}: attribute Name appears twice`),
      ],
      [MANIFEST + "<OfficeApp/>", new RegExp(`line ${END + 1}: content after the root element`)],
      [MANIFEST + "junk>", new RegExp(`line ${END + 1}: content after the root element`)],
      [MANIFEST.replace("<?xml", "<!DOCTYPE x>\n<?xml"), /line 1: a DOCTYPE is not allowed/],
      [
        mutate(`encoding="UTF-8"`, `encoding="windows-1258"`),
        /encoding windows-1258 \(use UTF-8\)/,
      ],
      ["", /no root element/],
    ];
    for (const [text, pattern] of cases) {
      const problems = problemsOf(text);
      expect(problems).toEqual([expect.stringMatching(/^malformed XML: line \d+: /)]);
      expect(problems[0]).toMatch(pattern);
    }
    // Comments and white space after the root element are fine.
    expect(problemsOf(MANIFEST + "<!-- end -->\n\n")).toEqual([]);
  });

  it("a bad GUID or version", () => {
    expectOnly(
      problemsOf(mutate(/<Id>[^<]*<\/Id>/, "<Id>8c538e7e-9dcc-4aa5-95b3-9f0132fe5c8</Id>")),
      /Id "8c538e7e-9dcc-4aa5-95b3-9f0132fe5c8" is not a GUID/
    );
    expectOnly(
      problemsOf(mutate(/<Id>[^<]*<\/Id>/, "<Id>TongHop</Id>")),
      /Id "TongHop" is not a GUID/
    );
    expectOnly(
      problemsOf(mutate("<Version>1.0.0.0</Version>", "<Version>1.0</Version>")),
      /Version "1\.0" is not of the form n\.n\.n\.n/
    );
  });

  it("a wrong root, namespace, host or requirement", () => {
    expectOnly(
      problemsOf(
        mutate(`xmlns="${NS.app}"`, `xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"`)
      ),
      /root element must be <OfficeApp xmlns="http:\/\/schemas\.microsoft\.com\/office\/appfor/
    );
    expectOnly(
      problemsOf(mutate(`xsi:type="TaskPaneApp"`, `xsi:type="ContentApp"`)),
      /needs xsi:type="TaskPaneApp"/
    );
    expectOnly(
      problemsOf(mutate(`xsi:type="VersionOverridesV1_0"`, `xsi:type="VersionOverridesV1_1"`)),
      /<VersionOverrides> needs xsi:type="VersionOverridesV1_0"/
    );
    expectOnly(
      problemsOf(
        mutate(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<bt:Permissions>ReadWriteDocument</bt:Permissions>"
        )
      ),
      new RegExp(
        `^<bt:Permissions> \\(line ${lineOf("<Permissions>")}\\) must be <Permissions> in ${NS.app}$`
      )
    );
    expectOnly(
      problemsOf(
        mutate(
          `<bt:Image size="80" resid="TongHop.Icon.80"/>\n                </Icon>`,
          `<Image size="80" resid="TongHop.Icon.80"/>\n                </Icon>`
        )
      ),
      /<Image> \(line \d+\) must be <bt:Image>/
    );
    expectOnly(
      problemsOf(mutate(`<Host Name="Workbook"/>`, `<Host Name="Document"/>`)),
      /Hosts must include <Host Name="Workbook"\/>/
    );
    expectOnly(
      problemsOf(
        mutate(`<Set Name="ExcelApi" MinVersion="1.1"/>`, `<Set Name="WordApi" MinVersion="1.1"/>`)
      ),
      /Requirements must declare <Set Name="ExcelApi"/
    );
    expectOnly(
      problemsOf(mutate("ReadWriteDocument", "ReadWriteMailbox")),
      /Permissions "ReadWriteMailbox" is not one of/
    );
  });
});

describe("parseXml", () => {
  it("resolves namespaces, decodes entities and CDATA, skips comments", () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- c --><a xmlns="urn:a" xmlns:b="urn:b" b:x="1 &amp; 2">` +
        `<b:c>&lt;&#x1EA0;&#7841;<![CDATA[<&>]]></b:c><?pi x?></a>`
    );
    expect(root).toMatchObject({ local: "a", ns: "urn:a", line: 2 });
    expect(root.attributes.find((a) => a.local === "x")).toMatchObject({
      ns: "urn:b",
      value: "1 & 2",
    });
    expect(root.children[0]).toMatchObject({ name: "b:c", ns: "urn:b", text: "<Ạạ<&>" });
  });

  it("gives each element its line, past tags in comments, CDATA and attribute values", () => {
    const root = parseXml(
      `<a>\n<!-- <x>\n<y/> -->\n<b v="a > b"><![CDATA[\n<z>]]></b>\n  <c/><d\n/></a>`
    );
    expect(root.children.map((c) => [c.local, c.line])).toEqual([
      ["b", 4],
      ["c", 6],
      ["d", 6],
    ]);
    expect(root.children[0].text).toBe("\n<z>");
  });

  it("reports the line of the first error", () => {
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow(XmlSyntaxError);
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow(/^line 3: Unexpected close tag$/);
    expect(() => parseXml("<a>\n<b x='1'\n x='2'/></a>")).toThrow(/^line 2: attribute x appears/);
    expect(() => parseXml("<a/>\n\n<!-- -->x")).toThrow(/^line 3: content after the root/);
  });
});

describe("check-manifest CLI (node scripts/run-ts.js scripts/check-manifest.ts)", () => {
  it("exits 0 on the real manifest and 1 with the problems on a broken one", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await main([MANIFEST_PATH, ASSETS])).toBe(0);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/no problems$/));
      const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-manifest-"));
      temporary.push(dir);
      const broken = path.join(dir, "manifest.xml");
      writeFileSync(broken, mutate("<Version>1.0.0.0</Version>", "<Version>1</Version>"));
      expect(await main([broken, ASSETS])).toBe(1);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/Version "1" is not of the form/));
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it("runs as npm run check:manifest does, with the same exit codes", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["scripts/run-ts.js", "scripts/check-manifest.ts", ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
    expect(run()).toMatchObject({ status: 0, stdout: expect.stringMatching(/: no problems\n$/) });
    const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-manifest-"));
    temporary.push(dir);
    const broken = path.join(dir, "manifest.xml");
    writeFileSync(broken, mutate(`<Host Name="Workbook"/>`, `<Host Name="Document"/>`));
    expect(run(broken, ASSETS)).toMatchObject({
      status: 1,
      stderr: `${broken}: 1 problem(s)\n  - Hosts must include <Host Name="Workbook"/> (found: Document)\n`,
    });
  });
});
