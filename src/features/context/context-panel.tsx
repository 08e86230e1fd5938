// The pane's main view for the open email: the Oro records in its thread's context and those that could be related,
// following the mailbox (item changes, compose recipients) and never showing one email's records under another.
import { useEffect, useId, useMemo, useRef } from "react";
import { Body1, Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Skeleton, SkeletonItem, Spinner, tokens } from "@fluentui/react-components";
import { useT } from "../../i18n/catalog";
import { useCurrentItem } from "../../mailbox/mailbox-context";
import type { Participant } from "../../mailbox/participants";
import type { MailItem } from "../../mailbox/types";
import { useOroErrorMessage } from "../../oro/messages";
import type { ContextItem } from "../../oro/resources";
import { entityKey } from "../../oro/schemas";
import { useAllowedContextTypes, useEmailContext, type EmailContextResult } from "../../queries/email-context";
import { mark, perfMarks } from "../../ui/perf";
import { groupContext, type ContextRow } from "./context-groups";
import { contextMessages } from "./context-messages";
import { ContextRecordRow, useRowPresentation, type RowPresentation } from "./context-record-row";
import { WithContextSettings, type ContextSettings } from "../../settings/context-settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  sectionHeader: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, whiteSpace: "nowrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  skeletonRow: { display: "grid", gridTemplateColumns: "24px 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS },
  skeletonIcon: { gridRow: "span 2" },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  addressList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Searched addresses wrap rather than truncate: here the address itself is the information.
  address: { overflowWrap: "anywhere", minWidth: 0 },
  role: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  state: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** Everything the pane shows about the open item's Oro records, including the no-item state. */
export function ContextPanel() {
  const t = useT(contextMessages);
  const styles = useStyles();
  const current = useCurrentItem();
  // Started here, while the item is still being read, so the first lookup does not wait a round trip longer.
  useAllowedContextTypes();

  if (current.status === "loading") {
    return (
      <div className={styles.root}>
        <LoadingRows label={t("readingItem")} />
      </div>
    );
  }
  if (current.status === "error") {
    return (
      <div className={styles.root}>
        <MessageBar intent="warning">
          <MessageBarBody>{t("itemError")}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (current.item === null) {
    return (
      <div className={styles.root}>
        <Body1 className={styles.muted}>{t("noItem")}</Body1>
      </div>
    );
  }
  const item = current.item;
  // Keyed by the item: nothing (state, marks, Load More) carries over from one email to the next.
  return <WithContextSettings>{(settings) => <ItemContext key={item.key} item={item} settings={settings} />}</WithContextSettings>;
}

function ItemContext({ item, settings }: { item: MailItem; settings: ContextSettings }) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const describeError = useOroErrorMessage();
  const { lookup, participants, query } = useEmailContext(item, settings);
  // The cache is keyed by item, but a result is only ever shown under the item it was fetched for.
  const data = query.data !== undefined && query.data !== null && query.data.itemKey === item.key ? query.data : null;

  useContextRenderedMark(item.key, lookup === null ? "nothing" : data === null ? null : { data, fetched: query.isFetchedAfterMount });

  const groups = useMemo(() => (data === null ? null : groupContext(data.records, participants)), [data, participants]);
  const allowed = useAllowedContextTypes(settings.offeredTypes);
  const related = useMemo(
    () => new Map((data?.records ?? []).map((record): [string, ContextItem] => [entityKey(record.entity), record])),
    [data],
  );
  const present = useRowPresentation(related);

  if (lookup === null) {
    const noTypes = allowed.status === "ready" && allowed.entities !== null && allowed.entities.length === 0;
    return (
      <section className={styles.root} aria-label={t("panelLabel")}>
        <Body1 className={styles.muted}>{noTypes ? t("noTypes") : t("nothingToSearch")}</Body1>
      </section>
    );
  }

  if (data === null || groups === null) {
    if (query.isError) {
      return (
        <section className={styles.root} aria-label={t("panelLabel")}>
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> {describeError(query.error)}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="primary" onClick={() => void query.refetch()}>
              {t("retry")}
            </Button>
          </div>
        </section>
      );
    }
    return (
      <section className={styles.root} aria-label={t("panelLabel")}>
        <LoadingRows label={t("loading")} />
      </section>
    );
  }

  if (groups.inContext.length === 0 && groups.suggested.length === 0 && !data.hasMore) {
    return (
      <section className={styles.root} aria-label={t("panelLabel")}>
        <div className={styles.state}>
          <Body1Strong>{t("emptyTitle")}</Body1Strong>
          {participants.length === 0 ? (
            <Body1 className={styles.muted}>{t("emptyThreadOnly")}</Body1>
          ) : (
            <>
              <Body1 className={styles.muted}>{t("emptySearched", { count: participants.length })}</Body1>
              <AddressList participants={participants} />
            </>
          )}
        </div>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-label={t("panelLabel")}>
      <RecordSection
        heading={t("inContextHeading")}
        rows={groups.inContext}
        emptyText={t("inContextEmpty")}
        present={present}
      />
      <RecordSection
        heading={t("suggestedHeading")}
        rows={groups.suggested}
        emptyText={t("suggestedEmpty")}
        present={present}
      />
      <LoadMoreFooter data={data} query={query} />
      {!data.hasMore && groups.unmatched.length > 0 ? <UnmatchedParticipants participants={groups.unmatched} /> : null}
    </section>
  );
}

function RecordSection(props: {
  heading: string;
  rows: readonly ContextRow[];
  emptyText: string;
  present: (item: ContextItem) => RowPresentation;
}) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 className={styles.sectionHeader}>
        <span id={headingId}>{props.heading}</span>
        <span className={styles.count}>{t("sectionCount", { count: props.rows.length })}</span>
      </h2>
      {props.rows.length === 0 ? (
        <Caption1 className={styles.muted}>{props.emptyText}</Caption1>
      ) : (
        <ul className={styles.list}>
          {props.rows.map((row) => (
            <li key={row.item.itemId}>
              <ContextRecordRow row={row} presentation={props.present(row.item)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type ContextQuery = ReturnType<typeof useEmailContext>["query"];

function LoadMoreFooter({ data, query }: { data: EmailContextResult; query: ContextQuery }) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const shown = data.records.length;
  if (!data.hasMore) return null;
  const summary =
    data.total === null
      ? t("showing", { shown })
      : data.total.exact
        ? t("showingOf", { shown, total: data.total.count })
        : t("showingOfAbout", { shown, total: data.total.count });
  return (
    <div className={styles.state}>
      {query.isFetchNextPageError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t("loadMoreError")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.footer}>
        <Caption1 className={styles.muted} aria-live="polite">
          {summary}
        </Caption1>
        {query.isFetchingNextPage ? (
          <Spinner size="tiny" label={t("loadingMore")} />
        ) : (
          <Button onClick={() => void query.fetchNextPage()}>{t("loadMore")}</Button>
        )}
      </div>
    </div>
  );
}

function UnmatchedParticipants({ participants }: { participants: readonly Participant[] }) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 className={styles.sectionHeader}>
        <span id={headingId}>{t("unmatchedHeading")}</span>
        <span className={styles.count}>{participants.length}</span>
      </h2>
      <Caption1 className={styles.muted}>{t("unmatchedHint", { count: participants.length })}</Caption1>
      <AddressList participants={participants} />
    </section>
  );
}

function AddressList({ participants }: { participants: readonly Participant[] }) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const roleLabel = { from: t("roleFrom"), to: t("roleTo"), cc: t("roleCc"), bcc: t("roleBcc") } as const;
  return (
    <ul className={styles.addressList}>
      {participants.map((participant) => {
        const text =
          participant.displayName.trim() === "" || participant.displayName === participant.emailAddress
            ? participant.emailAddress
            : `${participant.displayName} <${participant.emailAddress}>`;
        return (
          <li key={participant.emailAddress} className={styles.address} title={text}>
            <Caption1 className={styles.role}>{roleLabel[participant.role]}</Caption1>
            <Caption1>{text}</Caption1>
          </li>
        );
      })}
    </ul>
  );
}

function LoadingRows({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-busy="true" aria-label={label}>
      <Skeleton aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <div key={index} className={styles.skeletonRow}>
            <SkeletonItem shape="square" size={24} className={styles.skeletonIcon} />
            <SkeletonItem size={16} />
            <SkeletonItem size={12} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}

type RenderedState = "nothing" | { data: EmailContextResult; fetched: boolean } | null;

/** Marks the first time this item's context is on screen (the bench pairs it with the item change). */
function useContextRenderedMark(itemKey: string, state: RenderedState) {
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || state === null) return;
    marked.current = true;
    const requests = state === "nothing" || !state.fetched ? 0 : state.data.requestCount;
    mark(perfMarks.contextRendered, { item: itemKey, requests });
  }, [itemKey, state]);
}
