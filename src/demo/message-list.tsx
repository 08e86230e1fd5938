// The simulated inbox: one option per scenario item. Arrow keys move the selection as in Outlook.
import { Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import type { ScenarioItem } from "../mailbox/scenario";

const useStyles = makeStyles({
  list: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    overflowY: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  option: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorTransparentStroke,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ...createFocusOutlineStyle({ style: { outlineOffset: "-2px" } }),
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    borderLeftColor: tokens.colorBrandStroke1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  subject: { gridColumn: "1 / -1" },
  muted: { color: tokens.colorNeutralForeground3 },
  // High contrast selects with a bright background: secondary text must switch with it.
  mutedSelected: { color: tokens.colorNeutralForeground3Selected },
  draft: { color: tokens.colorPaletteRedForeground1 },
});

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

export function formatListDate(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

function senderLabel(item: ScenarioItem): string {
  if (item.mode === "compose") {
    const first = item.to?.[0];
    return first ? `To: ${first.displayName || first.emailAddress}` : "New message";
  }
  return item.from?.displayName || item.from?.emailAddress || "(no sender)";
}

export function MessageList(props: {
  items: readonly ScenarioItem[];
  selectedIndex: number | null;
  onSelect: (index: number) => void;
}) {
  const styles = useStyles();
  const options = useRef<(HTMLDivElement | null)[]>([]);
  const { items, selectedIndex, onSelect } = props;
  const tabStop = selectedIndex ?? 0;

  const moveTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), items.length - 1);
    onSelect(target);
    options.current[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(items.length - 1),
      Enter: () => onSelect(index),
      " ": () => onSelect(index),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div role="listbox" aria-label="Messages" className={styles.list}>
      {items.map((item, index) => {
        const selected = index === selectedIndex;
        return (
          <div
            key={index}
            role="option"
            aria-selected={selected}
            tabIndex={index === tabStop ? 0 : -1}
            data-testid={`message-${index}`}
            ref={(element) => {
              options.current[index] = element;
            }}
            className={mergeClasses(styles.option, selected && styles.selected)}
            onClick={() => onSelect(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <Text weight="semibold" className={styles.ellipsis}>
              {senderLabel(item)}
            </Text>
            {item.mode === "compose" ? (
              <Caption1 className={selected ? styles.mutedSelected : styles.draft}>Draft</Caption1>
            ) : (
              <Caption1 className={selected ? styles.mutedSelected : styles.muted}>{formatListDate(item.dateTimeCreated)}</Caption1>
            )}
            <Text size={200} className={mergeClasses(styles.ellipsis, styles.subject)}>
              {item.subject || "(no subject)"}
            </Text>
          </div>
        );
      })}
    </div>
  );
}
