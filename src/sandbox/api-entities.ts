// GET /api/{type} and /api/{type}/{id} for the 11 entity types, plus the resource objects every other
// endpoint embeds (include=) or returns.

import { backOfficeUrl, type SandboxContext } from "./context";
import { describeEntity, entityIds, entityTypeInfo, enumLabels, supportedFilters, type EntityView } from "./entity-types";
import {
  ApiProblem,
  applyFields,
  collectionResponse,
  compareJson,
  jsonApiResponse,
  notFound,
  paginate,
  parseQuery,
  type ParsedQuery,
  type ResourceObject,
} from "./json-api";
import { isEntityType, type EntityRef, type EntityType, type UserRecord } from "./model";

export interface ApiRequest {
  request: Request;
  url: URL;
  context: SandboxContext;
  user: UserRecord;
  /** Absolute URL of the API root, e.g. "https://oro.test/admin/api". */
  apiBase: string;
  /** The path below the API root, e.g. "contacts/5". */
  apiPath: string;
}

export function entityUrl(context: SandboxContext, ref: EntityRef): string {
  return backOfficeUrl(context, entityTypeInfo[ref.type].viewPath(ref.id));
}

export function viewToResource(view: EntityView, metaTitle: boolean): ResourceObject {
  const resource: ResourceObject = { type: view.ref.type, id: String(view.ref.id) };
  if (metaTitle) resource.meta = { title: view.title };
  resource.attributes = view.attributes;
  resource.relationships = Object.fromEntries(
    Object.entries(view.relationships).map(([name, data]) => [name, { data }]),
  );
  return resource;
}

/** Any resource the sandbox can embed: the 11 entity types, user roles, organizations and enum values. */
export function resolveResource(context: SandboxContext, type: string, id: string): ResourceObject | undefined {
  if (isEntityType(type)) {
    const view = describeEntity(context.model.data, { type, id: Number(id) });
    return view ? viewToResource(view, false) : undefined;
  }
  if (type === "userroles") {
    const role = context.model.data.roles.find((candidate) => String(candidate.id) === id);
    return role ? { type, id, attributes: { role: role.role, label: role.label } } : undefined;
  }
  if (type === "organizations") {
    const organization = context.model.data.organizations.find((candidate) => String(candidate.id) === id);
    return organization ? { type, id, attributes: { name: organization.name, enabled: true } } : undefined;
  }
  const label = enumLabels[type]?.[id];
  return label === undefined ? undefined : { type, id, attributes: { name: label } };
}

/** The `included` section for include=a,b over the primary resources (each related resource once). */
export function includedResources(context: SandboxContext, primary: ResourceObject[], include: string[]): ResourceObject[] {
  const seen = new Set(primary.map((resource) => `${resource.type}:${resource.id}`));
  const result: ResourceObject[] = [];
  for (const resource of primary) {
    for (const name of include) {
      const data = resource.relationships?.[name]?.data;
      const identifiers = data === undefined || data === null ? [] : Array.isArray(data) ? data : [data];
      for (const identifier of identifiers) {
        const key = `${identifier.type}:${identifier.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const related = resolveResource(context, identifier.type, identifier.id);
        if (related) result.push(related);
      }
    }
  }
  return result;
}

function relationshipNames(context: SandboxContext, type: EntityType): string[] {
  const firstId = entityIds(context.model.data, type)[0];
  const view = firstId === undefined ? undefined : describeEntity(context.model.data, { type, id: firstId });
  return view ? Object.keys(view.relationships) : [];
}

function sortableFields(context: SandboxContext, type: EntityType): string[] {
  const firstId = entityIds(context.model.data, type)[0];
  const view = firstId === undefined ? undefined : describeEntity(context.model.data, { type, id: firstId });
  return ["id", ...(view ? Object.keys(view.attributes) : [])];
}

function matchesFilters(view: EntityView, query: ParsedQuery): boolean {
  for (const [name, filter] of query.filters) {
    const values = (view.filterValues[name] ?? []).map((value) => value.toLowerCase());
    const wanted = filter.values.map((value) => value.toLowerCase());
    const hit = wanted.some((value) => values.includes(value));
    if (filter.operator === "eq" ? !hit : hit) return false;
  }
  return true;
}

function sortViews(views: EntityView[], query: ParsedQuery): EntityView[] {
  if (query.sort.length === 0) return views;
  return [...views].sort((a, b) => {
    for (const { field, descending } of query.sort) {
      const left = field === "id" ? a.ref.id : a.attributes[field];
      const right = field === "id" ? b.ref.id : b.attributes[field];
      const order = compareJson(left, right);
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  });
}

/** A collection as Oro lists it: one page, sparse fieldsets, the included records, paging links and total. */
export function listResponse(api: ApiRequest, query: ParsedQuery, all: ResourceObject[], resourcePath: string): Response {
  const page = paginate(all, query);
  const included = includedResources(api.context, page.items, query.include);
  return collectionResponse({
    page: { ...page, items: page.items.map((resource) => applyFields(resource, query.fields)) },
    included: included.map((resource) => applyFields(resource, query.fields)),
    request: api.request,
    url: api.url,
    publicUrl: `${api.apiBase}/${resourcePath}`,
    pageNumber: query.pageNumber,
  });
}

export function listEntities(api: ApiRequest, type: EntityType): Response {
  const { context } = api;
  const query = parseQuery(api.url, {
    filters: supportedFilters[type],
    paging: true,
    include: relationshipNames(context, type),
    sort: sortableFields(context, type),
    metaTitle: true,
    fields: true,
  });
  const views = entityIds(context.model.data, type)
    .map((id) => describeEntity(context.model.data, { type, id }))
    .filter((view): view is EntityView => view !== undefined)
    .filter((view) => matchesFilters(view, query));
  const resources = sortViews(views, query).map((view) => viewToResource(view, query.metaTitle));
  return listResponse(api, query, resources, type);
}

export function getEntity(api: ApiRequest, type: EntityType, id: string): Response {
  const { context } = api;
  const query = parseQuery(api.url, {
    filters: [],
    paging: false,
    include: relationshipNames(context, type),
    sort: false,
    metaTitle: true,
    fields: true,
  });
  const view = /^\d+$/.test(id) ? describeEntity(context.model.data, { type, id: Number(id) }) : undefined;
  if (!view) throw notFound();
  return singleResponse(context, viewToResource(view, query.metaTitle), query);
}

export function singleResponse(context: SandboxContext, resource: ResourceObject, query: ParsedQuery, status = 200, headers: Record<string, string> = {}): Response {
  const included = includedResources(context, [resource], query.include);
  const body: { data: ResourceObject; included?: ResourceObject[] } = { data: applyFields(resource, query.fields) };
  if (included.length > 0) body.included = included.map((item) => applyFields(item, query.fields));
  return jsonApiResponse(body, status, headers);
}

/** GET /api/userprofile: the token's user (type users). */
export function getUserProfile(api: ApiRequest): Response {
  const query = parseQuery(api.url, {
    filters: [],
    paging: false,
    include: ["userRoles", "organization", "organizations"],
    sort: false,
    metaTitle: true,
    fields: true,
  });
  const view = describeEntity(api.context.model.data, { type: "users", id: api.user.id });
  if (!view) throw new ApiProblem(404, [{ title: "not found http exception", detail: "The user does not exist." }]);
  return singleResponse(api.context, viewToResource(view, query.metaTitle), query);
}
