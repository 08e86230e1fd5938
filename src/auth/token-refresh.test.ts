// The refresh request on plain fetch: what it sends, what it accepts, and how each way Oro (or the network)
// answers maps to "keep the session" or "the refresh token is rejected". Real answers come from the sandbox Oro;
// answers it never gives (proxies, odd servers) from a stub.
import { describe, expect, test } from "vitest";
import { oroUsers } from "../sandbox/demo-identities";
import { defaultClientId } from "../sandbox/options";
import { createOroSandbox } from "../sandbox/oro-sandbox";
import { layoutConnection } from "./oro-endpoints";
import {
  isRefreshTokenRejected,
  refreshTokens,
  TokenEndpointError,
  type TokenEndpointFailure,
} from "./token-refresh";

const oroBase = "https://crm.northwind.test";
const connection = layoutConnection(oroBase, "/admin");

function newSandbox() {
  let clock = Date.parse("2025-03-03T09:00:00Z");
  const sandbox = createOroSandbox({ baseUrl: oroBase, now: () => clock });
  return {
    sandbox,
    fetch: ((input, init) => sandbox.fetch(new Request(input, init))) as typeof fetch,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** A token endpoint that answers with this, recording what it was sent. */
function stub(answer: () => Response | Promise<Response>) {
  const sent: Request[] = [];
  const doFetch: typeof fetch = async (input, init) => {
    sent.push(new Request(input, init));
    return answer();
  };
  return { sent, fetch: doFetch };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });

async function failureOf(run: Promise<unknown>): Promise<TokenEndpointFailure> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TokenEndpointError))
    throw new Error(`expected a TokenEndpointError, got ${String(error)}`);
  return error.failure;
}

describe("refreshing against Oro", () => {
  test("posts the form a public client sends and returns the rotated tokens", async () => {
    const { sandbox, fetch } = newSandbox();
    const issued = await sandbox.issueTokens(oroUsers.sales.username);
    const sent: Request[] = [];
    const recording: typeof globalThis.fetch = async (input, init) => {
      sent.push(new Request(input, init));
      return fetch(input, init);
    };

    const set = await refreshTokens({
      connection,
      clientId: defaultClientId,
      refreshToken: issued.refresh_token,
      fetch: recording,
    });

    expect(set.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(set.refreshToken).toEqual(expect.any(String));
    expect(set.refreshToken).not.toBe(issued.refresh_token);
    expect(set.expiresInSeconds).toBe(3600);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(`${oroBase}/oauth2-token`);
    expect(request?.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.headers.get("authorization")).toBeNull();
    const form = new URLSearchParams(await request?.text());
    expect(Object.fromEntries(form)).toEqual({
      grant_type: "refresh_token",
      client_id: defaultClientId,
      refresh_token: issued.refresh_token,
    });
  });

  test("a token already rotated is rejected (invalid_grant): the session is over", async () => {
    const { sandbox, fetch } = newSandbox();
    const issued = await sandbox.issueTokens(oroUsers.sales.username);
    const options = { connection, clientId: defaultClientId, refreshToken: issued.refresh_token, fetch };
    await refreshTokens(options);

    const failure = await failureOf(refreshTokens(options));

    expect(failure).toMatchObject({ kind: "oauth", status: 400, error: "invalid_grant" });
    expect(failure.kind === "oauth" && failure.description).toContain("Token has been revoked");
    expect(isRefreshTokenRejected(failure)).toBe(true);
  });

  test("an expired refresh token is rejected", async () => {
    const { sandbox, fetch, advance } = newSandbox();
    const issued = await sandbox.issueTokens(oroUsers.sales.username);
    advance(31 * 24 * 3600_000);

    const failure = await failureOf(
      refreshTokens({ connection, clientId: defaultClientId, refreshToken: issued.refresh_token, fetch }),
    );

    expect(isRefreshTokenRejected(failure)).toBe(true);
  });

  test("a token Oro cannot decrypt (invalid_request about the refresh token) is rejected too", async () => {
    const { fetch } = newSandbox();

    const failure = await failureOf(
      refreshTokens({ connection, clientId: defaultClientId, refreshToken: "from-another-oro", fetch }),
    );

    expect(failure).toMatchObject({ kind: "oauth", error: "invalid_request" });
    expect(isRefreshTokenRejected(failure)).toBe(true);
  });

  test("an unknown client is an OAuth error, not a rejected refresh token", async () => {
    const { sandbox, fetch } = newSandbox();
    const issued = await sandbox.issueTokens(oroUsers.sales.username);

    const failure = await failureOf(
      refreshTokens({ connection, clientId: "not-registered", refreshToken: issued.refresh_token, fetch }),
    );

    expect(failure).toMatchObject({ kind: "oauth", status: 401, error: "invalid_client" });
    expect(isRefreshTokenRejected(failure)).toBe(false);
  });

  test("Oro failing (5xx) keeps the session", async () => {
    const { sandbox, fetch } = newSandbox();
    const issued = await sandbox.issueTokens(oroUsers.sales.username);
    sandbox.faults.add({ kind: "status", status: 503, path: /^\/oauth2-token$/ });

    const failure = await failureOf(
      refreshTokens({ connection, clientId: defaultClientId, refreshToken: issued.refresh_token, fetch }),
    );

    expect(failure).toEqual({ kind: "server", status: 503 });
    expect(isRefreshTokenRejected(failure)).toBe(false);
  });
});

describe("answers Oro does not give, from proxies and other servers", () => {
  const refresh = (answer: () => Response | Promise<Response>) =>
    refreshTokens({ connection, clientId: defaultClientId, refreshToken: "rt", fetch: stub(answer).fetch });

  test("token_type is compared without case; expires_in may be a numeric string; no rotation keeps null", async () => {
    const set = await refresh(() => json({ token_type: "bearer", access_token: "at", expires_in: "1800" }));

    expect(set).toEqual({ accessToken: "at", refreshToken: null, expiresInSeconds: 1800 });
  });

  test("without expires_in the access token counts as Oro's usual hour", async () => {
    const set = await refresh(() => json({ token_type: "Bearer", access_token: "at", refresh_token: "rt2" }));

    expect(set).toEqual({ accessToken: "at", refreshToken: "rt2", expiresInSeconds: 3600 });
  });

  test.each([
    ["another token type", { token_type: "mac", access_token: "at", expires_in: 3600 }],
    ["no access token", { token_type: "Bearer", expires_in: 3600 }],
    ["an empty access token", { token_type: "Bearer", access_token: "", expires_in: 3600 }],
    ["a negative lifetime", { token_type: "Bearer", access_token: "at", expires_in: -5 }],
    ["a lifetime that is not a number", { token_type: "Bearer", access_token: "at", expires_in: "soon" }],
    ["an empty refresh token", { token_type: "Bearer", access_token: "at", refresh_token: "" }],
    ["not an object", ["at"]],
  ])("a 200 with %s is not a token: a server failure that keeps the session", async (_name, body) => {
    const failure = await failureOf(refresh(() => json(body)));

    expect(failure).toEqual({ kind: "server", status: 200 });
    expect(isRefreshTokenRejected(failure)).toBe(false);
  });

  test("a 200 that is not JSON is a server failure", async () => {
    const failure = await failureOf(refresh(() => new Response("<html>Login</html>", { status: 200 })));

    expect(failure).toEqual({ kind: "server", status: 200 });
  });

  test("a proxy's HTML 400 page is a server failure, not a rejection", async () => {
    const failure = await failureOf(refresh(() => new Response("<h1>Bad Request</h1>", { status: 400 })));

    expect(failure).toEqual({ kind: "server", status: 400 });
    expect(isRefreshTokenRejected(failure)).toBe(false);
  });

  test("a readable Bearer challenge without a body names the error", async () => {
    const failure = await failureOf(
      refresh(
        () =>
          new Response(null, {
            status: 401,
            headers: { "WWW-Authenticate": 'Bearer realm="OAuth", error="invalid_client"' },
          }),
      ),
    );

    expect(failure).toEqual({ kind: "oauth", status: 401, error: "invalid_client" });
  });

  test("invalid_request about something else is not a rejected refresh token", async () => {
    const failure = await failureOf(
      refresh(() => json({ error: "invalid_request", hint: "Check the `client_id` parameter" }, 400)),
    );

    expect(failure).toEqual({
      kind: "oauth",
      status: 400,
      error: "invalid_request",
      description: "Check the `client_id` parameter",
    });
    expect(isRefreshTokenRejected(failure)).toBe(false);
  });

  test("no answer (offline, CORS) and a timeout are network failures", async () => {
    const offline = await failureOf(
      refresh(() => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const timedOut = await failureOf(
      refresh(() => {
        throw new DOMException("The operation timed out.", "TimeoutError");
      }),
    );

    expect(offline).toEqual({ kind: "network" });
    expect(timedOut).toEqual({ kind: "network" });
  });

  test("a redirect is not followed: the form never goes anywhere else", async () => {
    const probe = stub(
      () => new Response(null, { status: 302, headers: { Location: "https://elsewhere.example/" } }),
    );

    await failureOf(
      refreshTokens({ connection, clientId: defaultClientId, refreshToken: "rt", fetch: probe.fetch }),
    );

    expect(probe.sent[0]?.redirect).toBe("manual");
  });
});
