// zod schemas for the Oro JSON:API documents the connector reads. Objects are loose (Oro adds fields across
// versions and configurations) but the fields we rely on are checked. Included records are parsed one by one
// so a record of a type we do not know (or in a shape we do not expect) never fails the whole page.
import { z } from "zod/mini";

// ---------------------------------------------------------------------------------------------------------------
// JSON:API building blocks

/** A link is a URL string or, per JSON:API 1.1, an object with `href`. */
export const linkSchema = z.pipe(
  z.union([z.string(), z.looseObject({ href: z.string() })]),
  z.transform((link: string | { href: string }) => (typeof link === "string" ? link : link.href)),
);

export const metaSchema = z.record(z.string(), z.unknown());

/** A string of at least one character. */
const nonEmptyString = () => z.string().check(z.minLength(1));

export const resourceIdentifierSchema = z.looseObject({
  type: nonEmptyString(),
  id: nonEmptyString(),
  meta: z.nullish(metaSchema),
});
export type ResourceIdentifier = z.output<typeof resourceIdentifierSchema>;

/** `{type, id}` as we send it and keep it. */
export type EntityRef = { type: string; id: string };

export const relationshipSchema = z.looseObject({
  data: z.optional(z.union([resourceIdentifierSchema, z.array(resourceIdentifierSchema), z.null()])),
  links: z.nullish(z.record(z.string(), z.unknown())),
  meta: z.nullish(metaSchema),
});
export type Relationship = z.output<typeof relationshipSchema>;

export const resourceObjectSchema = z.looseObject({
  type: nonEmptyString(),
  id: nonEmptyString(),
  attributes: z.nullish(z.record(z.string(), z.unknown())),
  // A relationship in a shape we do not understand is dropped rather than failing the record.
  relationships: z.catch(z.nullish(z.record(z.string(), relationshipSchema)), null),
  links: z.nullish(z.record(z.string(), z.unknown())),
  meta: z.nullish(metaSchema),
});
export type ResourceObject = z.output<typeof resourceObjectSchema>;

/** A record as the rest of the connector sees it (type, id, raw attributes, relationships, meta.title). */
export type EntityRecord = {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, Relationship>;
  /** Oro's display title (`meta=title`), when it was asked for and sent. */
  title: string | null;
};

export function toEntityRecord(resource: ResourceObject): EntityRecord {
  const title = resource.meta?.["title"];
  return {
    type: resource.type,
    id: resource.id,
    attributes: resource.attributes ?? {},
    relationships: resource.relationships ?? {},
    title: typeof title === "string" && title.trim() !== "" ? title : null,
  };
}

/** `included`: each member parsed alone; members without even a type and id are skipped. */
export const includedSchema = z.pipe(
  z.nullish(z.array(z.unknown())),
  z.transform((members: unknown[] | null | undefined) =>
    (members ?? []).flatMap((member) => {
      const parsed = resourceObjectSchema.safeParse(member);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
);

export const topLinksSchema = z.nullish(z.looseObject({ next: z.nullish(linkSchema) }));

/** A collection document whose `data` members must match `item`. */
export function collectionDocumentSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    included: includedSchema,
    links: topLinksSchema,
    meta: z.nullish(metaSchema),
  });
}

/** A single-resource document whose `data` must match `item`. */
export function singleDocumentSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    data: item,
    included: includedSchema,
    links: z.nullish(z.record(z.string(), z.unknown())),
    meta: z.nullish(metaSchema),
  });
}

/** The key one record has in every map of records: "type:id". */
export function entityKey(ref: { type: string; id: string }): string {
  return `${ref.type}:${ref.id}`;
}

/** Index of included records by entityKey. */
export function indexIncluded(included: readonly ResourceObject[]): Map<string, EntityRecord> {
  const index = new Map<string, EntityRecord>();
  for (const resource of included) index.set(entityKey(resource), toEntityRecord(resource));
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// User profile (GET /userprofile?include=userRoles)

const nullableText = z.nullish(z.string());

export const userProfileDocumentSchema = singleDocumentSchema(
  z.looseObject({
    type: nonEmptyString(),
    id: nonEmptyString(),
    attributes: z.nullish(
      z.looseObject({
        username: nullableText,
        email: nullableText,
        firstName: nullableText,
        lastName: nullableText,
        namePrefix: nullableText,
        middleName: nullableText,
        nameSuffix: nullableText,
      }),
    ),
    relationships: z.nullish(
      z.looseObject({
        userRoles: z.nullish(z.looseObject({ data: z.nullish(z.array(resourceIdentifierSchema)) })),
      }),
    ),
  }),
);

export const userRoleAttributesSchema = z.looseObject({
  role: nonEmptyString(),
  label: z.nullish(z.string()),
});

// ---------------------------------------------------------------------------------------------------------------
// emailcontextentities

export const contextEntityTypeSchema = z.looseObject({
  type: z.string(),
  id: z.string(),
  attributes: z.looseObject({
    entityType: nonEmptyString(),
    entityName: z.nullish(z.string()),
    allowed: z.nullish(z.boolean()),
  }),
});
export const contextEntityTypesDocumentSchema = collectionDocumentSchema(contextEntityTypeSchema);

// ---------------------------------------------------------------------------------------------------------------
// emailthreadcontext / emailcontext / emailcontextsearch / search items

export const contextItemSchema = z.looseObject({
  type: nonEmptyString(),
  id: nonEmptyString(),
  attributes: z.nullish(
    z.looseObject({
      entityName: z.nullish(z.string()),
      isContext: z.nullish(z.boolean()),
    }),
  ),
  relationships: z.looseObject({
    entity: z.looseObject({ data: resourceIdentifierSchema }),
  }),
  links: z.nullish(z.looseObject({ entityUrl: z.nullish(linkSchema) })),
});
export type ContextItemResource = z.output<typeof contextItemSchema>;
export const contextItemsDocumentSchema = collectionDocumentSchema(contextItemSchema);

// ---------------------------------------------------------------------------------------------------------------
// Emails

export const emailResourceSchema = z.looseObject({
  type: z.string(),
  id: nonEmptyString(),
  attributes: z.nullish(
    z.looseObject({
      messageId: z.nullish(z.string()),
      subject: z.nullish(z.string()),
    }),
  ),
});
export const emailsDocumentSchema = collectionDocumentSchema(emailResourceSchema);
export const createdEmailDocumentSchema = singleDocumentSchema(resourceIdentifierSchema);

/** Activity targets: 6.x answers with the resulting data; 5.1 (inferred) with 204 and no body. */
export const activityTargetsDocumentSchema = z.optional(
  z.looseObject({
    data: z.array(
      z.extend(resourceIdentifierSchema, {
        meta: z.nullish(
          z.looseObject({
            emailThreadContextItemId: z.pipe(
              z.nullish(z.union([z.string(), z.number()])),
              z.transform((value: string | number | null | undefined) =>
                value === null || value === undefined ? null : String(value),
              ),
            ),
          }),
        ),
      }),
    ),
  }),
);

export const entityDocumentSchema = singleDocumentSchema(resourceObjectSchema);

// ---------------------------------------------------------------------------------------------------------------
// The default entity types' attributes (oro-api.md §6). Everything optional: records differ by version and
// configuration. Enum-like values (status, priority) are relationships in most Oro versions; when they come as
// attributes they are kept only if they are plain text.

const text = z.nullish(z.string());
/** Oro serialises decimals (money, totals) as strings; accept numbers too. */
const decimal = z.nullish(z.union([z.string(), z.number()]));
const enumText = z.catch(z.nullish(z.union([z.string(), z.number()])), null);
const flag = z.nullish(z.boolean());

const personName = {
  namePrefix: text,
  firstName: text,
  middleName: text,
  lastName: text,
  nameSuffix: text,
};
const timestamps = { createdAt: text, updatedAt: text };

const emailList = z.catch(z.nullish(z.array(z.looseObject({ email: z.nullish(z.string()) }))), null);
const phoneList = z.catch(z.nullish(z.array(z.looseObject({ phone: z.nullish(z.string()) }))), null);

export const accountAttributesSchema = z.looseObject({ name: text, ...timestamps });

export const contactAttributesSchema = z.looseObject({
  ...personName,
  primaryEmail: text,
  primaryPhone: text,
  emails: emailList,
  phones: phoneList,
  jobTitle: text,
  birthday: text,
  description: text,
  ...timestamps,
});

export const customerUserAttributesSchema = z.looseObject({
  ...personName,
  email: text,
  enabled: flag,
  confirmed: flag,
  ...timestamps,
});

export const leadAttributesSchema = z.looseObject({
  name: text,
  ...personName,
  companyName: text,
  jobTitle: text,
  primaryEmail: text,
  primaryPhone: text,
  emails: emailList,
  phones: phoneList,
  status: enumText,
  notes: text,
  ...timestamps,
});

export const opportunityAttributesSchema = z.looseObject({
  name: text,
  status: enumText,
  // Older contract: one amount field; multi-currency Oro: value and currency as separate fields.
  budgetAmount: z.catch(
    z.nullish(z.union([z.string(), z.number(), z.looseObject({ value: decimal, currency: text })])),
    null,
  ),
  budgetAmountValue: decimal,
  budgetAmountCurrency: text,
  closeRevenueValue: decimal,
  closeRevenueCurrency: text,
  probability: decimal,
  closeDate: text,
  customerNeed: text,
  proposedSolution: text,
  notes: text,
  ...timestamps,
});

export const orderAttributesSchema = z.looseObject({
  identifier: text,
  poNumber: text,
  totalValue: decimal,
  subtotalValue: decimal,
  currency: text,
  customerNotes: text,
  shipUntil: text,
  ...timestamps,
});

export const userAttributesSchema = z.looseObject({
  ...personName,
  username: text,
  email: text,
  phone: text,
  title: text,
  enabled: flag,
  ...timestamps,
});

export const customerAttributesSchema = z.looseObject({ name: text, ...timestamps });

export const taskAttributesSchema = z.looseObject({
  subject: text,
  description: text,
  dueDate: text,
  status: enumText,
  taskPriority: enumText,
  ...timestamps,
});

export const caseAttributesSchema = z.looseObject({
  subject: text,
  description: text,
  status: enumText,
  priority: enumText,
  reportedAt: text,
  closedAt: text,
  ...timestamps,
});

export const rfqAttributesSchema = z.looseObject({
  ...personName,
  email: text,
  phone: text,
  company: text,
  role: text,
  poNumber: text,
  note: text,
  shipUntil: text,
  ...timestamps,
});

export type AccountAttributes = z.output<typeof accountAttributesSchema>;
export type ContactAttributes = z.output<typeof contactAttributesSchema>;
export type CustomerUserAttributes = z.output<typeof customerUserAttributesSchema>;
export type LeadAttributes = z.output<typeof leadAttributesSchema>;
export type OpportunityAttributes = z.output<typeof opportunityAttributesSchema>;
export type OrderAttributes = z.output<typeof orderAttributesSchema>;
export type UserAttributes = z.output<typeof userAttributesSchema>;
export type CustomerAttributes = z.output<typeof customerAttributesSchema>;
export type TaskAttributes = z.output<typeof taskAttributesSchema>;
export type CaseAttributes = z.output<typeof caseAttributesSchema>;
export type RfqAttributes = z.output<typeof rfqAttributesSchema>;
