// The Connect screen and the Reconnect banner as the user meets them, against the sandbox Oro: its real login and
// consent pages are driven by a test dialog that plays the user.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { ReactNode } from "react";
import { PaneIntlProvider } from "../../i18n/intl-provider";
import { describe, expect, test, vi } from "vitest";
import { testRedirectUri, testSandboxBaseUrl, serveSandbox } from "../../../tests/support/sandbox-server";
import { SessionProvider, useSession, useSessionActions } from "../../auth/session-context";
import { createSessionManager, type SessionManager } from "../../auth/session-manager";
import { browserFetch } from "../../auth/testing/browser-fetch";
import { keepWebCryptoInTestRealm } from "../../auth/testing/jsdom-crypto-realm";
import { MemoryStorage } from "../../auth/testing/memory-storage";
import { sandboxDialogMailbox, type DialogScript, type DialogUser } from "../../auth/testing/sandbox-dialog";
import type { SupportedLocale } from "../../i18n/catalog";
import { messagesIn } from "../../../tests/support/locale-messages";
import { DialogErrorCode } from "../../mailbox/types";
import { oroUsers } from "../../sandbox/demo-identities";
import { defaultClientId } from "../../sandbox/options";
import { createOroSandbox, type OroSandbox } from "../../sandbox/oro-sandbox";
import { ConnectScreen } from "./connect-screen";
import { ReconnectBanner } from "./reconnect-banner";

// Each test signs in through the sandbox's pages and renders Fluent in jsdom: slower than a unit test.
vi.setConfig({ testTimeout: 20_000 });

const paneOrigin = new URL(testRedirectUri).origin;
keepWebCryptoInTestRealm();
// The shared test Oro, with this pane's origin in both of Oro's CORS lists (browserFetch enforces them).
const sandbox = createOroSandbox({
  baseUrl: testSandboxBaseUrl,
  layout: "commerce",
  redirectUris: [testRedirectUri],
  corsOrigins: { api: [paneOrigin], oauth: [paneOrigin] },
});
const server = serveSandbox(sandbox);
const sales: DialogUser = { username: oroUsers.sales.username, password: oroUsers.sales.password };

/** Stand-in for the app shell: what it shows for each session state. */
function Pane() {
  const session = useSession();
  const { disconnect } = useSessionActions();
  switch (session.status) {
    case "restoring":
      return <p>Loading</p>;
    case "disconnected":
    case "connecting":
      return <ConnectScreen />;
    case "connected":
      return (
        <>
          <p>Connected as {session.user.displayName}</p>
          <button onClick={disconnect}>Disconnect</button>
        </>
      );
    case "expired":
      return (
        <>
          <ReconnectBanner />
          <p>Still showing the records for {session.user.displayName}</p>
        </>
      );
  }
}

function renderPane(
  options: {
    oroBaseUrl?: string | null;
    user?: DialogUser;
    script?: DialogScript;
    /** The Oro the dialog's pages come from, when it must differ from the API's (a misconfigured app). */
    dialogSandbox?: OroSandbox;
    storage?: MemoryStorage;
    locale?: SupportedLocale;
  } = {},
) {
  const storage = options.storage ?? new MemoryStorage();
  const mailbox = sandboxDialogMailbox({
    sandbox: options.dialogSandbox ?? sandbox,
    paneOrigin,
    user: options.user ?? sales,
  });
  if (options.script) mailbox.script(options.script);
  const manager = createSessionManager({
    config: {
      oroBaseUrl: options.oroBaseUrl === undefined ? testSandboxBaseUrl : options.oroBaseUrl,
      backOfficePrefix: null,
      clientId: defaultClientId,
    },
    mailbox,
    storage,
    paneOrigin,
    fetch: browserFetch(paneOrigin),
  });
  const locale = options.locale ?? "en";
  const wrap = (children: ReactNode) => (
    <PaneIntlProvider locale={locale} messages={messagesIn(locale)}>
      <FluentProvider theme={webLightTheme}>
        <SessionProvider manager={manager}>{children}</SessionProvider>
      </FluentProvider>
    </PaneIntlProvider>
  );
  const { unmount } = render(wrap(<Pane />));
  return { manager, mailbox, storage, unmount, user: userEvent.setup() };
}

async function clickConnect(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Connect" }));
}

async function expectAlert(title: string, wayForward: string | RegExp) {
  const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
  await within(alert).findByText(title, {}, { timeout: 5000 });
  expect(alert).toHaveTextContent(wayForward);
  // Nothing half-connected: the user is back at a working Connect button.
  expect(screen.getByRole("button", { name: "Connect" })).toBeEnabled();
}

describe("connecting", () => {
  test("names the connector and the Oro it connects to, then connects as the signed-in user", async () => {
    const { user } = renderPane();

    expect(await screen.findByRole("heading", { name: "Oro connector" })).toBeInTheDocument();
    expect(screen.getByText("Connects to oro.test")).toBeInTheDocument();
    await clickConnect(user);

    expect(await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 })).toBeInTheDocument();
  });

  test("the button is disabled with a spinner while the user signs in, and a double click opens one dialog", async () => {
    let finishSignIn = () => {};
    const until = new Promise<void>((resolve) => {
      finishSignIn = resolve;
    });
    const { user, mailbox } = renderPane({ user: { ...sales, until } });

    await user.dblClick(await screen.findByRole("button", { name: "Connect" }));

    const busy = await screen.findByRole("button", { name: "Connecting…" });
    expect(busy).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Sign in to Oro in the window that opened.");
    await user.click(busy);
    finishSignIn();
    expect(await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(mailbox.opened).toHaveLength(1);
  });

  test("asks for the Oro address when none is configured and checks it", async () => {
    const { user } = renderPane({ oroBaseUrl: null });

    const field = await screen.findByRole("textbox", { name: /Oro address/ });
    await user.type(field, "http://oro.test");
    await clickConnect(user);
    expect(
      await screen.findByText("The address must start with https:// (http:// works only for localhost)."),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.clear(field);
    await user.type(field, "oro.test");
    await clickConnect(user);

    expect(await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 })).toBeInTheDocument();
  });

  test("speaks the user's language", async () => {
    renderPane({ locale: "de" });

    expect(await screen.findByRole("button", { name: "Verbinden" })).toBeInTheDocument();
    expect(screen.getByText("Verbindet mit oro.test")).toBeInTheDocument();
  });
});

describe("every way connecting fails has its own message and a way forward", () => {
  test("the user closes the sign-in window", async () => {
    const { user } = renderPane({ user: { ...sales, consent: "close" } });
    await clickConnect(user);
    await expectAlert("The sign-in window was closed before you finished.", "Click Connect to try again.");
  });

  test("the user clicks Cancel in Oro", async () => {
    const { user } = renderPane({ user: { ...sales, consent: "cancel" } });
    await clickConnect(user);
    await expectAlert("Access was not granted.", "click Connect and choose Grant");
  });

  test("a sign-in window is already open", async () => {
    const { user } = renderPane({ script: { kind: "open-fails", code: DialogErrorCode.alreadyOpen } });
    await clickConnect(user);
    await expectAlert("A sign-in window is already open.", "Finish signing in there");
  });

  test.each([DialogErrorCode.popupBlocked, DialogErrorCode.popupIgnored])(
    "the pop-up is blocked (%i)",
    async (code) => {
      const { user } = renderPane({ script: { kind: "open-fails", code } });
      await clickConnect(user);
      await expectAlert("The sign-in window was blocked.", "Allow pop-ups for this add-in");
    },
  );

  test("Oro does not accept the code (wrong or expired)", async () => {
    server.use(
      http.post(`${testSandboxBaseUrl}/oauth2-token`, () =>
        HttpResponse.json(
          {
            error: "invalid_grant",
            error_description: "The provided authorization grant is invalid",
            hint: "Authorization code has expired",
          },
          { status: 400, headers: { "Access-Control-Allow-Origin": paneOrigin } },
        ),
      ),
    );
    const { user } = renderPane();
    await clickConnect(user);
    await expectAlert(
      "Oro did not accept the sign-in (it may have taken too long).",
      "Click Connect to sign in again.",
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Authorization code has expired");
  });

  test("the answer's state is not the one this pane sent", async () => {
    const { user } = renderPane({ user: { ...sales, tamper: (query) => query.set("state", "forged") } });
    await clickConnect(user);
    await expectAlert(
      "The answer from the sign-in window could not be verified, so it was not used.",
      "Click Connect to start again.",
    );
  });

  test("Oro cannot be reached", async () => {
    server.use(http.all(`${testSandboxBaseUrl}/*`, () => HttpResponse.error()));
    const { user } = renderPane();
    await clickConnect(user);
    await expectAlert("Oro at oro.test cannot be reached.", "Check the address and your network connection");
  });

  test("Oro answers but does not let this add-in use its API (CORS, Web API off)", async () => {
    server.use(http.all(`${testSandboxBaseUrl}/*`, () => HttpResponse.text("Not Found", { status: 404 })));
    const { user } = renderPane();
    await clickConnect(user);
    await expectAlert(
      "Oro at oro.test answers, but this add-in may not use its API.",
      `allow ${paneOrigin} in both oro_api.cors.allow_origins`,
    );
  });

  test("the OAuth application is not a public client", async () => {
    server.use(
      http.post(`${testSandboxBaseUrl}/oauth2-token`, () =>
        HttpResponse.json(
          {
            error: "invalid_client",
            error_description: "Client authentication failed",
            message: "Client authentication failed",
          },
          { status: 401, headers: { "Access-Control-Allow-Origin": paneOrigin } },
        ),
      ),
    );
    const { user } = renderPane();
    await clickConnect(user);
    await expectAlert("Oro refused this add-in’s OAuth application.", "have Confidential client unchecked");
  });

  test("the redirect URL is not registered: Oro shows an error in the window and the user closes it", async () => {
    const misconfigured = createOroSandbox({
      baseUrl: testSandboxBaseUrl,
      redirectUris: ["https://elsewhere.example/callback"],
    });
    const { user, mailbox } = renderPane({ dialogSandbox: misconfigured });
    await clickConnect(user);
    await expectAlert(
      "The sign-in window was closed before you finished.",
      `redirect URL ${testRedirectUri}`,
    );
    expect(mailbox.outcomes[0]).toContain("invalid_client");
  });

  test("Oro's token endpoint does not allow this add-in's origin (CORS)", async () => {
    server.use(
      http.post(`${testSandboxBaseUrl}/oauth2-token`, () =>
        HttpResponse.json({ error: "unused" }, { status: 400 }),
      ),
    );
    const { user } = renderPane();
    await clickConnect(user);
    await expectAlert(
      "You signed in, but Oro does not let this add-in finish the sign-in.",
      `add ${paneOrigin} to oro_oauth2_server.authorization_server.cors.allow_origins`,
    );
  });
});

describe("the session over time", () => {
  test("a restarted pane is still connected", async () => {
    const storage = new MemoryStorage();
    const first = renderPane({ storage });
    await clickConnect(first.user);
    await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 });
    first.unmount();
    first.manager.dispose();

    renderPane({ storage });

    expect(await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Connect" })).not.toBeInTheDocument();
  });

  test("after Disconnect, the Connect screen explains that an administrator can revoke the grant", async () => {
    const { user } = renderPane();
    await clickConnect(user);
    await user.click(await screen.findByRole("button", { name: "Disconnect" }, { timeout: 5000 }));

    expect(
      await screen.findByText("You are disconnected from Oro and the add-in has forgotten your sign-in."),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask an Oro administrator to revoke it/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Connect" })).toBeEnabled();
  });

  test("when Oro ends the session, a banner offers Reconnect and the view stays", async () => {
    const { user, manager } = renderPane();
    await clickConnect(user);
    await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 });
    await rejectRefreshToken(manager);

    expect(await screen.findByText("Your Oro session has ended. Reconnect to continue.")).toBeInTheDocument();
    expect(screen.getByText("Still showing the records for Sam Seller")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reconnect" }));

    expect(await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 })).toBeInTheDocument();
  });

  test("a failed reconnect says why, under the banner", async () => {
    const { user, manager, mailbox } = renderPane();
    await clickConnect(user);
    await screen.findByText("Connected as Sam Seller", {}, { timeout: 5000 });
    await rejectRefreshToken(manager);
    mailbox.script({ kind: "user", user: { ...sales, consent: "cancel" } });

    await user.click(await screen.findByRole("button", { name: "Reconnect" }));

    const alert = await screen.findByRole("alert");
    expect(
      await within(alert).findByText("Access was not granted.", {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText("Still showing the records for Sam Seller")).toBeInTheDocument();
  });
});

/** Oro rejects the next refresh (as when an administrator revoked the grant) and the pane needs a token. */
async function rejectRefreshToken(manager: SessionManager): Promise<void> {
  server.use(
    http.post(
      `${testSandboxBaseUrl}/oauth2-token`,
      () =>
        HttpResponse.json(
          {
            error: "invalid_grant",
            error_description: "The refresh token is invalid.",
            hint: "Token has been revoked",
          },
          { status: 400, headers: { "Access-Control-Allow-Origin": paneOrigin } },
        ),
      { once: true },
    ),
  );
  sandbox.expireAccessTokens();
  const rejected = await manager.getAccessToken();
  await manager.handleUnauthorized(rejected).catch(() => null);
}
