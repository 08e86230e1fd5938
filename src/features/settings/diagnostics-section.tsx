import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled } from "@fluentui/react-icons";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useConnectTarget, useOroClient, useSession } from "../../auth/session-context";
import { useT } from "../../i18n/catalog";
import { useDeployment } from "../../settings/deployment-context";
import { settingsKeys } from "../../settings/settings-queries";
import { useEffectiveSettings } from "../../settings/use-effective-settings";
import { entityTypesCheck, runDiagnostics, type DiagnosticMessage } from "./diagnostics";
import { manageMessages } from "./manage-messages";
import { useEntityTypePluralName } from "./entity-type-names";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  pass: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase400 },
  fail: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase400 },
  fix: { color: tokens.colorNeutralForeground2 },
});

export function DiagnosticsSection() {
  const t = useT(manageMessages);
  const typeName = useEntityTypePluralName();
  const styles = useStyles();
  const session = useSession();
  const client = useOroClient();
  const target = useConnectTarget();
  const deployment = useDeployment();
  const offered = useEffectiveSettings().values.contextEntityTypes;
  const titleId = useId();
  const connection =
    session.status === "connected" || session.status === "expired" ? session.connection : null;

  // The network checks do not depend on the settings: saving them must not run every probe again. Only the
  // record-types check does, and it is judged from what Oro listed while rendering.
  const diagnostics = useQuery({
    queryKey: [...settingsKeys.all, "diagnostics", connection?.apiBaseUrl ?? "none"],
    // useOroClient() has thrown already unless the session is connected or expired, which is when there is one.
    queryFn: connection
      ? () =>
          runDiagnostics({
            connection,
            client,
            clientId: deployment.clientId,
            redirectUri: target.redirectUri,
            paneOrigin: target.paneOrigin,
            apiRelayPath: deployment.apiRelayPath ?? null,
          })
      : skipToken,
    staleTime: 0,
    gcTime: 0,
  });
  const results = diagnostics.data
    ? [
        ...diagnostics.data.results,
        entityTypesCheck(diagnostics.data.contextTypes, offered, typeName),
      ]
    : null;

  const text = (message: DiagnosticMessage) => t(message.key, message.values);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("diagnosticsSection")}
      </Subtitle2>
      <Body1>{t("diagnosticsIntro")}</Body1>
      {diagnostics.isFetching ? <Spinner size="tiny" label={t("diagnosticsRunning")} /> : null}
      {results ? (
        <ul className={styles.list} aria-label={t("diagnosticsList")}>
          {results.map((result) => (
            <li key={result.id} className={styles.item} aria-label={t(result.title)}>
              {result.status === "pass" ? (
                <CheckmarkCircleFilled className={styles.pass} aria-hidden />
              ) : (
                <DismissCircleFilled className={styles.fail} aria-hidden />
              )}
              <div className={styles.text}>
                <Text weight="semibold">
                  {t(result.title)}: {result.status === "pass" ? t("pass") : t("fail")}
                </Text>
                <Body1>{text(result.detail)}</Body1>
                {result.fix ? (
                  <Caption1 className={styles.fix}>{t("howToFix", { fix: text(result.fix) })}</Caption1>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button disabled={diagnostics.isFetching} onClick={() => void diagnostics.refetch()}>
          {t("runAgain")}
        </Button>
      </div>
    </section>
  );
}
