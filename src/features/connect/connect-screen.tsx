// The pane without a session: who we are, which Oro we connect to (or a field to enter it), one Connect button,
// and what went wrong last time with the way forward. Designed at 320 px first.
import { useEffect, useId, useState, type FormEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ConnectFailure } from "../../auth/connect-error";
import { hostOf, validateOroUrl } from "../../auth/oro-endpoints";
import { useConnectTarget, useSession, useSessionActions } from "../../auth/session-context";
import type { SessionNotice } from "../../auth/session-manager";
import { useT } from "../../i18n/catalog";
import { connectMessages, describeFailure, isFieldFailure } from "./connect-messages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    maxWidth: "480px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  purpose: { color: tokens.colorNeutralForeground2 },
  target: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  button: { alignSelf: "stretch" },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  detail: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  hint: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export function ConnectScreen() {
  const styles = useStyles();
  const t = useT(connectMessages);
  const session = useSession();
  const { connect, preloadSignIn } = useSessionActions();
  const target = useConnectTarget();
  const [address, setAddress] = useState(target.suggestedBaseUrl ?? "");
  const [fieldMessage, setFieldMessage] = useState<string | null>(null);
  const headingId = useId();
  // The sign-in flow is a chunk of its own: fetched now, so the click finds it ready and opens the dialog at once.
  useEffect(() => {
    preloadSignIn();
  }, [preloadSignIn]);

  const connecting = session.status === "connecting";
  const failure = session.status === "disconnected" ? session.error : undefined;
  const notice = session.status === "disconnected" ? session.notice : undefined;
  const configured = target.configuredBaseUrl;

  const urlFailureText = (kind: "empty" | "invalid" | "insecure") =>
    kind === "empty" ? t("urlEmpty") : kind === "insecure" ? t("urlInsecure") : t("urlInvalid");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (connecting) return;
    if (configured === null) {
      const checked = validateOroUrl(address);
      if (!checked.ok) {
        setFieldMessage(urlFailureText(checked.reason));
        return;
      }
      setFieldMessage(null);
      // Not awaited: the manager opens the dialog synchronously inside this click when it can.
      void connect(checked.baseUrl);
      return;
    }
    void connect();
  };

  const fieldError =
    fieldMessage ??
    (failure && isFieldFailure(failure)
      ? urlFailureText(failure.kind === "insecure-url" ? "insecure" : "invalid")
      : null);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <header className={styles.header}>
        <Subtitle1 as="h1" id={headingId}>
          {t("productName")}
        </Subtitle1>
        <Body1 className={styles.purpose}>{t("purpose")}</Body1>
      </header>

      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {configured === null ? (
          <Field
            label={t("urlLabel")}
            hint={t("urlHint")}
            validationState={fieldError ? "error" : "none"}
            validationMessage={fieldError ?? undefined}
          >
            <Input
              type="url"
              inputMode="url"
              autoComplete="url"
              value={address}
              disabled={connecting}
              onChange={(_event, data) => {
                setAddress(data.value);
                setFieldMessage(null);
              }}
            />
          </Field>
        ) : (
          <Text className={styles.target}>{t("connectsTo", { host: hostOf(configured) })}</Text>
        )}
        {/* disabledFocusable: disabled for clicks but keeps keyboard focus where the user left it. */}
        <Button
          className={styles.button}
          appearance="primary"
          type="submit"
          disabledFocusable={connecting}
          icon={connecting ? <Spinner size="tiny" aria-hidden /> : undefined}
        >
          {connecting ? t("connecting") : t("connect")}
        </Button>
        {connecting ? <Caption1 role="status">{t("signInInWindow")}</Caption1> : null}
      </form>

      <div className={styles.messages}>
        <div role="alert">
          {failure && !isFieldFailure(failure) ? <FailureMessage failure={failure} /> : null}
        </div>
        {notice ? <NoticeMessage notice={notice} /> : null}
      </div>
    </section>
  );
}

/** One failure with its way forward; Oro's own words (when it gave any) as a secondary line, as text. */
export function FailureMessage({ failure }: { failure: ConnectFailure }) {
  const styles = useStyles();
  const t = useT(connectMessages);
  const text = describeFailure(t, failure);
  if (text === null) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <Caption1 className={styles.hint}>{text.hint}</Caption1>
        {text.detail ? <Caption1 className={styles.detail}>{text.detail}</Caption1> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function NoticeMessage({ notice }: { notice: SessionNotice }) {
  const styles = useStyles();
  const t = useT(connectMessages);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {notice.kind === "signed-out" ? (
          <>
            <MessageBarTitle>{t("signedOut")}</MessageBarTitle>
            <Caption1 className={styles.hint}>{t("signedOutHint")}</Caption1>
          </>
        ) : (
          t("sessionEnded")
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
