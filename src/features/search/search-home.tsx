// The pane's home: a search bar over Oro's records and, below it, either the open email's context (children) or
// the results. Enter searches at once, typing searches after a short pause, Escape or the clear button go back
// to the email's context.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { SearchRegular } from "@fluentui/react-icons/svg/search";
import { useT } from "../../i18n/catalog";
import { entityMessages } from "../../oro/entity-messages";
import { defaultEntityTypes, getEntityType } from "../../oro/entity-types";
import { useOroErrorMessage } from "../../oro/messages";
import type { SearchItem } from "../../oro/resources";
import {
  useAllowedContextTypes,
  useContextMembership,
  type ContextMembership,
} from "../../queries/email-context";
import { normalizeSearchText, useRecordSearch, type SearchParams } from "../../queries/search";
import { EntityIcon } from "../../ui/entity-icons";
import { useRecordPresentation, type RecordPresentation } from "../../ui/record-presentation";
import { useRecordRowStyles } from "../../ui/record-row-styles";
import { useNavigation } from "../../ui/navigation";
import { mark, perfMarks } from "../../ui/perf";
import { WithContextSettings } from "../../settings/context-settings";
import { searchMessages } from "./search-messages";

/** Pause after the last keystroke before searching as the user types. */
export const searchDebounceMs = 300;
/** Typing searches from this many characters on; Enter searches any text. */
const minTypedSearchLength = 2;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0 },
  bar: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    minWidth: 0,
  },
  queryField: { flex: "1 1 auto", minWidth: 0 },
  typeField: { flex: "0 0 auto", width: "112px", minWidth: 0 },
  typeSelect: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  input: {
    width: "100%",
    minWidth: 0,
    "& input::-webkit-search-cancel-button": { display: "none" },
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  summary: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  stale: { opacity: 0.6 },
  icon: { color: tokens.colorBrandForeground1, fontSize: "20px", paddingTop: "2px" },
  text: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0, width: "100%" },
  line: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0, maxWidth: "100%" },
  type: { color: tokens.colorNeutralForeground3 },
  name: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  secondary: { color: tokens.colorNeutralForeground2 },
  hint: { marginTop: tokens.spacingVerticalXXS, maxWidth: "100%" },
  state: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

/** The search bar on top; below it the results for a query, or `children` (the email's context) without one. */
export function SearchHome({ children }: { children: ReactNode }) {
  // Search offers the record types the administrator offers for context and search, as the panel does.
  return (
    <WithContextSettings>
      {(settings) => <SearchHomeView offeredTypes={settings.offeredTypes}>{children}</SearchHomeView>}
    </WithContextSettings>
  );
}

function SearchHomeView({
  children,
  offeredTypes,
}: {
  children: ReactNode;
  offeredTypes: readonly string[] | null;
}) {
  const t = useT(searchMessages);
  const tEntity = useT(entityMessages);
  const styles = useStyles();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [typeFilter, setTypeFilter] = useState("");
  const allowed = useAllowedContextTypes(offeredTypes);

  // As-you-type: the text is searched after a pause; clearing it returns to the email's context at once.
  useEffect(() => {
    const normalized = normalizeSearchText(text);
    if (normalized.length < minTypedSearchLength) return;
    const timer = setTimeout(() => setSubmitted(normalized), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const clear = useCallback(() => {
    setText("");
    setSubmitted("");
    inputRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      setSubmitted(normalizeSearchText(text));
    } else if (event.key === "Escape" && text !== "") {
      event.preventDefault();
      clear();
    }
  };

  const typeOptions = useMemo(() => {
    if (allowed.status === "ready" && allowed.types.length > 0) {
      return allowed.types.map((type) => ({ value: type.entityType, label: type.entityName }));
    }
    return defaultEntityTypes.map((type) => ({
      value: type,
      label: tEntity(getEntityType(type).labelKeys.other),
    }));
  }, [allowed, tEntity]);

  // Searches wait for the allowed types (Oro answers 400 for a type its installation lacks); a failed lookup
  // of the types leaves the filter out, and Oro then searches every type the user may see.
  const typesReady = allowed.status === "ready";
  const entities =
    typeFilter !== "" ? [typeFilter] : allowed.status === "ready" ? (allowed.entities ?? []) : [];
  const params: SearchParams = { searchText: typesReady ? submitted : "", entities };
  const typeLabel = typeOptions.find((option) => option.value === typeFilter)?.label ?? null;

  return (
    <div className={styles.root}>
      <div role="search" className={styles.bar} aria-label={t("searchLabel")}>
        <Field
          className={styles.queryField}
          label={{ children: t("searchLabel"), className: styles.visuallyHidden, htmlFor: inputId }}
        >
          <Input
            id={inputId}
            ref={inputRef}
            type="search"
            className={styles.input}
            value={text}
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
            contentBefore={<SearchRegular aria-hidden="true" />}
            contentAfter={
              text === "" ? undefined : (
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={t("clear")}
                  title={t("clear")}
                  onClick={clear}
                />
              )
            }
            onChange={(_event, data) => {
              setText(data.value);
              if (normalizeSearchText(data.value) === "") setSubmitted("");
            }}
            onKeyDown={onKeyDown}
          />
        </Field>
        <Field
          className={styles.typeField}
          label={{ children: t("typeFilterLabel"), className: styles.visuallyHidden }}
        >
          <Select
            className={styles.typeSelect}
            value={typeFilter}
            onChange={(_event, data) => setTypeFilter(data.value)}
          >
            <option value="">{t("allTypes")}</option>
            {typeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {submitted === "" ? (
        children
      ) : (
        <SearchResults params={params} query={submitted} typeLabel={typeFilter === "" ? null : typeLabel} />
      )}
    </div>
  );
}

function SearchResults({
  params,
  query,
  typeLabel,
}: {
  params: SearchParams;
  query: string;
  typeLabel: string | null;
}) {
  const t = useT(searchMessages);
  const styles = useStyles();
  const describeError = useOroErrorMessage();
  const results = useRecordSearch(params);
  const membership = useContextMembership();
  const present = useRecordPresentation();
  const total = results.total;
  useSearchRenderedMark(query, params.entities, results.status === "success" && !results.isPlaceholder);

  let body: ReactNode;
  if (results.status === "error") {
    body = (
      <div className={styles.state}>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> {describeError(results.error)}
          </MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={results.retry}>
          {t("retry")}
        </Button>
      </div>
    );
  } else if (results.status !== "success") {
    body = <Spinner size="small" label={t("searching")} />;
  } else if (results.items.length === 0 && !results.isPlaceholder) {
    body = (
      <div className={styles.state}>
        <Body1Strong>{t("emptyTitle", { query })}</Body1Strong>
        <Body1 className={styles.muted}>
          {typeLabel === null ? t("emptyHint") : t("emptyFilteredHint", { type: typeLabel })}
        </Body1>
      </div>
    );
  } else {
    body = (
      <>
        <ul
          className={mergeClasses(styles.list, results.isPlaceholder && styles.stale)}
          aria-busy={results.isPlaceholder || undefined}
        >
          {results.items.map((item) => (
            <li key={item.itemId}>
              <SearchResultRow
                item={item}
                presentation={present(item)}
                membership={membership(item.entity)}
              />
            </li>
          ))}
        </ul>
        {results.hasMore || results.loadMoreError !== null ? (
          <div className={styles.state}>
            {results.loadMoreError !== null ? (
              <MessageBar intent="error" role="alert" layout="multiline">
                <MessageBarBody>{t("loadMoreError")}</MessageBarBody>
              </MessageBar>
            ) : null}
            <div className={styles.footer}>
              <Caption1 className={styles.muted}>
                {total === null
                  ? t("showing", { shown: results.items.length })
                  : t("showingOf", { shown: results.items.length, total })}
              </Caption1>
              {results.isLoadingMore ? (
                <Spinner size="tiny" label={t("loadingMore")} />
              ) : (
                <Button onClick={results.loadMoreError !== null ? results.retry : results.loadMore}>
                  {t("loadMore")}
                </Button>
              )}
            </div>
          </div>
        ) : null}
      </>
    );
  }

  const countText =
    results.status === "success" && !results.isPlaceholder
      ? t("resultCount", { count: total ?? results.items.length })
      : "";
  return (
    <section className={styles.results} aria-label={t("resultsLabel", { query })}>
      <Caption1 className={styles.summary} role="status">
        {countText}
      </Caption1>
      {body}
    </section>
  );
}

function SearchResultRow(props: {
  item: SearchItem;
  presentation: RecordPresentation;
  membership: ContextMembership | null;
}) {
  const t = useT(searchMessages);
  const styles = useStyles();
  const rowStyles = useRecordRowStyles();
  const navigation = useNavigation();
  const { item, presentation, membership } = props;
  const open = () => {
    navigation.push({
      name: "details",
      entity: { type: item.entity.type, id: item.entity.id },
      title: presentation.name,
      ...(item.entityUrl === null ? {} : { entityUrl: item.entityUrl }),
    });
  };
  const id = useId();
  const describedBy = [
    `${id}-type`,
    presentation.secondary === null ? null : `${id}-secondary`,
    membership === null ? null : `${id}-hint`,
  ]
    .filter((part) => part !== null)
    .join(" ");
  // Named by the record's name alone; type, secondary line and hint are read as its description.
  return (
    <button
      type="button"
      className={rowStyles.row}
      onClick={open}
      aria-labelledby={`${id}-name`}
      aria-describedby={describedBy}
    >
      <span className={styles.icon} aria-hidden="true">
        <EntityIcon type={item.entity.type} />
      </span>
      <span className={styles.text}>
        <Caption1 id={`${id}-type`} className={mergeClasses(styles.line, styles.type)}>
          {presentation.typeLabel}
        </Caption1>
        <span id={`${id}-name`} className={mergeClasses(styles.line, styles.name)} title={presentation.name}>
          {presentation.name}
        </span>
        {presentation.secondary === null ? null : (
          <Caption1
            id={`${id}-secondary`}
            className={mergeClasses(styles.line, styles.secondary)}
            title={presentation.secondary}
          >
            {presentation.secondary}
          </Caption1>
        )}
        {membership === null ? null : (
          <Badge
            id={`${id}-hint`}
            className={styles.hint}
            appearance="tint"
            shape="rounded"
            color={membership.state === "inContext" ? "brand" : "informative"}
          >
            {membership.state === "inContext" ? t("hintInContext") : t("hintSuggested")}
          </Badge>
        )}
      </span>
    </button>
  );
}

/** Marks when a query's results are on screen (once per query and filter), for the benchmark. */
function useSearchRenderedMark(query: string, entities: readonly string[], rendered: boolean) {
  const marked = useRef<string | null>(null);
  const key = `${query}|${entities.join(",")}`;
  useEffect(() => {
    if (!rendered || marked.current === key) return;
    marked.current = key;
    mark(perfMarks.searchRendered, { query });
  }, [rendered, key, query]);
}
