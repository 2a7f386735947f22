import path from "node:path";
import ts from "typescript";
import { findings, typedText } from "./finding-types.fixture";

const FIXTURE = path.join(__dirname, "finding-types.fixture.ts");

/** What the compiler says of a file, with the core's options (no DOM, Node or jest types). */
function diagnosticsOf(file: string): string[] {
  const configFile = path.join(__dirname, "../../src/core/tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${path.basename(d.file?.fileName ?? "")}:${line} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

describe("Finding", () => {
  it("has exactly the params of its code: a wrong name, type or missing param does not compile", () => {
    expect(diagnosticsOf(FIXTURE)).toEqual([]);
  });

  it("gives a code's params once the code is checked", () => {
    // The first four are the findings that compile.
    expect(findings.slice(0, 4).map(typedText)).toStrictEqual([
      "-5",
      undefined,
      undefined,
      undefined,
    ]);
  });
});
