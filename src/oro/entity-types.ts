// The entity types the connector knows how to show: label keys, a display title, a secondary line and the
// fields of the details view. Add a type by adding one `defineEntityType` entry to `entityTypeSpecs`.
// Types not listed get a generic definition that relies on Oro's own title (meta.title / entityName).
import type { z } from "zod/mini";
import type { EntityMessageKey } from "./entity-messages";
import {
  accountAttributesSchema,
  caseAttributesSchema,
  contactAttributesSchema,
  customerAttributesSchema,
  customerUserAttributesSchema,
  leadAttributesSchema,
  opportunityAttributesSchema,
  orderAttributesSchema,
  rfqAttributesSchema,
  taskAttributesSchema,
  userAttributesSchema,
  type EntityRecord,
  type EntityRef,
} from "./schemas";

export const fieldKinds = ["text", "email", "phone", "money", "date", "datetime", "enum", "relationship", "multiline"] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** A field's value ready to display (kind decides how: mailto/tel links, currency, locale dates, …). */
export type DetailValue =
  | { kind: "text" | "multiline" | "enum"; text: string }
  | { kind: "email" | "phone"; values: string[] }
  | { kind: "money"; amount: number; currency: string | null }
  | { kind: "date" | "datetime"; iso: string }
  | { kind: "relationship"; refs: EntityRef[] };

export type DetailEntry = { field: string; labelKey: EntityMessageKey; value: DetailValue };

/** Locale-aware formatting passed in by the UI (see createEntityFormatters). */
export type EntityFormatters = {
  money(amount: number, currency: string | null): string;
  date(iso: string): string;
  dateTime(iso: string): string;
};

export type DetailFieldSpec<A> = {
  /** Attribute or relationship name in Oro's API. */
  field: string;
  labelKey: EntityMessageKey;
  kind: FieldKind;
  /** Custom reader; by default the attribute (or, for enum/relationship, the relationship) named `field`. */
  read?: (attributes: A, record: EntityRecord) => DetailValue | null;
};

export type EntityTypeSpec<A extends Record<string, unknown>> = {
  type: string;
  labelKeys: { one: EntityMessageKey; other: EntityMessageKey };
  attributes: z.ZodMiniType<A>;
  title: (attributes: A, record: EntityRecord) => string | null;
  secondary?: (attributes: A, record: EntityRecord, format: EntityFormatters) => string | null;
  details: readonly DetailFieldSpec<A>[];
};

export type EntityTypeDefinition = {
  type: string;
  /** false for the generic fallback used for types not in the registry. */
  known: boolean;
  labelKeys: { one: EntityMessageKey; other: EntityMessageKey };
  /** Display title: ours from the attributes, else Oro's meta.title, else `fallbackName` (entityName), else "#id". */
  title: (record: EntityRecord | null | undefined, fallbackName?: string | null) => string;
  secondary: (record: EntityRecord | null | undefined, format: EntityFormatters) => string | null;
  /** The non-empty detail fields of a record, in display order. */
  details: (record: EntityRecord) => DetailEntry[];
  detailFields: readonly { field: string; labelKey: EntityMessageKey; kind: FieldKind }[];
};

export function defineEntityType<A extends Record<string, unknown>>(spec: EntityTypeSpec<A>): EntityTypeDefinition {
  const attributesOf = (record: EntityRecord): A | null => {
    const parsed = spec.attributes.safeParse(record.attributes);
    return parsed.success ? parsed.data : null;
  };
  return {
    type: spec.type,
    known: true,
    labelKeys: spec.labelKeys,
    title: (record, fallbackName) => {
      const attributes = record ? attributesOf(record) : null;
      const own = record && attributes ? blankToNull(spec.title(attributes, record)) : null;
      return own ?? fallbackTitle(record, fallbackName);
    },
    secondary: (record, format) => {
      if (!record || !spec.secondary) return null;
      const attributes = attributesOf(record);
      return attributes ? blankToNull(spec.secondary(attributes, record, format)) : null;
    },
    details: (record) => {
      const attributes = attributesOf(record);
      if (attributes === null) return [];
      return spec.details.flatMap((field) => {
        const value = field.read ? field.read(attributes, record) : readField(field.kind, field.field, attributes, record);
        return value === null ? [] : [{ field: field.field, labelKey: field.labelKey, value }];
      });
    },
    detailFields: spec.details.map(({ field, labelKey, kind }) => ({ field, labelKey, kind })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading values

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}

function fallbackTitle(record: EntityRecord | null | undefined, fallbackName: string | null | undefined): string {
  return blankToNull(record?.title) ?? blankToNull(fallbackName) ?? (record ? `#${record.id}` : "");
}

/** Joins name parts with single spaces, skipping empty ones. */
export function joinName(...parts: (string | null | undefined)[]): string | null {
  return blankToNull(
    parts
      .map((part) => part?.trim() ?? "")
      .filter((part) => part !== "")
      .join(" "),
  );
}

/** Joins secondary-line parts with a middle dot. */
export function joinParts(...parts: (string | null | undefined)[]): string | null {
  return blankToNull(parts.filter((part): part is string => blankToNull(part) !== null).join(" · "));
}

export function toAmount(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const amount = Number(value);
    return Number.isFinite(amount) ? amount : null;
  }
  return null;
}

/** Enum ids ("in_progress") read better as "In progress"; labels Oro already sends are kept as they are. */
export function humanizeEnum(value: string): string {
  if (!/^[a-z][a-z0-9_.]*$/.test(value)) return value;
  const spaced = value.replace(/[_.]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** An enum value that is an attribute in some Oro versions and a relationship (to an enum entity) in others. */
export function readEnum(attributes: Record<string, unknown>, record: EntityRecord, field: string): string | null {
  const value = attributes[field];
  if (typeof value === "string" && value.trim() !== "") return humanizeEnum(value);
  if (typeof value === "number") return String(value);
  const data = record.relationships[field]?.data;
  if (data && !Array.isArray(data)) return humanizeEnum(data.id);
  return null;
}

function readRefs(record: EntityRecord, field: string): EntityRef[] {
  const data = record.relationships[field]?.data;
  if (data === null || data === undefined) return [];
  return (Array.isArray(data) ? data : [data]).map(({ type, id }) => ({ type, id }));
}

function readField(kind: FieldKind, field: string, attributes: Record<string, unknown>, record: EntityRecord): DetailValue | null {
  const raw = attributes[field];
  const text = typeof raw === "string" ? blankToNull(raw) : typeof raw === "number" ? String(raw) : null;
  switch (kind) {
    case "text":
    case "multiline":
      return text === null ? null : { kind, text };
    case "email":
    case "phone":
      return text === null ? null : { kind, values: [text] };
    case "date":
    case "datetime":
      return text === null ? null : { kind, iso: text };
    case "enum": {
      const value = readEnum(attributes, record, field);
      return value === null ? null : { kind, text: value };
    }
    case "relationship": {
      const refs = readRefs(record, field);
      return refs.length === 0 ? null : { kind, refs };
    }
    case "money": {
      const amount = toAmount(raw);
      const currency = attributes["currency"];
      return amount === null ? null : { kind, amount, currency: typeof currency === "string" && currency !== "" ? currency : null };
    }
  }
}

function money(amount: unknown, currency: string | null | undefined): DetailValue | null {
  const value = toAmount(amount);
  return value === null ? null : { kind: "money", amount: value, currency: blankToNull(currency) };
}

function formatMoney(value: DetailValue | null, format: EntityFormatters): string | null {
  return value?.kind === "money" ? format.money(value.amount, value.currency) : null;
}

/** Email list attributes (contacts, leads) without the primary one. */
function otherEmails(primary: string | null | undefined, emails: readonly { email?: string | null }[] | null | undefined): DetailValue | null {
  const values = (emails ?? [])
    .map((entry) => blankToNull(entry.email))
    .filter((email): email is string => email !== null && email !== primary);
  return values.length === 0 ? null : { kind: "email", values };
}

function opportunityBudget(attributes: z.output<typeof opportunityAttributesSchema>): DetailValue | null {
  const budget = attributes.budgetAmount;
  if (budget !== null && budget !== undefined && typeof budget === "object") return money(budget.value, budget.currency);
  return money(budget ?? attributes.budgetAmountValue, attributes.budgetAmountCurrency);
}

// ---------------------------------------------------------------------------------------------------------------
// The default types (oro-api.md §6)

const timestampFields = [
  { field: "createdAt", labelKey: "fieldCreatedAt", kind: "datetime" },
  { field: "updatedAt", labelKey: "fieldUpdatedAt", kind: "datetime" },
] as const;

const owner = { field: "owner", labelKey: "fieldOwner", kind: "relationship" } as const;

export const entityTypeSpecs: readonly EntityTypeDefinition[] = [
  defineEntityType({
    type: "accounts",
    labelKeys: { one: "accountsOne", other: "accountsOther" },
    attributes: accountAttributesSchema,
    title: (a) => blankToNull(a.name),
    details: [{ field: "name", labelKey: "fieldName", kind: "text" }, owner, ...timestampFields],
  }),
  defineEntityType({
    type: "contacts",
    labelKeys: { one: "contactsOne", other: "contactsOther" },
    attributes: contactAttributesSchema,
    title: (a) => joinName(a.namePrefix, a.firstName, a.middleName, a.lastName, a.nameSuffix) ?? blankToNull(a.primaryEmail),
    secondary: (a) => blankToNull(a.primaryEmail) ?? blankToNull(a.emails?.[0]?.email) ?? blankToNull(a.primaryPhone),
    details: [
      { field: "jobTitle", labelKey: "fieldJobTitle", kind: "text" },
      { field: "primaryEmail", labelKey: "fieldPrimaryEmail", kind: "email" },
      { field: "emails", labelKey: "fieldOtherEmails", kind: "email", read: (a) => otherEmails(a.primaryEmail, a.emails) },
      { field: "primaryPhone", labelKey: "fieldPrimaryPhone", kind: "phone" },
      { field: "accounts", labelKey: "fieldAccount", kind: "relationship" },
      { field: "birthday", labelKey: "fieldBirthday", kind: "date" },
      { field: "description", labelKey: "fieldDescription", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "customerusers",
    labelKeys: { one: "customerusersOne", other: "customerusersOther" },
    attributes: customerUserAttributesSchema,
    title: (a) => joinName(a.namePrefix, a.firstName, a.middleName, a.lastName, a.nameSuffix) ?? blankToNull(a.email),
    secondary: (a) => blankToNull(a.email),
    details: [
      { field: "email", labelKey: "fieldEmail", kind: "email" },
      { field: "customer", labelKey: "fieldCustomer", kind: "relationship" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "leads",
    labelKeys: { one: "leadsOne", other: "leadsOther" },
    attributes: leadAttributesSchema,
    title: (a) =>
      blankToNull(a.name) ?? joinName(a.namePrefix, a.firstName, a.middleName, a.lastName, a.nameSuffix) ?? blankToNull(a.companyName),
    secondary: (a, record) =>
      joinParts(a.companyName, blankToNull(a.primaryEmail) ?? blankToNull(a.emails?.[0]?.email), readEnum(a, record, "status")),
    details: [
      { field: "status", labelKey: "fieldStatus", kind: "enum" },
      { field: "firstName", labelKey: "fieldFirstName", kind: "text" },
      { field: "lastName", labelKey: "fieldLastName", kind: "text" },
      { field: "companyName", labelKey: "fieldCompanyName", kind: "text" },
      { field: "jobTitle", labelKey: "fieldJobTitle", kind: "text" },
      { field: "primaryEmail", labelKey: "fieldPrimaryEmail", kind: "email" },
      { field: "emails", labelKey: "fieldOtherEmails", kind: "email", read: (a) => otherEmails(a.primaryEmail, a.emails) },
      { field: "primaryPhone", labelKey: "fieldPrimaryPhone", kind: "phone" },
      { field: "notes", labelKey: "fieldNotes", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "opportunities",
    labelKeys: { one: "opportunitiesOne", other: "opportunitiesOther" },
    attributes: opportunityAttributesSchema,
    title: (a) => blankToNull(a.name),
    secondary: (a, record, format) => joinParts(readEnum(a, record, "status"), formatMoney(opportunityBudget(a), format)),
    details: [
      { field: "status", labelKey: "fieldStatus", kind: "enum" },
      { field: "budgetAmount", labelKey: "fieldBudget", kind: "money", read: opportunityBudget },
      {
        field: "closeRevenue",
        labelKey: "fieldCloseRevenue",
        kind: "money",
        read: (a) => money(a.closeRevenueValue, a.closeRevenueCurrency),
      },
      { field: "closeDate", labelKey: "fieldCloseDate", kind: "date" },
      // Relationships show only when this Oro's API exposes them (names differ across Oro versions).
      { field: "account", labelKey: "fieldAccount", kind: "relationship" },
      { field: "customer", labelKey: "fieldCustomer", kind: "relationship" },
      { field: "contact", labelKey: "fieldContact", kind: "relationship" },
      { field: "customerNeed", labelKey: "fieldCustomerNeed", kind: "multiline" },
      { field: "notes", labelKey: "fieldNotes", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "orders",
    labelKeys: { one: "ordersOne", other: "ordersOther" },
    attributes: orderAttributesSchema,
    title: (a) => blankToNull(a.identifier) ?? blankToNull(a.poNumber),
    secondary: (a, _record, format) => joinParts(a.identifier, formatMoney(money(a.totalValue, a.currency), format)),
    details: [
      { field: "identifier", labelKey: "fieldIdentifier", kind: "text" },
      { field: "poNumber", labelKey: "fieldPoNumber", kind: "text" },
      { field: "totalValue", labelKey: "fieldTotal", kind: "money", read: (a) => money(a.totalValue, a.currency) },
      { field: "subtotalValue", labelKey: "fieldSubtotal", kind: "money", read: (a) => money(a.subtotalValue, a.currency) },
      { field: "status", labelKey: "fieldStatus", kind: "enum" },
      { field: "shipUntil", labelKey: "fieldShipUntil", kind: "date" },
      { field: "customer", labelKey: "fieldCustomer", kind: "relationship" },
      { field: "customerNotes", labelKey: "fieldCustomerNotes", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "users",
    labelKeys: { one: "usersOne", other: "usersOther" },
    attributes: userAttributesSchema,
    title: (a) => joinName(a.namePrefix, a.firstName, a.middleName, a.lastName, a.nameSuffix) ?? blankToNull(a.username) ?? blankToNull(a.email),
    secondary: (a) => blankToNull(a.email) ?? blankToNull(a.username),
    details: [
      { field: "title", labelKey: "fieldJobTitle", kind: "text" },
      { field: "email", labelKey: "fieldEmail", kind: "email" },
      { field: "phone", labelKey: "fieldPhone", kind: "phone" },
      { field: "username", labelKey: "fieldUsername", kind: "text" },
    ],
  }),
  defineEntityType({
    type: "customers",
    labelKeys: { one: "customersOne", other: "customersOther" },
    attributes: customerAttributesSchema,
    title: (a) => blankToNull(a.name),
    details: [{ field: "name", labelKey: "fieldName", kind: "text" }, owner, ...timestampFields],
  }),
  defineEntityType({
    type: "tasks",
    labelKeys: { one: "tasksOne", other: "tasksOther" },
    attributes: taskAttributesSchema,
    title: (a) => blankToNull(a.subject),
    secondary: (a, record, format) =>
      joinParts(a.dueDate ? format.dateTime(a.dueDate) : null, readEnum(a, record, "status"), readEnum(a, record, "taskPriority")),
    details: [
      { field: "dueDate", labelKey: "fieldDueDate", kind: "datetime" },
      { field: "status", labelKey: "fieldStatus", kind: "enum" },
      { field: "taskPriority", labelKey: "fieldPriority", kind: "enum" },
      { field: "description", labelKey: "fieldDescription", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "cases",
    labelKeys: { one: "casesOne", other: "casesOther" },
    attributes: caseAttributesSchema,
    title: (a) => blankToNull(a.subject),
    secondary: (a, record) => joinParts(readEnum(a, record, "status"), readEnum(a, record, "priority")),
    details: [
      { field: "status", labelKey: "fieldStatus", kind: "enum" },
      { field: "priority", labelKey: "fieldPriority", kind: "enum" },
      { field: "reportedAt", labelKey: "fieldReportedAt", kind: "datetime" },
      { field: "closedAt", labelKey: "fieldClosedAt", kind: "datetime" },
      { field: "description", labelKey: "fieldDescription", kind: "multiline" },
      owner,
      ...timestampFields,
    ],
  }),
  defineEntityType({
    type: "rfqs",
    labelKeys: { one: "rfqsOne", other: "rfqsOther" },
    attributes: rfqAttributesSchema,
    title: (a) => joinName(a.firstName, a.lastName) ?? blankToNull(a.company) ?? blankToNull(a.poNumber) ?? blankToNull(a.email),
    secondary: (a) => joinParts(a.company, a.email, a.poNumber),
    details: [
      { field: "company", labelKey: "fieldCompany", kind: "text" },
      { field: "role", labelKey: "fieldRole", kind: "text" },
      { field: "email", labelKey: "fieldEmail", kind: "email" },
      { field: "phone", labelKey: "fieldPhone", kind: "phone" },
      { field: "poNumber", labelKey: "fieldPoNumber", kind: "text" },
      { field: "shipUntil", labelKey: "fieldShipUntil", kind: "date" },
      { field: "note", labelKey: "fieldNote", kind: "multiline" },
      { field: "customer", labelKey: "fieldCustomer", kind: "relationship" },
      ...timestampFields,
    ],
  }),
];

/** The default context types the add-in offers, in display order. */
export const defaultEntityTypes: readonly string[] = entityTypeSpecs.map((spec) => spec.type);

const registry = new Map(entityTypeSpecs.map((spec) => [spec.type, spec]));

function genericEntityType(type: string): EntityTypeDefinition {
  return {
    type,
    known: false,
    labelKeys: { one: "genericOne", other: "genericOther" },
    title: (record, fallbackName) => fallbackTitle(record, fallbackName),
    secondary: () => null,
    details: () => [],
    detailFields: [],
  };
}

/** The definition for an API type; unknown types get a generic one (title from meta.title / entityName). */
export function getEntityType(type: string): EntityTypeDefinition {
  return registry.get(type) ?? genericEntityType(type);
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

/** Locale-aware formatters; a date-only value ("2025-03-31") is shown as that calendar day in every time zone. */
export function createEntityFormatters(locale: string, options: { timeZone?: string } = {}): EntityFormatters {
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    money: (amount, currency) => {
      if (currency !== null && /^[A-Z]{3}$/.test(currency)) {
        try {
          return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
        } catch {
          // An unknown code still shows the amount and the code Oro sent.
        }
      }
      return currency === null ? plain.format(amount) : `${plain.format(amount)} ${currency}`;
    },
    date: (iso) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatOr(dateOnly, `${iso}T00:00:00Z`, iso);
      return formatOr(date, iso, iso);
    },
    dateTime: (iso) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatOr(dateOnly, `${iso}T00:00:00Z`, iso);
      return formatOr(dateTime, iso, iso);
    },
  };
}

function formatOr(formatter: Intl.DateTimeFormat, iso: string, fallback: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? fallback : formatter.format(time);
}

/** A detail value as one line of text (the UI may still render emails/phones as links). */
export function formatDetailValue(value: DetailValue, format: EntityFormatters): string {
  switch (value.kind) {
    case "text":
    case "multiline":
    case "enum":
      return value.text;
    case "email":
    case "phone":
      return value.values.join(", ");
    case "money":
      return format.money(value.amount, value.currency);
    case "date":
      return format.date(value.iso);
    case "datetime":
      return format.dateTime(value.iso);
    case "relationship":
      return value.refs.map((ref) => `${ref.type} #${ref.id}`).join(", ");
  }
}
