// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { OfficeMockObject } from "office-addin-mock";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createMailbox, itemIndexParam } from "./create-mailbox";
import { parseScenario } from "./scenario";
import { createSimulatedMailbox, type SimulatedMailbox } from "./simulated-mailbox";
import { DialogOpenError } from "./types";

const defaultScenarioFile = resolve(import.meta.dirname, "../../public/scenarios/default.json");
const defaultScenario = parseScenario(JSON.parse(readFileSync(defaultScenarioFile, "utf8")), defaultScenarioFile);

const server = setupServer(
  http.get(new URL("scenarios/default.json", window.location.href).href, () => HttpResponse.json(defaultScenario)),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  document.body.replaceChildren();
  window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function officeGlobal(host: string | null) {
  const data = {
    host: "outlook",
    HostType: { Outlook: "Outlook" },
    onReady: () => Promise.resolve({ host, platform: null }),
    context: {
      displayLanguage: "fr-FR",
      requirements: { isSetSupported: () => true },
      mailbox: {
        userProfile: { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" },
      },
    },
  };
  return new OfficeMockObject(data) as unknown as typeof Office;
}

/** The pane as an iframe of this (demo) page, which shares its mailbox through the parent's global. */
function paneFrameOf(mailbox: SimulatedMailbox): Window {
  const iframe = document.createElement("iframe");
  document.body.append(iframe);
  const frame = iframe.contentWindow;
  if (!frame) throw new Error("jsdom gave the iframe no window");
  // jsdom's window object behind the test's globals is the frame's parent.
  frame.parent.oroDemoHost = { mailbox };
  return frame;
}

describe("inside Outlook", () => {
  test("uses Office when office.js runs in Outlook", async () => {
    const mailbox = await createMailbox({ office: officeGlobal("Outlook") });
    expect(mailbox.kind).toBe("office");
    expect(mailbox.displayLanguage).toBe("fr-FR");
  });

  test("falls back to the simulation when office.js loads outside Office", async () => {
    const mailbox = await createMailbox({ office: officeGlobal(null) });
    expect(mailbox.kind).toBe("simulated");
  });
});

describe("outside Outlook", () => {
  test("loads the default scenario and opens its first message", async () => {
    const mailbox = await createMailbox();
    expect(mailbox.user).toEqual(defaultScenario.user);
    expect((await mailbox.getCurrentItem())?.subject).toBe(defaultScenario.items[0]?.subject);
  });

  test("?item=N opens that message", async () => {
    window.history.replaceState(null, "", "/taskpane.html?item=2");
    const mailbox = await createMailbox();
    expect((await mailbox.getCurrentItem())?.subject).toBe(defaultScenario.items[2]?.subject);
  });

  test("a missing default scenario fails with a clear message", async () => {
    server.use(http.get(new URL("scenarios/default.json", window.location.href).href, () => new HttpResponse(null, { status: 404 })));
    await expect(createMailbox()).rejects.toThrow(/scenarios\/default\.json.*HTTP 404/);
  });
});

describe("inside the demo page", () => {
  test("the pane uses the demo page's mailbox, so a selection there is an item change in the pane", async () => {
    const shared = createSimulatedMailbox(defaultScenario, { language: "de-DE" });
    const mailbox = await createMailbox({ window: paneFrameOf(shared) });
    expect(mailbox.displayLanguage).toBe("de-DE");
    const changed = vi.fn();
    mailbox.onItemChanged(changed);
    shared.select(3);
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await mailbox.getCurrentItem())?.subject).toBe(defaultScenario.items[3]?.subject);
  });

  test("when the pane unloads, the demo page stops calling into it", async () => {
    const shared = createSimulatedMailbox(defaultScenario);
    const frame = paneFrameOf(shared);
    const mailbox = await createMailbox({ window: frame });
    const changed = vi.fn();
    mailbox.onItemChanged(changed);
    frame.dispatchEvent(new Event("pagehide"));
    shared.select(1);
    expect(changed).not.toHaveBeenCalled();
  });

  test("dialog refusals arrive as the pane's own DialogOpenError", async () => {
    const shared = createSimulatedMailbox(defaultScenario);
    vi.spyOn(window, "open").mockReturnValue(null);
    const mailbox = await createMailbox({ window: paneFrameOf(shared) });
    const result = mailbox.openDialog("auth-start.html", { widthPercent: 40, heightPercent: 60 });
    await expect(result).rejects.toBeInstanceOf(DialogOpenError);
    await expect(result).rejects.toMatchObject({ code: 12009 });
  });
});

test("?item= accepts only whole numbers", () => {
  expect(itemIndexParam("4")).toBe(4);
  expect(itemIndexParam("-1")).toBeNull();
  expect(itemIndexParam("two")).toBeNull();
  expect(itemIndexParam(null)).toBeNull();
});
