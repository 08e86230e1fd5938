// Oro's email context logic: which records are already in the context of a message (or its thread) and
// which could be related, from the stored message's addresses and the from/to/cc filters.

import { describeEntity, entityIds, recordsMatchingAddress } from "./entity-types";
import type { EmailRecord, EntityRef, EntityType, SandboxData, SandboxModel } from "./model";
import { entityTypes } from "./model";

export interface ContextQuery {
  messageIds: string[];
  from: string[];
  to: string[];
  cc: string[];
  entities: EntityType[] | null;
  isContext: boolean | null;
  excludeCurrentUser: boolean;
  searchText: string | null;
}

export interface ContextItem {
  ref: EntityRef;
  isContext: boolean;
  /** The stored email the item belongs to; 0 for a suggestion that is not in context yet. */
  emailId: number;
}

function refKey(ref: EntityRef): string {
  return `${ref.type}-${ref.id}`;
}

/** Case-insensitive match of the search text against a record's title fields and email addresses. */
export function matchesSearchText(data: SandboxData, ref: EntityRef, searchText: string): boolean {
  const needle = searchText.trim().toLowerCase();
  if (needle === "") return true;
  const view = describeEntity(data, ref);
  if (!view) return false;
  return view.searchValues.some((value) => value.toLowerCase().includes(needle));
}

/** Every record of the given types whose search values contain the text. */
export function searchRecords(data: SandboxData, types: readonly EntityType[], searchText: string | null): EntityRef[] {
  const result: EntityRef[] = [];
  for (const type of types) {
    for (const id of entityIds(data, type)) {
      const ref = { type, id };
      if (searchText === null || matchesSearchText(data, ref, searchText)) result.push(ref);
    }
  }
  return result;
}

function storedEmail(model: SandboxModel, messageIds: readonly string[]): EmailRecord | undefined {
  for (const messageId of messageIds) {
    const email = model.emailByMessageId(messageId);
    if (email) return email;
  }
  return undefined;
}

/**
 * The items of /api/emailthreadcontext (scope "thread") or /api/emailcontext (scope "email"):
 * in-context records first, then suggestions matched by address.
 */
export function contextItems(
  model: SandboxModel,
  query: ContextQuery,
  currentUserId: number,
  scope: "thread" | "email",
): ContextItem[] {
  const data = model.data;
  const email = storedEmail(model, query.messageIds);
  const inContext = email ? (scope === "thread" ? model.threadContextOf(email) : model.activityTargetsOf(email.id)) : [];
  const inContextKeys = new Set(inContext.map(refKey));
  const emailId = email?.id ?? 0;
  const allowedTypes = query.entities ?? [...entityTypes];
  const typeAllowed = (ref: EntityRef) => allowedTypes.includes(ref.type);

  let items: ContextItem[];
  if (query.searchText !== null) {
    items = searchRecords(data, allowedTypes, query.searchText).map((ref) =>
      inContextKeys.has(refKey(ref)) ? { ref, isContext: true, emailId } : { ref, isContext: false, emailId: 0 },
    );
  } else {
    const addresses: string[] = [];
    if (email) {
      addresses.push(email.from.email, ...email.toRecipients.map((a) => a.email), ...email.ccRecipients.map((a) => a.email));
    }
    addresses.push(...query.from, ...query.to, ...query.cc);
    const seen = new Set(inContextKeys);
    const suggestions: ContextItem[] = [];
    for (const address of addresses) {
      for (const ref of recordsMatchingAddress(data, address)) {
        if (seen.has(refKey(ref))) continue;
        seen.add(refKey(ref));
        suggestions.push({ ref, isContext: false, emailId: 0 });
      }
    }
    items = [...inContext.map((ref) => ({ ref, isContext: true, emailId })), ...suggestions];
    if (query.excludeCurrentUser) {
      items = items.filter((item) => !(item.ref.type === "users" && item.ref.id === currentUserId));
    }
    if (query.isContext !== null) items = items.filter((item) => item.isContext === query.isContext);
  }
  return items.filter((item) => typeAllowed(item.ref) && describeEntity(data, item.ref) !== undefined);
}

/** Parses "<type>-<id>-<emailId>" (emailthreadcontext item ids). */
export function parseThreadContextId(value: string): { ref: EntityRef; emailId: number } | undefined {
  const match = /^([a-z_]+)-(\d+)-(\d+)$/.exec(value);
  if (!match) return undefined;
  const [, type, id, emailId] = match;
  if (type === undefined || id === undefined || emailId === undefined) return undefined;
  if (!(entityTypes as readonly string[]).includes(type)) return undefined;
  const entityType = entityTypes.find((candidate) => candidate === type);
  if (!entityType) return undefined;
  return { ref: { type: entityType, id: Number(id) }, emailId: Number(emailId) };
}
