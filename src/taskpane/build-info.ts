/**
 * Which build of TổngHợp this is, for the footer: the package's version, the commit and its
 * date, set by webpack (`__TONGHOP_BUILD__`, webpack.config.js). A clerk reading it out on
 * the phone tells support exactly which file they have. Tests run without webpack: "dev".
 */
export interface BuildInfo {
  readonly version: string;
  /** The commit's short hash, or "" outside a git checkout. */
  readonly commit: string;
  /** The commit's date (yyyy-mm-dd), or the build's outside a git checkout. */
  readonly date: string;
}

declare const __TONGHOP_BUILD__: BuildInfo | undefined;

export const BUILD: BuildInfo =
  typeof __TONGHOP_BUILD__ === "undefined"
    ? { version: "dev", commit: "", date: "" }
    : __TONGHOP_BUILD__;
