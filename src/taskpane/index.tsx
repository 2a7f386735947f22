/** The pane's entry: find out where it runs, then render. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

async function start(): Promise<void> {
  const host = await detectHost();
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  const lang = new URLSearchParams(window.location.search).get("lang");
  // A language in the address wins; without one the pane uses the one remembered.
  const initialLocale = lang === "en" || lang === "vi" ? lang : undefined;
  createRoot(root).render(<App host={host} initialLocale={initialLocale} />);
}

void start();
