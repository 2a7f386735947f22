import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { vi } from "./vi";

export type { Catalogue, InputHelp } from "./catalogue";
export { formatDate } from "./catalogue";
export { en, vi };

export const CATALOGUES: Readonly<Record<Catalogue["locale"], Catalogue>> = { vi, en };
