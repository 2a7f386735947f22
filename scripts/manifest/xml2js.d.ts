/**
 * The part of xml2js (0.5, no types of its own) that scripts/manifest/xml.ts uses. With its
 * default `async: false`, `parseString` calls back before it returns.
 */
declare module "xml2js" {
  export interface ParserOptions {
    readonly strict?: boolean;
    readonly xmlns?: boolean;
    readonly explicitRoot?: boolean;
    readonly explicitChildren?: boolean;
    readonly preserveChildrenOrder?: boolean;
    readonly charkey?: string;
  }

  export class Parser {
    constructor(options?: ParserOptions);
    parseString(text: string, callback: (error: Error | null, result: unknown) => void): void;
  }
}
