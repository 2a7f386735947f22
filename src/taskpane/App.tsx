import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_PRESET_ID, PRESETS, type CampaignProblem } from "../core";
import { CATALOGUES, type Catalogue } from "../messages";
import { CampaignArea, type CampaignUse } from "./components/CampaignArea";
import { CampaignPicker, campaignName } from "./components/CampaignPicker";
import { CheckArea } from "./components/CheckArea";
import { FormsArea } from "./components/FormsArea";
import { MergeArea } from "./components/MergeArea";
import { BUILD } from "./build-info";
import { failureSay, type Say } from "./failure";
import type { Host } from "./host";
import {
  rememberCampaign,
  rememberLocale,
  rememberedCampaign,
  rememberedLocale,
  type CampaignChoice,
  type Locale,
} from "./remember";

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
    // The Excel task pane (about 350 px): every pixel of width goes to the content.
    "@media (max-width: 480px)": {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      gap: tokens.spacingVerticalS,
    },
  },
  // Title and language on one line, whatever the width.
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  tagline: {
    color: tokens.colorNeutralForeground2,
    "@media (max-width: 480px)": { display: "none" },
  },
  language: { width: "7.5rem", flexShrink: 0 },
  hostLine: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  hostText: { flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase200 },
  hostMore: { flexShrink: 0, whiteSpace: "nowrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
  // Four tabs fit one row of a 350 px pane with narrower padding; a narrower pane wraps them.
  tabs: { flexWrap: "wrap" },
  tab: {
    "@media (max-width: 400px)": {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
    },
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  footer: {
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
});

/**
 * Where the pane runs, as one line with the whole text behind "Chi tiết". A version of Excel
 * that lacks features is said in full: the clerk must know before trying.
 */
function HostNotice({ host, catalogue }: { host: Host; catalogue: Catalogue }) {
  const styles = useStyles();
  const text = catalogue.pane.host;
  const missing = host.kind === "excel" ? host.excel.missing : [];
  const [open, setOpen] = useState(false);
  const full = `${host.kind === "excel" ? text.inExcel : text.inBrowser}${
    missing.length > 0 ? ` ${text.missingFeatures(missing)}` : ""
  }`;
  const shown = open || missing.length > 0;
  return (
    <MessageBar
      intent={missing.length > 0 ? "warning" : "info"}
      data-testid="host-info"
      layout="multiline"
    >
      <MessageBarBody className={styles.hostLine}>
        <span className={styles.hostText} data-testid="host-text">
          {shown ? full : host.kind === "excel" ? text.inExcelShort : text.inBrowserShort}
        </span>
        {missing.length > 0 ? null : (
          <Link
            as="button"
            inline
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="host-more"
            className={styles.hostMore}
          >
            {open ? text.less : text.more}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

type Area = "campaign" | "forms" | "check" | "merge";
const AREAS: readonly Area[] = ["campaign", "forms", "check", "merge"];
export type { Locale } from "./remember";

export interface AppProps {
  readonly host: Host;
  /** The language asked for in the address (`?lang=en`); else the one remembered, else Vietnamese. */
  readonly initialLocale?: Locale;
}

/** What the pane found when it started, about the campaign it uses. */
type Startup =
  | { readonly kind: "storedBroken" }
  | { readonly kind: "workbookInvalid"; readonly problems: readonly CampaignProblem[] }
  | { readonly kind: "workbookWarnings"; readonly problems: readonly CampaignProblem[] }
  | { readonly kind: "loadFailed"; readonly say: Say };

/**
 * The pane: the campaign in use as one line at the top, then four areas. Every area stays
 * mounted while hidden, so files dropped on Tổng hợp survive a look at Biểu mẫu.
 *
 * The campaign in use is remembered by the browser; inside Excel the open workbook's sheet
 * "Đợt báo cáo" is read on start and written whenever the clerk puts a campaign in use.
 */
export function App({ host, initialLocale }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? rememberedLocale() ?? "vi");
  const [area, setArea] = useState<Area>("forms");
  const [remembered] = useState(rememberedCampaign);
  const [choice, setChoice] = useState<CampaignChoice>(
    () => remembered.choice ?? { campaign: PRESETS[DEFAULT_PRESET_ID]! }
  );
  const [startup, setStartup] = useState<Startup | undefined>(
    remembered.broken ? { kind: "storedBroken" } : undefined
  );
  const [loading, setLoading] = useState(host.kind === "excel");
  /** The clerk put a campaign in use: the workbook's, read late, must not replace it. */
  const chosen = useRef(false);
  const catalogue = CATALOGUES[locale];
  const text = catalogue.pane;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (host.kind !== "excel") return;
    let live = true;
    host.excel
      .loadCampaign()
      .then(
        (result) => {
          if (!live || chosen.current || !result) return;
          if (!result.ok) {
            setStartup({ kind: "workbookInvalid", problems: result.problems });
            return;
          }
          setChoice({ campaign: result.campaign, fromWorkbook: true });
          setStartup(
            result.problems.length > 0
              ? { kind: "workbookWarnings", problems: result.problems }
              : undefined
          );
        },
        (error: unknown) => {
          if (live && !chosen.current) {
            setStartup({ kind: "loadFailed", say: failureSay(error, "loadCampaign", true) });
          }
        }
      )
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [host]);

  const changeLocale = (next: Locale) => {
    setLocale(next);
    rememberLocale(next);
  };

  const onUse = useCallback(
    async (next: CampaignChoice, write = true): Promise<CampaignUse> => {
      // Written first: when the workbook refuses it, nothing changes.
      const savedTo =
        host.kind === "excel" && write ? await host.excel.saveCampaign(next.campaign) : undefined;
      chosen.current = true;
      setLoading(false);
      setChoice(next);
      setStartup(undefined);
      const kept = rememberCampaign(next);
      return { ...(savedTo ? { savedTo } : {}), remembered: kept };
    },
    [host]
  );

  const problemList = (problems: readonly CampaignProblem[]) => (
    <ul className={styles.problems}>
      {problems.map((problem, i) => (
        <li key={i}>{catalogue.campaign[problem.code](problem)}</li>
      ))}
    </ul>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{text.appName}</Title3>
            <Text size={200} className={styles.tagline}>
              {text.tagline}
            </Text>
          </div>
          <Select
            size="small"
            className={styles.language}
            aria-label={text.language}
            data-testid="language-select"
            value={locale}
            onChange={(_, data) => changeLocale(data.value === "en" ? "en" : "vi")}
          >
            <option value="vi">{CATALOGUES.vi.pane.languageName}</option>
            <option value="en">{CATALOGUES.en.pane.languageName}</option>
          </Select>
        </header>
        <HostNotice host={host} catalogue={catalogue} />
        <CampaignPicker
          choice={choice}
          catalogue={catalogue}
          loading={loading}
          onChange={() => {
            setArea("campaign");
            document.getElementById("tab-campaign")?.focus();
          }}
        />
        {startup ? (
          <MessageBar
            intent={
              startup.kind === "workbookWarnings"
                ? "warning"
                : startup.kind === "storedBroken"
                  ? "info"
                  : "error"
            }
            layout="multiline"
            data-testid="campaign-start"
          >
            <MessageBarBody>
              {startup.kind === "storedBroken"
                ? text.campaign.storedBroken
                : startup.kind === "loadFailed"
                  ? startup.say(catalogue)
                  : startup.kind === "workbookWarnings"
                    ? text.campaign.workbookWarnings
                    : text.campaign.workbookInvalid(
                        text.campaign.name(
                          campaignName(choice.campaign, catalogue),
                          choice.campaign.year
                        )
                      )}
              {startup.kind === "workbookInvalid" || startup.kind === "workbookWarnings"
                ? problemList(startup.problems)
                : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <TabList
          className={styles.tabs}
          size="small"
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
              className={styles.tab}
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
            {id === "campaign" ? (
              <CampaignArea choice={choice} catalogue={catalogue} host={host} onUse={onUse} />
            ) : id === "forms" ? (
              <FormsArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            ) : id === "check" ? (
              <CheckArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            ) : (
              <MergeArea campaign={choice.campaign} catalogue={catalogue} host={host} />
            )}
          </section>
        ))}
        <footer className={styles.footer} data-testid="build-info">
          {text.build(BUILD)}
        </footer>
      </main>
    </FluentProvider>
  );
}
