// Add Context / Remove Context as the user does them from a record's details, checked against what the user sees
// (the view, and the email's context as the panel shows it) and against the data Oro (the sandbox) holds after.
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http } from "msw";
import { describe, expect, test } from "vitest";
import { emailsWith, timesLinked } from "../../../tests/support/sandbox-links";
import { countRequests, createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { demoItem } from "../../demo/default-scenario";
import { storedMessages, unstoredMessageId } from "../../sandbox/demo-identities";
import { ContextProbe, renderWithOro } from "../../../tests/support/render-with-oro";
import { RecordDetailsView } from "./record-details-view";

configure({ asyncUtilTimeout: 5000 });

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
const api = `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api`;

const olivia = { type: "contacts", id: "1" } as const;
const contosoAccount = { type: "accounts", id: "1" } as const;
const priyaLead = { type: "leads", id: "2" } as const;

async function renderDetails(entity: { type: string; id: string }, itemIndex: number) {
  const harness = await renderWithOro(
    sandbox,
    <>
      <RecordDetailsView entity={entity} entityUrl={`${sandbox.baseUrl}/admin/x/${entity.id}`} />
      <ContextProbe />
    </>,
    { selectedIndex: itemIndex },
  );
  await screen.findByRole("heading", { level: 2 });
  return harness;
}

const inContext = () => screen.getByRole("list", { name: "In context of (probe)" });
const suggested = () => screen.getByRole("list", { name: "Could be related to (probe)" });

async function waitForContextLoaded(name: string, where: () => HTMLElement) {
  await waitFor(() => expect(within(where()).getByText(name)).toBeInTheDocument());
}

/** Waits until the details view's live region says `text` (the region itself is always on the page). */
async function expectAnnounced(text: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(text));
  return screen.getByRole("status");
}

describe("Add context", { timeout: 60_000 }, () => {
  test("links a record to an email Oro already has", async () => {
    const user = userEvent.setup();
    const emailsBefore = sandbox.model.emailCount();
    await renderDetails(olivia, demoItem.oliviaFirst);
    await waitForContextLoaded("Ms. Olivia Chen", suggested);
    expect(screen.getByText("Could Be Related To")).toBeInTheDocument();
    // The live region is there, empty, before the action: screen readers then announce what appears in it.
    const liveRegion = screen.getByRole("status");
    expect(liveRegion).toBeEmptyDOMElement();

    await user.click(screen.getByRole("button", { name: "Add context" }));

    await expectAnnounced("Added to this email's context in Oro.");
    expect(screen.getByRole("status")).toBe(liveRegion);
    expect(screen.getByText("In Context Of")).toBeInTheDocument();
    await waitForContextLoaded("Ms. Olivia Chen", inContext);
    expect(within(suggested()).queryByText("Ms. Olivia Chen")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove context" })).toBeEnabled();
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, olivia).links).toBe(1);
    expect(sandbox.model.emailCount()).toBe(emailsBefore);
  });

  test("stores the email in Oro with the record as context when Oro does not have it", async () => {
    const user = userEvent.setup();
    expect(emailsWith(sandbox, unstoredMessageId)).toHaveLength(0);
    await renderDetails(priyaLead, demoItem.priyaUnstored);
    await waitForContextLoaded("Tailspin Toys - Drone fleet", suggested);

    await user.click(screen.getByRole("button", { name: "Add context" }));

    await expectAnnounced("Added to this email's context in Oro.");
    await waitForContextLoaded("Tailspin Toys - Drone fleet", inContext);
    const [stored, ...others] = emailsWith(sandbox, unstoredMessageId);
    expect(others).toHaveLength(0);
    expect(stored).toMatchObject({
      subject: "Drone fleet: pilot programme",
      from: { email: "priya.patel@tailspin.example", name: "Priya Patel" },
      toRecipients: [{ email: "sam.seller@northwind.example", name: "Sam Seller" }],
      sentAt: "2026-03-05T14:22:00Z",
      internalDate: "2026-03-05T14:22:00Z",
      body: { type: "text", content: expect.stringContaining("pilot with six drones") as unknown },
    });
    expect(timesLinked(sandbox, unstoredMessageId, priyaLead).links).toBe(1);
  });

  test("treats 409 as 'Oro has it now' and adds the record to that email", async () => {
    const user = userEvent.setup();
    // Mail sync stores the message right after the pane looked for it: the create then meets a 409.
    let storedBySync = false;
    server.use(
      http.get(`${api}/emails`, async ({ request }) => {
        const response = await sandbox.fetch(request);
        if (!storedBySync) {
          storedBySync = true;
          const sam = sandbox.model.userByUsername("sales");
          if (sam === undefined) throw new Error("no sales user");
          sandbox.model.createEmail(
            {
              subject: "Drone fleet: pilot programme",
              from: { name: "Priya Patel", email: "priya.patel@tailspin.example" },
              toRecipients: [{ name: "Sam Seller", email: "sam.seller@northwind.example" }],
              ccRecipients: [],
              bccRecipients: [],
              messageId: unstoredMessageId,
              references: [],
              sentAt: "2026-03-05T14:22:00Z",
              internalDate: "2026-03-05T14:22:00Z",
              importance: "normal",
              body: null,
            },
            sam.id,
            "2026-03-05T14:23:00Z",
          );
        }
        return response;
      }),
    );
    // The account is not an owner of any address, so storing the email does not link it by itself.
    const tailspinAccount = { type: "accounts", id: "4" };
    const accountName = sandbox.model.data.accounts.find((account) => account.id === 4)?.name ?? "?";
    await renderDetails(tailspinAccount, demoItem.priyaUnstored);
    await waitForContextLoaded("Tailspin Toys - Drone fleet", suggested);

    await user.click(screen.getByRole("button", { name: "Add context" }));

    await expectAnnounced("Added to this email's context in Oro.");
    expect(storedBySync).toBe(true);
    expect(emailsWith(sandbox, unstoredMessageId)).toHaveLength(1);
    expect(timesLinked(sandbox, unstoredMessageId, tailspinAccount).links).toBe(1);
    await waitForContextLoaded(accountName, inContext);
  });

  test("a double click sends one request and links the record once", async () => {
    const user = userEvent.setup();
    const posts = countRequests(server, { path: "/api/", method: "POST" });
    await renderDetails(olivia, demoItem.oliviaFirst);
    await waitForContextLoaded("Ms. Olivia Chen", suggested);

    // Two clicks landing before React re-renders (a fast double click on a slow machine), then a double click.
    const add = screen.getByRole("button", { name: "Add context" });
    act(() => {
      add.click();
      add.click();
    });
    await user.dblClick(add);

    await expectAnnounced("Added to this email's context in Oro.");
    expect(posts.urls.map((url) => new URL(url).pathname)).toEqual(["/admin/api/emails/1/relationships/activityTargets"]);
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, olivia).links).toBe(1);
  });

  test("a token that expires during the action is refreshed and the record is linked once", async () => {
    const user = userEvent.setup();
    await renderDetails(olivia, demoItem.oliviaFirst);
    await waitForContextLoaded("Ms. Olivia Chen", suggested);
    sandbox.faults.add({ kind: "expire-token", method: "POST", path: "/relationships/activityTargets" });

    await user.click(screen.getByRole("button", { name: "Add context" }));

    await expectAnnounced("Added to this email's context in Oro.");
    expect(sandbox.faults.pending).toHaveLength(0);
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, olivia).links).toBe(1);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("shows the change at once and rolls it back with a clear message when Oro refuses", async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(`${api}/emails/:id/relationships/activityTargets`, async ({ request }) => {
        await gate;
        sandbox.faults.add({ kind: "status", status: 403, path: "/relationships/activityTargets" });
        return sandbox.fetch(request);
      }),
    );
    await renderDetails(olivia, demoItem.oliviaFirst);
    await waitForContextLoaded("Ms. Olivia Chen", suggested);

    await user.click(screen.getByRole("button", { name: "Add context" }));
    // Before Oro answers, the panel already shows the record in context.
    await waitForContextLoaded("Ms. Olivia Chen", inContext);
    expect(screen.getByText("In Context Of")).toBeInTheDocument();

    release();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The record was not added to the email's context.");
    expect(alert).toHaveTextContent("You do not have permission to do this in Oro.");
    await waitForContextLoaded("Ms. Olivia Chen", suggested);
    expect(within(inContext()).queryByText("Ms. Olivia Chen")).not.toBeInTheDocument();
    expect(screen.getByText("Could Be Related To")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add context" })).toBeEnabled();
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, olivia).links).toBe(0);
  });

  test("after a dropped connection, Retry completes the link without a duplicate", async () => {
    const user = userEvent.setup();
    await renderDetails(priyaLead, demoItem.priyaUnstored);
    await waitForContextLoaded("Tailspin Toys - Drone fleet", suggested);
    // Oro stores the email, but the answer never reaches the pane.
    sandbox.faults.add({ kind: "drop", when: "after", method: "POST", path: "/api/emails" });

    await user.click(screen.getByRole("button", { name: "Add context" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not reach Oro.");
    expect(emailsWith(sandbox, unstoredMessageId)).toHaveLength(1);

    await user.click(within(alert).getByRole("button", { name: "Retry" }));

    await expectAnnounced("Oro already had this record in the email's context.");
    expect(emailsWith(sandbox, unstoredMessageId)).toHaveLength(1);
    expect(timesLinked(sandbox, unstoredMessageId, priyaLead).links).toBe(1);
    await waitForContextLoaded("Tailspin Toys - Drone fleet", inContext);
  });

  test("is unavailable, with the reason, while writing an email", async () => {
    await renderDetails(olivia, demoItem.composeWithBcc);
    const add = screen.getByRole("button", { name: "Add context" });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription("Send the email first: Oro can link records only to an email that has been sent.");
  });

  test("is unavailable, with the reason, for an email without a Message-ID", async () => {
    await renderDetails(olivia, demoItem.kenjiNoMessageId);
    const add = screen.getByRole("button", { name: "Add context" });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/has no Message-ID yet/);
  });
});

describe("Remove context", { timeout: 60_000 }, () => {
  test("unlinks the record from the thread, and Undo links it again", async () => {
    const user = userEvent.setup();
    await renderDetails(contosoAccount, demoItem.oliviaFirst);
    await waitForContextLoaded("Contoso Ltd", inContext);
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, contosoAccount).links).toBe(1);

    await user.click(screen.getByRole("button", { name: "Remove context" }));

    const status = await expectAnnounced("Removed from this email thread's context in Oro.");
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, contosoAccount).links).toBe(0);
    // Still suggested through Olivia's contact, so it moves to Could Be Related To.
    await waitForContextLoaded("Contoso Ltd", suggested);
    expect(within(inContext()).queryByText("Contoso Ltd")).not.toBeInTheDocument();

    await user.click(within(status).getByRole("button", { name: "Undo" }));

    expect(await screen.findByText("Added to this email's context in Oro.")).toBeInTheDocument();
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, contosoAccount).links).toBe(1);
    await waitForContextLoaded("Contoso Ltd", inContext);
    expect(screen.getByText("In Context Of")).toBeInTheDocument();
  });

  test("a record already removed elsewhere (404) ends the same as a removal", async () => {
    const user = userEvent.setup();
    await renderDetails(contosoAccount, demoItem.oliviaFirst);
    await waitForContextLoaded("Contoso Ltd", inContext);
    const email = sandbox.model.emailByMessageId(storedMessages.threadOneFirst);
    if (email === undefined) throw new Error("seed email missing");
    sandbox.model.removeFromThreadContext(email, { type: "accounts", id: 1 });

    await user.click(screen.getByRole("button", { name: "Remove context" }));

    await expectAnnounced("Oro no longer had this record in the email's context.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await waitForContextLoaded("Contoso Ltd", suggested);
    expect(screen.getByRole("button", { name: "Add context" })).toBeEnabled();
    expect(timesLinked(sandbox, storedMessages.threadOneFirst, contosoAccount).links).toBe(0);
  });
});
