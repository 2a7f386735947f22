// ESLint flat config: the Office add-in template's rules (eslint recommended, load before
// read, sync before read, no sync in a loop, prettier formatting with the add-in prettier
// config named in package.json).
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  console: "readonly",
  __dirname: "readonly",
  Buffer: "readonly",
};

// The plugin's React config (recommended + eslint-plugin-react); its TypeScript block names
// .ts files only, so .tsx is added to it.
const addinConfigs = officeAddins.configs.react.map((config) =>
  config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config
);

module.exports = [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "forms/**",
      "examples/**",
      ".test-output/**",
    ],
  },
  ...addinConfigs,
  {
    settings: { react: { version: "18" } },
    // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
    rules: { "react/react-in-jsx-scope": "off", "react/jsx-uses-react": "off" },
  },
  {
    // The plugin's own config names no parser; TypeScript files need this one.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    // The compiler checks names and redeclarations (tsc --noEmit); these core rules do not
    // understand types or function overloads.
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: nodeGlobals },
  },
  {
    rules: {
      // Unused parameters prefixed with _ are deliberate (interface conformance).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-unused-vars": "off",
    },
  },
];
