// Shown above whatever the user was doing when Oro rejected the refresh token: one click signs in again,
// and the view underneath stays as it was.
import { useEffect } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useSession, useSessionActions } from "../../auth/session-context";
import { useT } from "../../i18n/catalog";
import { connectMessages } from "./connect-messages";
import { FailureMessage } from "./connect-screen";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
});

export function ReconnectBanner() {
  const styles = useStyles();
  const t = useT(connectMessages);
  const session = useSession();
  const { reconnect, preloadSignIn } = useSessionActions();
  const expired = session.status === "expired";
  // Reconnect runs the sign-in flow: have its chunk ready before the click (see ConnectScreen).
  useEffect(() => {
    if (expired) preloadSignIn();
  }, [expired, preloadSignIn]);
  if (session.status !== "expired") return null;
  const { reconnecting, error } = session;
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("bannerTitle")}</MessageBarTitle>
        </MessageBarBody>
        <MessageBarActions>
          <Button
            appearance="primary"
            size="small"
            disabledFocusable={reconnecting}
            icon={reconnecting ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
            onClick={() => {
              // Not awaited: the dialog opens inside this click when the sign-in request is ready.
              void reconnect();
            }}
          >
            {reconnecting ? t("reconnecting") : t("reconnect")}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <div role="alert">{error ? <FailureMessage failure={error} /> : null}</div>
    </div>
  );
}
