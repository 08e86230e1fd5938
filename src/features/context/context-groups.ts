// Turns the merged context records into what the panel shows: two sections in relevance order, which participant
// each record matched (when the records tell), and the participants nothing matched.
import { normalizeAddress, type Participant } from "../../mailbox/participants";
import type { ContextItem } from "../../oro/resources";
import {
  contactAttributesSchema,
  customerUserAttributesSchema,
  entityKey,
  leadAttributesSchema,
  rfqAttributesSchema,
  userAttributesSchema,
  type EntityRecord,
} from "../../oro/schemas";

export type ContextRow = {
  item: ContextItem;
  /** The participant whose address the record (or a record it is linked to) carries; null when it cannot be told. */
  matched: Participant | null;
};

export type ContextGroups = {
  inContext: ContextRow[];
  suggested: ContextRow[];
  /** Participants no loaded record matched; only meaningful once every page is loaded. */
  unmatched: Participant[];
};

/** Most useful first when a sender writes: the person, their company, what is being sold to them, then the rest. */
const contextTypeOrder: readonly string[] = [
  "contacts",
  "accounts",
  "opportunities",
  "leads",
  "customerusers",
  "customers",
  "orders",
  "rfqs",
  "cases",
  "tasks",
  "users",
];

function typeRank(type: string): number {
  const index = contextTypeOrder.indexOf(type);
  return index === -1 ? contextTypeOrder.length : index;
}

/** The email addresses a record carries, lower-cased (only the types Oro matches by address have any). */
function recordEmails(record: EntityRecord | null): string[] {
  if (record === null) return [];
  const found: (string | null | undefined)[] = [];
  switch (record.type) {
    case "contacts": {
      const parsed = contactAttributesSchema.safeParse(record.attributes);
      if (parsed.success) found.push(parsed.data.primaryEmail, ...(parsed.data.emails ?? []).map((entry) => entry.email));
      break;
    }
    case "leads": {
      const parsed = leadAttributesSchema.safeParse(record.attributes);
      if (parsed.success) found.push(parsed.data.primaryEmail, ...(parsed.data.emails ?? []).map((entry) => entry.email));
      break;
    }
    case "customerusers": {
      const parsed = customerUserAttributesSchema.safeParse(record.attributes);
      if (parsed.success) found.push(parsed.data.email);
      break;
    }
    case "users": {
      const parsed = userAttributesSchema.safeParse(record.attributes);
      if (parsed.success) found.push(parsed.data.email);
      break;
    }
    case "rfqs": {
      const parsed = rfqAttributesSchema.safeParse(record.attributes);
      if (parsed.success) found.push(parsed.data.email);
      break;
    }
    default:
      break;
  }
  return [...new Set(found.filter((value): value is string => typeof value === "string" && value.trim() !== "").map(normalizeAddress))];
}

/** The records a record points to through any relationship (account of a contact, contact of an opportunity…). */
function linkedKeys(record: EntityRecord | null): string[] {
  if (record === null) return [];
  const keys: string[] = [];
  for (const relationship of Object.values(record.relationships)) {
    const data = relationship.data;
    if (data === null || data === undefined) continue;
    for (const ref of Array.isArray(data) ? data : [data]) keys.push(entityKey(ref));
  }
  return keys;
}

/**
 * Groups and orders the records. A record matches a participant through its own addresses, or through one link to
 * a record in the list that does (an account through its contact, an order through its customer user).
 */
export function groupContext(records: readonly ContextItem[], participants: readonly Participant[]): ContextGroups {
  const participantByAddress = new Map<string, { participant: Participant; index: number }>();
  participants.forEach((participant, index) => {
    const key = normalizeAddress(participant.emailAddress);
    if (!participantByAddress.has(key)) participantByAddress.set(key, { participant, index });
  });

  const direct = new Map<string, { participant: Participant; index: number }>();
  for (const item of records) {
    let best: { participant: Participant; index: number } | undefined;
    for (const email of recordEmails(item.record)) {
      const hit = participantByAddress.get(email);
      if (hit !== undefined && (best === undefined || hit.index < best.index)) best = hit;
    }
    if (best !== undefined) direct.set(entityKey(item.entity), best);
  }

  // Links in both directions: an opportunity names its contact; a contact names its accounts.
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)?.add(b);
  };
  for (const item of records) {
    const key = entityKey(item.entity);
    for (const other of linkedKeys(item.record)) {
      link(key, other);
      link(other, key);
    }
  }

  const matchOf = (item: ContextItem): { participant: Participant; index: number } | undefined => {
    const key = entityKey(item.entity);
    const own = direct.get(key);
    if (own !== undefined) return own;
    let best: { participant: Participant; index: number } | undefined;
    for (const other of neighbours.get(key) ?? []) {
      const hit = direct.get(other);
      if (hit !== undefined && (best === undefined || hit.index < best.index)) best = hit;
    }
    return best;
  };

  type Ranked = ContextRow & { participantIndex: number; order: number };
  const ranked: Ranked[] = records.map((item, order) => {
    const match = matchOf(item);
    return { item, matched: match?.participant ?? null, participantIndex: match?.index ?? Number.MAX_SAFE_INTEGER, order };
  });

  const byType = (a: Ranked, b: Ranked) => typeRank(a.item.entity.type) - typeRank(b.item.entity.type) || a.order - b.order;
  // Suggestions: whoever the records concern first in the email (the sender) first, then by type.
  const bySender = (a: Ranked, b: Ranked) => senderRank(a) - senderRank(b) || byType(a, b);
  const senderRank = (row: Ranked) => (row.matched !== null && row.matched.role === "from" ? 0 : 1);

  const strip = ({ item, matched }: Ranked): ContextRow => ({ item, matched });
  const matchedAddresses = new Set(ranked.flatMap((row) => (row.matched === null ? [] : [normalizeAddress(row.matched.emailAddress)])));
  return {
    inContext: ranked.filter((row) => row.item.isContext).sort(byType).map(strip),
    suggested: ranked.filter((row) => !row.item.isContext).sort(bySender).map(strip),
    unmatched: participants.filter((participant) => !matchedAddresses.has(normalizeAddress(participant.emailAddress))),
  };
}
