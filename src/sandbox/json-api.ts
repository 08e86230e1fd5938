// JSON:API plumbing shared by every sandbox resource: Oro's strict query-string parsing, paging, error
// documents and the vnd.api+json responses.

import type { JsonObject, JsonValue, RelationshipData } from "./entity-types";

export const jsonApiMediaType = "application/vnd.api+json";

export interface ApiError {
  status: string;
  title: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
}

export interface ResourceObject {
  type: string;
  id: string;
  meta?: JsonObject;
  links?: Record<string, string>;
  attributes?: JsonObject;
  relationships?: Record<string, { data: RelationshipData }>;
}

export function jsonApiResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": jsonApiMediaType, ...headers },
  });
}

export function errorResponse(status: number, errors: Omit<ApiError, "status">[], headers: Record<string, string> = {}): Response {
  return jsonApiResponse({ errors: errors.map((error) => ({ status: String(status), ...error })) }, status, headers);
}

/** An error thrown while handling a request; the router turns it into Oro's error document. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly errors: Omit<ApiError, "status">[];
  readonly headers: Record<string, string>;

  constructor(status: number, errors: Omit<ApiError, "status">[], headers: Record<string, string> = {}) {
    super(errors[0]?.detail ?? errors[0]?.title ?? `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

export function filterNotSupported(parameter: string): ApiProblem {
  return new ApiProblem(400, [{ title: "filter constraint", detail: "The filter is not supported.", source: { parameter } }]);
}

export function filterConstraint(parameter: string, detail: string): ApiProblem {
  return new ApiProblem(400, [{ title: "filter constraint", detail, source: { parameter } }]);
}

export function notFound(detail = "The entity does not exist."): ApiProblem {
  return new ApiProblem(404, [{ title: "not found http exception", detail }]);
}

export function methodNotAllowed(allowed: string): ApiProblem {
  return new ApiProblem(
    405,
    [{ title: "method not allowed http exception", detail: `No route found: Method Not Allowed (Allow: ${allowed})` }],
    { Allow: allowed },
  );
}

/** PHP decodes query strings with "+" meaning a space, so a literal "+" must travel as %2B. */
function decodeQueryComponent(value: string): string {
  const spaced = value.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

export function parseRawQuery(search: string): [string, string][] {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return [];
  return query
    .split("&")
    .filter((part) => part !== "")
    .map((part): [string, string] => {
      const separator = part.indexOf("=");
      const key = separator === -1 ? part : part.slice(0, separator);
      const value = separator === -1 ? "" : part.slice(separator + 1);
      return [decodeQueryComponent(key), decodeQueryComponent(value)];
    });
}

export interface FilterValue {
  operator: "eq" | "neq";
  values: string[];
  /** The query parameter as sent, for error sources. */
  parameter: string;
}

export interface QuerySpec {
  /** Filters this endpoint knows (without the "filter[...]" wrapper). */
  filters: readonly string[];
  paging: boolean;
  /** Relationship names accepted by include=, or false when include is not supported. */
  include: readonly string[] | false;
  /** Whether sort= is supported and by which fields. */
  sort: readonly string[] | false;
  metaTitle: boolean;
  fields: boolean;
}

export interface ParsedQuery {
  filters: Map<string, FilterValue>;
  pageNumber: number;
  /** -1 means all records. */
  pageSize: number;
  include: string[];
  sort: { field: string; descending: boolean }[];
  fields: Map<string, string[]>;
  metaTitle: boolean;
}

const filterKeyPattern = /^filter\[([^\][]+)\](?:\[([^\][]+)\])?$/;
const fieldsKeyPattern = /^fields\[([^\][]+)\]$/;

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function parsePositiveInteger(parameter: string, value: string, allowAll: boolean): number {
  if (allowAll && value === "-1") return -1;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw filterConstraint(parameter, `Expected integer value. Given "${value}".`);
  }
  return Number(value);
}

/** Parses the query string the way Oro does: anything the endpoint does not know is a 400. */
export function parseQuery(url: URL, spec: QuerySpec): ParsedQuery {
  const parsed: ParsedQuery = {
    filters: new Map(),
    pageNumber: 1,
    pageSize: 10,
    include: [],
    sort: [],
    fields: new Map(),
    metaTitle: false,
  };
  for (const [key, value] of parseRawQuery(url.search)) {
    const filterMatch = filterKeyPattern.exec(key);
    if (filterMatch) {
      const name = filterMatch[1] ?? "";
      const operator = filterMatch[2] ?? "eq";
      if (!spec.filters.includes(name) || (operator !== "eq" && operator !== "neq")) throw filterNotSupported(key);
      parsed.filters.set(name, { operator, values: splitList(value), parameter: key });
      continue;
    }
    if (key === "page[number]" && spec.paging) {
      parsed.pageNumber = parsePositiveInteger(key, value, false);
      continue;
    }
    if (key === "page[size]" && spec.paging) {
      parsed.pageSize = parsePositiveInteger(key, value, true);
      continue;
    }
    if (key === "include" && spec.include !== false) {
      const names = splitList(value);
      for (const name of names) {
        if (!spec.include.includes(name)) {
          throw new ApiProblem(400, [
            { title: "filter constraint", detail: `The relationship "${name}" does not exist.`, source: { parameter: key } },
          ]);
        }
      }
      parsed.include = names;
      continue;
    }
    if (key === "sort" && spec.sort !== false) {
      for (const item of splitList(value)) {
        const descending = item.startsWith("-");
        const field = descending ? item.slice(1) : item;
        if (!spec.sort.includes(field)) {
          throw new ApiProblem(400, [
            { title: "sort constraint", detail: `Sorting by "${field}" field is not supported.`, source: { parameter: key } },
          ]);
        }
        parsed.sort.push({ field, descending });
      }
      continue;
    }
    if (key === "meta" && spec.metaTitle) {
      for (const name of splitList(value)) {
        if (name !== "title") {
          throw filterConstraint(key, `The "${name}" is not known meta property. Known properties: title.`);
        }
      }
      parsed.metaTitle = splitList(value).includes("title");
      continue;
    }
    const fieldsMatch = fieldsKeyPattern.exec(key);
    if (fieldsMatch && spec.fields) {
      parsed.fields.set(fieldsMatch[1] ?? "", splitList(value));
      continue;
    }
    throw filterNotSupported(key);
  }
  return parsed;
}

/** Oro's boolean filter values. */
export function parseBooleanFilter(filter: FilterValue | undefined): boolean | null {
  if (!filter) return null;
  const value = (filter.values[0] ?? "").toLowerCase();
  if (["true", "1", "yes"].includes(value)) return true;
  if (["false", "0", "no"].includes(value)) return false;
  throw filterConstraint(filter.parameter, `Expected boolean value. Given "${filter.values.join(",")}".`);
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  total: number;
}

export function paginate<T>(items: T[], query: Pick<ParsedQuery, "pageNumber" | "pageSize">): Page<T> {
  if (query.pageSize === -1) return { items, hasMore: false, total: items.length };
  const start = (query.pageNumber - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    hasMore: items.length > start + query.pageSize,
    total: items.length,
  };
}

/** The absolute URL of the next page: the request's own query (re-encoded) with page[number] moved on. */
export function nextPageUrl(publicUrl: string, url: URL, pageNumber: number): string {
  const kept = parseRawQuery(url.search)
    .filter(([key]) => key !== "page[number]")
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  kept.push(`${encodeURIComponent("page[number]")}=${pageNumber + 1}`);
  return `${publicUrl}?${kept.join("&")}`;
}

/** Builds a collection document with Oro's paging links and the optional total-count header. */
export function collectionResponse(options: {
  page: Page<ResourceObject>;
  included: ResourceObject[];
  request: Request;
  url: URL;
  publicUrl: string;
  pageNumber: number;
}): Response {
  const body: { data: ResourceObject[]; links?: { next: string }; included?: ResourceObject[] } = {
    data: options.page.items,
  };
  if (options.page.hasMore) body.links = { next: nextPageUrl(options.publicUrl, options.url, options.pageNumber) };
  if (options.included.length > 0) body.included = options.included;
  const headers: Record<string, string> = {};
  const include = (options.request.headers.get("X-Include") ?? "")
    .split(";")
    .map((item) => item.trim().toLowerCase());
  if (include.includes("totalcount")) headers["X-Include-Total-Count"] = String(options.page.total);
  return jsonApiResponse(body, 200, headers);
}

export function applyFields(resource: ResourceObject, fields: Map<string, string[]>): ResourceObject {
  const wanted = fields.get(resource.type);
  if (!wanted) return resource;
  const result: ResourceObject = { type: resource.type, id: resource.id };
  if (resource.meta) result.meta = resource.meta;
  if (resource.links) result.links = resource.links;
  if (resource.attributes) {
    const attributes: JsonObject = {};
    for (const [name, value] of Object.entries(resource.attributes)) if (wanted.includes(name)) attributes[name] = value;
    result.attributes = attributes;
  }
  if (resource.relationships) {
    const relationships: Record<string, { data: RelationshipData }> = {};
    for (const [name, value] of Object.entries(resource.relationships)) if (wanted.includes(name)) relationships[name] = value;
    result.relationships = relationships;
  }
  return result;
}

export function compareJson(a: JsonValue | undefined, b: JsonValue | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const text = (value: JsonValue) => (typeof value === "object" ? JSON.stringify(value) : String(value));
  return text(a).localeCompare(text(b));
}

/** Reads a JSON request body; a body that isn't JSON is Oro's 400 "request data constraint". */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") {
    throw new ApiProblem(400, [{ title: "request data constraint", detail: "The request data should not be empty.", source: { pointer: "" } }]);
  }
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    throw new ApiProblem(400, [{ title: "request data constraint", detail: "The request data is not a valid JSON." }]);
  }
}
