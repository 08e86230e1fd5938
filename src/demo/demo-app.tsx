// An Outlook-like window around the real task pane: message list, reading pane, and the pane in a 320 px iframe
// that shares this page's simulated mailbox (see demo-host.ts).
import {
  Button,
  Caption1,
  Field,
  FluentProvider,
  makeStyles,
  Select,
  teamsHighContrastTheme,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import type { SimulatedMailbox } from "../mailbox/simulated-mailbox";
import type { ThemeKind } from "../mailbox/types";
import { demoLanguages, demoThemes, isDemoLanguage, isThemeKind, taskPaneSrc } from "./demo-params";
import { MessageList } from "./message-list";
import { ReadingPane } from "./reading-pane";

/** Outlook on the web's task pane width: the pane is designed and tested at exactly this. */
export const taskPaneWidthPx = 320;

const fluentThemes: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { height: "100vh" },
  root: {
    display: "grid",
    gridTemplateRows: "auto auto minmax(0, 1fr)",
    height: "100%",
    minWidth: "1000px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, color: "inherit" },
  headerNote: { color: "inherit" },
  toolbar: {
    display: "flex",
    alignItems: "flex-end",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke1,
  },
  toolbarField: { minWidth: "160px" },
  main: {
    display: "grid",
    // The pane column sizes to the iframe plus its border, so the pane itself gets the full 320 px.
    gridTemplateColumns: "minmax(220px, 300px) minmax(0, 1fr) auto",
    minHeight: 0,
  },
  listColumn: {
    display: "flex",
    minHeight: 0,
    borderRightWidth: tokens.strokeWidthThin,
    borderRightStyle: "solid",
    borderRightColor: tokens.colorNeutralStroke1,
  },
  paneColumn: {
    display: "flex",
    minHeight: 0,
    borderLeftWidth: tokens.strokeWidthThin,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke1,
  },
  frame: {
    width: `${taskPaneWidthPx}px`,
    flexShrink: 0,
    height: "100%",
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    display: "block",
  },
});

export function DemoApp(props: { mailbox: SimulatedMailbox; oroBaseUrl: string | null }) {
  const { mailbox, oroBaseUrl } = props;
  const styles = useStyles();
  const state = useSyncExternalStore(mailbox.subscribe, mailbox.getState);
  // Bumped by "Reload pane" to start the pane afresh without touching the mailbox.
  const [paneLoad, setPaneLoad] = useState(0);
  const selected = state.selectedIndex === null ? undefined : state.items[state.selectedIndex];

  return (
    <FluentProvider theme={fluentThemes[state.theme.kind]} className={styles.provider}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            Oro connector – demo (simulated Outlook + sandbox Oro)
          </Text>
          <Caption1 className={styles.headerNote}>
            Mailbox of {mailbox.user.displayName} · Oro: {oroBaseUrl ?? "sandbox"}
          </Caption1>
        </header>

        <div role="toolbar" aria-label="Demo settings" className={styles.toolbar}>
          <Field label="Theme" className={styles.toolbarField}>
            <Select
              value={state.theme.kind}
              onChange={(_, data) => {
                if (isThemeKind(data.value)) mailbox.setTheme(data.value);
              }}
            >
              {demoThemes.map((t) => (
                <option key={t.kind} value={t.kind}>
                  {t.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Outlook language" className={styles.toolbarField}>
            <Select
              value={state.displayLanguage}
              onChange={(_, data) => {
                // Office reads the display language once at start, so the pane reloads (its iframe key changes).
                if (isDemoLanguage(data.value)) mailbox.setDisplayLanguage(data.value);
              }}
            >
              {demoLanguages.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => mailbox.select(null)} disabled={state.selectedIndex === null}>
            Clear selection
          </Button>
          <Button onClick={() => setPaneLoad((n) => n + 1)}>Reload pane</Button>
        </div>

        <main className={styles.main}>
          <nav className={styles.listColumn} aria-label="Inbox">
            <MessageList items={state.items} selectedIndex={state.selectedIndex} onSelect={(index) => mailbox.select(index)} />
          </nav>
          <ReadingPane
            item={selected}
            index={state.selectedIndex}
            user={mailbox.user}
            onRecipientsChange={(field, addresses) => mailbox.setRecipients(field, addresses)}
          />
          <aside className={styles.paneColumn} aria-label="Add-in task pane">
            <iframe
              key={`${state.displayLanguage}-${paneLoad}`}
              title="Oro connector task pane"
              src={taskPaneSrc({ oroBaseUrl, language: state.displayLanguage })}
              className={styles.frame}
            />
          </aside>
        </main>
      </div>
    </FluentProvider>
  );
}
