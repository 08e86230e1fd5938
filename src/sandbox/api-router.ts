// The back-office JSON:API: bearer authentication (401 with an empty body, as Oro answers), then dispatch
// to the resources; ApiProblems become Oro's error documents.

import { deleteThreadContext, listEmailContext, listEmailContextEntities, searchResource } from "./api-context";
import { activityTargetRecords, activityTargetsRelationship, createEmail, getEmail, listEmails } from "./api-emails";
import { getEntity, getUserProfile, listEntities, type ApiRequest } from "./api-entities";
import { backOfficeUrl, type SandboxContext } from "./context";
import { ApiProblem, errorResponse, jsonApiMediaType, methodNotAllowed, notFound } from "./json-api";
import { isEntityType } from "./model";

/** What a missing, expired or unknown token gets: no body, just the challenge. */
export function unauthorizedResponse(): Response {
  return new Response(null, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

function allow(method: string, allowed: string[], handler: () => Response | Promise<Response>): Response | Promise<Response> {
  if (!allowed.includes(method)) throw methodNotAllowed(["OPTIONS", ...allowed].join(", "));
  return handler();
}

async function dispatch(api: ApiRequest): Promise<Response> {
  const method = api.request.method;
  const segments = api.apiPath.split("/").filter((segment) => segment !== "");
  const [resource, id, third, fourth] = segments;
  if (resource === undefined || segments.length > 4) throw notFound("The resource is not accessible.");
  switch (resource) {
    case "userprofile":
      if (segments.length !== 1) break;
      return allow(method, ["GET"], () => getUserProfile(api));
    case "emailcontextentities":
      if (segments.length !== 1) break;
      return allow(method, ["GET"], () => listEmailContextEntities(api));
    case "emailthreadcontext":
      if (id === undefined) return allow(method, ["GET"], () => listEmailContext(api, "thread"));
      if (segments.length !== 2) break;
      return allow(method, ["DELETE"], () => deleteThreadContext(api, id));
    case "emailcontext":
      if (segments.length !== 1) break;
      return allow(method, ["GET"], () => listEmailContext(api, "email"));
    case "emailcontextsearch":
    case "search":
      if (segments.length !== 1) break;
      return allow(method, ["GET"], () => searchResource(api, resource));
    case "emails":
      if (id === undefined) return allow(method, ["GET", "POST"], () => (method === "POST" ? createEmail(api) : listEmails(api)));
      if (third === undefined) return allow(method, ["GET"], () => getEmail(api, id));
      if (third === "activityTargets" && fourth === undefined) return allow(method, ["GET"], () => activityTargetRecords(api, id));
      if (third === "relationships" && fourth === "activityTargets") {
        return allow(method, ["GET", "POST", "PATCH", "DELETE"], () => activityTargetsRelationship(api, id));
      }
      break;
    default:
      if (isEntityType(resource)) {
        if (id === undefined) return allow(method, ["GET"], () => listEntities(api, resource));
        if (segments.length === 2) return allow(method, ["GET"], () => getEntity(api, resource, id));
      }
  }
  throw notFound("The resource is not accessible.");
}

/** A request body must be declared as JSON:API; Oro treats other media types as another API flavour. */
function requireJsonApiBody(request: Request): void {
  const contentType = request.headers.get("Content-Type");
  const mustHaveBody = request.method === "POST" || request.method === "PATCH";
  if (!mustHaveBody && contentType === null) return;
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
  if (contentType !== null && contentType.split(";")[0]?.trim().toLowerCase() === jsonApiMediaType) return;
  throw new ApiProblem(415, [
    {
      title: "unsupported media type http exception",
      detail: `The "Content-Type" request header must be "${jsonApiMediaType}".`,
    },
  ]);
}

/** Handles a request below "{bo}/api/" (apiPath is what follows it). */
export async function handleApi(request: Request, url: URL, apiPath: string, context: SandboxContext): Promise<Response> {
  const token = bearerToken(request);
  const record = token === undefined ? undefined : await context.tokens.verifyAccessToken(token);
  const user = record === undefined ? undefined : context.model.userById(record.userId);
  if (!user || !user.enabled) return unauthorizedResponse();
  const api: ApiRequest = { request, url, context, user, apiBase: backOfficeUrl(context, "/api"), apiPath };
  try {
    requireJsonApiBody(request);
    return await dispatch(api);
  } catch (error) {
    if (error instanceof ApiProblem) return errorResponse(error.status, error.errors, error.headers);
    throw error;
  }
}
