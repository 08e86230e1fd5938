import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, test, vi } from "vitest";
import { createOroSandbox } from "../../sandbox/oro-sandbox";
import { createSettingsStore } from "../../server/settings-store";
import { renderWithSettingsProviders, serveSettingsStore } from "../../settings/settings-test-harness";
import { testSandboxBaseUrl, serveSandbox } from "../../../tests/support/sandbox-server";
import { ManageAddonView } from "./manage-addon-view";

vi.setConfig({ testTimeout: 60_000 });

const paneOrigin = globalThis.location.origin;
const sandbox = createOroSandbox({
  baseUrl: testSandboxBaseUrl,
  layout: "commerce",
  redirectUris: [`${paneOrigin}/auth-callback.html`],
});
const server = serveSandbox(sandbox);
const store = serveSettingsStore(server, sandbox, "manage-addon");

function renderManage(options: { username?: string; hasServer?: boolean; apiRelayPath?: string } = {}) {
  return renderWithSettingsProviders(<ManageAddonView />, {
    sandbox,
    username: options.username ?? "admin",
    deployment: {
      hasServer: options.hasServer ?? true,
      ...(options.apiRelayPath === undefined ? {} : { apiRelayPath: options.apiRelayPath }),
    },
  });
}

async function checks() {
  const list = await screen.findByRole("list", { name: "Deployment checks" }, { timeout: 20_000 });
  return (name: string) => within(list).getByRole("listitem", { name });
}

describe("Manage add-on", () => {
  test("an administrator gives the organization its own CRM sync interval", async () => {
    const user = userEvent.setup();
    await renderManage();
    const form = await screen.findByRole(
      "form",
      { name: "Settings of Northwind Traders" },
      { timeout: 20_000 },
    );
    const setting = within(form).getByRole("group", { name: "CRM sync interval (seconds)" });
    expect(within(setting).getByText("In effect: 120 seconds (from default)")).toBeInTheDocument();

    await user.click(within(setting).getByRole("checkbox", { name: "Use System" }));
    const input = within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" });
    await user.clear(input);
    await user.type(input, "300");
    await user.click(within(form).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(within(form).getByRole("status")).toHaveTextContent("Settings saved."));
    expect(within(setting).getByText("In effect: 300 seconds (from organization)")).toBeInTheDocument();
    expect((await createSettingsStore({ path: store.path }).read()).organizations).toEqual({
      "1": { crmSyncIntervalSeconds: 300 },
    });
  });

  test("organizations are listed with Oro's names and each has its own values", async () => {
    await createSettingsStore({ path: store.path }).update((document) => ({
      ...document,
      system: { crmSyncIntervalSeconds: 600 },
      organizations: { "2": { crmSyncIntervalSeconds: 45 } },
    }));
    const user = userEvent.setup();
    await renderManage();
    const picker = await screen.findByRole("combobox", { name: "Organization" }, { timeout: 20_000 });
    const first = screen.getByRole("form", { name: "Settings of Northwind Traders" });
    expect(within(first).getByText("In effect: 600 seconds (from system)")).toBeInTheDocument();

    await user.selectOptions(picker, "Northwind Traders EU");
    const second = await screen.findByRole("form", { name: "Settings of Northwind Traders EU" });
    const setting = within(second).getByRole("group", { name: "CRM sync interval (seconds)" });
    expect(within(setting).getByRole("checkbox", { name: "Use System" })).not.toBeChecked();
    expect(within(setting).getByText("In effect: 45 seconds (from organization)")).toBeInTheDocument();
  });

  test("the server's refusal shows next to the field and nothing is saved", async () => {
    const user = userEvent.setup();
    await renderManage();
    const form = await screen.findByRole("form", { name: "System settings" }, { timeout: 20_000 });
    const roles = within(form).getByRole("textbox", { name: "Administrator roles" });
    await user.clear(roles);
    await user.type(roles, "ROLE_MANAGER");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText(/were not saved/)).toHaveAttribute("role", "alert");
    const setting = within(form).getByRole("group", { name: "Administrator roles" });
    expect(within(setting).getByText(/Keep at least one of your own roles/)).toBeInTheDocument();
    expect((await createSettingsStore({ path: store.path }).read()).system).toEqual({});
  });

  test("an out-of-range system value keeps Save disabled", async () => {
    const user = userEvent.setup();
    await renderManage();
    const form = await screen.findByRole("form", { name: "System settings" }, { timeout: 20_000 });
    const input = within(form).getByRole("spinbutton", { name: "Outlook sync interval (seconds)" });
    await user.clear(input);
    await user.type(input, "86400");
    expect(within(form).getByText("Must be at most 86399 seconds (less than one day).")).toBeInTheDocument();
    expect(within(form).getByRole("button", { name: "Save" })).toBeDisabled();
  });

  test("without the connector's server, it explains that organization and system settings need it", async () => {
    await renderManage({ hasServer: false });
    expect(screen.getByText(/need the connector's server/)).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "System settings" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Diagnostics" })).toBeInTheDocument();
  });

  test("a non-administrator who gets here is told the server refused", async () => {
    await renderManage({ username: "sales" });
    expect(
      await screen.findByText(
        /Only administrators of the connector may change these settings/,
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
  });

  test("diagnostics pass against a correctly set up Oro", async () => {
    await renderManage();
    const check = await checks();
    for (const name of [
      "Oro is reachable",
      "Web API is enabled",
      "The API allows this pane's origin (CORS)",
      "The token endpoint allows this pane's origin (CORS)",
      "The OAuth application is public and lists this redirect URL",
      "Oro supports the email context resources",
      "Record types you may use",
    ]) {
      expect(check(name)).toHaveTextContent(`${name}: Pass`);
    }
  });

  test("with the server's API relay, diagnostics report the relay instead of Oro's API CORS list", async () => {
    await renderManage({ apiRelayPath: "/oro-api-relay" });
    const check = await checks();
    expect(check("The API is reached through this server's relay")).toHaveTextContent(
      `${globalThis.location.origin}/oro-api-relay`,
    );
    expect(check("The API is reached through this server's relay")).toHaveTextContent(/Pass/);
    expect(screen.queryByRole("listitem", { name: "The API allows this pane's origin (CORS)" })).toBeNull();
    expect(check("The token endpoint allows this pane's origin (CORS)")).toHaveTextContent(/Pass/);
  });

  test("diagnostics explain a blocked token endpoint and an unregistered redirect URL", async () => {
    const user = userEvent.setup();
    await renderManage();
    await checks();

    // The session is up; from now on the browser cannot read the token endpoint's answers.
    server.use(http.post(`${testSandboxBaseUrl}/oauth2-token`, () => HttpResponse.error()));
    await user.click(screen.getByRole("button", { name: "Run the checks again" }));
    await waitFor(async () => {
      const check = await checks();
      expect(check("The token endpoint allows this pane's origin (CORS)")).toHaveTextContent(
        /Fail.*How to fix: Add http:\/\/localhost:3000 to oro_oauth2_server\.authorization_server\.cors\.allow_origins/,
      );
    });
    expect((await checks())("The OAuth application is public and lists this redirect URL")).toHaveTextContent(
      /Fail/,
    );

    server.use(
      http.post(`${testSandboxBaseUrl}/oauth2-token`, () =>
        HttpResponse.json(
          { error: "invalid_client", error_description: "Client authentication failed" },
          { status: 401 },
        ),
      ),
    );
    await user.click(screen.getByRole("button", { name: "Run the checks again" }));
    await waitFor(async () => {
      const check = await checks();
      expect(check("The OAuth application is public and lists this redirect URL")).toHaveTextContent(
        /Fail.*invalid_client.*How to fix: In Oro, open System > User Management > OAuth Applications/,
      );
    });
  });

  test("saving the offered record types updates that check at once and leaves the others as they were", async () => {
    const user = userEvent.setup();
    await renderManage();
    const before = await checks();
    expect(before("Record types you may use")).toHaveTextContent(/Available to you: Account, Contact,/);

    // The deployment checks would fail now: saving settings must not run them again.
    server.use(http.post(`${testSandboxBaseUrl}/oauth2-token`, () => HttpResponse.error()));
    const form = await screen.findByRole("form", { name: "System settings" }, { timeout: 20_000 });
    const offered = within(form).getByRole("group", { name: "Record types offered for context and search" });
    await user.click(within(offered).getByRole("checkbox", { name: "Accounts" }));
    await user.click(within(form).getByRole("button", { name: "Save" }));

    await waitFor(async () =>
      expect((await checks())("Record types you may use")).toHaveTextContent(/Available to you: Contact,/),
    );
    const after = await checks();
    expect(after("Record types you may use")).toHaveTextContent(/Pass/);
    expect(after("The token endpoint allows this pane's origin (CORS)")).toHaveTextContent(/Pass/);
    expect(screen.queryByText("Checking the deployment…")).toBeNull();
  });

  test("diagnostics say when Oro is too old for the email context resources", async () => {
    sandbox.faults.add({ kind: "status", status: 404, path: "/emailcontextentities", times: 5 });
    await renderManage();
    const check = await checks();
    expect(check("Oro supports the email context resources")).toHaveTextContent(
      /Fail.*HTTP 404.*Upgrade Oro to 5\.1\.3/,
    );
    expect(check("Record types you may use")).toHaveTextContent(/Fail/);
  });
});
