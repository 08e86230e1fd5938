// Thin, typed calls for the Oro resources the connector uses (oro-api.md §3–§6). Each takes the client, sends
// only documented parameters, and returns plain values the features can show.
import type { z } from "zod/mini";
import type { OroClient, OroQuery, OroRequestOptions, OroResponse } from "./oro-client";
import {
  activityTargetsDocumentSchema,
  contextEntityTypesDocumentSchema,
  contextItemsDocumentSchema,
  createdEmailDocumentSchema,
  emailsDocumentSchema,
  entityDocumentSchema,
  entityKey,
  indexIncluded,
  toEntityRecord,
  userProfileDocumentSchema,
  userRoleAttributesSchema,
  type ContextItemResource,
  type EntityRecord,
  type EntityRef,
} from "./schemas";

export type CallOptions = { signal?: AbortSignal };

// ---------------------------------------------------------------------------------------------------------------
// Current user

export type UserRole = { role: string; label: string | null };
export type UserProfile = {
  id: string;
  username: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  /** Roles Oro included; empty when it included none. */
  roles: UserRole[];
};

export async function getUserProfile(client: OroClient, options: CallOptions = {}): Promise<UserProfile> {
  const { data: document } = await client.get("userprofile", { include: "userRoles" }, userProfileDocumentSchema, options);
  const user = document.data;
  const included = indexIncluded(document.included);
  const roles: UserRole[] = [];
  for (const ref of user.relationships?.userRoles?.data ?? []) {
    const record = included.get(entityKey(ref));
    const parsed = userRoleAttributesSchema.safeParse(record?.attributes);
    if (parsed.success) roles.push({ role: parsed.data.role, label: parsed.data.label ?? null });
  }
  return {
    id: user.id,
    username: user.attributes?.username ?? null,
    email: user.attributes?.email ?? null,
    firstName: user.attributes?.firstName ?? null,
    lastName: user.attributes?.lastName ?? null,
    roles,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Which entity types may be email context for this user

export type ContextEntityType = { entityType: string; entityName: string; allowed: boolean };

/**
 * Every context entity type of the user, following links.next: the resource is paged like any other list (10 per
 * page by default, and Oro has 11 default types), and page[size] is refused where paging is switched off.
 */
export async function listContextEntityTypes(client: OroClient, options: CallOptions = {}): Promise<ContextEntityType[]> {
  const types: ContextEntityType[] = [];
  let response = await client.get("emailcontextentities", { "filter[allowed]": true }, contextEntityTypesDocumentSchema, options);
  for (let pages = 1; ; pages += 1) {
    for (const item of response.data.data) {
      types.push({
        entityType: item.attributes.entityType,
        entityName: nonBlank(item.attributes.entityName) ?? item.attributes.entityType,
        allowed: item.attributes.allowed ?? true,
      });
    }
    const next = response.data.links?.next;
    // A bound against a server that keeps sending the same link.
    if (next === null || next === undefined || pages >= 20) return types;
    response = await client.getUrl(next, contextEntityTypesDocumentSchema, options);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Context of an email thread, and context search

export type SearchItem = {
  /** Oro's item id, e.g. "contacts-5" (search) or "contacts-5-12" (thread context). */
  itemId: string;
  entity: EntityRef;
  entityName: string;
  /** Absolute back-office view URL (prefix already applied); null if Oro sent none. */
  entityUrl: string | null;
  /** The embedded record when `include=entity` was asked for and Oro sent it. */
  record: EntityRecord | null;
};

export type ContextItem = SearchItem & {
  /** true = "In context of"; false = "Could be related to" (a suggestion). */
  isContext: boolean;
  /** The email the record is in context through; null for a suggestion (Oro's id ends in "-0"). */
  emailId: string | null;
};

export type Page<T> = { items: T[]; next: string | null; total: number | null };

export type EmailContextQuery = {
  /** Internet Message-IDs; each is sent bracketed and bare (Oro stores either form). Must not be empty. */
  messageIds: readonly string[];
  from?: string | null;
  to?: readonly string[];
  /** CC, plus BCC in compose mode (Oro has no bcc filter). */
  cc?: readonly string[];
  /** null or left out: no filter[entities], Oro uses every type the user may see. */
  entities?: readonly string[] | null;
  isContext?: boolean;
  excludeCurrentUser?: boolean;
  include?: "entity";
  pageNumber?: number;
  pageSize?: number;
  withTotal?: boolean;
};

export const emailThreadContextResource = "emailthreadcontext";

/**
 * Exactly the parameters getEmailThreadContext sends, in the order it sends them; the lookup measures its URLs with
 * these too. Throws a RangeError without a message id (filter[messageId] is required).
 */
export function emailThreadContextParams(query: EmailContextQuery): OroQuery {
  const messageIds = withBothMessageIdForms(query.messageIds);
  if (messageIds.length === 0) {
    throw new RangeError(`${emailThreadContextResource} needs at least one message id (filter[messageId] is required).`);
  }
  return {
    "filter[messageId]": messageIds,
    "filter[from]": nonBlank(query.from),
    "filter[to]": query.to,
    "filter[cc]": query.cc,
    "filter[entities]": query.entities,
    "filter[isContext]": query.isContext,
    "filter[excludeCurrentUser]": query.excludeCurrentUser,
    include: query.include,
    "page[number]": query.pageNumber,
    "page[size]": query.pageSize,
  };
}

export async function getEmailThreadContext(
  client: OroClient,
  query: EmailContextQuery,
  options: CallOptions = {},
): Promise<Page<ContextItem>> {
  const params = emailThreadContextParams(query);
  const response = await client.get(emailThreadContextResource, params, contextItemsDocumentSchema, requestOptions(options, query.withTotal));
  return toContextPage(response);
}

export type SearchQuery = {
  searchText: string;
  entities?: readonly string[];
  /** Embeds each record (Oro supports it on emailcontextsearch: its functional test testSearchWithInclude). */
  include?: "entity";
  pageNumber?: number;
  pageSize?: number;
  withTotal?: boolean;
  /** `emailcontextsearch` (default: records that can become context) or the general `search`. */
  resource?: "emailcontextsearch" | "search";
};

export async function searchContextRecords(
  client: OroClient,
  query: SearchQuery,
  options: CallOptions = {},
): Promise<Page<SearchItem>> {
  // searchText cannot be combined with other filters except entities (oro-api.md §3).
  const params: OroQuery = {
    "filter[searchText]": query.searchText,
    "filter[entities]": query.entities,
    include: query.include,
    "page[number]": query.pageNumber,
    "page[size]": query.pageSize,
  };
  const response = await client.get(
    query.resource ?? "emailcontextsearch",
    params,
    contextItemsDocumentSchema,
    requestOptions(options, query.withTotal),
  );
  const page = toContextPage(response);
  return { ...page, items: page.items.map(toSearchItem) };
}

/** Follows a context or search page's `links.next` (refused unless it stays inside the API root). */
export async function getNextContextPage(
  client: OroClient,
  next: string,
  options: CallOptions & { withTotal?: boolean } = {},
): Promise<Page<ContextItem>> {
  return toContextPage(await client.getUrl(next, contextItemsDocumentSchema, requestOptions(options, options.withTotal)));
}

export async function getNextSearchPage(
  client: OroClient,
  next: string,
  options: CallOptions & { withTotal?: boolean } = {},
): Promise<Page<SearchItem>> {
  const page = await getNextContextPage(client, next, options);
  return { ...page, items: page.items.map(toSearchItem) };
}

function toContextPage(response: OroResponse<z.output<typeof contextItemsDocumentSchema>>): Page<ContextItem> {
  const document = response.data;
  const included = indexIncluded(document.included);
  return {
    items: document.data.map((item) => toContextItem(item, included)),
    next: document.links?.next ?? null,
    total: response.total,
  };
}

function toContextItem(item: ContextItemResource, included: Map<string, EntityRecord>): ContextItem {
  const ref = item.relationships.entity.data;
  const parsedId = parseContextItemId(item.id);
  return {
    itemId: item.id,
    entity: { type: ref.type, id: ref.id },
    entityName: nonBlank(item.attributes?.entityName) ?? included.get(entityKey(ref))?.title ?? `${ref.type} ${ref.id}`,
    entityUrl: nonBlank(item.links?.entityUrl) ?? null,
    record: included.get(entityKey(ref)) ?? null,
    isContext: item.attributes?.isContext ?? false,
    emailId: parsedId?.emailId ?? null,
  };
}

function toSearchItem(item: ContextItem): SearchItem {
  return { itemId: item.itemId, entity: item.entity, entityName: item.entityName, entityUrl: item.entityUrl, record: item.record };
}

/**
 * Splits a thread-context item id "<entityType>-<entityId>-<emailId>" from the right (an entity type could
 * contain a dash; the ids are numeric). emailId is null for "0" (a suggestion not yet in context).
 */
export function parseContextItemId(itemId: string): { entityType: string; entityId: string; emailId: string | null } | null {
  const match = /^(.+)-([^-]+)-(\d+)$/.exec(itemId);
  if (match === null) return null;
  const [, entityType, entityId, emailId] = match;
  if (entityType === undefined || entityId === undefined || emailId === undefined) return null;
  return { entityType, entityId, emailId: /^0+$/.test(emailId) ? null : emailId };
}

// ---------------------------------------------------------------------------------------------------------------
// Records

/** Any record with Oro's display title (`meta=title`). */
export async function getEntity(client: OroClient, type: string, id: string, options: CallOptions = {}): Promise<EntityRecord> {
  const { data: document } = await client.get(
    `${encodeURIComponent(type)}/${encodeURIComponent(id)}`,
    { meta: "title" },
    entityDocumentSchema,
    options,
  );
  return toEntityRecord(document.data);
}

// ---------------------------------------------------------------------------------------------------------------
// Emails and their activity targets

export type OroEmailSummary = { id: string; messageId: string | null; subject: string | null };

/** Emails the current user has a copy of, by Message-ID (both bracketed and bare forms are asked for). */
export async function findEmailsByMessageId(
  client: OroClient,
  messageIds: readonly string[],
  options: CallOptions = {},
): Promise<OroEmailSummary[]> {
  const ids = withBothMessageIdForms(messageIds);
  if (ids.length === 0) return [];
  const { data: document } = await client.get(
    "emails",
    // Only the fields we read: email bodies can be large.
    { "filter[messageId]": ids, "fields[emails]": ["messageId", "subject"] },
    emailsDocumentSchema,
    options,
  );
  return document.data.map((email) => ({
    id: email.id,
    messageId: email.attributes?.messageId ?? null,
    subject: email.attributes?.subject ?? null,
  }));
}

export type EmailAddressInput = { email: string; name?: string | null };
export type CreateEmailInput = {
  subject: string;
  from: EmailAddressInput;
  toRecipients: readonly EmailAddressInput[];
  ccRecipients?: readonly EmailAddressInput[];
  bccRecipients?: readonly EmailAddressInput[];
  /** Internet Message-ID; brackets are added when missing (Oro stores it bracketed). */
  messageId: string;
  sentAt: string | Date;
  /** Defaults to sentAt. */
  internalDate?: string | Date;
  body?: { type: "text" | "html"; content: string } | null;
  importance?: "low" | "normal" | "high";
  /** Message-IDs this message replies to (lets Oro put it in the right thread). */
  references?: readonly string[];
  /** Records to put the email in context of, in the same request. */
  activityTargets?: readonly EntityRef[];
};

/** POST /emails. A 409 (the Message-ID exists) surfaces as OroApiError kind "conflict": look it up, then add context. */
export async function createEmail(client: OroClient, input: CreateEmailInput, options: CallOptions = {}): Promise<{ id: string }> {
  const attributes: Record<string, unknown> = {
    subject: input.subject,
    from: address(input.from),
    toRecipients: input.toRecipients.map(address),
    messageId: withBrackets(input.messageId),
    sentAt: isoDate(input.sentAt),
    internalDate: isoDate(input.internalDate ?? input.sentAt),
  };
  if (input.ccRecipients !== undefined && input.ccRecipients.length > 0) attributes["ccRecipients"] = input.ccRecipients.map(address);
  if (input.bccRecipients !== undefined && input.bccRecipients.length > 0) attributes["bccRecipients"] = input.bccRecipients.map(address);
  if (input.body !== undefined && input.body !== null) attributes["body"] = { type: input.body.type, content: input.body.content };
  if (input.importance !== undefined) attributes["importance"] = input.importance;
  if (input.references !== undefined && input.references.length > 0) attributes["references"] = input.references.map(withBrackets);

  const resource: Record<string, unknown> = { type: "emails", attributes };
  if (input.activityTargets !== undefined && input.activityTargets.length > 0) {
    resource["relationships"] = { activityTargets: { data: input.activityTargets.map(refOnly) } };
  }
  const { data: document } = await client.post("emails", { data: resource }, createdEmailDocumentSchema, options);
  return { id: document.data.id };
}

export type ActivityTarget = EntityRef & { threadContextItemId: string | null };

/** The records in one email's context (an answer without a body counts as none). */
export async function getActivityTargets(client: OroClient, emailId: string, options: CallOptions = {}): Promise<ActivityTarget[]> {
  const response = await client.get(activityTargetsPath(emailId), null, activityTargetsDocumentSchema, options);
  return toActivityTargets(response.data) ?? [];
}

/** Adds records to one email's context. Returns Oro's resulting targets (6.x), or null when it answered 204 (5.1). */
export async function addActivityTargets(
  client: OroClient,
  emailId: string,
  refs: readonly EntityRef[],
  options: CallOptions = {},
): Promise<ActivityTarget[] | null> {
  const response = await client.post(activityTargetsPath(emailId), { data: refs.map(refOnly) }, activityTargetsDocumentSchema, options);
  return toActivityTargets(response.data);
}

/** Removes a record from the context of every email in the thread; 404 (kind "notFound") if it was not in context. */
export async function removeThreadContext(client: OroClient, itemId: string, options: CallOptions = {}): Promise<void> {
  await client.delete(`emailthreadcontext/${encodeURIComponent(itemId)}`, undefined, null, options);
}

function activityTargetsPath(emailId: string): string {
  return `emails/${encodeURIComponent(emailId)}/relationships/activityTargets`;
}

function toActivityTargets(document: z.output<typeof activityTargetsDocumentSchema>): ActivityTarget[] | null {
  if (document === undefined) return null;
  return document.data.map((target) => ({
    type: target.type,
    id: target.id,
    threadContextItemId: target.meta?.emailThreadContextItemId ?? null,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** Each id bracketed and bare, deduplicated, blanks dropped: Oro may have stored either form. */
export function withBothMessageIdForms(messageIds: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const raw of messageIds) {
    const bare = bareMessageId(raw);
    if (bare === "") continue;
    forms.add(`<${bare}>`);
    forms.add(bare);
  }
  return [...forms];
}

function withBrackets(messageId: string): string {
  return `<${bareMessageId(messageId)}>`;
}

/** The Message-ID without surrounding blanks and angle brackets. */
function bareMessageId(messageId: string): string {
  return messageId.trim().replace(/^<+/, "").replace(/>+$/, "").trim();
}

function address(value: EmailAddressInput): { email: string; name?: string } {
  const name = nonBlank(value.name ?? undefined);
  return name === undefined ? { email: value.email } : { name, email: value.email };
}

function refOnly(ref: EntityRef): EntityRef {
  return { type: ref.type, id: ref.id };
}

function isoDate(value: string | Date): string {
  return typeof value === "string" ? value : value.toISOString();
}

function nonBlank(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === "" ? undefined : value;
}

function requestOptions(options: CallOptions, withTotal: boolean | undefined): OroRequestOptions {
  const result: OroRequestOptions = {};
  if (options.signal !== undefined) result.signal = options.signal;
  if (withTotal === true) result.includeTotal = true;
  return result;
}
