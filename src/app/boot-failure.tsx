import {
  Body1,
  Button,
  FluentProvider,
  makeStyles,
  Subtitle2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { PaneIntlProvider } from "../i18n/intl-provider";
import { pickLocale, useT } from "../i18n/catalog";
import { appMessages } from "./app-messages";
import type { LocaleMessages } from "./catalogs";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: "break-word" },
});

/** Shown when the pane cannot start at all (no configuration, Office failed): says so and offers a reload. */
export function BootFailure({ error, messages }: { error: unknown; messages: LocaleMessages }) {
  const locale = pickLocale(navigator.language);
  return (
    <PaneIntlProvider locale={navigator.language || locale} messages={messages}>
      <FluentProvider theme={webLightTheme}>
        <BootFailureContent error={error} />
      </FluentProvider>
    </PaneIntlProvider>
  );
}

function BootFailureContent({ error }: { error: unknown }) {
  const t = useT(appMessages);
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <Subtitle2>{t("bootFailed")}</Subtitle2>
      <Body1>{t("bootFailedHint")}</Body1>
      <Body1 className={styles.detail}>{error instanceof Error ? error.message : String(error)}</Body1>
      <Button appearance="primary" onClick={() => window.location.reload()}>
        {t("reload")}
      </Button>
    </div>
  );
}
