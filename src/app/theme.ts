import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "../mailbox/types";

/** The Fluent theme matching Office's: every colour in the pane comes from these tokens. */
export function fluentThemeFor(kind: ThemeKind): Theme {
  switch (kind) {
    case "dark":
      return webDarkTheme;
    case "highContrast":
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}
