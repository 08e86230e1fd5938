// The resources Oro made for mail-client add-ins: emailcontextentities, emailthreadcontext, emailcontext,
// emailcontextsearch and the general search.

import { entityUrl, listResponse, type ApiRequest } from "./api-entities";
import { describeEntity, entityTypeInfo } from "./entity-types";
import { contextItems, parseThreadContextId, searchRecords, type ContextItem, type ContextQuery } from "./email-context";
import {
  filterConstraint,
  notFound,
  parseBooleanFilter,
  parseQuery,
  type FilterValue,
  type ParsedQuery,
  type ResourceObject,
} from "./json-api";
import { entityTypes, isEntityType, type EntityRef, type EntityType } from "./model";

function parseEntitiesFilter(filter: FilterValue | undefined): EntityType[] | null {
  if (!filter) return null;
  const result: EntityType[] = [];
  for (const value of filter.values) {
    if (!isEntityType(value)) throw filterConstraint(filter.parameter, `The "${value}" entity type is not supported.`);
    result.push(value);
  }
  return result;
}

/** GET /api/emailcontextentities */
export function listEmailContextEntities(api: ApiRequest): Response {
  const query = parseQuery(api.url, { filters: ["allowed"], paging: true, include: false, sort: false, metaTitle: false, fields: true });
  const allowed = parseBooleanFilter(query.filters.get("allowed"));
  // Both demo roles may view every context-capable type.
  const resources: ResourceObject[] = entityTypes
    .map((type) => ({
      type: "emailcontextentities",
      id: type,
      attributes: { entityType: type, entityName: entityTypeInfo[type].label, allowed: true },
    }))
    .filter((resource) => allowed === null || resource.attributes.allowed === allowed);
  return listResponse(api, query, resources, "emailcontextentities");
}

const addressFilters = ["from", "to", "cc", "isContext", "excludeCurrentUser"] as const;

function parseContextQuery(api: ApiRequest): { query: ParsedQuery; context: ContextQuery } {
  const query = parseQuery(api.url, {
    filters: ["messageId", "from", "to", "cc", "entities", "isContext", "excludeCurrentUser", "searchText"],
    paging: true,
    include: ["entity"],
    sort: false,
    metaTitle: false,
    fields: true,
  });
  const messageIds = query.filters.get("messageId")?.values ?? [];
  if (messageIds.length === 0) throw filterConstraint("filter[messageId]", "The Message-ID is required.");
  const searchText = query.filters.get("searchText");
  if (searchText && addressFilters.some((name) => query.filters.has(name))) {
    throw filterConstraint(
      "filter[searchText]",
      'The search text cannot be specified together with "from", "to", "cc", "isContext" or "excludeCurrentUser" filters.',
    );
  }
  return {
    query,
    context: {
      messageIds,
      from: query.filters.get("from")?.values ?? [],
      to: query.filters.get("to")?.values ?? [],
      cc: query.filters.get("cc")?.values ?? [],
      entities: parseEntitiesFilter(query.filters.get("entities")),
      isContext: parseBooleanFilter(query.filters.get("isContext")),
      excludeCurrentUser: parseBooleanFilter(query.filters.get("excludeCurrentUser")) ?? false,
      searchText: searchText ? searchText.values.join(",") : null,
    },
  };
}

function contextResource(api: ApiRequest, type: string, id: string, ref: EntityRef, attributes: Record<string, string | boolean>): ResourceObject {
  return {
    type,
    id,
    links: { entityUrl: entityUrl(api.context, ref) },
    attributes,
    relationships: { entity: { data: { type: ref.type, id: String(ref.id) } } },
  };
}

function itemResource(api: ApiRequest, item: ContextItem, scope: "thread" | "email"): ResourceObject {
  const entityName = describeEntity(api.context.model.data, item.ref)?.title ?? "";
  const id = scope === "thread" ? `${item.ref.type}-${item.ref.id}-${item.emailId}` : `${item.ref.type}-${item.ref.id}`;
  return contextResource(api, scope === "thread" ? "emailthreadcontext" : "emailcontext", id, item.ref, {
    entityName,
    isContext: item.isContext,
  });
}

/** GET /api/emailthreadcontext and GET /api/emailcontext */
export function listEmailContext(api: ApiRequest, scope: "thread" | "email"): Response {
  const { query, context } = parseContextQuery(api);
  const items = contextItems(api.context.model, context, api.user.id, scope);
  const resources = items.map((item) => itemResource(api, item, scope));
  return listResponse(api, query, resources, scope === "thread" ? "emailthreadcontext" : "emailcontext");
}

/** DELETE /api/emailthreadcontext/{type}-{id}-{emailId}: out of the context of every email of the thread. */
export function deleteThreadContext(api: ApiRequest, id: string): Response {
  parseQuery(api.url, { filters: [], paging: false, include: false, sort: false, metaTitle: false, fields: false });
  const parsed = parseThreadContextId(id);
  const email = parsed ? api.context.model.emailById(parsed.emailId) : undefined;
  if (!parsed || !email || !api.context.model.removeFromThreadContext(email, parsed.ref)) throw notFound();
  return new Response(null, { status: 204 });
}

/** GET /api/emailcontextsearch and GET /api/search */
export function searchResource(api: ApiRequest, resourceType: "emailcontextsearch" | "search"): Response {
  const query = parseQuery(api.url, {
    filters: ["searchText", "entities"],
    paging: true,
    include: ["entity"],
    sort: false,
    metaTitle: false,
    fields: true,
  });
  const searchText = query.filters.get("searchText");
  const types = parseEntitiesFilter(query.filters.get("entities")) ?? [...entityTypes];
  const refs = searchRecords(api.context.model.data, types, searchText ? searchText.values.join(",") : null);
  const resources = refs.map((ref) =>
    contextResource(api, resourceType, `${ref.type}-${ref.id}`, ref, {
      entityName: describeEntity(api.context.model.data, ref)?.title ?? "",
    }),
  );
  return listResponse(api, query, resources, resourceType);
}
