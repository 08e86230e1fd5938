// The session lifecycle, framework-free: restore at start, connect through the dialog, keep the access token
// fresh (single-flight refresh honouring rotation), expire only when Oro rejects the refresh token, disconnect.
import type { DeploymentConfig } from "../app/deployment-config";
import { createListenerSet } from "../mailbox/listener-set";
import {
  DialogErrorCode,
  DialogOpenError,
  type DialogHandle,
  type Mailbox,
  type Unsubscribe,
} from "../mailbox/types";
import { OroApiError } from "../oro/oro-api-error";
import { createOroClient, type OroClient } from "../oro/oro-client";
import { getUserProfile, type UserProfile } from "../oro/resources";
import { redirectUriFor, type CallbackMessage } from "./callback-message";
import { ConnectError, type ConnectFailure } from "./connect-error";
import { hostOf, validateOroUrl, type OroConnection } from "./oro-endpoints";
import type { AuthorizationRequest } from "./pkce-flow";
import type * as signInModule from "./sign-in";
import { isRefreshTokenRejected, refreshTokens, TokenEndpointError, type TokenSet } from "./token-refresh";
import { createTokenStore, type StoredUser } from "./token-store";

/** The sign-in flow (discovery, PKCE, code exchange with oauth4webapi): a chunk of its own, loaded on demand. */
type SignInFlow = typeof signInModule;

/** The connected Oro user (userprofile with roles), as the menu and the admin gate need it. */
export type OroUser = StoredUser;

export type SessionNotice =
  /** The user chose Disconnect: tokens are forgotten; an administrator can revoke the grant in Oro. */
  | { kind: "signed-out" }
  /** The stored session could not be resumed at start (Oro rejected the refresh token). */
  | { kind: "session-ended" };

export type Session =
  | { status: "restoring" }
  | { status: "disconnected"; notice?: SessionNotice; error?: ConnectFailure }
  | { status: "connecting" }
  | { status: "connected"; connection: OroConnection; user: OroUser }
  /** Oro rejected the refresh token. `user` stays so the UI keeps what it showed; reconnect() resumes. */
  | {
      status: "expired";
      connection: OroConnection;
      user: OroUser;
      reconnecting: boolean;
      error?: ConnectFailure;
    };

export interface SessionManager {
  readonly getSession: () => Session;
  readonly subscribe: (listener: (session: Session) => void) => Unsubscribe;
  /**
   * Restores a stored session (idempotent). With a stored user the session is "connected" at once and Oro is
   * asked in the background (refresh, then the profile); without one it stays "restoring" until Oro answered.
   * Resolves when all of that is over.
   */
  readonly start: () => Promise<void>;
  /**
   * Runs the sign-in. Resolves when it is over, whatever the outcome: failures land in the session as `error`.
   * Call it straight from the click handler: when the sign-in request is ready it opens the dialog synchronously,
   * so browsers count the click for their pop-up blockers. A second call while connecting joins the first.
   */
  readonly connect: (baseUrl?: string) => Promise<void>;
  /** From "expired": the same flow against the same Oro; the session stays "expired" (reconnecting) meanwhile. */
  readonly reconnect: () => Promise<void>;
  /**
   * Starts loading the sign-in flow so a click finds it ready (Connect screen, Reconnect banner). Idempotent;
   * a failed load is retried by the next call or click.
   */
  readonly preloadSignIn: () => void;
  /** Forgets every token and tells onClearData listeners to drop cached Oro data. */
  readonly disconnect: () => void;
  /** A valid access token, refreshed shortly before expiry. Throws OroApiError (unauthorized / network / server). */
  readonly getAccessToken: () => Promise<string>;
  /** For the Oro client after a 401: a fresh token, or null when the session is over. Network errors throw. */
  readonly handleUnauthorized: (rejectedToken: string) => Promise<string | null>;
  /** Called on disconnect and when a reconnect signs in as someone else: drop cached Oro data. */
  readonly onClearData: (listener: () => void) => Unsubscribe;
  /** The Oro client of the current connection (connected or expired); throws otherwise. */
  readonly getClient: () => OroClient;
  /** The configured Oro (no URL field), or null when the user enters it. */
  readonly configuredBaseUrl: string | null;
  /** The Oro the user connected to last time, to prefill the URL field. */
  readonly suggestedBaseUrl: string | null;
  readonly paneOrigin: string;
  /** The redirect URL the OAuth application must list (shown in messages for administrators). */
  readonly redirectUri: string;
  /** Stops background work and closes an open dialog (tests, teardown). */
  readonly dispose: () => void;
}

export type SessionManagerOptions = {
  config: Pick<DeploymentConfig, "oroBaseUrl" | "backOfficePrefix" | "clientId">;
  mailbox: Pick<Mailbox, "openDialog" | "partitionKey">;
  /** Where the refresh token persists; window.localStorage by default, null for none. */
  storage?: Storage | null;
  fetch?: typeof fetch;
  /** The task pane's origin; location.origin by default. */
  paneOrigin?: string;
  /** Clock for token expiry (tests). */
  now?: () => number;
  /** Loads the connected user; Oro's userprofile by default. */
  loadUser?: (client: OroClient) => Promise<UserProfile>;
};

/** Failures that say nothing about the endpoints being wrong: the discovered ones are kept for the retry. */
const keepsEndpoints = new Set<ConnectFailure["kind"]>([
  "access-denied",
  "dialog-closed",
  "dialog-already-open",
  "popup-blocked",
  "state-mismatch",
  "invalid-grant",
]);

const dialogSize = { widthPercent: 35, heightPercent: 65 };
/** Refresh this long before Oro's expiry, so a request never leaves with a token about to lapse. */
const refreshMarginMs = 60_000;

type Tokens = { refreshToken: string; accessToken: string | null; refreshAtMs: number };

export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const { config, mailbox } = options;
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const loadUser = options.loadUser ?? ((client: OroClient) => getUserProfile(client));
  const paneOrigin = options.paneOrigin ?? globalThis.location.origin;
  const store = createTokenStore({
    storage: options.storage === undefined ? defaultStorage() : options.storage,
    partitionKey: mailbox.partitionKey,
    clientId: config.clientId,
  });
  const configuredBaseUrl = configuredOro(config.oroBaseUrl);

  let session: Session = { status: "restoring" };
  const sessionListeners = createListenerSet<[Session]>();
  const clearDataListeners = createListenerSet<[]>();

  // What the public Session does not show: the connection and tokens in use right now.
  let connection: OroConnection | null = null;
  let user: OroUser | null = null;
  let tokens: Tokens | null = null;
  /** Bumped by disconnect/expiry: late answers of older work are dropped. */
  let generation = 0;
  let refreshing: Promise<string> | null = null;
  /**
   * The session was restored from storage, but Oro has not yet taken its refresh token: if Oro refuses it, the
   * session ends at Connect ("session ended") rather than with the Reconnect banner over data never loaded.
   */
  let resumedUnconfirmed = false;
  let started: Promise<void> | null = null;
  let signInFlow: Promise<SignInFlow> | null = null;
  let connecting: Promise<void> | null = null;
  let activeDialog: DialogHandle | null = null;
  let disposed = false;

  // A sign-in request made ahead of the click, so the dialog can open inside the user's gesture.
  let prepared: { key: string; request: AuthorizationRequest } | null = null;
  let preparing: { key: string; promise: Promise<AuthorizationRequest> } | null = null;
  /** Endpoints found per Oro, so a retry after a user-side failure does not probe Oro again. */
  const discovered = new Map<string, OroConnection>();

  let client: { connection: OroConnection; client: OroClient } | null = null;

  function setSession(next: Session) {
    session = next;
    sessionListeners.emit(next);
  }

  function applyTokens(set: TokenSet, previousRefreshToken: string) {
    const lifetimeMs = set.expiresInSeconds * 1000;
    tokens = {
      refreshToken: set.refreshToken ?? previousRefreshToken,
      accessToken: set.accessToken,
      refreshAtMs: now() + Math.max(lifetimeMs - refreshMarginMs, lifetimeMs / 2),
    };
    // Rotation: the new refresh token replaces the old one in memory and storage before anyone can use either.
    if (connection) store.save({ refreshToken: tokens.refreshToken, connection, user });
  }

  function forgetTokens() {
    tokens = null;
    refreshing = null;
  }

  function expire() {
    const conn = connection;
    const shownUser = user;
    forgetTokens();
    // The address stays the last-used one: the Connect screen offers it again.
    if (conn) store.endSession(conn.baseUrl);
    if (resumedUnconfirmed) {
      // The stored session never worked: Oro refused its refresh token. Work that waited for it (the profile,
      // the first requests) belongs to this generation and is dropped.
      generation += 1;
      resetConnection();
      client = null;
      toDisconnected({ notice: { kind: "session-ended" } });
      return;
    }
    // While restoring or signing in, that flow reports the outcome itself.
    if (session.status !== "connected" || !conn || !shownUser) return;
    generation += 1;
    setSession({ status: "expired", connection: conn, user: shownUser, reconnecting: false });
    prepareInBackground(conn.baseUrl, conn.backOfficePrefix, conn);
  }

  function refresh(): Promise<string> {
    if (refreshing) return refreshing;
    const flight = runRefresh(generation).finally(() => {
      // A disconnect may have dropped this flight and a new session started its own: leave that one alone.
      if (refreshing === flight) refreshing = null;
    });
    refreshing = flight;
    return flight;
  }

  async function runRefresh(startedIn: number): Promise<string> {
    const current = tokens;
    const conn = connection;
    if (!current || !conn) throw sessionOver();
    // Another pane of this mailbox may have rotated the token since we read it: use the newest one.
    let sent = store.load(conn.baseUrl)?.refreshToken ?? current.refreshToken;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const set = await refreshTokens({
          connection: conn,
          clientId: config.clientId,
          refreshToken: sent,
          fetch: doFetch,
        });
        if (startedIn !== generation || disposed) throw sessionOver();
        applyTokens(set, sent);
        resumedUnconfirmed = false;
        return set.accessToken;
      } catch (error) {
        if (!(error instanceof TokenEndpointError)) throw error;
        if (startedIn !== generation || disposed) throw sessionOver();
        if (isRefreshTokenRejected(error.failure)) {
          const latest = store.load(conn.baseUrl)?.refreshToken;
          if (attempt === 0 && latest !== undefined && latest !== sent) {
            sent = latest;
            continue;
          }
          expire();
          throw sessionOver(error);
        }
        // A network error or Oro failing is not the end of the session: the caller may try again. A session
        // resumed from storage is then kept as it is shown (as when Oro is unreachable at launch).
        resumedUnconfirmed = false;
        throw error.failure.kind === "network"
          ? new OroApiError({ kind: "network", detail: "Could not refresh the Oro session.", cause: error })
          : new OroApiError({
              kind: "server",
              ...(error.failure.kind === "oauth" || error.failure.status === undefined
                ? {}
                : { status: error.failure.status }),
              detail: "Oro could not refresh the session.",
              cause: error,
            });
      }
    }
  }

  async function getAccessToken(): Promise<string> {
    const current = tokens;
    if (!current) throw sessionOver();
    if (current.accessToken !== null && now() < current.refreshAtMs) return current.accessToken;
    return refresh();
  }

  async function handleUnauthorized(rejectedToken: string): Promise<string | null> {
    const current = tokens;
    if (!current) return null;
    // Someone else refreshed while this request was out: use theirs rather than rotating again.
    if (
      current.accessToken !== null &&
      current.accessToken !== rejectedToken &&
      now() < current.refreshAtMs
    ) {
      return current.accessToken;
    }
    try {
      return await refresh();
    } catch (error) {
      if (error instanceof OroApiError && error.kind === "unauthorized") return null;
      throw error;
    }
  }

  function getClient(): OroClient {
    if (!connection) throw new Error("No Oro connection: the session is not connected.");
    if (client?.connection !== connection) {
      client = {
        connection,
        client: createOroClient({
          apiBaseUrl: connection.apiBaseUrl,
          getAccessToken,
          onUnauthorized: handleUnauthorized,
          fetch: doFetch,
        }),
      };
    }
    return client.client;
  }

  async function fetchUser(): Promise<OroUser> {
    return toOroUser(await loadUser(getClient()));
  }

  /** The profile just loaded is who is connected; it is stored beside the refresh token for the next start. */
  function keepUser(conn: OroConnection, loaded: OroUser) {
    user = loaded;
    if (tokens) store.save({ refreshToken: tokens.refreshToken, connection: conn, user: loaded });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Restoring

  function start(): Promise<void> {
    started ??= restore();
    return started;
  }

  async function restore(): Promise<void> {
    const baseUrl = configuredBaseUrl ?? store.lastBaseUrl();
    const stored = baseUrl === null ? null : store.load(baseUrl);
    if (!stored) {
      toDisconnected({});
      return;
    }
    const startedIn = generation;
    connection = stored.connection;
    user = stored.user;
    tokens = { refreshToken: stored.refreshToken, accessToken: null, refreshAtMs: 0 };
    resumedUnconfirmed = true;
    if (stored.user) {
      await resume(stored.connection, stored.user, startedIn);
      return;
    }
    // No user to show yet: the pane waits for Oro (refresh, then the profile) before it is connected.
    try {
      await refresh();
    } catch {
      // Oro refused the token: expire() has already ended the session (a new generation). Otherwise Oro could
      // not be asked, and there is nobody to show meanwhile.
      if (startedIn !== generation || disposed) return;
      resetConnection();
      toDisconnected({
        error: { kind: "oro-unreachable", host: hostOf(stored.connection.baseUrl), paneOrigin },
      });
      return;
    }
    let loaded: OroUser;
    try {
      loaded = await fetchUser();
    } catch {
      if (startedIn !== generation || disposed) return;
      resetConnection();
      toDisconnected({ error: { kind: "profile-failed", host: hostOf(stored.connection.baseUrl) } });
      return;
    }
    if (startedIn !== generation || disposed) return;
    keepUser(stored.connection, loaded);
    setSession({ status: "connected", connection: stored.connection, user: loaded });
  }

  /**
   * A stored session with its user: connected at once, so the pane is usable without waiting for Oro. The
   * refresh starts now (the first API request joins it through getAccessToken); the profile reloads after it.
   */
  async function resume(conn: OroConnection, shownUser: OroUser, startedIn: number): Promise<void> {
    const refreshed = refresh();
    setSession({ status: "connected", connection: conn, user: shownUser });
    try {
      await refreshed;
    } catch {
      // Oro refused the token: expire() has already ended the session (a new generation). Otherwise offline or
      // Oro failing at launch: stay connected with who we knew; the next request refreshes again.
      return;
    }
    if (startedIn !== generation || disposed) return;
    let loaded: OroUser;
    try {
      loaded = await fetchUser();
    } catch {
      // The stored user stays; nothing the pane shows depends on a newer copy.
      return;
    }
    // Expired or disconnected meanwhile (a new generation): that outcome stands.
    if (startedIn !== generation || disposed || session.status !== "connected") return;
    keepUser(conn, loaded);
    if (loaded.id !== shownUser.id) clearDataListeners.emit();
    if (!sameUser(loaded, shownUser)) setSession({ status: "connected", connection: conn, user: loaded });
  }

  function resetConnection() {
    forgetTokens();
    resumedUnconfirmed = false;
    connection = null;
    user = null;
  }

  function toDisconnected(extra: { notice?: SessionNotice; error?: ConnectFailure }) {
    setSession({ status: "disconnected", ...extra });
    if (configuredBaseUrl === null) return;
    const key = prepareKey(configuredBaseUrl, config.backOfficePrefix);
    if (extra.error && !keepsEndpoints.has(extra.error.kind)) discovered.delete(key);
    // After a failure only a request for endpoints already found is prepared: no network until the next click.
    if (!extra.error || discovered.has(key))
      prepareInBackground(configuredBaseUrl, config.backOfficePrefix, null);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Connecting

  function loadSignIn(): Promise<SignInFlow> {
    if (!signInFlow) {
      const loading = import("./sign-in").catch((cause: unknown) => {
        throw new ConnectError({ kind: "signin-unavailable" }, { cause });
      });
      signInFlow = loading;
      // A chunk that failed to load (offline, a new deployment) is asked for again next time.
      loading.catch(() => {
        if (signInFlow === loading) signInFlow = null;
      });
    }
    return signInFlow;
  }

  function preloadSignIn() {
    if (disposed) return;
    loadSignIn().catch(() => undefined);
  }

  function prepareKey(baseUrl: string, prefix: string | null) {
    return `${baseUrl}|${prefix ?? "?"}`;
  }

  function prepare(
    baseUrl: string,
    prefix: string | null,
    known: OroConnection | null,
  ): Promise<AuthorizationRequest> {
    const key = prepareKey(baseUrl, prefix);
    if (preparing?.key === key) return preparing.promise;
    const promise = (async () => {
      const flow = await loadSignIn();
      let conn = known ?? discovered.get(key);
      if (!conn) {
        conn = await flow.discoverOroConnection({
          baseUrl,
          backOfficePrefix: prefix,
          fetch: doFetch,
          paneOrigin,
        });
        discovered.set(key, conn);
      }
      return flow.createAuthorizationRequest({ connection: conn, clientId: config.clientId, paneOrigin });
    })();
    preparing = { key, promise };
    promise.then(
      (request) => {
        if (preparing?.promise === promise) {
          preparing = null;
          if (!disposed) prepared = { key, request };
        }
      },
      () => {
        if (preparing?.promise === promise) preparing = null;
      },
    );
    return promise;
  }

  function prepareInBackground(baseUrl: string, prefix: string | null, known: OroConnection | null) {
    if (disposed || prepared?.key === prepareKey(baseUrl, prefix)) return;
    // Failures are reported when the user clicks Connect, which prepares again.
    prepare(baseUrl, prefix, known).catch(() => undefined);
  }

  /** Takes the prepared request for this Oro if there is one (each request is used once). */
  function takePrepared(baseUrl: string, prefix: string | null): AuthorizationRequest | null {
    const key = prepareKey(baseUrl, prefix);
    if (prepared?.key !== key) return null;
    const request = prepared.request;
    prepared = null;
    return request;
  }

  function openDialog(request: AuthorizationRequest): Promise<DialogHandle> {
    try {
      return mailbox.openDialog(request.dialogUrl, dialogSize);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function connect(baseUrlInput?: string): Promise<void> {
    if (connecting) return connecting;
    if (session.status !== "disconnected") return Promise.resolve();
    let baseUrl = configuredBaseUrl;
    if (baseUrl === null) {
      const checked = validateOroUrl(baseUrlInput ?? "");
      if (!checked.ok) {
        setSession({
          status: "disconnected",
          error: { kind: checked.reason === "insecure" ? "insecure-url" : "invalid-url" },
        });
        return Promise.resolve();
      }
      baseUrl = checked.baseUrl;
    }
    const prefix = configuredBaseUrl === null ? null : config.backOfficePrefix;
    // Synchronous up to openDialog: this is what keeps the click a user gesture for the pop-up blocker.
    const ready = takePrepared(baseUrl, prefix);
    const dialog = ready ? openDialog(ready) : null;
    setSession({ status: "connecting" });
    const target = baseUrl;
    const signIn = runSignIn({
      request: ready ? Promise.resolve(ready) : prepare(target, prefix, null),
      dialog,
      onFailure: (failure) => {
        resetConnection();
        toDisconnected({ error: failure });
      },
      previousUser: null,
    });
    return trackConnecting(signIn);
  }

  function reconnect(): Promise<void> {
    if (connecting) return connecting;
    if (session.status !== "expired") return Promise.resolve();
    const { connection: conn, user: shownUser } = session;
    const ready = takePrepared(conn.baseUrl, conn.backOfficePrefix);
    const dialog = ready ? openDialog(ready) : null;
    setSession({ status: "expired", connection: conn, user: shownUser, reconnecting: true });
    const signIn = runSignIn({
      request: ready ? Promise.resolve(ready) : prepare(conn.baseUrl, conn.backOfficePrefix, conn),
      dialog,
      onFailure: (failure) => {
        forgetTokens();
        connection = conn;
        user = shownUser;
        setSession({
          status: "expired",
          connection: conn,
          user: shownUser,
          reconnecting: false,
          error: failure,
        });
        prepareInBackground(conn.baseUrl, conn.backOfficePrefix, conn);
      },
      previousUser: shownUser,
    });
    return trackConnecting(signIn);
  }

  function trackConnecting(signIn: Promise<void>): Promise<void> {
    const flight = signIn.finally(() => {
      // A disconnect may have dropped this sign-in and the user started another: leave that one alone.
      if (connecting === flight) connecting = null;
    });
    connecting = flight;
    return flight;
  }

  async function runSignIn(flow: {
    request: Promise<AuthorizationRequest>;
    dialog: Promise<DialogHandle> | null;
    onFailure: (failure: ConnectFailure) => void;
    previousUser: OroUser | null;
  }): Promise<void> {
    const startedIn = generation;
    let opened: DialogHandle | null = null;
    let issuedFor: OroConnection | null = null;
    try {
      const request = await flow.request;
      // Disconnected while the request was being prepared: no sign-in window over the Connect screen.
      if (flow.dialog === null && (startedIn !== generation || disposed)) return;
      opened = await openedDialog(flow.dialog ?? openDialog(request));
      activeDialog = opened;
      // Disconnected while the window opened: it closes (finally below) instead of waiting for a sign-in.
      if (startedIn !== generation || disposed) return;
      // Loaded already: preparing the request needed it.
      const signIn = await loadSignIn();
      const callback = await waitForCallback(opened, signIn.parseCallbackMessage);
      const set = await signIn.completeAuthorization(request, callback, { fetch: doFetch, paneOrigin });
      if (startedIn !== generation || disposed) return;
      if (set.refreshToken === null)
        throw new ConnectError({ kind: "server-error", host: hostOf(request.connection.baseUrl) });
      connection = request.connection;
      user = flow.previousUser;
      issuedFor = request.connection;
      applyTokens(set, set.refreshToken);
      let loaded: OroUser;
      try {
        loaded = await fetchUser();
      } catch (error) {
        throw new ConnectError(
          { kind: "profile-failed", host: hostOf(request.connection.baseUrl) },
          { cause: error },
        );
      }
      if (startedIn !== generation || disposed) return;
      keepUser(request.connection, loaded);
      if (flow.previousUser && flow.previousUser.id !== loaded.id) clearDataListeners.emit();
      setSession({ status: "connected", connection: request.connection, user: loaded });
    } catch (error) {
      if (startedIn !== generation || disposed) return;
      // Nothing half-connected: whatever was issued is forgotten before the failure is shown.
      if (issuedFor) store.clear(issuedFor.baseUrl);
      flow.onFailure(failureOf(error));
    } finally {
      if (activeDialog === opened) activeDialog = null;
      opened?.close();
    }
  }

  async function openedDialog(pending: Promise<DialogHandle>): Promise<DialogHandle> {
    try {
      return await pending;
    } catch (error) {
      if (error instanceof DialogOpenError) {
        const code = error.code;
        const kind =
          code === DialogErrorCode.alreadyOpen
            ? "dialog-already-open"
            : code === DialogErrorCode.popupBlocked || code === DialogErrorCode.popupIgnored
              ? "popup-blocked"
              : "dialog-failed";
        throw new ConnectError({ kind, dialogCode: code, paneOrigin }, { cause: error });
      }
      throw new ConnectError({ kind: "dialog-failed", paneOrigin }, { cause: error });
    }
  }

  function waitForCallback(
    dialog: DialogHandle,
    parseCallbackMessage: (text: string) => CallbackMessage | null,
  ): Promise<CallbackMessage> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let unsubscribe: Unsubscribe | null = null;
      const settle = () => {
        settled = true;
        unsubscribe?.();
      };
      unsubscribe = dialog.subscribe((event) => {
        if (settled) return;
        if (event.type === "closed") {
          settle();
          reject(
            new ConnectError({
              kind: event.code === DialogErrorCode.closedByUser ? "dialog-closed" : "dialog-failed",
              dialogCode: event.code,
              paneOrigin,
              redirectUri: redirectUriFor(paneOrigin),
            }),
          );
          return;
        }
        settle();
        // Office gives the sender's origin on current clients: anything but our own pages is not trusted.
        const message =
          event.origin === undefined || event.origin === paneOrigin
            ? parseCallbackMessage(event.message)
            : null;
        if (message) resolve(message);
        else reject(new ConnectError({ kind: "state-mismatch", paneOrigin }));
      });
      if (settled) unsubscribe();
    });
  }

  function failureOf(error: unknown): ConnectFailure {
    if (error instanceof ConnectError) return error.failure;
    return { kind: "server-error", paneOrigin };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Disconnecting

  function disconnect() {
    generation += 1;
    const baseUrl =
      connection?.baseUrl ??
      (session.status === "connected" || session.status === "expired" ? session.connection.baseUrl : null);
    if (baseUrl !== null) store.clear(baseUrl);
    resetConnection();
    client = null;
    connecting = null;
    activeDialog?.close();
    activeDialog = null;
    clearDataListeners.emit();
    toDisconnected({ notice: { kind: "signed-out" } });
  }

  function sessionOver(cause?: unknown): OroApiError {
    return new OroApiError({
      kind: "unauthorized",
      detail: "The Oro session has ended.",
      ...(cause === undefined ? {} : { cause }),
    });
  }

  return {
    getSession: () => session,
    subscribe: (listener) => sessionListeners.add(listener),
    start,
    preloadSignIn,
    connect,
    reconnect,
    disconnect,
    getAccessToken,
    handleUnauthorized,
    onClearData: (listener) => clearDataListeners.add(listener),
    getClient,
    configuredBaseUrl,
    get suggestedBaseUrl() {
      return configuredBaseUrl ?? store.lastBaseUrl();
    },
    paneOrigin,
    redirectUri: redirectUriFor(paneOrigin),
    dispose() {
      disposed = true;
      generation += 1;
      activeDialog?.close();
      activeDialog = null;
      sessionListeners.clear();
      clearDataListeners.clear();
    },
  };
}

function sameUser(a: OroUser, b: OroUser): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toOroUser(profile: UserProfile): OroUser {
  const fullName = [profile.firstName, profile.lastName]
    .filter((part) => part !== null && part.trim() !== "")
    .join(" ");
  return {
    id: profile.id,
    username: profile.username,
    email: profile.email,
    firstName: profile.firstName,
    lastName: profile.lastName,
    displayName: fullName || profile.username || profile.email || profile.id,
    roles: profile.roles.map((role) => ({ role: role.role, label: role.label })),
  };
}

/** A deployment may point at any Oro it trusts: only the form is normalised (no trailing slash). */
function configuredOro(value: string | null): string | null {
  return value === null ? null : value.replace(/\/+$/, "");
}

function defaultStorage(): Storage | null {
  try {
    return typeof globalThis.localStorage === "undefined" ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}
