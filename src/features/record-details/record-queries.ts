// The record behind the details view (GET /{type}/{id}?meta=title) and, once it is known which relationships the
// record has, the related records its fields name (an account's name, a status label) in one more request.
import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { getEntityType } from "../../oro/entity-types";
import type { OroClient } from "../../oro/oro-client";
import { getEntity } from "../../oro/resources";
import { entityDocumentSchema, indexIncluded, type EntityRecord } from "../../oro/schemas";
import { oroKeys, type ConnectionKey } from "../../queries/query-keys";
import { useConnectionKey, useOptionalOroClient } from "../../queries/connection";
import type { EntityRef } from "../../ui/navigation";

function recordQueryOptions(client: OroClient | null, connection: ConnectionKey | null, ref: EntityRef) {
  return queryOptions({
    queryKey: connection === null ? ["oro", "no-connection", "entity", ref.type, ref.id] : oroKeys.entity(connection, ref),
    queryFn: client === null ? skipToken : ({ signal }) => getEntity(client, ref.type, ref.id, { signal }),
    staleTime: 30_000,
  });
}

/**
 * The relationships worth embedding: those the type's detail fields show (relationship and enum fields) that this
 * record actually has. Asking only for relationships Oro just listed keeps the request valid on every Oro
 * version (an unknown include is a 400).
 */
function relatedIncludes(record: EntityRecord): string[] {
  const wanted = getEntityType(record.type)
    .detailFields.filter((field) => field.kind === "relationship" || field.kind === "enum")
    .map((field) => field.field);
  return wanted.filter((name) => {
    const data = record.relationships[name]?.data;
    return data !== null && data !== undefined && (!Array.isArray(data) || data.length > 0);
  });
}

export type RelatedRecords = ReadonlyMap<string, EntityRecord>;

async function loadRelated(client: OroClient, ref: EntityRef, include: readonly string[], signal: AbortSignal): Promise<RelatedRecords> {
  const { data } = await client.get(
    `${encodeURIComponent(ref.type)}/${encodeURIComponent(ref.id)}`,
    // Only the relationships on the record itself; the included records come whole.
    { include, [`fields[${ref.type}]`]: include },
    entityDocumentSchema,
    { signal },
  );
  return indexIncluded(data.included);
}

export type RecordDetails = {
  record: EntityRecord | undefined;
  status: "pending" | "error" | "success";
  error: Error | null;
  retry: () => void;
  /** Related records by "type:id"; empty until loaded (or when that request failed: the ids stay hidden). */
  related: RelatedRecords;
};

const noRelated: RelatedRecords = new Map();

export function useRecordDetails(ref: EntityRef): RecordDetails {
  const client = useOptionalOroClient();
  const connection = useConnectionKey();
  const record = useQuery(recordQueryOptions(client, connection, ref));
  const include = record.data === undefined ? [] : relatedIncludes(record.data);
  const related = useQuery({
    queryKey: [...(connection === null ? ["oro", "no-connection"] : oroKeys.entity(connection, ref)), "related", include],
    queryFn:
      client === null || include.length === 0 ? skipToken : ({ signal }) => loadRelated(client, ref, include, signal),
    staleTime: 30_000,
  });
  return {
    record: record.data,
    status: record.status,
    error: record.error,
    retry: () => void record.refetch(),
    related: related.data ?? noRelated,
  };
}
