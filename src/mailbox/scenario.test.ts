import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { loadScenario, ScenarioLoadError } from "./scenario";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const url = "http://localhost:5173/scenarios/test.json";
const valid = {
  user: { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" },
  items: [{ mode: "read", subject: "Hello", from: { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" } }],
};

test("loads a valid scenario", async () => {
  server.use(http.get(url, () => HttpResponse.json(valid)));
  const scenario = await loadScenario(url);
  expect(scenario.user.emailAddress).toBe("sam.seller@northwind.example");
  expect(scenario.items[0]?.subject).toBe("Hello");
});

test("a missing file names the URL and the HTTP status", async () => {
  server.use(http.get(url, () => new HttpResponse(null, { status: 404 })));
  const error = await loadScenario(url).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScenarioLoadError);
  expect(String(error)).toContain(url);
  expect(String(error)).toContain("HTTP 404");
});

test("a file that is not JSON says so", async () => {
  server.use(http.get(url, () => HttpResponse.text("<html>")));
  await expect(loadScenario(url)).rejects.toThrow(/not JSON/);
});

test("an invalid scenario points at the wrong field", async () => {
  const broken = { ...valid, items: [{ mode: "draft", subject: "Hello", to: [{ displayName: "X", emailAddress: "not-an-address" }] }] };
  server.use(http.get(url, () => HttpResponse.json(broken)));
  const message = await loadScenario(url).catch((e: unknown) => (e instanceof Error ? e.message : ""));
  expect(message).toMatch(/not a valid scenario/);
  expect(message).toContain("items[0].mode");
  expect(message).toContain("items[0].to[0].emailAddress");
  // What is wrong, in words (zod/mini has no messages of its own; the scenario loader brings English ones).
  expect(message).toContain('Invalid option: expected one of "read"|"compose"');
  expect(message).toContain("Invalid email address");
  expect(message).not.toMatch(/✖ Invalid input\n/);
});
