/**
 * The Office.js members a folder of source uses, with the ExcelApi requirement set each
 * needs as the typings' JSDoc gives it (`[Api set: ExcelApi 1.4]`, or "1.1 for reading …;
 * 1.2 for setting it", where an assignment takes the second). Found with the TypeScript
 * checker, so `sheet.visibility = …` is told from a read and from another class's
 * `visibility`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const API_SET = /\[Api set: ExcelApi ([\d.]+)(?: for [^;\]]*; ([\d.]+) for [^\]]*)?\]/;

function setOf(declaration: ts.Declaration, assigned: boolean): string | undefined {
  const text = declaration.getSourceFile().text;
  const doc = (ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [])
    .map((range) => text.slice(range.pos, range.end))
    .join("\n");
  const match = API_SET.exec(doc);
  if (!match) return undefined;
  return assigned && match[2] ? match[2] : match[1];
}

function isAssigned(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

/**
 * `{ "Worksheet.visibility =": "1.2", "Range.values": "1.1", … }` for the `.ts` files of
 * `dir`, compiled with the project's tsconfig.
 */
export function excelMembersUsed(dir: string, tsconfig: string): Record<string, string> {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(dir, file));
  const config = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfig));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const used: Record<string, string> = {};
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration?.getSourceFile().fileName.includes("@types/office-js")) {
          const owner = declaration.parent;
          const assigned = isAssigned(node);
          const set = setOf(declaration, assigned);
          if (set && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)))
            used[`${owner.name?.text ?? "?"}.${node.name.text}${assigned ? " =" : ""}`] = set;
          // A function of the namespace itself: `Excel.createWorkbook(…)`.
          if (set && ts.isModuleBlock(owner) && ts.isModuleDeclaration(owner.parent))
            used[`${owner.parent.name.getText()}.${node.name.text}`] = set;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
  }
  return used;
}
