import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { DEFAULT_PRESET_ID, PRESETS } from "../core";
import { CATALOGUES, type Catalogue } from "../messages";
import { CampaignPicker, type CampaignChoice } from "./components/CampaignPicker";
import { CheckArea } from "./components/CheckArea";
import { FormsArea } from "./components/FormsArea";
import { MergeArea } from "./components/MergeArea";
import type { Host } from "./host";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "56rem",
    margin: "0 auto",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column" },
  tagline: { color: tokens.colorNeutralForeground2 },
  language: { width: "8.5rem", flexShrink: 0 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

type Area = "forms" | "check" | "merge";
const AREAS: readonly Area[] = ["forms", "check", "merge"];
export type Locale = Catalogue["locale"];

export interface AppProps {
  readonly host: Host;
  readonly initialLocale?: Locale;
}

/**
 * The pane: campaign at the top, then three areas. Every area stays mounted while hidden,
 * so files dropped on Tổng hợp survive a look at Biểu mẫu.
 */
export function App({ host, initialLocale = "vi" }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [area, setArea] = useState<Area>("forms");
  const [choice, setChoice] = useState<CampaignChoice>({ campaign: PRESETS[DEFAULT_PRESET_ID]! });
  const catalogue = CATALOGUES[locale];
  const text = catalogue.pane;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title2 as="h1">{text.appName}</Title2>
            <Text className={styles.tagline}>{text.tagline}</Text>
          </div>
          <Select
            className={styles.language}
            aria-label={text.language}
            data-testid="language-select"
            value={locale}
            onChange={(_, data) => setLocale(data.value === "en" ? "en" : "vi")}
          >
            <option value="vi">{CATALOGUES.vi.pane.languageName}</option>
            <option value="en">{CATALOGUES.en.pane.languageName}</option>
          </Select>
        </header>
        <MessageBar intent="info" data-testid="host-info">
          <MessageBarBody>
            {host.kind === "excel" ? text.host.inExcel : text.host.inBrowser}
            {host.kind === "excel" && host.excel.missing.length > 0
              ? ` ${text.host.missingFeatures(host.excel.missing)}`
              : ""}
          </MessageBarBody>
        </MessageBar>
        <CampaignPicker choice={choice} catalogue={catalogue} onChange={setChoice} />
        <TabList
          selectedValue={area}
          onTabSelect={(_, data) => setArea(data.value as Area)}
          aria-label={text.appName}
        >
          {AREAS.map((id) => (
            <Tab
              key={id}
              value={id}
              id={`tab-${id}`}
              aria-controls={`panel-${id}`}
              data-testid={`tab-${id}`}
            >
              {text.areas[id]}
            </Tab>
          ))}
        </TabList>
        {AREAS.map((id) => (
          <section
            key={id}
            id={`panel-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={area !== id}
            className={styles.panel}
            data-testid={`panel-${id}`}
          >
            {id === "forms" ? (
              <FormsArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            ) : id === "check" ? (
              <CheckArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            ) : (
              <MergeArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            )}
          </section>
        ))}
      </main>
    </FluentProvider>
  );
}
