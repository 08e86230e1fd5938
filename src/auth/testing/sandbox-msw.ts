// Test helper: an msw handler that routes every request for an origin to the current sandbox, with a log of
// the token endpoint calls (grant type and refresh token sent) for the refresh rules' tests.
import { http, HttpResponse, type RequestHandler } from "msw";
import { isDroppedConnection } from "../../sandbox/faults";
import type { OroSandbox } from "../../sandbox/oro-sandbox";

export type TokenCall = { grantType: string | null; refreshToken: string | null };

export function sandboxRoute(
  origin: string,
  current: () => { sandbox: OroSandbox; tokenCalls: TokenCall[] },
): RequestHandler {
  return http.all(`${origin}/*`, async ({ request }) => {
    const { sandbox, tokenCalls } = current();
    if (new URL(request.url).pathname.endsWith("/oauth2-token") && request.method === "POST") {
      const form = new URLSearchParams(await request.clone().text());
      tokenCalls.push({ grantType: form.get("grant_type"), refreshToken: form.get("refresh_token") });
    }
    try {
      return await sandbox.fetch(request);
    } catch (error) {
      if (isDroppedConnection(error)) return HttpResponse.error();
      throw error;
    }
  });
}
