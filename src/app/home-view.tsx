import { Body1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCurrentItem, useMailbox } from "../mailbox/mailbox-context";
import { collectParticipants } from "../mailbox/participants";
import { useT } from "../i18n/catalog";
import { appMessages } from "./app-messages";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** The pane's home: the open email's participants (the context and search features build on this). */
export function HomeView() {
  const t = useT(appMessages);
  const styles = useStyles();
  const mailbox = useMailbox();
  const current = useCurrentItem();

  if (current.status === "loading") return <Spinner />;
  if (current.status === "error") return <Body1 role="alert">{current.error.message}</Body1>;
  if (!current.item) return <Body1 className={styles.root}>{t("noItem")}</Body1>;
  const participants = collectParticipants(current.item, mailbox.user.emailAddress);
  return (
    <section className={styles.root} aria-label={current.item.subject}>
      <ul data-testid="participants">
        {participants.map((p) => (
          <li key={p.emailAddress} className={styles.row} title={p.emailAddress}>
            {p.role}: {p.displayName} &lt;{p.emailAddress}&gt;
          </li>
        ))}
      </ul>
    </section>
  );
}
