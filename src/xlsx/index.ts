export { a1, columnLetter, renderLayout, validationFor, writeTemplate } from "./write-template";
export { templateMetadata, writeFormTemplate } from "./templates";
