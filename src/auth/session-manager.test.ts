// The session lifecycle against the sandbox Oro: sign-in through its real login and consent pages, every way
// connecting fails, and the refresh rules (single-flight, rotation, network errors, rejection, restart).
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod/mini";
import { DialogErrorCode } from "../mailbox/types";
import { OroApiError } from "../oro/oro-api-error";
import { getUserProfile } from "../oro/resources";
import { oroUsers } from "../sandbox/demo-identities";
import { defaultClientId, type OAuthClient, type SandboxOptions } from "../sandbox/options";
import { createOroSandbox, type OroSandbox } from "../sandbox/oro-sandbox";
import { createSessionManager, type Session, type SessionManager } from "./session-manager";
import { browserFetch } from "./testing/browser-fetch";
import { MemoryStorage } from "./testing/memory-storage";
import { sandboxDialogMailbox, type DialogUser, type SandboxDialogMailbox } from "./testing/sandbox-dialog";
import { sandboxRoute, type TokenCall } from "./testing/sandbox-msw";

const oroBase = "https://crm.northwind.test";
const paneOrigin = "https://addin.northwind.test";
const redirectUri = `${paneOrigin}/auth-callback.html`;
const sales: DialogUser = { username: oroUsers.sales.username, password: oroUsers.sales.password };

let clock = Date.parse("2025-03-03T09:00:00Z");
const now = () => clock;

let sandbox: OroSandbox = newSandbox();
let tokenCalls: TokenCall[] = [];
/** Signed-in userprofile requests (discovery probes the same path without a token). */
let profileCalls = 0;
const managers: SessionManager[] = [];

function newSandbox(options: Partial<SandboxOptions> = {}): OroSandbox {
  return createOroSandbox({
    baseUrl: oroBase,
    now,
    corsOrigins: { api: [paneOrigin], oauth: [paneOrigin] },
    redirectUris: [redirectUri],
    ...options,
  });
}

// Routes go to whichever sandbox the current test made (background discovery of an earlier test is harmless).
const server = setupServer(sandboxRoute(oroBase, () => ({ sandbox, tokenCalls })));

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  server.events.on("request:start", ({ request }) => {
    if (new URL(request.url).pathname.endsWith("/userprofile") && request.headers.has("authorization"))
      profileCalls += 1;
  });
});
afterEach(() => {
  for (const manager of managers.splice(0)) manager.dispose();
  server.resetHandlers();
  sandbox = newSandbox();
  tokenCalls = [];
  profileCalls = 0;
});
afterAll(() => server.close());

type Setup = {
  sandbox?: Partial<SandboxOptions>;
  storage?: MemoryStorage;
  user?: DialogUser;
  backOfficePrefix?: string | null;
  oroBaseUrl?: string | null;
  partitionKey?: string;
};

function setup(options: Setup = {}) {
  if (options.sandbox) sandbox = newSandbox(options.sandbox);
  const storage = options.storage ?? new MemoryStorage();
  const mailbox = sandboxDialogMailbox({
    sandbox,
    paneOrigin,
    user: options.user ?? sales,
    ...(options.partitionKey === undefined ? {} : { partitionKey: options.partitionKey }),
  });
  const manager = startManager(mailbox, storage, options);
  return { manager, mailbox, storage };
}

function startManager(
  mailbox: SandboxDialogMailbox,
  storage: MemoryStorage,
  options: Setup = {},
): SessionManager {
  const manager = createSessionManager({
    config: {
      oroBaseUrl: options.oroBaseUrl === undefined ? oroBase : options.oroBaseUrl,
      backOfficePrefix: options.backOfficePrefix === undefined ? null : options.backOfficePrefix,
      clientId: defaultClientId,
    },
    mailbox,
    storage,
    fetch: browserFetch(paneOrigin),
    paneOrigin,
    now,
  });
  managers.push(manager);
  return manager;
}

async function connected(options: Setup = {}) {
  const context = setup(options);
  await context.manager.start();
  await context.manager.connect();
  expect(context.manager.getSession().status).toBe("connected");
  return context;
}

function failureOf(session: Session) {
  if (session.status !== "disconnected" && session.status !== "expired")
    throw new Error(`no failure in ${session.status}`);
  return session.error;
}

/** Oro's refresh tokens live 30 days: past that, Oro rejects them with invalid_grant. */
const refreshTokenLifetime = 31 * 24 * 3600_000;

const refreshCalls = () => tokenCalls.filter((call) => call.grantType === "refresh_token");

describe("connecting", () => {
  test("signs in through Oro's login and consent pages and knows who is connected", async () => {
    const { manager, storage } = await connected();

    const session = manager.getSession();
    expect(session).toMatchObject({
      status: "connected",
      connection: {
        baseUrl: oroBase,
        backOfficePrefix: "/admin",
        apiBaseUrl: `${oroBase}/admin/api`,
        authorizationEndpoint: `${oroBase}/admin/oauth2-token/authorize`,
        tokenEndpoint: `${oroBase}/oauth2-token`,
      },
      user: { displayName: "Sam Seller", email: oroUsers.sales.email, username: "sales" },
    });
    if (session.status === "connected")
      expect(session.user.roles.map((role) => role.role)).toContain("ROLE_USER");
    // The access token stays in memory; only the refresh token is persisted.
    const accessToken = await manager.getAccessToken();
    expect(storage.dump()).not.toContain(accessToken);
    expect(storage.dump()).toContain("refreshToken");
  });

  test("sends only the S256 challenge through the dialog URL, never the verifier", async () => {
    const { mailbox, storage } = await connected();

    const [opened = ""] = mailbox.opened;
    const dialogUrl = new URL(opened);
    expect(`${dialogUrl.origin}${dialogUrl.pathname}`).toBe(`${paneOrigin}/auth-start.html`);
    const authorize = new URL(dialogUrl.searchParams.get("authorize") ?? "");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get("client_id")).toBe(defaultClientId);
    expect(authorize.searchParams.get("redirect_uri")).toBe(redirectUri);
    expect(opened).not.toContain("code_verifier");
    // Nothing of the PKCE exchange goes through storage (the dialog may not share it).
    expect(storage.dump()).not.toContain(authorize.searchParams.get("state") ?? "no state");
  });

  test("finds the back office without the /admin prefix on a Platform/CRM-only Oro", async () => {
    const { manager } = await connected({ sandbox: { layout: "platform" } });

    expect(manager.getSession()).toMatchObject({
      status: "connected",
      connection: {
        backOfficePrefix: "",
        apiBaseUrl: `${oroBase}/api`,
        authorizationEndpoint: `${oroBase}/oauth2-token/authorize`,
      },
    });
  });

  test("falls back to the documented layout when Oro publishes no metadata", async () => {
    const { manager } = await connected({ sandbox: { publishMetadata: false } });

    expect(manager.getSession()).toMatchObject({
      status: "connected",
      connection: { backOfficePrefix: "/admin" },
    });
  });

  test("a double click opens one dialog", async () => {
    const { manager, mailbox } = setup();
    await manager.start();

    await Promise.all([manager.connect(), manager.connect()]);

    expect(mailbox.opened).toHaveLength(1);
    expect(manager.getSession().status).toBe("connected");
  });

  test("Disconnect while the sign-in is being prepared: no window opens, and the next Connect runs alone", async () => {
    const discovery = holdDiscovery();
    const { manager, mailbox } = setup();
    await manager.start();
    await discovery.reached;

    const abandoned = manager.connect();
    manager.disconnect();
    const next = manager.connect();
    discovery.release();
    await abandoned;
    // A click now joins the sign-in in progress: it is over when that one is.
    await manager.connect();

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    await next;
    expect(mailbox.opened).toHaveLength(1);
  });

  test("a subscriber that fails does not keep the others from hearing about the session", async () => {
    const { manager } = setup();
    await manager.start();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    manager.subscribe(() => {
      throw new Error("a broken view");
    });
    const seen: string[] = [];
    manager.subscribe((session) => seen.push(session.status));

    await manager.connect();

    expect(seen).toEqual(["connecting", "connected"]);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  test("a user-entered address is checked: https only, except localhost", async () => {
    const { manager } = setup({ oroBaseUrl: null });
    await manager.start();

    await manager.connect("http://crm.northwind.test");
    expect(failureOf(manager.getSession())).toMatchObject({ kind: "insecure-url" });

    await manager.connect("not a url at all");
    expect(failureOf(manager.getSession())).toMatchObject({ kind: "invalid-url" });

    await manager.connect("crm.northwind.test/admin/");
    expect(manager.getSession()).toMatchObject({ status: "connected", connection: { baseUrl: oroBase } });
  });
});

describe("every way connecting fails leaves nothing half-connected", () => {
  async function failedConnect(
    options: Setup & { script?: Parameters<SandboxDialogMailbox["script"]>[0] } = {},
  ) {
    const context = setup(options);
    await context.manager.start();
    if (options.script) context.mailbox.script(options.script);
    await context.manager.connect();
    const session = context.manager.getSession();
    expect(session.status).toBe("disconnected");
    expect(context.storage.dump()).not.toContain("refreshToken");
    await expect(context.manager.getAccessToken()).rejects.toBeInstanceOf(OroApiError);
    return { ...context, failure: failureOf(session) };
  }

  test("the user closes the dialog (12006)", async () => {
    const { failure } = await failedConnect({ user: { ...sales, consent: "close" } });
    expect(failure).toMatchObject({
      kind: "dialog-closed",
      dialogCode: DialogErrorCode.closedByUser,
      redirectUri,
    });
  });

  test("the user clicks Cancel on the consent page (access_denied)", async () => {
    const { failure } = await failedConnect({ user: { ...sales, consent: "cancel" } });
    expect(failure).toMatchObject({ kind: "access-denied" });
  });

  test("a dialog is already open (12007)", async () => {
    const { failure } = await failedConnect({
      script: { kind: "open-fails", code: DialogErrorCode.alreadyOpen },
    });
    expect(failure).toMatchObject({ kind: "dialog-already-open" });
  });

  test.each([DialogErrorCode.popupBlocked, DialogErrorCode.popupIgnored])(
    "the pop-up is blocked (%i)",
    async (code) => {
      const { failure } = await failedConnect({ script: { kind: "open-fails", code } });
      expect(failure).toMatchObject({ kind: "popup-blocked", dialogCode: code });
    },
  );

  test("the code expired before it reached Oro's token endpoint (invalid_grant)", async () => {
    const { failure } = await failedConnect({
      user: {
        ...sales,
        beforeCallback: () => {
          clock += 11 * 60_000;
        },
      },
    });
    expect(failure).toMatchObject({ kind: "invalid-grant" });
  });

  test("the callback's state is not the one this pane sent: the code is never redeemed", async () => {
    const { failure } = await failedConnect({
      user: { ...sales, tamper: (query) => query.set("state", "forged") },
    });
    expect(failure).toMatchObject({ kind: "state-mismatch" });
    expect(tokenCalls).toHaveLength(0);
  });

  test("a message from another origin is not trusted", async () => {
    const { failure } = await failedConnect({ user: { ...sales, messageOrigin: "https://evil.example" } });
    expect(failure).toMatchObject({ kind: "state-mismatch" });
    expect(tokenCalls).toHaveLength(0);
  });

  test("Oro is unreachable", async () => {
    server.use(http.all(`${oroBase}/*`, () => HttpResponse.error()));
    const { failure } = await failedConnect();
    expect(failure).toMatchObject({ kind: "oro-unreachable", host: "crm.northwind.test" });
  });

  test("Oro answers but does not allow this add-in's origin (CORS)", async () => {
    const { failure, mailbox } = await failedConnect({ sandbox: { corsOrigins: { api: [], oauth: [] } } });
    expect(failure).toMatchObject({ kind: "api-blocked", paneOrigin });
    expect(mailbox.opened).toHaveLength(0);
  });

  test("the Web API is switched off", async () => {
    const { failure } = await failedConnect({ sandbox: { webApiEnabled: false, layout: "platform" } });
    // Oro's 404 carries no CORS headers, so a browser cannot tell this from CORS: the message covers both.
    expect(failure).toMatchObject({ kind: "api-blocked" });
  });

  test("the address is not an Oro", async () => {
    server.use(
      http.all("https://www.northwind.test/*", () =>
        HttpResponse.text("Not found", { status: 404, headers: { "Access-Control-Allow-Origin": "*" } }),
      ),
    );
    const { failure } = await failedConnect({ oroBaseUrl: "https://www.northwind.test" });
    expect(failure).toMatchObject({ kind: "not-oro", host: "www.northwind.test" });
  });

  test("the token endpoint does not allow this add-in's origin (CORS)", async () => {
    const { failure } = await failedConnect({ sandbox: { corsOrigins: { api: [paneOrigin], oauth: [] } } });
    expect(failure).toMatchObject({ kind: "token-cors-blocked", paneOrigin });
  });

  test("the OAuth application is not a public client (invalid_client)", async () => {
    const confidential: OAuthClient = {
      clientId: defaultClientId,
      name: "Outlook connector",
      redirectUris: [redirectUri],
      public: false,
      skipConsent: false,
      secret: "s3cret",
    };
    const { failure } = await failedConnect({ sandbox: { clients: [confidential] } });
    expect(failure).toMatchObject({ kind: "invalid-client" });
  });

  test("the redirect URL is not registered: Oro shows an error in the dialog and the user closes it", async () => {
    const { failure, mailbox } = await failedConnect({
      sandbox: { redirectUris: ["https://elsewhere.example/cb"] },
    });
    expect(mailbox.outcomes[0]).toContain("invalid_client");
    expect(failure).toMatchObject({ kind: "dialog-closed", redirectUri });
  });

  test("Oro fails while issuing the tokens", async () => {
    sandbox.faults.add({ kind: "status", status: 500, path: /^\/oauth2-token$/, method: "POST" });
    const { failure } = await failedConnect();
    expect(failure).toMatchObject({ kind: "server-error" });
  });

  test("the user's profile cannot be loaded after the tokens were issued", async () => {
    const { failure } = await failedConnect({
      user: {
        ...sales,
        // After discovery (which probes userprofile too), so only the signed-in request fails.
        beforeCallback: () =>
          sandbox.faults.add({ kind: "status", status: 500, path: "/userprofile", times: 3 }),
      },
    });
    expect(failure).toMatchObject({ kind: "profile-failed" });
  });
});

describe("keeping the session healthy", () => {
  /** A pane that restarts with a refresh token Oro issued to the sales user. */
  async function restoredSession(storage = new MemoryStorage()) {
    const first = await connected({ storage });
    first.manager.dispose();
    tokenCalls.length = 0;
    const manager = startManager(first.mailbox, storage);
    await manager.start();
    return { manager, storage, mailbox: first.mailbox };
  }

  test("a restarted pane restores the session from storage", async () => {
    const { manager, storage } = await restoredSession();

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    // Restoring rotated the token: storage already holds the new one.
    expect(refreshCalls()).toHaveLength(1);
    expect(storage.dump()).not.toContain(refreshCalls()[0]?.refreshToken ?? "none");
    expect(storage.dump()).toContain("refreshToken");
  });

  test("refreshes shortly before the access token expires", async () => {
    const { manager } = await connected();
    const first = await manager.getAccessToken();

    clock += 30 * 60_000;
    expect(await manager.getAccessToken()).toBe(first);
    expect(refreshCalls()).toHaveLength(0);

    clock += 29.5 * 60_000;
    expect(await manager.getAccessToken()).not.toBe(first);
    expect(refreshCalls()).toHaveLength(1);
  });

  test("concurrent callers share one refresh (single-flight)", async () => {
    const { manager } = await connected();
    clock += 2 * 3600_000;

    const tokens = await Promise.all(Array.from({ length: 6 }, () => manager.getAccessToken()));

    expect(refreshCalls()).toHaveLength(1);
    expect(new Set(tokens).size).toBe(1);
  });

  test("concurrent 401s share one refresh and every request then succeeds", async () => {
    const { manager } = await connected();
    const client = manager.getClient();
    await manager.getAccessToken();
    sandbox.expireAccessTokens();

    const profiles = await Promise.all(Array.from({ length: 4 }, () => getUserProfile(client)));

    expect(profiles.map((profile) => profile.username)).toEqual(["sales", "sales", "sales", "sales"]);
    expect(refreshCalls()).toHaveLength(1);
  });

  test("rotation: the new refresh token replaces the old one, which is never sent again", async () => {
    const { manager, storage } = await connected();
    for (let round = 0; round < 3; round += 1) {
      clock += 2 * 3600_000;
      await manager.getAccessToken();
    }

    const sent = refreshCalls().map((call) => call.refreshToken);
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(3);
    // What storage holds now is the newest token, not any of those already used.
    for (const used of sent) expect(storage.dump()).not.toContain(used ?? "none");

    // A restart uses the newest one, so the session survives.
    manager.dispose();
    const restarted = startManager(sandboxDialogMailbox({ sandbox, paneOrigin, user: sales }), storage);
    await restarted.start();
    expect(restarted.getSession().status).toBe("connected");
  });

  test("a network error during refresh keeps the session; the caller can retry", async () => {
    const { manager } = await connected();
    clock += 2 * 3600_000;
    sandbox.faults.add({ kind: "drop", when: "before", path: /^\/oauth2-token$/ });

    const failure = await manager.getAccessToken().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(OroApiError);
    expect(failure).toMatchObject({ kind: "network" });
    expect(manager.getSession().status).toBe("connected");
    expect(await manager.getAccessToken()).toEqual(expect.any(String));
    expect(manager.getSession().status).toBe("connected");
  });

  test("a 5xx during refresh keeps the session", async () => {
    const { manager } = await connected();
    clock += 2 * 3600_000;
    sandbox.faults.add({ kind: "status", status: 503, path: /^\/oauth2-token$/ });

    await expect(manager.getAccessToken()).rejects.toMatchObject({ kind: "server" });

    expect(manager.getSession().status).toBe("connected");
    await expect(manager.getAccessToken()).resolves.toEqual(expect.any(String));
  });

  test("a refresh token Oro rejects expires the session, keeping who was connected", async () => {
    const { manager, storage } = await connected();
    clock += refreshTokenLifetime;

    await expect(manager.getAccessToken()).rejects.toMatchObject({ kind: "unauthorized" });

    expect(manager.getSession()).toMatchObject({
      status: "expired",
      reconnecting: false,
      user: { displayName: "Sam Seller" },
    });
    expect(storage.dump()).not.toContain("refreshToken");
    expect(await manager.handleUnauthorized("anything")).toBeNull();
  });

  test("a 401 whose refresh Oro rejects gives the client null, and the session expires", async () => {
    const { manager, storage } = await connected();
    await manager.getAccessToken();
    sandbox.expireAccessTokens();
    await useRefreshTokenElsewhere(storage);

    await expect(getUserProfile(manager.getClient())).rejects.toMatchObject({ kind: "unauthorized" });

    expect(manager.getSession().status).toBe("expired");
  });

  test("a token rotated by another pane of the same mailbox is picked up instead of expiring", async () => {
    const storage = new MemoryStorage();
    const { manager: paneA, mailbox } = await connected({ storage });
    const paneB = startManager(mailbox, storage);
    await paneB.start();
    expect(paneB.getSession().status).toBe("connected");

    clock += 2 * 3600_000;
    await paneA.getAccessToken();

    expect(paneA.getSession().status).toBe("connected");
    expect(paneB.getSession().status).toBe("connected");
  });

  test("reconnecting after expiry keeps the user's place and needs no cleanup for the same user", async () => {
    const { manager } = await connected();
    let cleared = 0;
    manager.onClearData(() => {
      cleared += 1;
    });
    clock += refreshTokenLifetime;
    await manager.getAccessToken().catch(() => undefined);
    expect(manager.getSession().status).toBe("expired");

    const seen: string[] = [];
    manager.subscribe((session) => seen.push(session.status));
    await manager.reconnect();

    expect(seen).not.toContain("connecting");
    expect(seen).not.toContain("disconnected");
    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    expect(cleared).toBe(0);
  });

  test("a failed reconnect stays expired with the reason", async () => {
    const { manager, mailbox } = await connected();
    clock += refreshTokenLifetime;
    await manager.getAccessToken().catch(() => undefined);

    mailbox.script({ kind: "user", user: { ...sales, consent: "cancel" } });
    await manager.reconnect();

    expect(manager.getSession()).toMatchObject({
      status: "expired",
      reconnecting: false,
      error: { kind: "access-denied" },
    });
  });

  test("a stored session Oro no longer accepts starts at Connect with a notice", async () => {
    const storage = new MemoryStorage();
    const first = await connected({ storage });
    first.manager.dispose();
    clock += refreshTokenLifetime;

    const manager = startManager(first.mailbox, storage);
    await manager.start();

    expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "session-ended" } });
    expect(storage.dump()).not.toContain("refreshToken");
  });

  test("a stored token Oro cannot read any more (its data or keys were replaced) also starts at Connect", async () => {
    const storage = new MemoryStorage();
    const first = await connected({ storage });
    first.manager.dispose();
    sandbox.reset();

    const manager = startManager(first.mailbox, storage);
    await manager.start();

    expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "session-ended" } });
  });

  test("starting offline keeps the stored session and the user it knew", async () => {
    const storage = new MemoryStorage();
    const first = await connected({ storage });
    first.manager.dispose();
    sandbox.faults.add({ kind: "drop", when: "before", path: /^\/oauth2-token$/ });

    const manager = startManager(first.mailbox, storage);
    await manager.start();

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    await expect(manager.getAccessToken()).resolves.toEqual(expect.any(String));
  });

  describe("where users type the Oro address, Connect offers it again", () => {
    const typed = { oroBaseUrl: null };

    async function typedAndSignedIn(storage: MemoryStorage) {
      const context = setup({ ...typed, storage });
      await context.manager.start();
      await context.manager.connect("crm.northwind.test");
      expect(context.manager.getSession().status).toBe("connected");
      return context;
    }

    test("after Oro ends the session at launch", async () => {
      const storage = new MemoryStorage();
      const first = await typedAndSignedIn(storage);
      first.manager.dispose();
      clock += refreshTokenLifetime;

      const manager = startManager(first.mailbox, storage, typed);
      await manager.start();

      expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "session-ended" } });
      expect(manager.suggestedBaseUrl).toBe(oroBase);
      expect(storage.dump()).not.toContain("refreshToken");
    });

    test("after Oro ends a session stored without its user", async () => {
      const storage = new MemoryStorage();
      const first = await typedAndSignedIn(storage);
      first.manager.dispose();
      editStoredUser(storage, () => null);
      clock += refreshTokenLifetime;

      const manager = startManager(first.mailbox, storage, typed);
      await manager.start();

      expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "session-ended" } });
      expect(manager.suggestedBaseUrl).toBe(oroBase);
    });

    test("after Oro ends the session while the pane is open, also in the next pane", async () => {
      const storage = new MemoryStorage();
      const { manager, mailbox } = await typedAndSignedIn(storage);
      clock += refreshTokenLifetime;
      await manager.getAccessToken().catch(() => undefined);
      expect(manager.getSession().status).toBe("expired");
      manager.dispose();

      const next = startManager(mailbox, storage, typed);
      await next.start();

      expect(next.getSession()).toEqual({ status: "disconnected" });
      expect(next.suggestedBaseUrl).toBe(oroBase);
    });

    test("but not after Disconnect", async () => {
      const storage = new MemoryStorage();
      const { manager } = await typedAndSignedIn(storage);

      manager.disconnect();

      expect(manager.suggestedBaseUrl).toBeNull();
    });
  });

  test("the refresh token is stored under the mailbox's partition key", async () => {
    const { storage } = await connected({ partitionKey: "partition-7" });

    expect(storage.key(0)).toMatch(/^partition-7:/);
    expect(storage.dump()).not.toMatch(/"oro-connector[^"]*session/);
  });
});

describe("starting with a stored session", () => {
  /** A pane that signed in and closed: its storage and mailbox, with the call logs emptied. */
  async function closedPane() {
    const storage = new MemoryStorage();
    const first = await connected({ storage });
    first.manager.dispose();
    tokenCalls.length = 0;
    profileCalls = 0;
    return { storage, mailbox: first.mailbox };
  }

  function statusesOf(manager: SessionManager): Session[] {
    const seen: Session[] = [];
    manager.subscribe((session) => seen.push(session));
    return seen;
  }

  test("the stored user is shown at once: connected before Oro has answered the refresh", async () => {
    const { storage, mailbox } = await closedPane();
    const tokenEndpoint = holdTokenEndpoint();
    const manager = startManager(mailbox, storage);

    const started = manager.start();

    expect(manager.getSession()).toMatchObject({
      status: "connected",
      connection: { baseUrl: oroBase, apiBaseUrl: `${oroBase}/admin/api` },
      user: { displayName: "Sam Seller", username: "sales" },
    });
    await tokenEndpoint.reached;
    // The first API request waits for that refresh instead of starting its own.
    const first = manager.getAccessToken();
    const second = manager.getAccessToken();
    expect(refreshCalls()).toHaveLength(0);

    tokenEndpoint.release();
    await started;

    const [firstToken, secondToken] = await Promise.all([first, second]);
    expect(firstToken).toBe(secondToken);
    expect(tokenEndpoint.requests()).toBe(1);
    expect(refreshCalls()).toHaveLength(1);
    expect(profileCalls).toBe(1);
    // Rotation went to storage: the token sent is no longer there.
    expect(storage.dump()).not.toContain(refreshCalls()[0]?.refreshToken ?? "none");
    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
  });

  test("the profile reloads in the background and replaces the stored user, on screen and in storage", async () => {
    const { storage, mailbox } = await closedPane();
    editStoredUser(storage, (user) => ({ ...user, firstName: "Samuel", displayName: "Samuel Seller" }));
    const manager = startManager(mailbox, storage);
    const seen = statusesOf(manager);

    const started = manager.start();
    expect(manager.getSession()).toMatchObject({
      status: "connected",
      user: { displayName: "Samuel Seller" },
    });
    await started;

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    expect(seen.map((session) => session.status)).toEqual(["connected", "connected"]);
    expect(storage.dump()).toContain("Sam Seller");
    expect(storage.dump()).not.toContain("Samuel");
  });

  test("an unchanged profile does not announce the session again", async () => {
    const { storage, mailbox } = await closedPane();
    const manager = startManager(mailbox, storage);
    const seen = statusesOf(manager);

    await manager.start();

    expect(seen.map((session) => session.status)).toEqual(["connected"]);
    expect(profileCalls).toBe(1);
  });

  test("when the stored user turns out to be someone else, cached Oro data is dropped", async () => {
    const { storage, mailbox } = await closedPane();
    editStoredUser(storage, (user) => ({ ...user, id: "999", displayName: "Someone Else" }));
    const manager = startManager(mailbox, storage);
    let cleared = 0;
    manager.onClearData(() => {
      cleared += 1;
    });

    await manager.start();

    expect(cleared).toBe(1);
    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
  });

  test("Oro rejecting the stored token ends the session at Connect with a notice, never as 'expired'", async () => {
    const { storage, mailbox } = await closedPane();
    clock += refreshTokenLifetime;
    const manager = startManager(mailbox, storage);
    const seen = statusesOf(manager);

    const started = manager.start();
    // A request of the connected view, made before Oro answered, fails as unauthorized.
    const request = manager.getAccessToken();
    await started;

    await expect(request).rejects.toMatchObject({ kind: "unauthorized" });
    expect(seen.map((session) => session.status)).toEqual(["connected", "disconnected"]);
    expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "session-ended" } });
    expect(storage.dump()).not.toContain("refreshToken");
    expect(refreshCalls()).toHaveLength(1);
    expect(profileCalls).toBe(0);
    expect(() => manager.getClient()).toThrow();
  });

  test("Oro failing (5xx) at launch keeps the stored session; the next request refreshes again", async () => {
    const { storage, mailbox } = await closedPane();
    sandbox.faults.add({ kind: "status", status: 503, path: /^\/oauth2-token$/ });
    const manager = startManager(mailbox, storage);

    await manager.start();

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    expect(storage.dump()).toContain("refreshToken");
    await expect(manager.getAccessToken()).resolves.toEqual(expect.any(String));
    expect(refreshCalls()).toHaveLength(2);
  });

  test("after an offline launch, a later rejection by Oro shows Reconnect over the stored user", async () => {
    const { storage, mailbox } = await closedPane();
    sandbox.faults.add({ kind: "drop", when: "before", path: /^\/oauth2-token$/ });
    const manager = startManager(mailbox, storage);
    await manager.start();
    expect(manager.getSession().status).toBe("connected");

    clock += refreshTokenLifetime;
    await expect(manager.getAccessToken()).rejects.toMatchObject({ kind: "unauthorized" });

    expect(manager.getSession()).toMatchObject({ status: "expired", user: { displayName: "Sam Seller" } });
  });

  test("a profile that cannot be reloaded keeps the stored user connected", async () => {
    const { storage, mailbox } = await closedPane();
    sandbox.faults.add({ kind: "status", status: 500, path: "/userprofile", times: 5 });
    const manager = startManager(mailbox, storage);

    await manager.start();

    expect(manager.getSession()).toMatchObject({ status: "connected", user: { displayName: "Sam Seller" } });
    expect(storage.dump()).toContain("Sam Seller");
    expect(refreshCalls()).toHaveLength(1);
  });

  test("Disconnect during the background refresh wins: nothing of the late answer is kept", async () => {
    const { storage, mailbox } = await closedPane();
    const tokenEndpoint = holdTokenEndpoint();
    const manager = startManager(mailbox, storage);
    const started = manager.start();
    await tokenEndpoint.reached;

    manager.disconnect();
    tokenEndpoint.release();
    await started;

    expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "signed-out" } });
    // Oro did rotate the token, but the new one never reaches storage, and no profile is loaded.
    expect(refreshCalls()).toHaveLength(1);
    expect(storage.dump()).not.toContain("refreshToken");
    expect(profileCalls).toBe(0);
    await expect(manager.getAccessToken()).rejects.toMatchObject({ kind: "unauthorized" });
  });

  describe("without a stored user, the pane waits for Oro as before", () => {
    test("restoring until the refresh and the profile are in, then connected", async () => {
      const { storage, mailbox } = await closedPane();
      editStoredUser(storage, () => null);
      const tokenEndpoint = holdTokenEndpoint();
      const manager = startManager(mailbox, storage);

      const started = manager.start();
      await tokenEndpoint.reached;
      expect(manager.getSession()).toEqual({ status: "restoring" });

      tokenEndpoint.release();
      await started;

      expect(manager.getSession()).toMatchObject({
        status: "connected",
        user: { displayName: "Sam Seller" },
      });
      expect(storage.dump()).toContain("Sam Seller");
      expect(refreshCalls()).toHaveLength(1);
      expect(profileCalls).toBe(1);
    });

    test("a rejected token starts at Connect with the notice", async () => {
      const { storage, mailbox } = await closedPane();
      editStoredUser(storage, () => null);
      clock += refreshTokenLifetime;
      const manager = startManager(mailbox, storage);
      const seen = statusesOf(manager);

      await manager.start();

      expect(seen).toEqual([{ status: "disconnected", notice: { kind: "session-ended" } }]);
      expect(storage.dump()).not.toContain("refreshToken");
    });

    test("offline: nobody to show, so Connect explains Oro cannot be reached", async () => {
      const { storage, mailbox } = await closedPane();
      editStoredUser(storage, () => null);
      sandbox.faults.add({ kind: "drop", when: "before", path: /^\/oauth2-token$/ });
      const manager = startManager(mailbox, storage);

      await manager.start();

      expect(failureOf(manager.getSession())).toMatchObject({
        kind: "oro-unreachable",
        host: "crm.northwind.test",
      });
    });
  });
});

describe("disconnecting", () => {
  test("forgets every token, asks for cached data to be dropped, and explains revocation", async () => {
    const { manager, storage } = await connected();
    let cleared = 0;
    manager.onClearData(() => {
      cleared += 1;
    });

    manager.disconnect();

    expect(manager.getSession()).toEqual({ status: "disconnected", notice: { kind: "signed-out" } });
    expect(cleared).toBe(1);
    expect(storage.dump()).not.toContain("refreshToken");
    await expect(manager.getAccessToken()).rejects.toMatchObject({ kind: "unauthorized" });
    expect(() => manager.getClient()).toThrow();
  });
});

/**
 * Holds the token endpoint's answers until release(); the request has left the pane by then (`reached`).
 * Calls are logged (tokenCalls) only once they pass.
 */
function holdTokenEndpoint() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reach = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  let requests = 0;
  server.use(
    http.post(`${oroBase}/oauth2-token`, async () => {
      requests += 1;
      reach();
      await released;
      // Nothing returned: the request goes on to the sandbox.
    }),
  );
  return { reached, release, requests: () => requests };
}

/** Holds Oro's answers to discovery's API probe (the unsigned userprofile request) until release(). */
function holdDiscovery() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reach = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  server.use(
    http.get(`${oroBase}/admin/api/userprofile`, async ({ request }) => {
      if (request.headers.has("authorization")) return;
      reach();
      await released;
      // Nothing returned: the request goes on to the sandbox.
    }),
  );
  return { reached, release };
}

const storedRecordSchema = z.looseObject({
  refreshToken: z.string(),
  user: z.nullable(z.looseObject({ id: z.string() })),
});
type StoredUserRecord = z.infer<typeof storedRecordSchema>["user"];

/** Rewrites the user kept beside the refresh token, as an older pane (or an older profile) left it. */
function editStoredUser(
  storage: MemoryStorage,
  edit: (user: NonNullable<StoredUserRecord>) => StoredUserRecord,
): void {
  let edited = 0;
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index) ?? "";
    const raw = storage.getItem(key) ?? "";
    const record = storedRecordSchema.safeParse(raw.startsWith("{") ? JSON.parse(raw) : null);
    if (!record.success || record.data.user === null) continue;
    storage.setItem(key, JSON.stringify({ ...record.data, user: edit(record.data.user) }));
    edited += 1;
  }
  expect(edited).toBe(1);
}

/** Someone uses the stored refresh token outside this pane (Oro then rejects it here, as after a revocation). */
async function useRefreshTokenElsewhere(storage: MemoryStorage): Promise<void> {
  for (let index = 0; index < storage.length; index += 1) {
    const raw = storage.getItem(storage.key(index) ?? "") ?? "";
    const stored = z
      .object({ refreshToken: z.string() })
      .safeParse(raw.startsWith("{") ? JSON.parse(raw) : null);
    if (!stored.success) continue;
    const body = new URLSearchParams({
      grant_type: "refresh_token",
      client_id: defaultClientId,
      refresh_token: stored.data.refreshToken,
    });
    const response = await sandbox.fetch(new Request(`${oroBase}/oauth2-token`, { method: "POST", body }));
    expect(response.status).toBe(200);
  }
}
