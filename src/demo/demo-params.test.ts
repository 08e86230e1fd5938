import { expect, test } from "vitest";
import { readDemoParams, taskPaneSrc } from "./demo-params";

const page = "http://localhost:3000/demo.html";

test("without parameters: default scenario, first item, sandbox Oro, light, English", () => {
  expect(readDemoParams(page)).toEqual({
    scenarioUrl: "http://localhost:3000/scenarios/default.json",
    item: null,
    oroBaseUrl: null,
    theme: "light",
    language: "en-US",
  });
});

test("reads scenario, item, Oro, theme and language", () => {
  const params = readDemoParams(
    `${page}?scenario=scenarios/other.json&item=3&oro=${encodeURIComponent("https://crm.example.com")}&theme=dark&lang=fr-FR`,
  );
  expect(params).toEqual({
    scenarioUrl: "http://localhost:3000/scenarios/other.json",
    item: 3,
    oroBaseUrl: "https://crm.example.com",
    theme: "dark",
    language: "fr-FR",
  });
});

test("ignores an Oro address that is not http(s) and unknown themes or languages", () => {
  const params = readDemoParams(`${page}?oro=javascript:alert(1)&theme=purple&lang=xx`);
  expect(params.oroBaseUrl).toBeNull();
  expect(params.theme).toBe("light");
  expect(params.language).toBe("en-US");
});

test("the pane gets the language and, when given, the Oro to use", () => {
  expect(taskPaneSrc({ oroBaseUrl: null, language: "de-DE" })).toBe("taskpane.html?lang=de-DE");
  const src = new URL(taskPaneSrc({ oroBaseUrl: "https://crm.example.com/", language: "en-US" }), page);
  expect(src.pathname).toBe("/taskpane.html");
  expect(src.searchParams.get("oro")).toBe("https://crm.example.com/");
});
