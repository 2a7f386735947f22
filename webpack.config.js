// The task pane: one bundle for Excel and for the plain web page. `npm run build` writes
// dist/web without Excel or a network; `npm run dev-server` serves it on port 3000.
//
// The xlsx reader and writer (exceljs) are split into chunks loaded on first use, so the
// pane's initial JavaScript stays small.
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * The manifest with its URLs pointed at where the pane is deployed: ADDIN_URL (e.g.
 * https://tonghop.example.vn/) for a production build, the dev server otherwise.
 */
function manifestFor(content) {
  const origin = process.env.ADDIN_URL;
  if (!origin) return content;
  const base = origin.endsWith("/") ? origin : `${origin}/`;
  return Buffer.from(content.toString().split(DEV_ORIGIN).join(base));
}

/** The build the pane's footer names: the package's version, the commit and its date. */
function buildInfo() {
  const git = (...args) => {
    try {
      return execFileSync("git", args, { cwd: __dirname, stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim();
    } catch {
      return "";
    }
  };
  return {
    version: require("./package.json").version,
    commit: git("rev-parse", "--short", "HEAD"),
    date: git("log", "-1", "--format=%cs") || new Date().toISOString().slice(0, 10),
  };
}

async function httpsOptions() {
  // Only for sideloading into Excel, which needs https; office-addin-dev-certs installs a
  // local certificate authority the first time.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const https = process.env.TONGHOP_HTTPS === "1";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // Web Worker that reads returned files; a fixed name, as the pane asks for it by name.
      "read-worker": "./src/taskpane/read-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: (data) =>
        data.chunk?.name === "read-worker" || !production
          ? "[name].js"
          : "[name].[contenthash:8].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks beside the page, found relative to it: also when its scripts are inlined
      // (dist/TongHop.html), where webpack's automatic public path has no script URL.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the bundle only needs transpiling.
            options: { configFile: "tsconfig.web.json", transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __TONGHOP_BUILD__: JSON.stringify(buildInfo()) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestFor },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      host: "localhost",
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: await httpsOptions() } : "http",
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
};
