import { describe, expect, test } from "vitest";
import { callbackMessageFrom, checkAuthorizeUrl } from "./dialog-pages";
import { parseCallbackMessage } from "./pkce-flow";

const authorize =
  "https://crm.example.com/admin/oauth2-token/authorize?response_type=code&client_id=c&redirect_uri=https%3A%2F%2Faddin.example.com%2Fauth-callback.html&state=s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

describe("the start page only forwards to Oro's authorize URL with an S256 challenge", () => {
  test("follows a well-formed authorize URL", () => {
    expect(checkAuthorizeUrl(authorize)).toBe(authorize);
    expect(
      checkAuthorizeUrl(authorize.replace("https://crm.example.com", "http://localhost:3001")),
    ).not.toBeNull();
  });

  test.each([
    ["nothing", null],
    ["not a URL", "javascript:alert(1)"],
    ["another path (open redirect)", authorize.replace("/oauth2-token/authorize", "/phish")],
    ["plain http to a real host", authorize.replace("https://", "http://")],
    ["no PKCE", authorize.replace("&code_challenge_method=S256", "")],
    ["the plain method", authorize.replace("code_challenge_method=S256", "code_challenge_method=plain")],
    ["credentials in the URL", authorize.replace("https://", "https://user:pass@")],
  ])("refuses %s", (_name, raw) => {
    expect(checkAuthorizeUrl(raw)).toBeNull();
  });
});

describe("the callback page passes Oro's answer on as one message the pane can parse", () => {
  test("a code and its state", () => {
    const message = callbackMessageFrom("?code=def502abc&state=xyz");
    expect(parseCallbackMessage(JSON.stringify(message))).toEqual({
      type: "oro-oauth-callback",
      code: "def502abc",
      state: "xyz",
    });
  });

  test("Oro's access_denied with its description", () => {
    const message = callbackMessageFrom(
      "?error=access_denied&error_description=The+resource+owner+denied&hint=x&state=xyz",
    );
    expect(parseCallbackMessage(JSON.stringify(message))).toEqual({
      type: "oro-oauth-callback",
      error: "access_denied",
      errorDescription: "The resource owner denied",
      state: "xyz",
    });
  });

  test("anything else is not a callback message", () => {
    expect(parseCallbackMessage("not json")).toBeNull();
    expect(parseCallbackMessage(JSON.stringify({ type: "something-else", code: "c" }))).toBeNull();
  });
});
