// Test helper: fetch as a browser page on `origin` sees it. Node's fetch ignores CORS, so without this a test
// could never meet the add-in's most common real failure: Oro not listing the add-in's origin.
// A cross-origin answer without a matching Access-Control-Allow-Origin becomes the opaque TypeError browsers
// throw, and only safelisted or exposed headers stay readable. `mode: "no-cors"` requests succeed (opaque).

const safelistedHeaders = [
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
];

export function browserFetch(origin: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === origin) return fetch(request);
    const headers = new Headers(request.headers);
    headers.set("Origin", origin);
    const response = await fetch(new Request(request, { headers }));
    if (init?.mode === "no-cors") {
      void response.body?.cancel().catch(() => undefined);
      return new Response(null, { status: 200 });
    }
    const allowed = response.headers.get("Access-Control-Allow-Origin");
    if (allowed !== origin && allowed !== "*") {
      void response.body?.cancel().catch(() => undefined);
      throw new TypeError("Failed to fetch");
    }
    const exposed = (response.headers.get("Access-Control-Expose-Headers") ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== "");
    const visible = new Headers();
    for (const [name, value] of response.headers) {
      if (safelistedHeaders.includes(name) || exposed.includes(name)) visible.set(name, value);
    }
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: visible,
    });
  };
}
