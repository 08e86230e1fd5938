// Fault suite, pane level: the real context panel, search and Add Context mutation, inside the real providers
// (simulated mailbox, session manager connected to the msw-served sandbox), while the sandbox fails on purpose.
// What the user must see: a clear message with a way forward, the work completed once, and Oro's data shown as text.
import { describe, expect, test, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { demoItem } from "../../src/demo/default-scenario";
import { ContextPanel } from "../../src/features/context/context-panel";
import { SearchHome } from "../../src/features/search/search-home";
import { configureForWholePanel, renderWithOro, setupUser, testDeployment } from "../support/render-with-oro";
import { useCurrentItem } from "../../src/mailbox/mailbox-context";
import { useOroErrorMessage } from "../../src/oro/messages";
import { useAddContext } from "../../src/queries/context-actions";
import { storedMessages, unstoredMessageId } from "../../src/sandbox/demo-identities";
import type { EntityRef } from "../../src/ui/navigation";
import { seedIds } from "../../src/sandbox/seed";
import { timesLinked } from "../support/sandbox-links";
import { countRequests, createTestSandbox, serveSandbox } from "../support/sandbox-server";
import { tallyFaultClasses } from "./fault-tally";

tallyFaultClasses("pane-faults");

configureForWholePanel();

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
/** A static deployment (no connector server), as in the context panel's own tests. */
const staticDeployment = testDeployment(sandbox, { hasServer: false });

function renderPanel(selectedIndex: number) {
  return renderWithOro(sandbox, <ContextPanel />, { selectedIndex, deployment: staticDeployment });
}

/** A stand-in for the record's Add context button: the real mutation, its error message and its Retry. */
function AddContextProbe({ entity, entityName }: { entity: EntityRef; entityName: string }) {
  const current = useCurrentItem();
  const add = useAddContext();
  const describeError = useOroErrorMessage();
  const item = current.status === "ready" ? current.item : null;
  return (
    <div>
      <button type="button" disabled={item === null} onClick={() => item && add.run({ item, entity, entityName, entityUrl: null })}>
        Add context
      </button>
      {add.status === "error" ? (
        <div role="alert">
          {describeError(add.error)}
          <button type="button" onClick={add.retry}>
            Retry
          </button>
        </div>
      ) : null}
      {add.status === "success" ? <p role="status">Linked: {add.result?.outcome}</p> : null}
    </div>
  );
}

function renderAddContext(selectedIndex: number, entity: EntityRef) {
  return renderWithOro(sandbox, <AddContextProbe entity={entity} entityName="The record" />, { selectedIndex, deployment: staticDeployment });
}

describe("500/502/503 on reads", { timeout: 60_000 }, () => {
  test("the panel shows the context when Oro answers 503 twice and then recovers", async () => {
    const requests = countRequests(server, { path: "/emailthreadcontext", method: "GET" });
    sandbox.faults.add({ kind: "status", status: 503, path: "/emailthreadcontext", times: 2 });
    await renderPanel(demoItem.oliviaFirst);

    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(requests.count).toBe(3);
  });
});

describe("HTML error page instead of JSON:API", { timeout: 60_000 }, () => {
  test("a proxy's error page reads as 'Oro is not reachable' with Retry, never as markup", async () => {
    const user = setupUser();
    sandbox.faults.add({ kind: "html", status: 502, path: "/emailthreadcontext", times: 3 });
    await renderPanel(demoItem.oliviaFirst);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Oro is not reachable right now");
    expect(alert.textContent).not.toMatch(/<|Bad Gateway|nginx/i);

    await user.click(screen.getByRole("button", { name: "Retry" }));
    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
  });
});

describe("hanging request", { timeout: 60_000 }, () => {
  test("a lookup that never answers times out with a message and Retry, and Retry shows the context", async () => {
    const user = setupUser();
    sandbox.faults.add({ kind: "hang", path: "/emailthreadcontext" });
    const hung = countRequests(server, { path: "/emailthreadcontext" }).first;
    // The client's 15 s timeout, without waiting 15 s: only timeouts are faked (and still advance with the clock),
    // installed before the request sets its timer.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    try {
      await renderPanel(demoItem.oliviaFirst);
      await hung;
      await vi.advanceTimersByTimeAsync(15_000);
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent("Oro did not answer in time");
    } finally {
      vi.useRealTimers();
    }

    await user.click(screen.getByRole("button", { name: "Retry" }));
    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
  });
});

describe("connection drops during Add Context", { timeout: 60_000 }, () => {
  test("an email Oro did not have: the answer to storing it is lost, Retry links it exactly once", async () => {
    const user = setupUser();
    const tailspin: EntityRef = { type: "accounts", id: String(seedIds.accounts.tailspin) };
    const posts = countRequests(server, { path: "/emails", method: "POST" });
    sandbox.faults.add({ kind: "drop", when: "after", method: "POST", path: "/emails" });
    await renderAddContext(demoItem.priyaUnstored, tailspin);

    await user.click(await screen.findByRole("button", { name: "Add context" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach Oro");
    // Oro did store it: the request was applied before the connection dropped.
    expect(timesLinked(sandbox, unstoredMessageId, tailspin)).toEqual({ emails: 1, links: 1 });

    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Linked: alreadyLinked");
    expect(timesLinked(sandbox, unstoredMessageId, tailspin)).toEqual({ emails: 1, links: 1 });
    expect(posts.count).toBe(1);
  });

  test("a stored email: the answer to adding the record is lost, Retry links it exactly once", async () => {
    const user = setupUser();
    const lead: EntityRef = { type: "leads", id: String(seedIds.leads.olivia) };
    sandbox.faults.add({ kind: "drop", when: "after", method: "POST", path: "/relationships/activityTargets" });
    await renderAddContext(demoItem.oliviaFirst, lead);

    await user.click(await screen.findByRole("button", { name: "Add context" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach Oro");

    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Linked: alreadyLinked");
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, lead)).toEqual({ emails: 1, links: 1 });
  });

  test("the connection drops before Oro got the request: Retry links it once", async () => {
    const user = setupUser();
    const lead: EntityRef = { type: "leads", id: String(seedIds.leads.olivia) };
    sandbox.faults.add({ kind: "drop", when: "before", method: "POST", path: "/relationships/activityTargets" });
    await renderAddContext(demoItem.oliviaFirst, lead);

    await user.click(await screen.findByRole("button", { name: "Add context" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach Oro");
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, lead)).toEqual({ emails: 1, links: 0 });

    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Linked: linked");
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, lead)).toEqual({ emails: 1, links: 1 });
  });
});

describe("token expires mid-flow", { timeout: 60_000 }, () => {
  test("Add Context completes when the access token expires between its steps", async () => {
    const user = setupUser();
    const lead: EntityRef = { type: "leads", id: String(seedIds.leads.olivia) };
    // The lookup by Message-ID succeeds; the next step (reading the email's targets) meets an expired token.
    sandbox.faults.add({ kind: "expire-token", method: "GET", path: "/relationships/activityTargets" });
    await renderAddContext(demoItem.oliviaFirst, lead);
    const refreshes = countRequests(server, { path: "/oauth2-token", method: "POST" });

    await user.click(await screen.findByRole("button", { name: "Add context" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Linked: linked");
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, lead)).toEqual({ emails: 1, links: 1 });
    expect(refreshes.count).toBe(1);
  });

  test("every token expiring while the pane is open: the next email's context still loads", async () => {
    const harness = await renderPanel(demoItem.oliviaFirst);
    await screen.findByRole("region", { name: "In Context Of" });
    const refreshes = countRequests(server, { path: "/oauth2-token", method: "POST" });

    sandbox.expireAccessTokens();
    act(() => harness.mailbox.select(demoItem.brunoQuestion));

    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(await within(inContext).findByRole("button", { name: /Mr\. Bruno Martin/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(refreshes.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Malformed or unexpected JSON

const scriptName = `<script>window.__oroPwned = "script"</script><img src="x" onerror="window.__oroPwned = 'img'">Evil Corp`;
const enormousName = `Huge ${"A".repeat(200_000)}`;

function contextItem(entity: { type: string; id: string }, entityName: unknown, isContext: unknown = false) {
  return {
    type: "emailthreadcontext",
    id: `${entity.type}-${entity.id}-0`,
    attributes: { entityName, isContext },
    relationships: { entity: { data: entity } },
    links: { entityUrl: `${sandbox.baseUrl}/admin/${entity.type}/view/${entity.id}` },
  };
}

function pwned(): unknown {
  return Reflect.get(window, "__oroPwned");
}

/** Nothing Oro sent became markup: no script or image element anywhere in the document. */
function expectNoInjectedElements() {
  expect(document.querySelectorAll("script")).toHaveLength(0);
  expect(document.querySelectorAll("img")).toHaveLength(0);
  expect(pwned()).toBeUndefined();
}

describe("malformed or unexpected JSON", { timeout: 60_000 }, () => {
  test.each([
    ["missing fields", { data: [{ type: "emailthreadcontext", id: "contacts-1-0" }] }],
    ["wrong types", { data: [contextItem({ type: "contacts", id: "1" }, 42, "yes")] }],
    ["no data at all", { errors: "none", meta: [] }],
    ["a bare string", "<html>not json:api</html>"],
  ])("%s: the panel says it could not read Oro's answer, and Retry works", async (_name, body) => {
    const user = setupUser();
    sandbox.faults.add({ kind: "body", body, path: "/emailthreadcontext" });
    await renderPanel(demoItem.oliviaFirst);

    expect(await screen.findByRole("alert")).toHaveTextContent("Oro sent an answer the add-in could not read");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
  });

  test("records of unknown entity types beside known ones: the known ones show and the pane stays usable", async () => {
    const harness = await renderPanel(demoItem.oliviaFirst);
    await screen.findByRole("region", { name: "In Context Of" });
    sandbox.faults.add({
      kind: "body",
      path: "/emailthreadcontext",
      body: {
        data: [
          contextItem({ type: "spaceships", id: "1701" }, "USS Enterprise", true),
          contextItem({ type: "accounts", id: String(seedIds.accounts.fabrikam) }, "Fabrikam Inc", true),
        ],
        included: [{ type: "spaceships", id: "1701", attributes: { warp: { factor: 9 } } }, { bogus: true }],
      },
    });

    act(() => harness.mailbox.select(demoItem.brunoQuestion));

    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    expect(await within(inContext).findByRole("button", { name: /Fabrikam Inc/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // Still usable: going back to the first email shows its context from Oro.
    act(() => harness.mailbox.select(demoItem.oliviaFirst));
    expect(await within(await screen.findByRole("region", { name: "In Context Of" })).findByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
  });

  test("script and markup in record names show literally and never run", async () => {
    sandbox.faults.add({
      kind: "body",
      path: "/emailthreadcontext",
      body: {
        data: [contextItem({ type: "contacts", id: "1" }, scriptName, true)],
        included: [{ type: "contacts", id: "1", attributes: { firstName: "<b>Bold</b>", lastName: scriptName, primaryEmail: "<i>x</i>@example.test" } }],
      },
    });
    await renderPanel(demoItem.oliviaFirst);

    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    await waitFor(() => expect(inContext.textContent).toContain(`<script>window.__oroPwned = "script"</script>`));
    expect(inContext.textContent).toContain("<img src=");
    expectNoInjectedElements();
  });

  test("an enormous name is shown without breaking the panel", async () => {
    sandbox.faults.add({
      kind: "body",
      path: "/emailthreadcontext",
      body: { data: [contextItem({ type: "accounts", id: "1" }, enormousName, true)] },
    });
    await renderPanel(demoItem.oliviaFirst);

    const inContext = await screen.findByRole("region", { name: "In Context Of" });
    await waitFor(() => expect(inContext.textContent).toContain("Huge AAAA"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("search results with script in names, unknown types and wrong types show as text, and search goes on", async () => {
    const user = setupUser();
    sandbox.faults.add({
      kind: "body",
      path: "/emailcontextsearch",
      body: {
        data: [
          { type: "emailcontextsearch", id: "contacts-1", attributes: { entityName: scriptName }, relationships: { entity: { data: { type: "contacts", id: "1" } } } },
          { type: "emailcontextsearch", id: "spaceships-1701", attributes: { entityName: "USS Enterprise" }, relationships: { entity: { data: { type: "spaceships", id: "1701" } } } },
        ],
      },
    });
    await renderWithOro(sandbox, <SearchHome>{null}</SearchHome>, { selectedIndex: demoItem.oliviaFirst });

    await user.type(screen.getByRole("searchbox", { name: "Search Oro" }), "Evil{Enter}");
    const results = await screen.findByRole("region", { name: "Search results for “Evil”" });
    await waitFor(() => expect(results.textContent).toContain(`<script>window.__oroPwned = "script"</script>`));
    expectNoInjectedElements();

    // The pane stays usable: the next search asks Oro again and shows its real answer.
    await user.clear(screen.getByRole("searchbox", { name: "Search Oro" }));
    await user.type(screen.getByRole("searchbox", { name: "Search Oro" }), "Bruno{Enter}");
    const next = await screen.findByRole("region", { name: "Search results for “Bruno”" });
    expect(await within(next).findByRole("button", { name: "Mr. Bruno Martin" })).toBeInTheDocument();
  });
});
