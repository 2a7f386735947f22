#!/usr/bin/env node
"use strict";
// The CLI is compiled to dist/node by `npm run build:cli`, which `npm ci` runs through `prepare`.
const { main } = require("../dist/node/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // An unexpected failure is a bug: show it plainly rather than hide it.
    console.error(error);
    process.exitCode = 70;
  }
);
