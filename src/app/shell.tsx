import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { useSession } from "../auth/session-context";
import { ConnectScreen } from "../features/connect/connect-screen";
import { ReconnectBanner } from "../features/connect/reconnect-banner";
import { useT } from "../i18n/catalog";
import { useNavigation, type Route } from "../ui/navigation";
import { markOnce, perfMarks } from "../ui/perf";
import { appMessages } from "./app-messages";
import { PaneHeader } from "./pane-header";
import { HomeView } from "./home-view";
import { RouteView } from "./route-view";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: { flex: "1 1 auto", minHeight: 0, position: "relative" },
  layer: { position: "absolute", inset: 0, overflowY: "auto", overflowX: "hidden" },
  hidden: { display: "none" },
  centered: { display: "flex", alignItems: "center", justifyContent: "center", height: "100vh" },
});

/** The pane: Connect when there is no session, otherwise the header and the current route. */
export function Shell() {
  const session = useSession();
  const t = useT(appMessages);
  const styles = useStyles();
  // First usable view (Connect or the connected home): what the benchmark's "load to interactive" measures.
  useEffect(() => {
    if (session.status !== "restoring") markOnce(perfMarks.paneInteractive);
  }, [session.status]);

  if (session.status === "restoring") {
    return (
      <div className={styles.centered}>
        <Spinner label={t("loading")} />
      </div>
    );
  }
  if (session.status === "disconnected" || session.status === "connecting") {
    return (
      <div className={styles.root}>
        <ConnectScreen />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <PaneHeader />
      {session.status === "expired" ? <ReconnectBanner /> : null}
      <main className={styles.main} aria-label={t("mainRegion")}>
        <Layers />
      </main>
    </div>
  );
}

/** Home stays mounted under other routes, so Back returns to the same search, list and scroll position. */
function Layers() {
  const navigation = useNavigation();
  const styles = useStyles();
  const atHome = navigation.current.name === "home";
  return (
    <>
      <ScrollKeepingLayer visible={atHome} className={styles.layer} hiddenClassName={styles.hidden}>
        <HomeView />
      </ScrollKeepingLayer>
      {atHome ? null : (
        <div className={styles.layer} key={routeKey(navigation.current)}>
          <RouteView route={navigation.current} />
        </div>
      )}
    </>
  );
}

function routeKey(route: Route): string {
  return route.name === "details" ? `details:${route.entity.type}:${route.entity.id}` : route.name;
}

function ScrollKeepingLayer(props: {
  visible: boolean;
  className: string;
  hiddenClassName: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const saved = useRef(0);
  const lastFocused = useRef<HTMLElement | null>(null);
  // Read the position while scrolling: once hidden, the element reports 0.
  useLayoutEffect(() => {
    if (props.visible && ref.current) ref.current.scrollTop = saved.current;
    // Back from details: keyboard and screen-reader users continue from the row that opened them (or, when
    // that row moved, e.g. to In Context Of after Add context, from the same record's row in its new place).
    if (props.visible && ref.current) focusAgain(ref.current, lastFocused.current);
  }, [props.visible]);
  return (
    <div
      ref={ref}
      onScroll={(event) => {
        if (props.visible) saved.current = event.currentTarget.scrollTop;
      }}
      onFocus={(event) => {
        if (props.visible && event.target instanceof HTMLElement) lastFocused.current = event.target;
      }}
      className={props.visible ? props.className : mergeClasses(props.className, props.hiddenClassName)}
      aria-hidden={props.visible ? undefined : true}
    >
      {props.children}
    </div>
  );
}

function focusAgain(layer: HTMLElement, element: HTMLElement | null) {
  if (!element) return;
  if (element.isConnected) {
    element.focus();
    return;
  }
  const text = element.textContent;
  const focusable = layer.querySelectorAll<HTMLElement>("button, a[href], input, select, [tabindex]");
  Array.from(focusable)
    .find((candidate) => candidate.textContent === text)
    ?.focus();
}
