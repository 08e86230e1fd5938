// How one Oro record reads in a list (the context panel, search results): its type, its name and one secondary
// line, the same in both places.
import { useCallback, useMemo } from "react";
import { useIntl } from "react-intl";
import { useT } from "../i18n/catalog";
import { entityMessages } from "../oro/entity-messages";
import { createEntityFormatters, getEntityType, joinParts } from "../oro/entity-types";
import type { SearchItem } from "../oro/resources";
import { useAllowedContextTypes } from "../queries/email-context";

export type RecordPresentation = { typeLabel: string; name: string; secondary: string | null };

/** A record as a list shows it; `leading` goes first on the secondary line (a contact's account, say). */
export type PresentRecord = (
  item: Pick<SearchItem, "entity" | "record" | "entityName">,
  leading?: string | null,
) => RecordPresentation;

export function useRecordPresentation(): PresentRecord {
  const tEntity = useT(entityMessages);
  const intl = useIntl();
  const formatters = useMemo(() => createEntityFormatters(intl.locale), [intl.locale]);
  // Types the connector does not know are labelled with the name Oro gives them.
  const allowed = useAllowedContextTypes();
  const typeNames = useMemo(
    () =>
      new Map(
        allowed.status === "ready"
          ? allowed.types.map((type) => [type.entityType, type.entityName] as const)
          : [],
      ),
    [allowed],
  );
  return useCallback(
    (item, leading = null) => {
      const definition = getEntityType(item.entity.type);
      const typeLabel = definition.known
        ? tEntity(definition.labelKeys.one)
        : (typeNames.get(item.entity.type) ?? tEntity(definition.labelKeys.one));
      const name = definition.title(item.record, item.entityName);
      const own = definition.secondary(item.record, formatters);
      // Some types repeat their title in the secondary line (an order's number, a nameless person's email): once.
      const parts = [leading, ...(own ?? "").split(" · ")].filter((part) => part !== name);
      return { typeLabel, name, secondary: joinParts(...parts) };
    },
    [tEntity, typeNames, formatters],
  );
}
