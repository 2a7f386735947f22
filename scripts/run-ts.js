#!/usr/bin/env node
/**
 * Runs one of the TypeScript scripts in scripts/ without a build step:
 *
 *   node scripts/run-ts.js scripts/make-icons.ts [ARGS...]
 *   node scripts/run-ts.js scripts/check-manifest.ts [manifest.xml]
 *
 * `.ts` files are transpiled on load with the project's own `typescript` (no type checking:
 * `npm run typecheck` does that), then the script's exported `main(args)` is awaited and its
 * result becomes the exit code.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
  inlineSourceMap: true,
};

for (const extension of [".ts", ".tsx"]) {
  require.extensions[extension] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}

async function run() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) {
    console.error("usage: node scripts/run-ts.js SCRIPT.ts [ARGS...]");
    return 2;
  }
  const loaded = require(path.resolve(script));
  if (typeof loaded.main !== "function") {
    console.error(`${script} exports no main(args)`);
    return 2;
  }
  return (await loaded.main(args)) ?? 0;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
