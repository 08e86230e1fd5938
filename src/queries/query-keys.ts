// Query keys shared by every feature that reads or changes Oro data, so a change made in one view
// (Add/Remove Context) invalidates what the others show. Every input of a query is part of its key.
import type { EntityRef } from "../oro/schemas";

/** Identifies the connected Oro and user: cached data never leaks across connections. */
export type ConnectionKey = { apiBaseUrl: string; userId: string };

export const oroKeys = {
  all: (c: ConnectionKey) => ["oro", c.apiBaseUrl, c.userId] as const,
  contextEntityTypes: (c: ConnectionKey) => [...oroKeys.all(c), "context-entity-types"] as const,
  /** Everything about email context: invalidated after any Add/Remove Context. */
  emailContextAll: (c: ConnectionKey) => [...oroKeys.all(c), "email-context"] as const,
  emailContext: (c: ConnectionKey, lookup: unknown) => [...oroKeys.emailContextAll(c), lookup] as const,
  searchAll: (c: ConnectionKey) => [...oroKeys.all(c), "search"] as const,
  search: (c: ConnectionKey, params: unknown) => [...oroKeys.searchAll(c), params] as const,
  entity: (c: ConnectionKey, ref: EntityRef) => [...oroKeys.all(c), "entity", ref.type, ref.id] as const,
  /** The email stored in Oro for a Message-ID (or null when Oro does not have it). */
  emailByMessageId: (c: ConnectionKey, messageId: string) => [...oroKeys.all(c), "email", messageId] as const,
};
