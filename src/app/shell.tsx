import { useLayoutEffect, useRef, type ReactNode } from "react";
import { makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { useSession } from "../auth/session-context";
import { ConnectScreen } from "../features/connect/connect-screen";
import { ReconnectBanner } from "../features/connect/reconnect-banner";
import { useT } from "../i18n/catalog";
import { useNavigation, type Route } from "../ui/navigation";
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
  // Read the position while scrolling: once hidden, the element reports 0.
  useLayoutEffect(() => {
    if (props.visible && ref.current) ref.current.scrollTop = saved.current;
  }, [props.visible]);
  return (
    <div
      ref={ref}
      onScroll={(event) => {
        if (props.visible) saved.current = event.currentTarget.scrollTop;
      }}
      className={props.visible ? props.className : mergeClasses(props.className, props.hiddenClassName)}
      aria-hidden={props.visible ? undefined : true}
    >
      {props.children}
    </div>
  );
}
