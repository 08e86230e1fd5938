// One record of the context panel: type icon and label, name, one secondary line and the participant it matched.
// A button that opens the record's details; every text truncates at the pane's width with the full value in title.
import { useMemo } from "react";
import { useIntl } from "react-intl";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../../i18n/catalog";
import { entityMessages } from "../../oro/entity-messages";
import { createEntityFormatters, getEntityType, joinParts } from "../../oro/entity-types";
import type { ContextItem } from "../../oro/resources";
import type { EntityRecord } from "../../oro/schemas";
import { EntityIcon } from "../../ui/entity-icons";
import { useRecordRowStyles } from "../../ui/record-row-styles";
import { useNavigation } from "../../ui/navigation";
import type { ContextRow } from "./context-groups";
import { contextMessages } from "./context-messages";

const useStyles = makeStyles({
  icon: { color: tokens.colorBrandForeground1, width: "20px", height: "20px", marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  line: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  type: { color: tokens.colorNeutralForeground3 },
  name: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  secondary: { color: tokens.colorNeutralForeground2 },
  matched: { color: tokens.colorNeutralForeground3 },
});

export type RowPresentation = { typeLabel: string; name: string; secondary: string | null };

/**
 * Label, name and secondary line for a record. A contact's account is in the list as often as not (Oro suggests the
 * account through the contact), so its name is added to the contact's line when the list has it.
 */
export function useRowPresentation(
  related: ReadonlyMap<string, ContextItem>,
  typeNames: ReadonlyMap<string, string>,
) {
  const tEntity = useT(entityMessages);
  const intl = useIntl();
  const formatters = useMemo(() => createEntityFormatters(intl.locale), [intl.locale]);
  return (item: ContextItem): RowPresentation => {
    const definition = getEntityType(item.entity.type);
    const typeLabel = definition.known
      ? tEntity(definition.labelKeys.one)
      : (typeNames.get(item.entity.type) ?? tEntity(definition.labelKeys.one));
    const name = definition.title(item.record, item.entityName);
    const own = definition.secondary(item.record, formatters);
    const account = item.entity.type === "contacts" ? relatedAccountName(item.record, related) : null;
    // Some types repeat their title in the secondary line (an order's number): say it once.
    const parts = [account, ...(own ?? "").split(" · ")].filter((part) => part !== name);
    return { typeLabel, name, secondary: joinParts(...parts) };
  };
}

function relatedAccountName(
  record: EntityRecord | null,
  related: ReadonlyMap<string, ContextItem>,
): string | null {
  if (record === null) return null;
  for (const field of ["accounts", "account"]) {
    const data = record.relationships[field]?.data;
    if (data === null || data === undefined) continue;
    for (const ref of Array.isArray(data) ? data : [data]) {
      const account = related.get(`${ref.type}:${ref.id}`);
      if (account !== undefined) return getEntityType(ref.type).title(account.record, account.entityName);
    }
  }
  return null;
}

export function ContextRecordRow({ row, presentation }: { row: ContextRow; presentation: RowPresentation }) {
  const t = useT(contextMessages);
  const styles = useStyles();
  const rowStyles = useRecordRowStyles();
  const navigation = useNavigation();
  const { item, matched } = row;
  const matchedName =
    matched === null ? null : matched.displayName.trim() === "" ? matched.emailAddress : matched.displayName;

  const open = () => {
    navigation.push({
      name: "details",
      entity: { type: item.entity.type, id: item.entity.id },
      title: presentation.name,
      ...(item.entityUrl === null ? {} : { entityUrl: item.entityUrl }),
    });
  };

  return (
    <button type="button" className={rowStyles.row} onClick={open}>
      <EntityIcon type={item.entity.type} className={styles.icon} />
      <span className={styles.text}>
        <Caption1 className={mergeClasses(styles.line, styles.type)}>{presentation.typeLabel}</Caption1>
        <span className={mergeClasses(styles.line, styles.name)} title={presentation.name}>
          {presentation.name}
        </span>
        {presentation.secondary === null ? null : (
          <Caption1 className={mergeClasses(styles.line, styles.secondary)} title={presentation.secondary}>
            {presentation.secondary}
          </Caption1>
        )}
        {matched === null || matchedName === null ? null : (
          <Caption1 className={mergeClasses(styles.line, styles.matched)} title={matched.emailAddress}>
            {t("matchedVia", { name: matchedName })}
          </Caption1>
        )}
      </span>
    </button>
  );
}
