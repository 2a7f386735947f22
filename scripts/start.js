#!/usr/bin/env node
// `npm start`.
// - Windows or macOS (where Excel runs): sideloads the add-in into Excel with
//   office-addin-debugging (fetched by npx on first use), which starts the https dev server.
// - Anywhere else (Linux, CI), or with `npm start -- --web`: serves the pane as a web page
//   on http://localhost:3000 and prints its address.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.PORT || 3000);
const excelPlatform = process.platform === "win32" || process.platform === "darwin";
const web = process.argv.includes("--web") || process.env.TONGHOP_WEB === "1";

function sideload() {
  console.log("Đang cài thử TổngHợp vào Excel (office-addin-debugging)…");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(
    npx,
    ["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop"],
    {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
      env: { ...process.env, TONGHOP_HTTPS: "1" },
    }
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}

async function serveWebPage() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(root, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "development" });
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";
  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap("tonghop-start", (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    const url = `http://localhost:${PORT}/taskpane.html`;
    console.log("");
    console.log(`TổngHợp đang chạy dưới dạng trang web: ${url}`);
    console.log(`TổngHợp is served as a web page: ${url}`);
    console.log("Mở địa chỉ trên bằng trình duyệt. Nhấn Ctrl+C để dừng.");
  });
  const server = new WebpackDevServer({ ...config.devServer, port: PORT }, compiler);
  await server.start();
}

if (excelPlatform && !web) sideload();
else
  serveWebPage().catch((error) => {
    console.error(`Không khởi động được máy chủ trang web: ${error.message}`);
    process.exit(1);
  });
