import { useCallback } from "react";
import { useT } from "../../i18n/catalog";
import { entityMessages } from "../../oro/entity-messages";
import { getEntityType } from "../../oro/entity-types";

/** A record type's plural name ("Accounts") from the entity registry's catalog; a type it does not know, as is. */
export function useEntityTypePluralName(): (type: string) => string {
  const tEntity = useT(entityMessages);
  return useCallback(
    (type: string) => {
      const definition = getEntityType(type);
      return definition.known ? tEntity(definition.labelKeys.other) : type;
    },
    [tEntity],
  );
}
