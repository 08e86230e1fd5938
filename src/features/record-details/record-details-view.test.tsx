import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, test, vi } from "vitest";
import { createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { renderWithOro } from "../../../tests/support/render-with-oro";
import { RecordDetailsView } from "./record-details-view";

// The machine running the suite is shared: give slow renders room without making any assertion time-based.
configure({ asyncUtilTimeout: 5000 });

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
const api = `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api`;

/** The value shown under a field label, one entry per line. */
function fieldValue(details: HTMLElement, label: string): string {
  const term = within(details).getByText(label, { selector: "dt" });
  const definition = term.nextElementSibling;
  if (definition === null) throw new Error(`No value for ${label}`);
  const items = within(definition as HTMLElement).queryAllByRole("listitem");
  return items.length > 0 ? items.map((item) => item.textContent).join(" | ") : (definition.textContent ?? "");
}

async function openDetails(type: string, id: string, expected: Readonly<Record<string, string>>) {
  await renderWithOro(sandbox, <RecordDetailsView entity={{ type, id }} entityUrl={`${sandbox.baseUrl}/admin/x/${id}`} />);
  const dl = await screen.findByLabelText("Details", { selector: "dl" });
  for (const label of Object.keys(expected)) await within(dl).findByText(label, { selector: "dt" });
  return dl;
}

const customerName = (id: number) => sandbox.model.data.customers.find((customer) => customer.id === id)?.name ?? "?";

describe("record details", { timeout: 60_000 }, () => {
  test.each([
    ["accounts", "1", "Account", "Contoso Ltd", { Name: "Contoso Ltd", Owner: "Sam Seller" }],
    [
      "contacts",
      "1",
      "Contact",
      "Ms. Olivia Chen",
      {
        "Job title": "Head of Procurement",
        "Primary email": "olivia.chen@contoso.example",
        "Primary phone": "+1 425 555 0101",
        Account: "Contoso Ltd",
      },
    ],
    ["customerusers", "2", "Customer user", "Kenji Tanaka", { Email: "kenji.tanaka@litware.example", Customer: customerName(2) }],
    [
      "leads",
      "2",
      "Lead",
      "Tailspin Toys - Drone fleet",
      { Status: "New", "Company name": "Tailspin Toys", "Primary email": "priya.patel@tailspin.example" },
    ],
    [
      "opportunities",
      "1",
      "Opportunity",
      "Contoso - Fleet renewal",
      {
        Status: "Negotiation",
        Budget: "$184,500.00",
        "Expected close date": "Feb 20, 2025",
        Account: "Contoso Ltd",
        Contact: "Ms. Olivia Chen",
      },
    ],
    ["orders", "3", "Order", "SO-10403", { "Order number": "SO-10403", Total: "$8,790.25", Status: "Closed", Customer: customerName(2) }],
    ["users", "2", "User", "Sam Seller", { "Job title": "Account executive", Email: "sam.seller@northwind.example", Username: "sales" }],
    ["customers", "1", "Customer", "Contoso", { Name: "Contoso", Owner: "Sam Seller" }],
    ["tasks", "1", "Task", "Call back about pricing (School of Fine Art)", { Status: "Open", Priority: "High" }],
    ["cases", "1", "Case", "Login to customer portal fails", { Status: "In Progress", Priority: "High", Description: "Reported by the customer by phone." }],
    [
      "rfqs",
      "1",
      "Request for quote",
      "Kenji Tanaka",
      { Company: "Litware", Role: "Buyer", "PO number": "PO-LW-2291", Note: "Quote for 40 handheld terminals with 3-year support." },
    ],
  ] as const)("shows a %s record's fields (%s)", async (type, id, typeLabel, title, expected) => {
    const dl = await openDetails(type, id, expected);
    const heading = screen.getByRole("heading", { level: 2 });
    expect(heading).toHaveTextContent(title);
    expect(screen.getByText(typeLabel, { selector: "span" })).toBeInTheDocument();
    // Related names (account, customer, owner, status labels) arrive with a second request.
    for (const [label, value] of Object.entries(expected)) await waitFor(() => expect(fieldValue(dl, label)).toBe(value));
  });

  test("shows a type it does not know with Oro's title and plain fields", async () => {
    server.use(
      http.get(`${api}/notes/7`, () =>
        HttpResponse.json(
          { data: { type: "notes", id: "7", attributes: { message: "Call Olivia on Monday", createdAt: null }, meta: { title: "Note for Olivia" } } },
          { headers: { "Content-Type": "application/vnd.api+json" } },
        ),
      ),
    );
    await renderWithOro(sandbox, <RecordDetailsView entity={{ type: "notes", id: "7" }} />);
    expect(await screen.findByRole("heading", { level: 2, name: "Note for Olivia" })).toBeInTheDocument();
    const dl = screen.getByLabelText("Details", { selector: "dl" });
    expect(fieldValue(dl, "Message")).toBe("Call Olivia on Monday");
    expect(screen.getByText("Record", { selector: "span" })).toBeInTheDocument();
  });

  test("says what went wrong when the record cannot be loaded", async () => {
    await renderWithOro(sandbox, <RecordDetailsView entity={{ type: "contacts", id: "99999" }} title="Gone Contact" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The record could not be loaded.");
    expect(alert).toHaveTextContent("Oro could not find this record.");
    expect(screen.getByRole("heading", { level: 2, name: "Gone Contact" })).toBeInTheDocument();
  });
});

describe("Open in Oro", { timeout: 60_000 }, () => {
  async function renderWithUrl(entityUrl: string) {
    const harness = await renderWithOro(sandbox, <RecordDetailsView entity={{ type: "contacts", id: "2" }} entityUrl={entityUrl} />);
    const opened = vi.spyOn(harness.mailbox, "openBrowserWindow").mockImplementation(() => undefined);
    await screen.findByRole("heading", { level: 2, name: "Mr. Bruno Martin" });
    return opened;
  }

  test("opens the record's page in the connected Oro", async () => {
    const user = userEvent.setup();
    const url = `${sandbox.baseUrl}/admin/contact/view/2`;
    const opened = await renderWithUrl(url);
    await user.click(screen.getByRole("button", { name: "Open in Oro" }));
    expect(opened).toHaveBeenCalledWith(url);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test.each([
    ["a javascript: URL", "javascript:alert(document.domain)", "This link was not opened: it is not a web address (javascript:)."],
    ["another site", "https://evil.example/admin/contact/view/2", "This link was not opened: it leads to https://evil.example, not to your Oro at https://oro.test."],
    ["the same host without TLS", "http://oro.test/admin/contact/view/2", "it leads to http://oro.test, not to your Oro at https://oro.test"],
  ])("refuses %s", async (_case, url, message) => {
    const user = userEvent.setup();
    const opened = await renderWithUrl(url);
    await user.click(screen.getByRole("button", { name: "Open in Oro" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(opened).not.toHaveBeenCalled();
  });
});
