// Answers for msw handlers that stand in for Oro: JSON:API documents with Oro's media type.
import { HttpResponse, type JsonBodyType } from "msw";

/** A JSON:API response; headers in `init` are added to (or override) the media type. */
export function jsonApi(body: JsonBodyType, init: ResponseInit = {}) {
  return HttpResponse.json(body, { ...init, headers: { "Content-Type": "application/vnd.api+json", ...init.headers } });
}
