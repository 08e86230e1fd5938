import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http } from "msw";
import { describe, expect, test } from "vitest";
import { searchRecords } from "../../sandbox/email-context";
import { entityTypes } from "../../sandbox/model";
import { createSettingsStore } from "../../server/settings-store";
import { serveSettingsStore } from "../../settings/settings-test-harness";
import { createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { SearchHome } from "./search-home";
import { ContextProbe, renderWithOro, testDeployment } from "../../../tests/support/render-with-oro";

// The machine running the suite is shared: give slow renders room without making any assertion time-based.
configure({ asyncUtilTimeout: 5000 });

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
const searchUrl = `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api/emailcontextsearch`;
const settingsStore = serveSettingsStore(server, sandbox, "search-home");

function renderSearch(options: { selectedIndex?: number; withContext?: boolean } = {}) {
  return renderWithOro(
    sandbox,
    <SearchHome>
      {options.withContext === true ? <ContextProbe /> : <p>The email&apos;s context</p>}
    </SearchHome>,
    { selectedIndex: options.selectedIndex ?? 0 },
  );
}

function searchBox() {
  return screen.getByRole("searchbox", { name: "Search Oro" });
}

async function results(query: string) {
  return screen.findByRole("region", { name: `Search results for “${query}”` });
}

describe("search", { timeout: 60_000 }, () => {
  test("offers and searches only the record types the administrator offers for context and search", async () => {
    await createSettingsStore({ path: settingsStore.path }).update((document) => ({
      ...document,
      system: { contextEntityTypes: ["accounts", "contacts"] },
    }));
    const user = userEvent.setup();
    await renderWithOro(
      sandbox,
      <SearchHome>
        <p>The email&apos;s context</p>
      </SearchHome>,
      {
        deployment: testDeployment(sandbox),
      },
    );
    const typeFilter = await screen.findByRole("combobox", { name: "Record type" });
    await waitFor(() =>
      expect(
        within(typeFilter)
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual(["All types", "Account", "Contact"]),
    );

    await user.type(searchBox(), "Contoso{Enter}");
    const list = await results("Contoso");
    expect(await within(list).findByRole("button", { name: /Contoso Ltd/ })).toBeInTheDocument();
    expect(within(list).queryByRole("button", { name: /Contoso - Fleet renewal/ })).toBeNull();
  });

  test("Enter searches at once and lists each record's type, name and secondary line", async () => {
    const user = userEvent.setup();
    await renderSearch();
    await user.type(searchBox(), "Bruno{Enter}");

    const list = await results("Bruno");
    const row = await within(list).findByRole("button", { name: "Mr. Bruno Martin" });
    expect(row).toHaveAccessibleDescription("Contact bruno.martin@fabrikam.example");
    expect(within(list).getByRole("status")).toHaveTextContent("1 record");
    expect(screen.queryByText("The email's context")).not.toBeInTheDocument();
  });

  test("a record whose secondary line repeats its name (an order's number) shows the name once", async () => {
    const user = userEvent.setup();
    await renderSearch();
    await user.type(searchBox(), "SO-10401{Enter}");

    const list = await results("SO-10401");
    const row = await within(list).findByRole("button", { name: "SO-10401" });
    expect(row).toHaveAccessibleDescription("Order $12,840.50");
  });

  test("searches as the user types, after a short pause", async () => {
    const user = userEvent.setup();
    await renderSearch();
    await user.type(searchBox(), "Smith");

    const list = await results("Smith");
    expect(await within(list).findByRole("button", { name: /Aiden Smith/ })).toBeInTheDocument();
    expect(within(list).getAllByRole("button", { name: /Smith/ })).toHaveLength(8);
  });

  test("a slow answer for an older search never replaces the newer results", async () => {
    const user = userEvent.setup();
    let releaseOld: () => void = () => undefined;
    const oldReleased = new Promise<void>((resolve) => {
      releaseOld = resolve;
    });
    let oldAnswered: () => void = () => undefined;
    const oldDone = new Promise<void>((resolve) => {
      oldAnswered = resolve;
    });
    server.use(
      http.get(searchUrl, async ({ request }) => {
        const text = new URL(request.url).searchParams.get("filter[searchText]");
        if (text !== "Olivia") return sandbox.fetch(request);
        await oldReleased;
        const response = await sandbox.fetch(request);
        oldAnswered();
        return response;
      }),
    );
    const { queryClient } = await renderSearch();

    await user.type(searchBox(), "Olivia{Enter}");
    expect(await screen.findByText("Searching Oro…")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await user.type(searchBox(), "Bruno{Enter}");
    const list = await results("Bruno");
    await within(list).findByRole("button", { name: /Bruno Martin/ });

    releaseOld();
    await oldDone;
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    expect(screen.getByRole("region", { name: "Search results for “Bruno”" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Olivia Chen/ })).not.toBeInTheDocument();
    expect(within(list).getAllByRole("button", { name: /Bruno/ })).toHaveLength(1);
  });

  test("Load More pages through every result", async () => {
    const user = userEvent.setup();
    const expected = searchRecords(sandbox.model.data, [...entityTypes], "son").length;
    expect(expected).toBeGreaterThan(20);
    await renderSearch();
    await user.type(searchBox(), "son{Enter}");

    const list = await results("son");
    await within(list).findByText(`Showing 20 of ${expected}`);
    expect(within(list).getAllByRole("listitem")).toHaveLength(20);

    await user.click(within(list).getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(expected));
    expect(within(list).queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(within(list).getByRole("status")).toHaveTextContent(`${expected} records`);
  });

  test("limits the search to the chosen record type", async () => {
    const user = userEvent.setup();
    await renderSearch();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Record type" }), "contacts");
    await user.type(searchBox(), "Olivia{Enter}");

    const list = await results("Olivia");
    const row = await within(list).findByRole("button", { name: "Ms. Olivia Chen" });
    expect(row).toHaveAccessibleDescription(/^Contact/);
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).queryByRole("button", { name: "Olivia Chen" })).not.toBeInTheDocument();
  });

  test("says so when nothing matches", async () => {
    const user = userEvent.setup();
    await renderSearch();
    await user.type(searchBox(), "qqq-nothing{Enter}");

    const list = await results("qqq-nothing");
    expect(await within(list).findByText("No records match “qqq-nothing”.")).toBeInTheDocument();
    expect(within(list).queryAllByRole("listitem")).toHaveLength(0);
  });

  test("shows why the search failed and searches again on Retry", async () => {
    const user = userEvent.setup();
    sandbox.faults.add({ kind: "status", status: 403, path: "/emailcontextsearch" });
    await renderSearch();
    await user.type(searchBox(), "Bruno{Enter}");

    const list = await results("Bruno");
    const alert = await within(list).findByRole("alert");
    expect(alert).toHaveTextContent("The search did not work.");
    expect(alert).toHaveTextContent("You do not have permission to do this in Oro.");

    await user.click(within(list).getByRole("button", { name: "Retry" }));
    expect(await within(list).findByRole("button", { name: /Bruno Martin/ })).toBeInTheDocument();
    expect(within(list).queryByRole("alert")).not.toBeInTheDocument();
  });

  test("Escape and the clear button return to the email's context", async () => {
    const user = userEvent.setup();
    await renderSearch();
    expect(screen.getByText("The email's context")).toBeInTheDocument();

    await user.type(searchBox(), "Bruno{Enter}");
    await results("Bruno");
    expect(screen.queryByText("The email's context")).not.toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.getByText("The email's context")).toBeInTheDocument();
    expect(searchBox()).toHaveValue("");

    await user.type(searchBox(), "Bruno{Enter}");
    await results("Bruno");
    await user.click(screen.getByRole("button", { name: "Clear search" }));
    expect(screen.getByText("The email's context")).toBeInTheDocument();
    expect(searchBox()).toHaveFocus();
  });

  test("choosing a result opens its details, by keyboard too", async () => {
    const user = userEvent.setup();
    const { routes } = await renderSearch();
    await user.type(searchBox(), "Bruno{Enter}");
    const row = await within(await results("Bruno")).findByRole("button", { name: /Bruno Martin/ });

    row.focus();
    await user.keyboard("{Enter}");
    expect(routes.at(-1)?.at(-1)).toEqual({
      name: "details",
      entity: { type: "contacts", id: "2" },
      title: "Mr. Bruno Martin",
      entityUrl: `${sandbox.baseUrl}/admin/contact/view/2`,
    });
  });

  test("hints which results are already in the email's context or could be related", async () => {
    const user = userEvent.setup();
    await renderSearch({ withContext: true, selectedIndex: 0 });
    // The open email (Olivia's, stored in Oro) has Contoso Ltd in context and suggests Olivia's contact.
    await within(await screen.findByRole("list", { name: "In context of (probe)" })).findByText(
      "Contoso Ltd",
    );

    await user.type(searchBox(), "Contoso{Enter}");
    const list = await results("Contoso");
    const account = await within(list).findByRole("button", { name: "Contoso Ltd" });
    expect(account).toHaveAccessibleDescription("Account In Context Of");
    expect(within(list).getByRole("button", { name: "Ms. Olivia Chen" })).toHaveAccessibleDescription(
      /Could Be Related To$/,
    );
    expect(within(list).getByRole("button", { name: "Contoso Pharmaceuticals" })).toHaveAccessibleDescription(
      "Account",
    );
  });
});
