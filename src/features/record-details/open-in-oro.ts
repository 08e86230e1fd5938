// Open only ever sends the user to their own Oro: an http(s) URL on exactly the connected Oro's origin.
// entityUrl comes from Oro's answer; a compromised or misconfigured server must not make the pane open
// `javascript:` or another site in the user's browser.

type OroUrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: "scheme"; scheme: string }
  | { ok: false; reason: "origin"; origin: string; oroOrigin: string }
  | { ok: false; reason: "invalid" };

export function checkOroUrl(url: string, oroBaseUrl: string): OroUrlCheck {
  let oro: URL;
  let target: URL;
  try {
    oro = new URL(oroBaseUrl);
    // Relative links resolve against Oro; "//elsewhere" then still fails the origin check below.
    target = new URL(url.trim(), oro);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (target.protocol !== "https:" && target.protocol !== "http:") return { ok: false, reason: "scheme", scheme: target.protocol };
  if (target.origin !== oro.origin || target.username !== "" || target.password !== "") {
    return { ok: false, reason: "origin", origin: target.origin, oroOrigin: oro.origin };
  }
  return { ok: true, url: target.href };
}
