// One record of the context panel: type icon and label, name, one secondary line and the participant it matched.
// A button that opens the record's details; every text truncates at the pane's width with the full value in title.
import { useCallback } from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../../i18n/catalog";
import { getEntityType } from "../../oro/entity-types";
import type { ContextItem } from "../../oro/resources";
import { entityKey, type EntityRecord } from "../../oro/schemas";
import { EntityIcon } from "../../ui/entity-icons";
import { useRecordPresentation, type RecordPresentation } from "../../ui/record-presentation";
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

export type RowPresentation = RecordPresentation;

/**
 * Label, name and secondary line for a record (as search shows it). A contact's account is in the list as often as
 * not (Oro suggests the account through the contact), so its name leads the contact's line when the list has it.
 */
export function useRowPresentation(related: ReadonlyMap<string, ContextItem>) {
  const present = useRecordPresentation();
  return useCallback(
    (item: ContextItem): RowPresentation =>
      present(item, item.entity.type === "contacts" ? relatedAccountName(item.record, related) : null),
    [present, related],
  );
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
      const account = related.get(entityKey(ref));
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
