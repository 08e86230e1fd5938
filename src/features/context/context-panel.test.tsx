import { describe, expect, test } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { demoItem } from "../../demo/default-scenario";
import type { Scenario, ScenarioItem } from "../../mailbox/scenario";
import { demoMailboxOwner, people, storedMessages } from "../../sandbox/demo-identities";
import { seedIds } from "../../sandbox/seed";
import { perfMarks } from "../../ui/perf";
import { configureForWholePanel, renderWithOro, setupUser, testDeployment } from "../../../tests/support/render-with-oro";
import { countRequests, createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { useContextMembership } from "../../queries/email-context";
import { ContextPanel } from "./context-panel";

configureForWholePanel();

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);

function scenarioOf(...items: ScenarioItem[]): Scenario {
  return { user: { ...demoMailboxOwner }, items };
}

/** A static deployment (no connector server): settings are the defaults plus the user's roaming values. */
const staticDeployment = testDeployment(sandbox, { hasServer: false });

function renderPanel(options: { scenario?: Scenario; selectedIndex?: number | null } = {}) {
  return renderWithOro(sandbox, <ContextPanel />, { ...options, deployment: staticDeployment });
}

async function section(name: string): Promise<HTMLElement> {
  return screen.findByRole("region", { name });
}

/** What another view (search hints, record details) learns about a record from the open email's context. */
function MembershipProbe() {
  const membershipOf = useContextMembership();
  const refs = [
    { type: "accounts", id: String(seedIds.accounts.contoso) },
    { type: "contacts", id: String(seedIds.contacts.olivia) },
    { type: "contacts", id: String(seedIds.contacts.bruno) },
  ];
  return (
    <ul aria-label="Membership">
      {refs.map((ref) => {
        const membership = membershipOf(ref);
        return <li key={`${ref.type}-${ref.id}`}>{`${ref.type} ${ref.id}: ${membership === null ? "none" : `${membership.state} ${membership.itemId}`}`}</li>;
      })}
    </ul>
  );
}

describe("the context panel", { timeout: 60_000 }, () => {
  test("shows the thread's context and the records related to the sender of a received email", async () => {
    const requests = countRequests(server, { path: "/emailthreadcontext" });
    await renderPanel({ selectedIndex: demoItem.oliviaFirst });

    const inContext = await section("In Context Of");
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
    expect(within(inContext).getByRole("button", { name: /Contoso - Fleet renewal/ })).toBeInTheDocument();
    expect(within(inContext).getByText("2 records")).toBeInTheDocument();

    const suggested = await section("Could Be Related To");
    const rows = within(suggested).getAllByRole("button");
    // The sender's contact comes first, with its account (from the list) and email on its second line.
    expect(rows[0]).toHaveTextContent("Ms. Olivia Chen");
    expect(rows[0]).toHaveTextContent("Contoso Ltd · olivia.chen@contoso.example");
    expect(rows[0]).toHaveTextContent("Matches Olivia Chen");
    expect(within(suggested).getByRole("button", { name: /Contoso - Spare parts programme/ })).toBeInTheDocument();
    expect(within(suggested).getByRole("button", { name: /Customer user.*Olivia Chen/ })).toBeInTheDocument();
    const orders = within(suggested).getAllByRole("button", { name: /^Order/ });
    expect(orders).toHaveLength(2);
    // The order number is its name; the secondary line does not repeat it.
    expect(orders[0]).toHaveTextContent(/^OrderSO-10401\$12,840\.50/);
    // A record already in context is not suggested again.
    expect(within(suggested).queryByRole("button", { name: /Contoso Ltd$/ })).not.toBeInTheDocument();
    // One round trip for a normal email, asking for the total.
    expect(requests.count).toBe(1);
  });

  test("shows context that was added on another message of the thread", async () => {
    await renderPanel({ selectedIndex: demoItem.oliviaReply });
    const inContext = await section("In Context Of");
    expect(within(inContext).getByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
    expect(within(inContext).getByRole("button", { name: /Contoso - Fleet renewal/ })).toBeInTheDocument();
  });

  test("opens a record's details from the keyboard", async () => {
    const user = setupUser();
    const harness = await renderPanel({ selectedIndex: demoItem.brunoQuestion });
    const inContext = await section("In Context Of");
    const bruno = within(inContext).getByRole("button", { name: /Mr\. Bruno Martin/ });
    bruno.focus();
    await user.keyboard("{Enter}");
    expect(harness.pushed).toEqual([
      {
        name: "details",
        entity: { type: "contacts", id: String(seedIds.contacts.bruno) },
        title: "Mr. Bruno Martin",
        entityUrl: `${sandbox.baseUrl}/admin/contact/view/${seedIds.contacts.bruno}`,
      },
    ]);
  });

  test("searches BCC recipients of a message being written, and follows recipient changes", async () => {
    const harness = await renderPanel({ selectedIndex: demoItem.composeWithBcc });
    const suggested = await section("Could Be Related To");
    expect(within(suggested).getByRole("button", { name: /Ms\. Olivia Chen/ })).toBeInTheDocument();
    expect(within(suggested).getByRole("button", { name: /Mr\. Bruno Martin/ })).toBeInTheDocument();
    expect(within(suggested).getByRole("button", { name: /Tailspin Toys - Drone fleet/ })).toBeInTheDocument();

    harness.mailbox.setRecipients("bcc", [{ ...people.kenji }]);
    expect(await screen.findByRole("button", { name: /^Customer user.*Kenji Tanaka/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Ms\. Olivia Chen/ })).not.toBeInTheDocument();
  });

  test("asks Oro by address when the email has no Message-ID", async () => {
    await renderPanel({ selectedIndex: demoItem.kenjiNoMessageId });
    const suggested = await section("Could Be Related To");
    expect(within(suggested).getByRole("button", { name: /Customer user.*Kenji Tanaka/ })).toBeInTheDocument();
    expect(within(suggested).getAllByRole("button", { name: /^Order/ })).toHaveLength(3);
    expect(within(suggested).getByRole("button", { name: /^Request for quote/ })).toBeInTheDocument();
    expect(within(await section("In Context Of")).getByText("No records are linked to this conversation yet.")).toBeInTheDocument();
  });

  test("splits an email to hundreds of recipients into a few requests and merges what they find", async () => {
    const user = setupUser();
    const requests = countRequests(server, { path: "/emailthreadcontext" });
    await renderPanel({ selectedIndex: demoItem.bulk });
    const suggested = await section("Could Be Related To");
    expect(requests.count).toBeGreaterThan(1);
    expect(requests.count).toBeLessThanOrEqual(4);
    for (const url of requests.urls) expect(url.length).toBeLessThanOrEqual(6000);
    // Contacts matched in the first and the last slice (text queries: role queries are slow over 50 rows).
    expect(within(suggested).getAllByText("Matches Recipient 10").length).toBeGreaterThan(0);
    expect(within(suggested).getByText("Matches Recipient 500")).toBeInTheDocument();
    // Every slice also finds the recipients' shared account: the total is an estimate until all is loaded.
    expect(screen.getByText(/^Showing \d+ of about \d+$/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await within(suggested).findByText("51 records")).toBeInTheDocument();
    expect(within(suggested).getAllByText("Account")).toHaveLength(1);
    expect(within(suggested).getAllByText("Contact")).toHaveLength(50);
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  test("shows the new email's records, never the old one's, when the selection changes during a slow answer", async () => {
    let oliviaAsked: () => void = () => undefined;
    let releaseOlivia: () => void = () => undefined;
    const oliviaStarted = new Promise<void>((resolve) => {
      oliviaAsked = resolve;
    });
    const oliviaAnswered = new Promise<void>((resolve) => {
      releaseOlivia = resolve;
    });
    // Olivia's lookup answers late (after Bruno's), as a slow Oro would.
    server.use(
      http.get(`${sandbox.baseUrl}/admin/api/emailthreadcontext`, async ({ request }) => {
        if (!request.url.includes(encodeURIComponent(storedMessages.threadOneFirst))) return undefined;
        oliviaAsked();
        const aborted = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), 400);
          request.signal.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        const response = aborted ? HttpResponse.error() : await sandbox.fetch(request);
        releaseOlivia();
        return response;
      }),
    );
    const harness = await renderPanel({ selectedIndex: demoItem.oliviaFirst });
    await oliviaStarted;
    expect(screen.getByRole("status", { name: "Looking up Oro records…" })).toBeInTheDocument();

    harness.mailbox.select(demoItem.brunoQuestion);
    expect(await screen.findByRole("button", { name: /Mr\. Bruno Martin/ })).toBeInTheDocument();
    await oliviaAnswered;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole("button", { name: /Mr\. Bruno Martin/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Olivia Chen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Contoso - Fleet renewal/ })).not.toBeInTheDocument();
  });

  test("shows an email seen a moment ago from the cache while it asks Oro again", async () => {
    const harness = await renderPanel({ selectedIndex: demoItem.oliviaFirst });
    await within(await section("In Context Of")).findByRole("button", { name: /Contoso Ltd/ });
    harness.mailbox.select(demoItem.priyaUnstored);
    await screen.findByRole("button", { name: /Tailspin Toys - Drone fleet/ });

    // Oro does not answer any more (until the request is given up): only the cache can show Olivia's records now.
    server.use(
      http.get(
        `${sandbox.baseUrl}/admin/api/emailthreadcontext`,
        ({ request }) => new Promise<Response>((resolve) => request.signal.addEventListener("abort", () => resolve(HttpResponse.error()))),
      ),
    );
    const requests = countRequests(server, { path: "/emailthreadcontext" });
    harness.mailbox.select(demoItem.oliviaFirst);
    expect(await screen.findByRole("button", { name: /Contoso - Fleet renewal/ })).toBeInTheDocument();
    await waitFor(() => expect(requests.count).toBe(1));
  });

  test("loads more records until every one is shown", async () => {
    const user = setupUser();
    const recipients = Array.from({ length: 31 }, (_, i) => ({
      displayName: `Recipient ${(i + 1) * 10}`,
      emailAddress: `recipient${(i + 1) * 10}@bulk.example`,
    }));
    await renderPanel({
      scenario: scenarioOf({
        mode: "read",
        subject: "Newsletter",
        internetMessageId: "<letter-1@northwind.example>",
        from: { ...demoMailboxOwner },
        to: recipients,
      }),
    });
    const suggested = await section("Could Be Related To");
    expect(within(suggested).getByText("20 records")).toBeInTheDocument();
    expect(screen.getByText("Showing 20 of 32")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await within(suggested).findByText("32 records")).toBeInTheDocument();
    expect(within(suggested).getAllByRole("listitem")).toHaveLength(32);
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
  });

  test("says which addresses were searched when nothing matches", async () => {
    await renderPanel({ selectedIndex: demoItem.stranger });
    expect(await screen.findByText("No Oro records found", {})).toBeInTheDocument();
    expect(screen.getByText("Searched 1 address:")).toBeInTheDocument();
    expect(screen.getByText(`${people.stranger.displayName} <${people.stranger.emailAddress}>`)).toBeInTheDocument();
  });

  test("lists the participants that matched no record", async () => {
    await renderPanel({
      scenario: scenarioOf({
        mode: "read",
        subject: "Introduction",
        internetMessageId: "<intro-1@contoso.example>",
        from: { ...people.olivia },
        to: [{ ...demoMailboxOwner }],
        cc: [{ ...people.stranger }, { ...people.newsletter }],
      }),
    });
    const unmatched = await section("No match in Oro");
    expect(within(unmatched).getByText("These addresses were searched and matched no record.")).toBeInTheDocument();
    expect(within(unmatched).getByText(`${people.stranger.displayName} <${people.stranger.emailAddress}>`)).toBeInTheDocument();
    expect(within(unmatched).getByText(`${people.newsletter.displayName} <${people.newsletter.emailAddress}>`)).toBeInTheDocument();
    expect(within(unmatched).queryByText(/olivia/i)).not.toBeInTheDocument();
  });

  test("explains a failure and tries again on Retry", async () => {
    const user = setupUser();
    // The client retries a 500 twice by itself; the third failure reaches the user.
    sandbox.faults.add({ kind: "status", status: 500, path: "/emailthreadcontext", times: 3 });
    await renderPanel({ selectedIndex: demoItem.oliviaFirst });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the Oro records for this email.");
    expect(alert).toHaveTextContent("Oro ran into a problem.");

    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await within(await section("In Context Of")).findByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("offers only the record types the user may use", async () => {
    server.use(
      http.get(`${sandbox.baseUrl}/admin/api/emailcontextentities`, () =>
        Response.json({
          data: ["contacts", "accounts"].map((type) => ({
            type: "emailcontextentities",
            id: type,
            attributes: { entityType: type, entityName: type, allowed: true },
          })),
        }),
      ),
    );
    const requests = countRequests(server, { path: "/emailthreadcontext" });
    await renderPanel({ selectedIndex: demoItem.oliviaFirst });
    const suggested = await section("Could Be Related To");
    expect(within(suggested).getByRole("button", { name: /Ms\. Olivia Chen/ })).toBeInTheDocument();
    expect(within(suggested).queryByRole("button", { name: /^Order/ })).not.toBeInTheDocument();
    expect(within(suggested).queryByRole("button", { name: /^Lead/ })).not.toBeInTheDocument();
    expect(new URL(requests.urls[0] ?? "").searchParams.get("filter[entities]")).toBe("contacts,accounts");
  });

  test("says so when the user may not use any record type as context", async () => {
    server.use(http.get(`${sandbox.baseUrl}/admin/api/emailcontextentities`, () => Response.json({ data: [] })));
    const requests = countRequests(server, { path: "/emailthreadcontext" });
    await renderPanel({ selectedIndex: demoItem.oliviaFirst });
    expect(await screen.findByText(/No record types can be shown as context/)).toBeInTheDocument();
    expect(requests.count).toBe(0);
  });

  test("still shows the context when the list of allowed types cannot be loaded", async () => {
    sandbox.faults.add({ kind: "status", status: 403, path: "/emailcontextentities" });
    await renderPanel({ selectedIndex: demoItem.brunoQuestion });
    const inContext = await section("In Context Of");
    expect(within(inContext).getByRole("button", { name: /Mr\. Bruno Martin/ })).toBeInTheDocument();
  });

  test("tells other views which records are in context or suggested for the open email", async () => {
    const harness = await renderWithOro(
      sandbox,
      <>
        <ContextPanel />
        <MembershipProbe />
      </>,
      { selectedIndex: demoItem.oliviaFirst, deployment: staticDeployment },
    );
    expect(await screen.findByText(`accounts ${seedIds.accounts.contoso}: inContext accounts-${seedIds.accounts.contoso}-${seedIds.emails.threadOneFirst}`)).toBeInTheDocument();
    expect(screen.getByText(`contacts ${seedIds.contacts.olivia}: suggested contacts-${seedIds.contacts.olivia}-0`)).toBeInTheDocument();
    expect(screen.getByText(`contacts ${seedIds.contacts.bruno}: none`)).toBeInTheDocument();

    harness.mailbox.select(demoItem.brunoQuestion);
    expect(await screen.findByText(`contacts ${seedIds.contacts.bruno}: inContext contacts-${seedIds.contacts.bruno}-${seedIds.emails.brunoQuestion}`)).toBeInTheDocument();
    expect(screen.getByText(`accounts ${seedIds.accounts.contoso}: suggested accounts-${seedIds.accounts.contoso}-0`)).toBeInTheDocument();
  });

  test("asks the user to pick an email when none is selected", async () => {
    await renderPanel({ selectedIndex: null });
    expect(await screen.findByText("Select an email to see the Oro records it concerns.")).toBeInTheDocument();
  });

  test("marks when an item's context is first on screen, with the requests it took", async () => {
    performance.clearMarks(perfMarks.contextRendered);
    await renderPanel({ selectedIndex: demoItem.brunoQuestion });
    await section("In Context Of");
    await waitFor(() => expect(performance.getEntriesByName(perfMarks.contextRendered)).toHaveLength(1));
    const [entry] = performance.getEntriesByName(perfMarks.contextRendered);
    expect(entry instanceof PerformanceMark ? entry.detail : null).toEqual({ item: "simulated-2", requests: 1 });
  });
});
