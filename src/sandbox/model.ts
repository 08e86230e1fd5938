// The in-memory Oro database behind the sandbox: typed records plus the email/activity operations the API
// resources need. Everything is plain data so tests can read and modify it directly.

export const entityTypes = [
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
] as const;

export type EntityType = (typeof entityTypes)[number];

export function isEntityType(value: string): value is EntityType {
  return (entityTypes as readonly string[]).includes(value);
}

export interface EntityRef {
  type: EntityType;
  id: number;
}

export interface OrganizationRecord {
  id: number;
  name: string;
}

export interface RoleRecord {
  id: number;
  role: string;
  label: string;
}

export interface UserRecord {
  id: number;
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  email: string;
  title: string | null;
  phone: string | null;
  enabled: boolean;
  roleIds: number[];
  organizationIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface AccountRecord {
  id: number;
  name: string;
  ownerId: number;
  defaultContactId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactRecord {
  id: number;
  namePrefix: string | null;
  firstName: string;
  middleName: string | null;
  lastName: string;
  nameSuffix: string | null;
  jobTitle: string | null;
  /** The first one is the primary email. */
  emails: string[];
  /** The first one is the primary phone. */
  phones: string[];
  accountIds: number[];
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerRecord {
  id: number;
  name: string;
  parentId: number | null;
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerUserRecord {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  customerId: number;
  enabled: boolean;
  confirmed: boolean;
  createdAt: string;
  updatedAt: string;
}

export type LeadStatus = "new" | "qualified" | "canceled";

export interface LeadRecord {
  id: number;
  name: string;
  namePrefix: string | null;
  firstName: string;
  lastName: string;
  companyName: string;
  jobTitle: string | null;
  emails: string[];
  phones: string[];
  status: LeadStatus;
  ownerId: number;
  contactId: number | null;
  createdAt: string;
  updatedAt: string;
}

export type OpportunityStatus =
  | "in_progress"
  | "identification_alignment"
  | "needs_analysis"
  | "solution_development"
  | "negotiation"
  | "won"
  | "lost";

export interface OpportunityRecord {
  id: number;
  name: string;
  status: OpportunityStatus;
  probability: number;
  budgetAmountValue: number;
  budgetAmountCurrency: string;
  closeDate: string;
  accountId: number | null;
  customerId: number | null;
  contactId: number | null;
  leadId: number | null;
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export type OrderStatus = "open" | "shipped" | "closed" | "cancelled";

export interface OrderRecord {
  id: number;
  identifier: string;
  poNumber: string | null;
  customerId: number;
  customerUserId: number | null;
  currency: string;
  subtotalValue: number;
  totalValue: number;
  status: OrderStatus;
  shipUntil: string | null;
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export type TaskStatus = "open" | "in_progress" | "closed";
export type Priority = "low" | "normal" | "high";

export interface TaskRecord {
  id: number;
  subject: string;
  description: string | null;
  dueDate: string;
  status: TaskStatus;
  taskPriority: Priority;
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export type CaseStatus = "open" | "in_progress" | "resolved" | "closed";

export interface CaseRecord {
  id: number;
  subject: string;
  description: string | null;
  status: CaseStatus;
  priority: Priority;
  relatedContactId: number | null;
  relatedAccountId: number | null;
  assignedToId: number | null;
  ownerId: number;
  createdAt: string;
  updatedAt: string;
}

export type RfqStatus = "submitted" | "pending_approval" | "processed" | "cancelled";

export interface RfqRecord {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  company: string;
  role: string | null;
  poNumber: string | null;
  note: string | null;
  customerId: number | null;
  customerUserId: number | null;
  status: RfqStatus;
  createdAt: string;
  updatedAt: string;
}

export interface EmailAddressValue {
  name: string | null;
  email: string;
}

export interface EmailBody {
  type: "text" | "html";
  content: string;
}

export type EmailImportance = "low" | "normal" | "high";

export interface EmailRecord {
  id: number;
  subject: string;
  from: EmailAddressValue;
  toRecipients: EmailAddressValue[];
  ccRecipients: EmailAddressValue[];
  bccRecipients: EmailAddressValue[];
  messageId: string;
  references: string[];
  sentAt: string;
  internalDate: string;
  importance: EmailImportance;
  body: EmailBody | null;
  threadId: number;
  /** Users who own a copy (an Oro EmailUser) of this email: only they find it through /api/emails. */
  ownerUserIds: number[];
  /** The records this email is in the context of (Oro "activity targets"). */
  activityTargets: EntityRef[];
  createdAt: string;
}

export interface SandboxData {
  organizations: OrganizationRecord[];
  roles: RoleRecord[];
  users: UserRecord[];
  accounts: AccountRecord[];
  contacts: ContactRecord[];
  customers: CustomerRecord[];
  customerUsers: CustomerUserRecord[];
  leads: LeadRecord[];
  opportunities: OpportunityRecord[];
  orders: OrderRecord[];
  tasks: TaskRecord[];
  cases: CaseRecord[];
  rfqs: RfqRecord[];
  emails: EmailRecord[];
  nextThreadId: number;
}

export interface NewEmail {
  subject: string;
  from: EmailAddressValue;
  toRecipients: EmailAddressValue[];
  ccRecipients: EmailAddressValue[];
  bccRecipients: EmailAddressValue[];
  messageId: string;
  references: string[];
  sentAt: string;
  internalDate: string;
  importance: EmailImportance;
  body: EmailBody | null;
}

function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.type === b.type && a.id === b.id;
}

/** Email addresses compare as Oro compares them: case and surrounding spaces aside. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The records of one entity type. */
export function recordsOf(data: SandboxData, type: EntityType): readonly { id: number }[] {
  switch (type) {
    case "accounts":
      return data.accounts;
    case "contacts":
      return data.contacts;
    case "customerusers":
      return data.customerUsers;
    case "leads":
      return data.leads;
    case "opportunities":
      return data.opportunities;
    case "orders":
      return data.orders;
    case "users":
      return data.users;
    case "customers":
      return data.customers;
    case "tasks":
      return data.tasks;
    case "cases":
      return data.cases;
    case "rfqs":
      return data.rfqs;
  }
}

/** Typed access to the sandbox's records, with the operations Oro performs on emails and their context. */
export class SandboxModel {
  data: SandboxData;

  constructor(data: SandboxData) {
    this.data = data;
  }

  /** Replaces every record (used by reset()). */
  replaceData(data: SandboxData): void {
    this.data = data;
  }

  userByUsername(username: string): UserRecord | undefined {
    return this.data.users.find((user) => user.username.toLowerCase() === username.toLowerCase());
  }

  userById(id: number): UserRecord | undefined {
    return this.data.users.find((user) => user.id === id);
  }

  emailById(id: number): EmailRecord | undefined {
    return this.data.emails.find((email) => email.id === id);
  }

  emailByMessageId(messageId: string): EmailRecord | undefined {
    return this.data.emails.find((email) => email.messageId === messageId);
  }

  emailCount(): number {
    return this.data.emails.length;
  }

  /** Every email of the thread the given email belongs to (the email itself included), oldest first. */
  threadOf(email: EmailRecord): EmailRecord[] {
    return this.data.emails.filter((candidate) => candidate.threadId === email.threadId);
  }

  activityTargetsOf(emailId: number): EntityRef[] {
    return this.emailById(emailId)?.activityTargets.map((target) => ({ ...target })) ?? [];
  }

  /** Records in the context of any email of the thread, each once, in the order they were added. */
  threadContextOf(email: EmailRecord): EntityRef[] {
    const result: EntityRef[] = [];
    for (const threadEmail of this.threadOf(email)) {
      for (const target of threadEmail.activityTargets) {
        if (!result.some((known) => sameRef(known, target))) result.push({ ...target });
      }
    }
    return result;
  }

  addActivityTargets(emailId: number, targets: EntityRef[]): void {
    const email = this.emailById(emailId);
    if (!email) return;
    for (const target of targets) {
      if (!email.activityTargets.some((known) => sameRef(known, target))) {
        email.activityTargets.push({ type: target.type, id: target.id });
      }
    }
  }

  removeActivityTargets(emailId: number, targets: EntityRef[]): void {
    const email = this.emailById(emailId);
    if (!email) return;
    email.activityTargets = email.activityTargets.filter(
      (known) => !targets.some((target) => sameRef(known, target)),
    );
  }

  replaceActivityTargets(emailId: number, targets: EntityRef[]): void {
    const email = this.emailById(emailId);
    if (!email) return;
    email.activityTargets = [];
    this.addActivityTargets(emailId, targets);
  }

  /** Removes a record from the context of every email in the thread; false when it was in none. */
  removeFromThreadContext(email: EmailRecord, target: EntityRef): boolean {
    let removed = false;
    for (const threadEmail of this.threadOf(email)) {
      const before = threadEmail.activityTargets.length;
      threadEmail.activityTargets = threadEmail.activityTargets.filter((known) => !sameRef(known, target));
      if (threadEmail.activityTargets.length !== before) removed = true;
    }
    return removed;
  }

  entityExists(ref: EntityRef): boolean {
    return recordsOf(this.data, ref.type).some((record) => record.id === ref.id);
  }

  /**
   * The single owner Oro records for an email address (users first, then contacts, customer users, leads),
   * used when Oro stores a new email and links the owners of its addresses automatically.
   */
  emailAddressOwner(address: string): EntityRef | undefined {
    const user = this.data.users.find((candidate) => sameAddress(candidate.email, address));
    if (user) return { type: "users", id: user.id };
    const contact = this.data.contacts.find((candidate) => candidate.emails.some((e) => sameAddress(e, address)));
    if (contact) return { type: "contacts", id: contact.id };
    const customerUser = this.data.customerUsers.find((candidate) => sameAddress(candidate.email, address));
    if (customerUser) return { type: "customerusers", id: customerUser.id };
    const lead = this.data.leads.find((candidate) => candidate.emails.some((e) => sameAddress(e, address)));
    if (lead) return { type: "leads", id: lead.id };
    return undefined;
  }

  /**
   * Stores an email the way Oro does: it joins the thread of any stored message it references, the given
   * user owns a copy, and the owners of its from/to/cc addresses become its context.
   */
  createEmail(input: NewEmail, ownerUserId: number, createdAt: string): EmailRecord {
    const referenced = input.references
      .map((messageId) => this.emailByMessageId(messageId))
      .find((email) => email !== undefined);
    const threadId = referenced ? referenced.threadId : this.data.nextThreadId++;
    const id = this.data.emails.reduce((max, email) => Math.max(max, email.id), 0) + 1;
    const email: EmailRecord = {
      id,
      ...input,
      threadId,
      ownerUserIds: [ownerUserId],
      activityTargets: [],
      createdAt,
    };
    this.data.emails.push(email);
    const addresses = [input.from, ...input.toRecipients, ...input.ccRecipients].map((value) => value.email);
    const owners = addresses
      .map((address) => this.emailAddressOwner(address))
      .filter((owner): owner is EntityRef => owner !== undefined);
    this.addActivityTargets(id, owners);
    return email;
  }
}
