// How each of the 11 context-capable Oro entity types looks through the JSON:API: attributes, relationships,
// display title, searchable values, list filters and back-office view page.

import { recordsOf, sameAddress, type EntityRef, type EntityType, type OpportunityStatus, type SandboxData } from "./model";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ResourceIdentifier {
  type: string;
  id: string;
  meta?: JsonObject;
}

export type RelationshipData = ResourceIdentifier | ResourceIdentifier[] | null;

export interface EntityView {
  ref: EntityRef;
  /** Oro's display name of the record (entityName, meta.title). */
  title: string;
  /** What the search index holds for the record: title fields and email addresses. */
  searchValues: string[];
  attributes: JsonObject;
  relationships: Record<string, RelationshipData>;
  /** Values per supported list filter (compared case-insensitively). */
  filterValues: Record<string, string[]>;
}

export interface EntityTypeInfo {
  type: EntityType;
  /** Oro's singular entity label (emailcontextentities entityName). */
  label: string;
  /** Back-office view page below the back-office prefix. */
  viewPath(id: number): string;
}

export const entityTypeInfo: Record<EntityType, EntityTypeInfo> = {
  accounts: { type: "accounts", label: "Account", viewPath: (id) => `/account/view/${id}` },
  contacts: { type: "contacts", label: "Contact", viewPath: (id) => `/contact/view/${id}` },
  customerusers: { type: "customerusers", label: "Customer User", viewPath: (id) => `/customer/user/view/${id}` },
  leads: { type: "leads", label: "Lead", viewPath: (id) => `/lead/view/${id}` },
  opportunities: { type: "opportunities", label: "Opportunity", viewPath: (id) => `/opportunity/view/${id}` },
  orders: { type: "orders", label: "Order", viewPath: (id) => `/order/view/${id}` },
  users: { type: "users", label: "User", viewPath: (id) => `/user/view/${id}` },
  customers: { type: "customers", label: "Customer", viewPath: (id) => `/customer/customer/view/${id}` },
  tasks: { type: "tasks", label: "Task", viewPath: (id) => `/task/view/${id}` },
  cases: { type: "cases", label: "Case", viewPath: (id) => `/case/view/${id}` },
  rfqs: { type: "rfqs", label: "Request For Quote", viewPath: (id) => `/rfp/request/view/${id}` },
};

/** Oro enum values exposed as their own small resources (status relationships). */
export const enumLabels: Record<string, Record<string, string>> = {
  leadstatuses: { new: "New", qualified: "Qualified", canceled: "Disqualified" },
  opportunitystatuses: {
    in_progress: "Open",
    identification_alignment: "Identification & Alignment",
    needs_analysis: "Needs Analysis",
    solution_development: "Solution Development",
    negotiation: "Negotiation",
    won: "Closed Won",
    lost: "Closed Lost",
  } satisfies Record<OpportunityStatus, string>,
  orderstatuses: { open: "Open", shipped: "Shipped", closed: "Closed", cancelled: "Cancelled" },
  taskstatuses: { open: "Open", in_progress: "In Progress", closed: "Closed" },
  taskpriorities: { low: "Low", normal: "Normal", high: "High" },
  casestatuses: { open: "Open", in_progress: "In Progress", resolved: "Resolved", closed: "Closed" },
  casepriorities: { low: "Low", normal: "Normal", high: "High" },
  rfpinternalstatuses: {
    submitted: "Submitted",
    pending_approval: "Pending Approval",
    processed: "Processed",
    cancelled: "Cancelled",
  },
};

function one(type: string, id: number | string | null): ResourceIdentifier | null {
  return id === null ? null : { type, id: String(id) };
}

function many(type: string, ids: readonly number[]): ResourceIdentifier[] {
  return ids.map((id) => ({ type, id: String(id) }));
}

function joinName(parts: readonly (string | null)[]): string {
  return parts
    .filter((part): part is string => part !== null && part.trim() !== "")
    .join(" ");
}

/** Oro serializes money as a decimal string with four digits. */
function decimal(value: number): string {
  return value.toFixed(4);
}

const orgRel = { organization: { type: "organizations", id: "1" } };

function text(values: readonly (string | null)[]): string[] {
  return values.filter((value): value is string => value !== null && value !== "");
}

/** The JSON:API view of one record, or undefined when it does not exist. */
export function describeEntity(data: SandboxData, ref: EntityRef): EntityView | undefined {
  const { id } = ref;
  switch (ref.type) {
    case "accounts": {
      const record = data.accounts.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const contactIds = data.contacts.filter((contact) => contact.accountIds.includes(id)).map((contact) => contact.id);
      return {
        ref,
        title: record.name,
        searchValues: [record.name],
        attributes: { name: record.name, createdAt: record.createdAt, updatedAt: record.updatedAt },
        relationships: {
          contacts: many("contacts", contactIds),
          defaultContact: one("contacts", record.defaultContactId),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: { id: [String(id)], name: [record.name] },
      };
    }
    case "contacts": {
      const record = data.contacts.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const title = joinName([record.namePrefix, record.firstName, record.middleName, record.lastName, record.nameSuffix]);
      return {
        ref,
        title,
        searchValues: [title, ...record.emails, ...record.phones],
        attributes: {
          namePrefix: record.namePrefix,
          firstName: record.firstName,
          middleName: record.middleName,
          lastName: record.lastName,
          nameSuffix: record.nameSuffix,
          jobTitle: record.jobTitle,
          primaryEmail: record.emails[0] ?? null,
          primaryPhone: record.phones[0] ?? null,
          emails: record.emails.map((email) => ({ email })),
          phones: record.phones.map((phone) => ({ phone })),
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          accounts: many("accounts", record.accountIds),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          primaryEmail: text([record.emails[0] ?? null]),
          emails: record.emails,
          firstName: [record.firstName],
          lastName: [record.lastName],
          accounts: record.accountIds.map(String),
        },
      };
    }
    case "customerusers": {
      const record = data.customerUsers.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const title = joinName([record.firstName, record.lastName]);
      return {
        ref,
        title,
        searchValues: [title, record.email],
        attributes: {
          firstName: record.firstName,
          lastName: record.lastName,
          email: record.email,
          enabled: record.enabled,
          confirmed: record.confirmed,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: { customer: one("customers", record.customerId), ...orgRel },
        filterValues: { id: [String(id)], email: [record.email], customer: [String(record.customerId)] },
      };
    }
    case "leads": {
      const record = data.leads.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.name,
        searchValues: [record.name, joinName([record.firstName, record.lastName]), record.companyName, ...record.emails],
        attributes: {
          name: record.name,
          namePrefix: record.namePrefix,
          firstName: record.firstName,
          lastName: record.lastName,
          companyName: record.companyName,
          jobTitle: record.jobTitle,
          primaryEmail: record.emails[0] ?? null,
          primaryPhone: record.phones[0] ?? null,
          emails: record.emails.map((email) => ({ email })),
          phones: record.phones.map((phone) => ({ phone })),
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          status: one("leadstatuses", record.status),
          contact: one("contacts", record.contactId),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          primaryEmail: text([record.emails[0] ?? null]),
          emails: record.emails,
          status: [record.status],
        },
      };
    }
    case "opportunities": {
      const record = data.opportunities.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.name,
        searchValues: [record.name],
        attributes: {
          name: record.name,
          probability: record.probability,
          budgetAmountValue: decimal(record.budgetAmountValue),
          budgetAmountCurrency: record.budgetAmountCurrency,
          closeDate: record.closeDate,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          status: one("opportunitystatuses", record.status),
          account: one("accounts", record.accountId),
          customer: one("customers", record.customerId),
          contact: one("contacts", record.contactId),
          lead: one("leads", record.leadId),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          status: [record.status],
          account: text([record.accountId === null ? null : String(record.accountId)]),
          contact: text([record.contactId === null ? null : String(record.contactId)]),
        },
      };
    }
    case "orders": {
      const record = data.orders.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.identifier,
        searchValues: text([record.identifier, record.poNumber]),
        attributes: {
          identifier: record.identifier,
          poNumber: record.poNumber,
          currency: record.currency,
          subtotalValue: decimal(record.subtotalValue),
          totalValue: decimal(record.totalValue),
          shipUntil: record.shipUntil,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          customer: one("customers", record.customerId),
          customerUser: one("customerusers", record.customerUserId),
          status: one("orderstatuses", record.status),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          identifier: [record.identifier],
          poNumber: text([record.poNumber]),
          customer: [String(record.customerId)],
          customerUser: text([record.customerUserId === null ? null : String(record.customerUserId)]),
        },
      };
    }
    case "users": {
      const record = data.users.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const title = joinName([record.firstName, record.lastName]);
      return {
        ref,
        title,
        searchValues: [title, record.username, record.email],
        attributes: {
          username: record.username,
          email: record.email,
          firstName: record.firstName,
          lastName: record.lastName,
          title: record.title,
          phone: record.phone,
          enabled: record.enabled,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          userRoles: many("userroles", record.roleIds),
          organization: one("organizations", record.organizationIds[0] ?? null),
          organizations: many("organizations", record.organizationIds),
        },
        filterValues: { id: [String(id)], email: [record.email], username: [record.username] },
      };
    }
    case "customers": {
      const record = data.customers.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.name,
        searchValues: [record.name],
        attributes: { name: record.name, createdAt: record.createdAt, updatedAt: record.updatedAt },
        relationships: {
          parent: one("customers", record.parentId),
          children: many("customers", data.customers.filter((c) => c.parentId === id).map((c) => c.id)),
          users: many("customerusers", data.customerUsers.filter((u) => u.customerId === id).map((u) => u.id)),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          name: [record.name],
          parent: text([record.parentId === null ? null : String(record.parentId)]),
        },
      };
    }
    case "tasks": {
      const record = data.tasks.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.subject,
        searchValues: [record.subject],
        attributes: {
          subject: record.subject,
          description: record.description,
          dueDate: record.dueDate,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          status: one("taskstatuses", record.status),
          taskPriority: one("taskpriorities", record.taskPriority),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: { id: [String(id)], status: [record.status] },
      };
    }
    case "cases": {
      const record = data.cases.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      return {
        ref,
        title: record.subject,
        searchValues: [record.subject],
        attributes: {
          subject: record.subject,
          description: record.description,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          status: one("casestatuses", record.status),
          priority: one("casepriorities", record.priority),
          relatedContact: one("contacts", record.relatedContactId),
          relatedAccount: one("accounts", record.relatedAccountId),
          assignedTo: one("users", record.assignedToId),
          owner: one("users", record.ownerId),
          ...orgRel,
        },
        filterValues: { id: [String(id)], status: [record.status] },
      };
    }
    case "rfqs": {
      const record = data.rfqs.find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const title = joinName([record.firstName, record.lastName]);
      return {
        ref,
        title,
        searchValues: text([title, record.email, record.company, record.poNumber]),
        attributes: {
          firstName: record.firstName,
          lastName: record.lastName,
          email: record.email,
          phone: record.phone,
          company: record.company,
          role: record.role,
          poNumber: record.poNumber,
          note: record.note,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
        },
        relationships: {
          customer: one("customers", record.customerId),
          customerUser: one("customerusers", record.customerUserId),
          internal_status: one("rfpinternalstatuses", record.status),
          ...orgRel,
        },
        filterValues: {
          id: [String(id)],
          email: [record.email],
          customerUser: text([record.customerUserId === null ? null : String(record.customerUserId)]),
        },
      };
    }
  }
}

/** Ids of every record of a type, in id order. */
export function entityIds(data: SandboxData, type: EntityType): number[] {
  return recordsOf(data, type).map((record) => record.id).sort((a, b) => a - b);
}

/** The list filters each type supports (anything else is a 400, as in Oro). */
export const supportedFilters: Record<EntityType, readonly string[]> = {
  accounts: ["id", "name"],
  contacts: ["id", "primaryEmail", "emails", "firstName", "lastName", "accounts"],
  customerusers: ["id", "email", "customer"],
  leads: ["id", "primaryEmail", "emails", "status"],
  opportunities: ["id", "status", "account", "contact"],
  orders: ["id", "identifier", "poNumber", "customer", "customerUser"],
  users: ["id", "email", "username"],
  customers: ["id", "name", "parent"],
  tasks: ["id", "status"],
  cases: ["id", "status"],
  rfqs: ["id", "email", "customerUser"],
};

/**
 * Records whose email search field matches an address, as Oro's suggestions do: contacts, accounts (via their
 * contacts), leads, opportunities (via their contact), users, customer users, orders (via their customer user)
 * and RFQs. Customers, cases and tasks have no email field.
 */
export function recordsMatchingAddress(data: SandboxData, address: string): EntityRef[] {
  const result: EntityRef[] = [];
  const contacts = data.contacts.filter((contact) => contact.emails.some((email) => sameAddress(email, address)));
  const contactIds = new Set(contacts.map((contact) => contact.id));
  const customerUsers = data.customerUsers.filter((user) => sameAddress(user.email, address));
  const customerUserIds = new Set(customerUsers.map((user) => user.id));
  for (const contact of contacts) result.push({ type: "contacts", id: contact.id });
  for (const account of data.accounts) {
    if (contacts.some((contact) => contact.accountIds.includes(account.id))) result.push({ type: "accounts", id: account.id });
  }
  for (const lead of data.leads) {
    if (lead.emails.some((email) => sameAddress(email, address))) result.push({ type: "leads", id: lead.id });
  }
  for (const opportunity of data.opportunities) {
    if (opportunity.contactId !== null && contactIds.has(opportunity.contactId)) {
      result.push({ type: "opportunities", id: opportunity.id });
    }
  }
  for (const user of data.users) {
    if (sameAddress(user.email, address)) result.push({ type: "users", id: user.id });
  }
  for (const customerUser of customerUsers) result.push({ type: "customerusers", id: customerUser.id });
  for (const order of data.orders) {
    if (order.customerUserId !== null && customerUserIds.has(order.customerUserId)) {
      result.push({ type: "orders", id: order.id });
    }
  }
  for (const rfq of data.rfqs) {
    const viaUser = rfq.customerUserId !== null && customerUserIds.has(rfq.customerUserId);
    if (viaUser || sameAddress(rfq.email, address)) result.push({ type: "rfqs", id: rfq.id });
  }
  return result;
}
