import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { renderHook, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import type { ThemeKind } from "../mailbox/types";
import { loadedFluentTheme, loadFluentTheme, useFluentTheme } from "./theme";

test("light is there at once; dark and high contrast load on demand and are kept", async () => {
  expect(loadedFluentTheme("light")).toBe(webLightTheme);
  expect(loadedFluentTheme("highContrast")).toBeUndefined();
  expect((await loadFluentTheme("dark")).colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
  expect(loadedFluentTheme("dark")?.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
});

test("when Office switches theme, the pane keeps its colours until the new ones arrive, then switches", async () => {
  const { result, rerender } = renderHook(({ kind }: { kind: ThemeKind }) => useFluentTheme(kind), {
    initialProps: { kind: "light" },
  });
  expect(result.current).toBe(webLightTheme);

  rerender({ kind: "highContrast" });
  expect(result.current).toBe(webLightTheme);
  await waitFor(() =>
    expect(result.current.colorNeutralBackground1).toBe(teamsHighContrastTheme.colorNeutralBackground1),
  );

  rerender({ kind: "light" });
  expect(result.current).toBe(webLightTheme);
});
