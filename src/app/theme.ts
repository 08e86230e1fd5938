import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ThemeKind } from "../mailbox/types";

// The Fluent theme matching Office's: every colour in the pane comes from these tokens. Light is part of the
// initial bundle; dark and high contrast (about 2 KB gzip each) load when Office uses them.
const loaded = new Map<ThemeKind, Theme>([["light", webLightTheme]]);

async function importTheme(kind: ThemeKind): Promise<Theme> {
  switch (kind) {
    case "dark":
      return (await import("./theme-dark")).darkTheme;
    case "highContrast":
      return (await import("./theme-high-contrast")).highContrastTheme;
    default:
      return webLightTheme;
  }
}

/** The theme for an Office theme kind, loading it when needed. Call before the first render to avoid a flash. */
export async function loadFluentTheme(kind: ThemeKind): Promise<Theme> {
  const cached = loaded.get(kind);
  if (cached) return cached;
  const theme = await importTheme(kind);
  loaded.set(kind, theme);
  return theme;
}

/** The theme already loaded for a kind, if any. */
export function loadedFluentTheme(kind: ThemeKind): Theme | undefined {
  return loaded.get(kind);
}

/**
 * The Fluent theme to render for the current Office theme. When Office switches to a theme not loaded yet, the
 * pane keeps its current colours until the new ones arrive (a failed load keeps them too), never a blank frame.
 */
export function useFluentTheme(kind: ThemeKind): Theme {
  const [shown, setShown] = useState<{ kind: ThemeKind; theme: Theme }>(() => {
    const ready = loadedFluentTheme(kind);
    return ready ? { kind, theme: ready } : { kind: "light", theme: webLightTheme };
  });
  useEffect(() => {
    if (shown.kind === kind) return;
    let current = true;
    loadFluentTheme(kind).then(
      (theme) => {
        if (current) setShown({ kind, theme });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [kind, shown.kind]);
  return loadedFluentTheme(kind) ?? shown.theme;
}
