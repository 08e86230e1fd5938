import { entityMessages } from "./entity-messages";
import { translations as germanEntity } from "./entity-messages.de";
import { translations as frenchEntity } from "./entity-messages.fr";
import {
  createEntityFormatters,
  defaultEntityTypes,
  entityTypeSpecs,
  formatDetailValue,
  getEntityType,
  humanizeEnum,
} from "./entity-types";
import type { EntityRecord } from "./schemas";

const germanEntityTexts = germanEntity[0]?.messages ?? {};
const frenchEntityTexts = frenchEntity[0]?.messages ?? {};

const en = createEntityFormatters("en-US", { timeZone: "UTC" });

function record(
  type: string,
  attributes: Record<string, unknown>,
  extra: Partial<EntityRecord> = {},
): EntityRecord {
  return { type, id: "1", attributes, relationships: {}, title: null, ...extra };
}

function show(type: string, attributes: Record<string, unknown>, extra: Partial<EntityRecord> = {}) {
  const definition = getEntityType(type);
  const r = record(type, attributes, extra);
  return { title: definition.title(r), secondary: definition.secondary(r, en) };
}

test("the registry offers the 11 default types, each with singular and plural labels in the catalog", () => {
  expect(defaultEntityTypes).toEqual([
    "accounts",
    "contacts",
    "customerusers",
    "leads",
    "opportunities",
    "orders",
    "users",
    "customers",
    "tasks",
    "cases",
    "rfqs",
  ]);
  for (const spec of entityTypeSpecs) {
    expect(entityMessages.en[spec.labelKeys.one]).toBeTruthy();
    expect(germanEntityTexts[spec.labelKeys.other]).toBeTruthy();
    for (const field of spec.detailFields) expect(frenchEntityTexts[field.labelKey]).toBeTruthy();
  }
});

test("an account shows its name", () => {
  expect(show("accounts", { name: "Contoso Ltd" })).toEqual({ title: "Contoso Ltd", secondary: null });
});

test("a contact shows the full name with prefix and suffix, and the primary email below", () => {
  expect(
    show("contacts", {
      namePrefix: "Dr.",
      firstName: "Olivia",
      middleName: "",
      lastName: "Chen",
      nameSuffix: "PhD",
      primaryEmail: "olivia.chen@contoso.example",
    }),
  ).toEqual({ title: "Dr. Olivia Chen PhD", secondary: "olivia.chen@contoso.example" });
});

test("a contact without a name falls back to its email, and without a primary email to its first email", () => {
  expect(show("contacts", { primaryEmail: "sales@contoso.example" }).title).toBe("sales@contoso.example");
  expect(show("contacts", { firstName: "Ann", emails: [{ email: "ann@contoso.example" }] }).secondary).toBe(
    "ann@contoso.example",
  );
});

test("a customer user shows name and email", () => {
  expect(
    show("customerusers", { firstName: "Kenji", lastName: "Tanaka", email: "kenji.tanaka@litware.example" }),
  ).toEqual({
    title: "Kenji Tanaka",
    secondary: "kenji.tanaka@litware.example",
  });
});

test("a lead shows its name, then company, email and status", () => {
  expect(
    show(
      "leads",
      {
        name: "Tailspin Toys - Drone fleet",
        firstName: "Priya",
        lastName: "Patel",
        companyName: "Tailspin Toys",
        primaryEmail: "priya.patel@tailspin.example",
      },
      { relationships: { status: { data: { type: "leadstatuses", id: "new" } } } },
    ),
  ).toEqual({
    title: "Tailspin Toys - Drone fleet",
    secondary: "Tailspin Toys · priya.patel@tailspin.example · New",
  });
});

test("an opportunity shows status and budget in the user's currency format", () => {
  expect(
    show("opportunities", {
      name: "Contoso - Fleet renewal",
      status: "in_progress",
      budgetAmount: "25000.0000",
    }).secondary,
  ).toBe("In progress · 25,000.00");
  expect(
    show(
      "opportunities",
      { name: "Fabrikam - Warehouse scanners", budgetAmountValue: "1200.5", budgetAmountCurrency: "USD" },
      { relationships: { status: { data: { type: "opportunitystatuses", id: "won" } } } },
    ),
  ).toEqual({ title: "Fabrikam - Warehouse scanners", secondary: "Won · $1,200.50" });
});

test("an order shows its number and total with currency, formatted for the locale", () => {
  const order = record("orders", { identifier: "SO-1001", totalValue: "1234.5", currency: "EUR" });
  expect(getEntityType("orders").title(order)).toBe("SO-1001");
  expect(getEntityType("orders").secondary(order, en)).toBe("SO-1001 · €1,234.50");
  expect(getEntityType("orders").secondary(order, createEntityFormatters("de-DE"))).toBe(
    "SO-1001 · 1.234,50\u00a0€",
  );
});

test("a user shows the full name and email", () => {
  expect(
    show("users", {
      firstName: "Sam",
      lastName: "Seller",
      username: "sales",
      email: "sam.seller@northwind.example",
    }),
  ).toEqual({
    title: "Sam Seller",
    secondary: "sam.seller@northwind.example",
  });
  expect(show("users", { username: "sales" }).title).toBe("sales");
});

test("a customer shows its name", () => {
  expect(show("customers", { name: "Contoso" }).title).toBe("Contoso");
});

test("a task shows subject, due date, status and priority", () => {
  expect(
    show(
      "tasks",
      { subject: "Call Olivia back", dueDate: "2025-03-04T10:00:00Z" },
      {
        relationships: {
          status: { data: { type: "taskstatuses", id: "open" } },
          taskPriority: { data: { type: "taskpriorities", id: "high" } },
        },
      },
    ),
  ).toEqual({ title: "Call Olivia back", secondary: "Mar 4, 2025, 10:00 AM · Open · High" });
});

test("a case shows subject, status and priority", () => {
  expect(show("cases", { subject: "Scanner broken", status: "Open", priority: "normal" })).toEqual({
    title: "Scanner broken",
    secondary: "Open · Normal",
  });
});

test("a request for quote shows the requester and company, email and PO number", () => {
  expect(
    show("rfqs", {
      firstName: "Kenji",
      lastName: "Tanaka",
      company: "Litware",
      email: "kenji.tanaka@litware.example",
      poNumber: "PO-77",
    }),
  ).toEqual({
    title: "Kenji Tanaka",
    secondary: "Litware · kenji.tanaka@litware.example · PO-77",
  });
});

test("a record with no usable attributes falls back to Oro's title, then the entity name, then its id", () => {
  const contacts = getEntityType("contacts");
  expect(contacts.title(record("contacts", {}, { title: "Olivia Chen (meta)" }))).toBe("Olivia Chen (meta)");
  expect(contacts.title(record("contacts", {}), "Olivia Chen")).toBe("Olivia Chen");
  expect(contacts.title(null, "Olivia Chen")).toBe("Olivia Chen");
  expect(contacts.title(record("contacts", { firstName: 42 }))).toBe("#1");
});

test("an unknown type gets the generic definition with Oro's title", () => {
  const widgets = getEntityType("widgets");
  expect(widgets.known).toBe(false);
  expect(widgets.labelKeys.one).toBe("genericOne");
  expect(widgets.title(record("widgets", { anything: true }, { title: "Widget 7" }))).toBe("Widget 7");
  expect(widgets.secondary(record("widgets", {}), en)).toBeNull();
  expect(widgets.details(record("widgets", { a: "b" }))).toEqual([]);
});

test("huge strings come through untouched", () => {
  const name = "A".repeat(2_000_000);
  expect(show("accounts", { name }).title).toBe(name);
  const details = getEntityType("contacts").details(
    record("contacts", { description: `<script>${name}</script>` }),
  );
  expect(details).toEqual([
    {
      field: "description",
      labelKey: "fieldDescription",
      value: { kind: "multiline", text: `<script>${name}</script>` },
    },
  ]);
});

test("details list the non-empty fields in order with their kinds", () => {
  const contact = record(
    "contacts",
    {
      firstName: "Olivia",
      jobTitle: "Fleet manager",
      primaryEmail: "olivia.chen@contoso.example",
      emails: [{ email: "olivia.chen@contoso.example" }, { email: "sales@contoso.example" }],
      primaryPhone: "+1 555 0100",
      birthday: "1990-03-31",
      description: "",
    },
    { relationships: { accounts: { data: [{ type: "accounts", id: "3" }] }, owner: { data: null } } },
  );
  const details = getEntityType("contacts").details(contact);
  expect(details.map((entry) => [entry.field, entry.value.kind])).toEqual([
    ["jobTitle", "text"],
    ["primaryEmail", "email"],
    ["emails", "email"],
    ["primaryPhone", "phone"],
    ["accounts", "relationship"],
    ["birthday", "date"],
  ]);
  const byField = new Map(details.map((entry) => [entry.field, entry.value]));
  expect(byField.get("emails")).toEqual({ kind: "email", values: ["sales@contoso.example"] });
  const birthday = byField.get("birthday");
  expect(
    birthday &&
      formatDetailValue(birthday, createEntityFormatters("fr-FR", { timeZone: "Pacific/Honolulu" })),
  ).toBe("31 mars 1990");
});

test("an opportunity's budget detail is money in its currency", () => {
  const details = getEntityType("opportunities").details(
    record("opportunities", {
      name: "x",
      budgetAmount: { value: "99.9", currency: "GBP" },
      closeDate: "2025-06-30",
    }),
  );
  const budget = details.find((entry) => entry.field === "budgetAmount")?.value;
  expect(budget).toEqual({ kind: "money", amount: 99.9, currency: "GBP" });
  expect(budget && formatDetailValue(budget, en)).toBe("£99.90");
});

test("money with an unknown currency code still shows amount and code; bad dates are shown as sent", () => {
  expect(en.money(10, "XBTC")).toBe("10.00 XBTC");
  expect(en.date("not a date")).toBe("not a date");
});

test("enum ids read as words, labels stay as they are", () => {
  expect(humanizeEnum("in_progress")).toBe("In progress");
  expect(humanizeEnum("Closed Won")).toBe("Closed Won");
});
