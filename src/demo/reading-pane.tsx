// The open message, as Outlook's reading pane shows it; a draft gets editable recipient fields.
import { Body1, Button, Caption1, Field, Input, makeStyles, Subtitle1, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ScenarioItem } from "../mailbox/scenario";
import type { RecipientField } from "../mailbox/simulated-mailbox";
import type { EmailAddress } from "../mailbox/types";
import { formatAddress, formatAddressList, parseAddressList } from "./address-list";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    overflowY: "auto",
    minHeight: 0,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  empty: { margin: "auto", color: tokens.colorNeutralForeground3 },
  headers: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  row: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  body: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
  editors: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Long lists (the 500-recipient mailing) start folded, like Outlook's collapsed recipient well. */
const foldedRecipientCount = 10;

function RecipientValue({ addresses }: { addresses: readonly EmailAddress[] }) {
  const [expanded, setExpanded] = useState(false);
  const folded = !expanded && addresses.length > foldedRecipientCount;
  const shown = folded ? addresses.slice(0, foldedRecipientCount) : addresses;
  return (
    <>
      {shown.map(formatAddress).join("; ")}
      {folded && (
        <>
          {" "}
          <Button appearance="transparent" size="small" onClick={() => setExpanded(true)}>
            Show all {addresses.length} recipients
          </Button>
        </>
      )}
    </>
  );
}

function RecipientEditor(props: { label: string; value: readonly EmailAddress[]; onCommit: (addresses: EmailAddress[]) => void }) {
  const [draft, setDraft] = useState(() => formatAddressList(props.value));
  const [invalid, setInvalid] = useState<string[]>([]);
  const commit = () => {
    const parsed = parseAddressList(draft);
    setInvalid(parsed.invalid);
    if (parsed.invalid.length > 0) return;
    if (formatAddressList(parsed.addresses) !== formatAddressList(props.value)) props.onCommit(parsed.addresses);
    setDraft(formatAddressList(parsed.addresses));
  };
  return (
    <Field
      label={props.label}
      hint="Name <address>, separated by semicolons. Enter or leaving the field applies the change."
      validationState={invalid.length > 0 ? "error" : "none"}
      validationMessage={invalid.length > 0 ? `Not an email address: ${invalid.join(", ")}` : undefined}
    >
      <Input
        value={draft}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short" });

export function ReadingPane(props: {
  item: ScenarioItem | undefined;
  index: number | null;
  user: EmailAddress;
  onRecipientsChange: (field: RecipientField, addresses: EmailAddress[]) => void;
}) {
  const styles = useStyles();
  const { item, index } = props;
  if (!item || index === null) {
    return (
      <section className={styles.root} aria-label="Reading pane">
        <Body1 className={styles.empty}>Select a message to read it.</Body1>
      </section>
    );
  }

  if (item.mode === "compose") {
    const fields: { field: RecipientField; label: string }[] = [
      { field: "to", label: "To" },
      { field: "cc", label: "Cc" },
      { field: "bcc", label: "Bcc" },
    ];
    return (
      <section className={styles.root} aria-label="Draft">
        <Caption1 className={styles.term}>Draft from {formatAddress(item.from ?? props.user)}</Caption1>
        <Subtitle1 as="h2">{item.subject || "(no subject)"}</Subtitle1>
        <div className={styles.editors}>
          {fields.map(({ field, label }) => (
            <RecipientEditor
              key={`${index}-${field}`}
              label={label}
              value={item[field] ?? []}
              onCommit={(addresses) => props.onRecipientsChange(field, addresses)}
            />
          ))}
        </div>
        <Text className={styles.body}>{item.body ?? ""}</Text>
      </section>
    );
  }

  const addressRows: { term: string; addresses: readonly EmailAddress[] }[] = [
    { term: "From", addresses: item.from ? [item.from] : [] },
    { term: "To", addresses: item.to ?? [] },
    { term: "Cc", addresses: item.cc ?? [] },
  ];
  return (
    <section className={styles.root} aria-label="Reading pane">
      <Subtitle1 as="h2">{item.subject || "(no subject)"}</Subtitle1>
      <dl className={styles.headers}>
        {addressRows
          .filter((row) => row.addresses.length > 0)
          .map((row) => (
            <div key={row.term} className={styles.row}>
              <dt className={styles.term}>{row.term}</dt>
              <dd className={styles.value}>
                <RecipientValue key={index} addresses={row.addresses} />
              </dd>
            </div>
          ))}
        {item.dateTimeCreated && (
          <div className={styles.row}>
            <dt className={styles.term}>Date</dt>
            <dd className={styles.value}>{dateFormat.format(new Date(item.dateTimeCreated))}</dd>
          </div>
        )}
        <div className={styles.row}>
          <dt className={styles.term}>Message-ID</dt>
          <dd className={styles.value}>{item.internetMessageId ?? "(none yet)"}</dd>
        </div>
      </dl>
      <Text className={styles.body}>{item.body ?? ""}</Text>
    </section>
  );
}
