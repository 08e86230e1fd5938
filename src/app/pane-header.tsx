import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect } from "react";
import { ArrowLeftRegular, MoreVerticalRegular } from "@fluentui/react-icons";
import { useSession } from "../auth/session-context";
import { useT } from "../i18n/catalog";
import { useNavigation } from "../ui/navigation";
import { appMessages } from "./app-messages";

// The menu and the settings it reads load just after the first render: they are not needed to show the pane.
const ConnectorMenu = lazy(() =>
  import("../features/menu/connector-menu").then((m) => ({ default: m.ConnectorMenu })),
);
// So does the Back button's tooltip; until it arrives, Back is the same button with its name as a label.
const loadBackButton = () => import("./back-button");
const BackButton = lazy(loadBackButton);

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flex: "1 1 auto" },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  user: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader() {
  const t = useT(appMessages);
  const styles = useStyles();
  const navigation = useNavigation();
  const session = useSession();
  const user = session.status === "connected" || session.status === "expired" ? session.user : null;
  useEffect(() => {
    void loadBackButton().catch(() => undefined);
  }, []);

  return (
    <header className={styles.header}>
      {navigation.canGoBack ? (
        <Suspense
          fallback={
            <Button
              appearance="subtle"
              icon={<ArrowLeftRegular />}
              aria-label={t("back")}
              onClick={navigation.back}
            />
          }
        >
          <BackButton label={t("back")} onClick={navigation.back} />
        </Suspense>
      ) : null}
      <div className={styles.titles}>
        <Subtitle2 as="h1" className={styles.ellipsis}>
          {t("productName")}
        </Subtitle2>
        {user ? (
          <Caption1 className={mergeClasses(styles.ellipsis, styles.user)} title={user.email ?? undefined}>
            {user.displayName}
          </Caption1>
        ) : null}
      </div>
      <Suspense
        fallback={
          <Button appearance="subtle" icon={<MoreVerticalRegular />} aria-label={t("menu")} disabled />
        }
      >
        <ConnectorMenu />
      </Suspense>
    </header>
  );
}
