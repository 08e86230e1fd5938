// CORS as Oro configures it: the token endpoint honours oro_oauth2_server's allow_origins, the API honours
// oro_api's; foreign origins get no CORS headers at all.

const allowedRequestHeaders = "Authorization, Content-Type, X-Include";
const exposedHeaders = "Location, X-Include-Total-Count";
const preflightMaxAge = "600";

export type CorsKind = "oauth" | "api";

export function originAllowed(request: Request, allowedOrigins: readonly string[]): string | undefined {
  const origin = request.headers.get("Origin");
  return origin !== null && allowedOrigins.includes(origin) ? origin : undefined;
}

export function preflightResponse(request: Request, allowedOrigins: readonly string[], kind: CorsKind): Response {
  const origin = originAllowed(request, allowedOrigins);
  const methods = kind === "oauth" ? "POST, OPTIONS" : "OPTIONS, GET, POST, PATCH, DELETE";
  const headers: Record<string, string> = { Allow: methods, Vary: "Origin" };
  if (origin !== undefined) {
    headers["Access-Control-Allow-Origin"] = origin;
    headers["Access-Control-Allow-Methods"] = methods;
    headers["Access-Control-Allow-Headers"] = allowedRequestHeaders;
    headers["Access-Control-Max-Age"] = preflightMaxAge;
  }
  return new Response(null, { status: 200, headers });
}

/** The headers an actual (non-preflight) response gets for an allowed origin. */
export function corsHeaders(request: Request, allowedOrigins: readonly string[], kind: CorsKind): Record<string, string> {
  const origin = originAllowed(request, allowedOrigins);
  if (origin === undefined) return {};
  const headers: Record<string, string> = { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
  if (kind === "api") headers["Access-Control-Expose-Headers"] = exposedHeaders;
  return headers;
}
