// One Oro record: what it is, the fields that matter for its type, whether it is in the open email's context, and
// the actions Open (in Oro), Add context and Remove context (with Undo).
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useIntl } from "react-intl";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons/svg/add";
import { Dismiss20Regular } from "@fluentui/react-icons/svg/dismiss";
import { LinkDismiss20Regular } from "@fluentui/react-icons/svg/link-dismiss";
import { Open20Regular } from "@fluentui/react-icons/svg/open";
import { useSession } from "../../auth/session-context";
import { useT } from "../../i18n/catalog";
import { useCurrentItem, useMailbox } from "../../mailbox/mailbox-context";
import { entityMessages } from "../../oro/entity-messages";
import {
  createEntityFormatters,
  formatDetailValue,
  getEntityType,
  humanizeEnum,
  type DetailEntry,
  type EntityFormatters,
} from "../../oro/entity-types";
import { useOroErrorMessage } from "../../oro/messages";
import { entityKey, type EntityRecord } from "../../oro/schemas";
import {
  addContextAvailability,
  ContextActionUnavailableError,
  EmailNotVisibleError,
  useAddContext,
  useRemoveContext,
  type AddContextUnavailableReason,
} from "../../queries/context-actions";
import { useContextMembership, type ContextMembership } from "../../queries/email-context";
import { EntityIcon } from "../../ui/entity-icons";
import type { EntityRef } from "../../ui/navigation";
import { detailsMessages } from "./details-messages";
import { checkOroUrl } from "./open-in-oro";
import { useRecordDetails, type RelatedRecords } from "./record-queries";

/** How long Undo stays offered after Remove context. */
const undoVisibleMs = 10_000;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: { display: "grid", gridTemplateColumns: "20px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { color: tokens.colorBrandForeground1, fontSize: "20px", paddingTop: "2px" },
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  type: { color: tokens.colorNeutralForeground3 },
  title: {
    margin: 0,
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  explanation: { color: tokens.colorNeutralForeground3 },
  fields: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { display: "flex", flexDirection: "column", minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: { margin: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  multiline: { whiteSpace: "pre-wrap" },
  valueList: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  state: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

type RecordDetailsViewProps = { entity: EntityRef; title?: string; entityUrl?: string };

export function RecordDetailsView({ entity, title, entityUrl }: RecordDetailsViewProps) {
  const t = useT(detailsMessages);
  const tEntity = useT(entityMessages);
  const styles = useStyles();
  const describeError = useOroErrorMessage();
  const intl = useIntl();
  const formatters = useMemo(() => createEntityFormatters(intl.locale), [intl.locale]);
  const details = useRecordDetails(entity);
  const definition = getEntityType(entity.type);
  const name = details.record === undefined ? (title ?? "") : definition.title(details.record, title);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The view replaces the list the user came from: put keyboard and screen-reader focus on what opened.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  let body;
  if (details.status === "error") {
    body = (
      <div className={styles.state}>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("loadFailed")}</MessageBarTitle> {describeError(details.error)}
          </MessageBarBody>
        </MessageBar>
        <Button onClick={details.retry}>{t("retry")}</Button>
      </div>
    );
  } else if (details.record === undefined) {
    body = <Spinner size="small" label={t("loading")} />;
  } else {
    body = <RecordFields record={details.record} related={details.related} formatters={formatters} />;
  }

  return (
    <article className={styles.root} aria-labelledby={`${entity.type}-${entity.id}-title`}>
      <header className={styles.header}>
        <span className={styles.icon} aria-hidden="true">
          <EntityIcon type={entity.type} />
        </span>
        <div className={styles.headerText}>
          <Caption1 className={styles.type}>{tEntity(definition.labelKeys.one)}</Caption1>
          <h2 id={`${entity.type}-${entity.id}-title`} className={styles.title} ref={headingRef} tabIndex={-1}>
            {name}
          </h2>
        </div>
      </header>
      <ContextActions entity={entity} name={name} entityUrl={entityUrl ?? null} />
      {body}
    </article>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

type LastAction = "add" | "remove" | null;

function ContextActions({ entity, name, entityUrl }: { entity: EntityRef; name: string; entityUrl: string | null }) {
  const t = useT(detailsMessages);
  const styles = useStyles();
  const describeError = useOroErrorMessage();
  const current = useCurrentItem();
  const item = current.status === "ready" ? current.item : null;
  const membershipOf = useContextMembership();
  const add = useAddContext();
  const remove = useRemoveContext();
  const [lastAction, setLastAction] = useState<LastAction>(null);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const explanationId = useId();
  const availability = addContextAvailability(item);

  const membership = effectiveMembership(membershipOf(entity), lastAction, add, remove, item?.key ?? null);

  const runAdd = (target = item) => {
    if (target === null) return;
    setLastAction("add");
    setNoticeHidden(false);
    remove.reset();
    add.run({ item: target, entity, entityName: name, entityUrl });
  };
  const runRemove = () => {
    if (item === null || membership?.state !== "inContext" || membership.itemId === null) return;
    setLastAction("remove");
    setNoticeHidden(false);
    add.reset();
    remove.run({ item, entity, itemId: membership.itemId });
  };

  // Undo is short-lived: after a while the removal simply stands.
  const undoOffered = lastAction === "remove" && remove.status === "success" && !noticeHidden;
  useEffect(() => {
    if (!undoOffered) return;
    const timer = setTimeout(() => setNoticeHidden(true), undoVisibleMs);
    return () => clearTimeout(timer);
  }, [undoOffered]);

  const unavailableText = availability.available ? null : t(unavailableKey(availability.reason));

  let contextButton;
  if (membership?.state === "inContext") {
    contextButton = (
      <Button
        icon={<LinkDismiss20Regular />}
        disabled={add.isPending || remove.isPending || membership.itemId === null}
        onClick={runRemove}
      >
        {add.isPending ? t("addingContext") : remove.isPending ? t("removingContext") : t("removeContext")}
      </Button>
    );
  } else {
    contextButton = (
      <Button
        appearance="primary"
        icon={<Add20Regular />}
        disabled={!availability.available || add.isPending || remove.isPending}
        aria-describedby={unavailableText === null ? undefined : explanationId}
        onClick={() => runAdd()}
      >
        {remove.isPending ? t("removingContext") : t("addContext")}
      </Button>
    );
  }

  const errorText = (error: Error | null) =>
    error instanceof EmailNotVisibleError
      ? t("emailNotVisible")
      : error instanceof ContextActionUnavailableError
        ? t(unavailableKey(error.reason))
        : describeError(error);

  // Confirmations go into a live region that is always on the page: screen readers announce a change inside an
  // existing region reliably, but often miss a region inserted together with its text. Failures are alerts.
  let confirmation = null;
  let failure = null;
  if (!noticeHidden && lastAction === "add" && add.status === "success" && add.result !== undefined) {
    confirmation = (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{add.result.outcome === "alreadyLinked" ? t("alreadyAdded") : t("added")}</MessageBarBody>
        <MessageBarActions containerAction={<DismissButton onClick={() => setNoticeHidden(true)} />} />
      </MessageBar>
    );
  } else if (!noticeHidden && lastAction === "remove" && remove.status === "success" && remove.result !== undefined) {
    const undoItem = remove.input?.item ?? null;
    const canUndo = addContextAvailability(undoItem).available;
    confirmation = (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{remove.result.outcome === "alreadyRemoved" ? t("alreadyRemoved") : t("removed")}</MessageBarBody>
        <MessageBarActions containerAction={<DismissButton onClick={() => setNoticeHidden(true)} />}>
          {canUndo ? <Button onClick={() => runAdd(undoItem)}>{t("undo")}</Button> : null}
        </MessageBarActions>
      </MessageBar>
    );
  } else if (lastAction === "add" && add.status === "error") {
    failure = (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("addFailed")}</MessageBarTitle> {errorText(add.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={add.retry}>{t("retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else if (lastAction === "remove" && remove.status === "error") {
    failure = (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("removeFailed")}</MessageBarTitle> {errorText(remove.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={remove.retry}>{t("retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return (
    <div className={styles.state}>
      <Badge appearance="tint" shape="rounded" color={membership === null ? "subtle" : membership.state === "inContext" ? "brand" : "informative"}>
        {membership === null ? t("hintNone") : membership.state === "inContext" ? t("hintInContext") : t("hintSuggested")}
      </Badge>
      <div className={styles.actions}>
        {contextButton}
        <OpenButton entityUrl={entityUrl} />
      </div>
      {unavailableText !== null && membership?.state !== "inContext" ? (
        <Caption1 id={explanationId} className={styles.explanation}>
          {unavailableText}
        </Caption1>
      ) : null}
      <div role="status">{confirmation}</div>
      {failure}
    </div>
  );
}

type ActionState = {
  status: "idle" | "pending" | "success" | "error";
  input: { item: { key: string }; entity: EntityRef } | undefined;
  result: { itemId: string } | { outcome: string } | undefined;
};

/**
 * What the view shows while an action runs or has just finished: the action's outcome until the shared context
 * (refetched from Oro after every change) says the same.
 */
function effectiveMembership(
  fromContext: ContextMembership | null,
  lastAction: LastAction,
  add: ActionState,
  remove: ActionState,
  itemKey: string | null,
): (Omit<ContextMembership, "itemId"> & { itemId: string | null }) | null {
  const forThisItem = (action: ActionState) => action.input !== undefined && action.input.item.key === itemKey;
  if (lastAction === "add" && forThisItem(add)) {
    if (add.status === "pending") return { state: "inContext", itemId: fromContext?.state === "inContext" ? fromContext.itemId : null };
    if (add.status === "success" && fromContext?.state !== "inContext" && add.result !== undefined && "itemId" in add.result) {
      return { state: "inContext", itemId: add.result.itemId };
    }
  }
  if (lastAction === "remove" && forThisItem(remove) && (remove.status === "pending" || remove.status === "success")) {
    return fromContext?.state === "inContext" ? null : fromContext;
  }
  return fromContext;
}

function unavailableKey(reason: AddContextUnavailableReason) {
  switch (reason) {
    case "compose":
      return "unavailableCompose" as const;
    case "noMessageId":
      return "unavailableNoMessageId" as const;
    case "noItem":
      return "unavailableNoItem" as const;
  }
}

function DismissButton({ onClick }: { onClick: () => void }) {
  const t = useT(detailsMessages);
  return <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t("dismiss")} onClick={onClick} />;
}

function OpenButton({ entityUrl }: { entityUrl: string | null }) {
  const t = useT(detailsMessages);
  const mailbox = useMailbox();
  const session = useSession();
  const [refusal, setRefusal] = useState<string | null>(null);
  const oroBaseUrl = session.status === "connected" || session.status === "expired" ? session.connection.baseUrl : null;

  const open = () => {
    if (entityUrl === null || oroBaseUrl === null) return;
    const check = checkOroUrl(entityUrl, oroBaseUrl);
    if (check.ok) {
      setRefusal(null);
      mailbox.openBrowserWindow(check.url);
      return;
    }
    setRefusal(
      check.reason === "origin"
        ? t("openRefusedOrigin", { origin: check.origin, oroOrigin: check.oroOrigin })
        : t("openRefusedScheme", { url: check.reason === "scheme" ? check.scheme : entityUrl.slice(0, 60) }),
    );
  };

  return (
    <>
      <Button
        icon={<Open20Regular />}
        disabled={entityUrl === null}
        title={entityUrl === null ? t("openUnavailable") : undefined}
        onClick={open}
      >
        {t("open")}
      </Button>
      {refusal === null ? null : (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Fields

type ShownField = { key: string; label: string; lines: string[]; multiline: boolean };

function RecordFields({ record, related, formatters }: { record: EntityRecord; related: RelatedRecords; formatters: EntityFormatters }) {
  const t = useT(detailsMessages);
  const tEntity = useT(entityMessages);
  const styles = useStyles();
  const definition = getEntityType(record.type);
  const fields: ShownField[] = definition.known
    ? definition
        .details(record)
        .map((entry) => shownField(entry, record, related, formatters, tEntity(entry.labelKey)))
        .filter((field): field is ShownField => field !== null)
    : genericFields(record);

  if (fields.length === 0) return <Body1 className={styles.muted}>{t("noFields")}</Body1>;
  return (
    <dl className={styles.fields} aria-label={t("fieldsLabel")}>
      {fields.map((field) => (
        <div key={field.key} className={styles.field}>
          <dt className={styles.label}>{field.label}</dt>
          <dd className={field.multiline ? `${styles.value} ${styles.multiline}` : styles.value}>
            {field.lines.length === 1 ? (
              field.lines[0]
            ) : (
              <ul className={styles.valueList}>
                {field.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function shownField(
  entry: DetailEntry,
  record: EntityRecord,
  related: RelatedRecords,
  formatters: EntityFormatters,
  label: string,
): ShownField | null {
  const base = { key: entry.field, label, multiline: entry.value.kind === "multiline" };
  switch (entry.value.kind) {
    case "relationship": {
      // Names only: until (or unless) the related records are loaded the row stays hidden rather than show ids.
      const names = entry.value.refs
        .map((ref) => {
          const relatedRecord = related.get(entityKey(ref));
          return relatedRecord === undefined ? null : getEntityType(ref.type).title(relatedRecord, enumName(relatedRecord));
        })
        .filter((value): value is string => value !== null && value !== "");
      return names.length === 0 ? null : { ...base, lines: names };
    }
    case "enum": {
      // Oro's own label for the value (e.g. "Closed Won") when the enum record came along.
      const data = record.relationships[entry.field]?.data;
      const enumRecord = data !== null && data !== undefined && !Array.isArray(data) ? related.get(entityKey(data)) : undefined;
      return { ...base, lines: [(enumRecord === undefined ? null : enumName(enumRecord)) ?? entry.value.text] };
    }
    case "email":
    case "phone":
      return { ...base, lines: entry.value.values };
    default:
      return { ...base, lines: [formatDetailValue(entry.value, formatters)] };
  }
}

function enumName(record: EntityRecord): string | null {
  const name = record.attributes["name"];
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

/** A type the registry does not know: its plain attributes as Oro sent them, under Oro's field names. */
function genericFields(record: EntityRecord): ShownField[] {
  return Object.entries(record.attributes)
    .flatMap(([field, value]): ShownField[] => {
      const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
      return text === "" ? [] : [{ key: field, label: humanizeEnum(field.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase()), lines: [text], multiline: text.includes("\n") }];
    })
    .slice(0, 12);
}
