// The demo page's query parameters: ?scenario=<URL>, ?item=<index>, ?oro=<base URL>, ?theme=, ?lang=.
import type { ThemeKind } from "../mailbox/types";
import { itemIndexParam, defaultScenarioPath } from "../mailbox/create-mailbox";

export const demoLanguages = [
  { tag: "en-US", label: "English" },
  { tag: "de-DE", label: "Deutsch" },
  { tag: "fr-FR", label: "Français" },
] as const;

export type DemoLanguageTag = (typeof demoLanguages)[number]["tag"];

export const demoThemes: readonly { kind: ThemeKind; label: string }[] = [
  { kind: "light", label: "Light" },
  { kind: "dark", label: "Dark" },
  { kind: "highContrast", label: "High contrast" },
];

export type DemoParams = {
  /** Absolute URL of the scenario JSON. */
  scenarioUrl: string;
  item: number | null;
  /** A real Oro for the pane instead of the sandbox; only http(s) URLs are passed on. */
  oroBaseUrl: string | null;
  theme: ThemeKind;
  language: DemoLanguageTag;
};

export function isDemoLanguage(tag: string): tag is DemoLanguageTag {
  return demoLanguages.some((l) => l.tag === tag);
}

export function isThemeKind(value: string): value is ThemeKind {
  return demoThemes.some((t) => t.kind === value);
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : null;
  } catch {
    return null;
  }
}

export function readDemoParams(pageUrl: string): DemoParams {
  const params = new URL(pageUrl).searchParams;
  const theme = params.get("theme") ?? "";
  const language = params.get("lang") ?? "";
  return {
    scenarioUrl: new URL(params.get("scenario") || defaultScenarioPath, pageUrl).href,
    item: itemIndexParam(params.get("item")),
    oroBaseUrl: httpUrl(params.get("oro")),
    theme: isThemeKind(theme) ? theme : "light",
    language: isDemoLanguage(language) ? language : "en-US",
  };
}

/** The task pane's address inside the demo: the language travels along so a standalone reload keeps it. */
export function taskPaneSrc(options: { oroBaseUrl: string | null; language: string }): string {
  const query = new URLSearchParams({ lang: options.language });
  if (options.oroBaseUrl) query.set("oro", options.oroBaseUrl);
  return `taskpane.html?${query.toString()}`;
}
