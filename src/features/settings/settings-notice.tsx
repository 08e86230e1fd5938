import { Body1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400, marginTop: tokens.spacingVerticalXXS },
});

/** A short note inside a settings view (info, or a warning that something could not be loaded). */
export function SettingsNotice({
  intent = "info",
  children,
}: {
  intent?: "info" | "warning";
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div role="note" className={mergeClasses(styles.root, intent === "warning" && styles.warning)}>
      {intent === "warning" ? (
        <WarningRegular className={styles.icon} />
      ) : (
        <InfoRegular className={styles.icon} />
      )}
      <Body1>{children}</Body1>
    </div>
  );
}
