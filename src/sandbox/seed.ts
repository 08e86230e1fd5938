// The sandbox's deterministic Oro database: the demo people of demo-identities.ts exactly as promised there,
// plus a few hundred generated records so lists, paging and search look like a real back office.

import {
  bulkRecipientCount,
  bulkRecipientDomain,
  oroUsers,
  people,
  storedMessages,
} from "./demo-identities";
import type {
  AccountRecord,
  CaseRecord,
  CaseStatus,
  ContactRecord,
  CustomerRecord,
  CustomerUserRecord,
  EmailAddressValue,
  EmailRecord,
  EntityRef,
  LeadRecord,
  LeadStatus,
  OpportunityRecord,
  OpportunityStatus,
  OrderRecord,
  OrderStatus,
  Priority,
  RfqRecord,
  RfqStatus,
  SandboxData,
  TaskRecord,
  TaskStatus,
  UserRecord,
} from "./model";

/** Ids of the seeded records the demo scenario and tests refer to. */
export const seedIds = {
  organization: 1,
  users: { admin: 1, sales: 2, manager: 3 },
  accounts: { contoso: 1, fabrikam: 2, litware: 3, tailspin: 4, bulk: 5 },
  contacts: { olivia: 1, bruno: 2, contosoSalesDaniel: 3, contosoSalesMaria: 4, plusAddress: 5 },
  customers: { contoso: 1, litware: 2 },
  customerUsers: { olivia: 1, kenji: 2 },
  leads: { olivia: 1, priya: 2 },
  opportunities: { contosoFleet: 1, fabrikamScanners: 2 },
  orders: { olivia: [1, 2], kenji: [3, 4, 5] },
  rfqs: { kenji: 1 },
  emails: { threadOneFirst: 1, threadOneReply: 2, brunoQuestion: 3 },
} as const;

/** A contact whose address contains "+", to prove values travel percent-encoded. */
export const plusAddressContact = { firstName: "Lena", lastName: "Fischer", email: "lena+crm@adatum.example" };

const baseTime = Date.UTC(2025, 0, 6);
const day = 24 * 60 * 60 * 1000;

/** A fixed point in time: days from 6 January 2025 and minutes into that day (09:00 by default). */
function isoAt(offsetDays: number, minutesOfDay = 9 * 60): string {
  return new Date(baseTime + offsetDays * day + minutesOfDay * 60_000).toISOString().replace(".000Z", "Z");
}

function dateAt(offsetDays: number): string {
  return isoAt(offsetDays).slice(0, 10);
}

/** mulberry32: a tiny deterministic PRNG so the seed is the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  "James", "Emma", "Liam", "Sophia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Isabella", "Mason", "Charlotte",
  "Logan", "Amelia", "Elijah", "Harper", "Aiden", "Evelyn", "Carter", "Abigail", "Henry", "Emily", "Jack", "Ella",
  "Owen", "Scarlett", "Wyatt", "Grace", "Leo", "Chloe", "Julian", "Zoe", "Gabriel", "Nora", "Samuel", "Hannah",
  "David", "Aria", "Mateo", "Layla", "Hugo", "Ingrid", "Rafael", "Yuki", "Tomasz", "Aisha", "Pierre", "Freya",
] as const;

const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
  "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott",
  "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
  "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Nguyen", "Murphy", "Rivera", "Cook",
  "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Novak",
] as const;

const companies = [
  "Adventure Works", "Alpine Ski House", "Blue Yonder Airlines", "City Power & Light", "Coho Winery",
  "Consolidated Messenger", "Datum Corporation", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance",
  "Lamna Healthcare", "Lucerne Publishing", "Margie's Travel", "Northwind Logistics", "Proseware Inc",
  "School of Fine Art", "Southridge Video", "Trey Research", "Wide World Importers", "Wingtip Toys",
  "Woodgrove Bank", "Relecloud", "VanArsdel Ltd", "Bellows College", "Best For You Organics", "Contoso Pharmaceuticals",
  "First Up Consultants", "Munson's Pickles", "Nod Publishers", "Olympia Pools", "Boulder Innovations",
  "Kingsway Freight", "Harbor Marine Supply", "Redwood Analytics", "Summit Dental Group",
] as const;

const jobTitles = [
  "Purchasing Manager", "Operations Director", "IT Manager", "Chief Financial Officer", "Office Manager",
  "Logistics Coordinator", "Head of Procurement", "Facilities Manager", "Sales Director", "Project Lead",
] as const;

const opportunityTopics = [
  "Fleet tracking", "Warehouse scanners", "Office chairs", "Annual support renewal", "Barcode printers",
  "Cold-chain sensors", "Packaging line upgrade", "Safety equipment", "Forklift batteries", "Label stock",
  "Pallet racking", "Service contract", "Handheld terminals", "Dock levellers",
] as const;

const taskSubjects = [
  "Call back about pricing", "Send updated quote", "Prepare renewal proposal", "Schedule product demo",
  "Follow up on delivery date", "Confirm shipping address", "Review contract terms", "Book site visit",
  "Check credit limit", "Send onboarding pack",
] as const;

const caseSubjects = [
  "Damaged pallet on delivery", "Invoice shows wrong VAT", "Scanner does not pair", "Missing items in order",
  "Login to customer portal fails", "Request for replacement part", "Late delivery", "Wrong label size shipped",
] as const;

function pick<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error("pick() from an empty list");
  return value;
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function money(random: () => number, min: number, max: number): number {
  return Math.round((min + random() * (max - min)) * 100) / 100;
}

function address(name: string | null, email: string): EmailAddressValue {
  return { name, email };
}

/** Builds a fresh copy of the seed (every call returns new objects, so reset() can't share state). */
export function createSeedData(): SandboxData {
  const random = createRandom(20250106);
  const { admin: adminId, sales: salesId, manager: managerId } = seedIds.users;
  const owners = [salesId, salesId, managerId, adminId] as const;

  const users: UserRecord[] = [
    {
      id: adminId,
      username: oroUsers.admin.username,
      password: oroUsers.admin.password,
      firstName: oroUsers.admin.firstName,
      lastName: oroUsers.admin.lastName,
      email: oroUsers.admin.email,
      title: "System administrator",
      phone: "+1 206 555 0100",
      enabled: true,
      roleIds: [1],
      organizationIds: [1, 2],
      createdAt: isoAt(-400),
      updatedAt: isoAt(-3),
    },
    {
      id: salesId,
      username: oroUsers.sales.username,
      password: oroUsers.sales.password,
      firstName: oroUsers.sales.firstName,
      lastName: oroUsers.sales.lastName,
      email: oroUsers.sales.email,
      title: "Account executive",
      phone: "+1 206 555 0142",
      enabled: true,
      roleIds: [2],
      organizationIds: [1],
      createdAt: isoAt(-380),
      updatedAt: isoAt(-1),
    },
    {
      id: managerId,
      username: "morgan",
      password: "morgan-not-a-demo-login",
      firstName: "Morgan",
      lastName: "Reyes",
      email: "morgan.reyes@northwind.example",
      title: "Sales manager",
      phone: "+1 206 555 0177",
      enabled: true,
      roleIds: [3],
      organizationIds: [1],
      createdAt: isoAt(-390),
      updatedAt: isoAt(-10),
    },
  ];

  const usedEmails = new Set<string>([
    ...users.map((user) => user.email),
    ...Object.values(people).map((person) => person.emailAddress),
  ]);

  // --- Accounts and the demo contacts ------------------------------------------------------------------
  const accounts: AccountRecord[] = [
    { id: seedIds.accounts.contoso, name: "Contoso Ltd", ownerId: salesId, defaultContactId: 1, createdAt: isoAt(-300), updatedAt: isoAt(-5) },
    { id: seedIds.accounts.fabrikam, name: "Fabrikam Inc", ownerId: salesId, defaultContactId: 2, createdAt: isoAt(-280), updatedAt: isoAt(-8) },
    { id: seedIds.accounts.litware, name: "Litware Inc", ownerId: managerId, defaultContactId: null, createdAt: isoAt(-250), updatedAt: isoAt(-20) },
    { id: seedIds.accounts.tailspin, name: "Tailspin Toys", ownerId: salesId, defaultContactId: null, createdAt: isoAt(-60), updatedAt: isoAt(-60) },
    { id: seedIds.accounts.bulk, name: "Bulk Example Mailing Co", ownerId: adminId, defaultContactId: null, createdAt: isoAt(-200), updatedAt: isoAt(-200) },
  ];

  const contacts: ContactRecord[] = [
    {
      id: seedIds.contacts.olivia, namePrefix: "Ms.", firstName: "Olivia", middleName: null, lastName: "Chen", nameSuffix: null,
      jobTitle: "Head of Procurement", emails: [people.olivia.emailAddress], phones: ["+1 425 555 0101"],
      accountIds: [seedIds.accounts.contoso], ownerId: salesId, createdAt: isoAt(-300), updatedAt: isoAt(-5),
    },
    {
      id: seedIds.contacts.bruno, namePrefix: "Mr.", firstName: "Bruno", middleName: null, lastName: "Martin", nameSuffix: null,
      jobTitle: "Warehouse Operations Manager", emails: [people.bruno.emailAddress], phones: ["+33 1 55 55 01 22"],
      accountIds: [seedIds.accounts.fabrikam], ownerId: salesId, createdAt: isoAt(-280), updatedAt: isoAt(-8),
    },
    {
      id: seedIds.contacts.contosoSalesDaniel, namePrefix: null, firstName: "Daniel", middleName: "J.", lastName: "Brooks", nameSuffix: null,
      jobTitle: "Sales Coordinator", emails: ["daniel.brooks@contoso.example", people.contosoSales.emailAddress],
      phones: ["+1 425 555 0133"], accountIds: [seedIds.accounts.contoso], ownerId: salesId, createdAt: isoAt(-240), updatedAt: isoAt(-30),
    },
    {
      id: seedIds.contacts.contosoSalesMaria, namePrefix: null, firstName: "Maria", middleName: null, lastName: "Garcia", nameSuffix: null,
      jobTitle: "Inside Sales", emails: ["maria.garcia@contoso.example", people.contosoSales.emailAddress],
      phones: ["+1 425 555 0134"], accountIds: [seedIds.accounts.contoso], ownerId: managerId, createdAt: isoAt(-230), updatedAt: isoAt(-25),
    },
    {
      id: seedIds.contacts.plusAddress, namePrefix: null, firstName: plusAddressContact.firstName, middleName: null,
      lastName: plusAddressContact.lastName, nameSuffix: null, jobTitle: "CRM Administrator", emails: [plusAddressContact.email],
      phones: [], accountIds: [], ownerId: adminId, createdAt: isoAt(-90), updatedAt: isoAt(-90),
    },
  ];
  usedEmails.add("daniel.brooks@contoso.example");
  usedEmails.add("maria.garcia@contoso.example");
  usedEmails.add(plusAddressContact.email);

  for (const company of companies) {
    accounts.push({
      id: accounts.length + 1,
      name: company,
      ownerId: pick(random, owners),
      defaultContactId: null,
      createdAt: isoAt(-Math.floor(random() * 500) - 20),
      updatedAt: isoAt(-Math.floor(random() * 20)),
    });
  }

  // Two to four generated contacts per generated account.
  for (const account of accounts.slice(5)) {
    const domain = `${slug(account.name)}.example`;
    const count = 2 + Math.floor(random() * 3);
    for (let index = 0; index < count; index++) {
      const firstName = pick(random, firstNames);
      const lastName = pick(random, lastNames);
      let email = `${firstName}.${lastName}@${domain}`.toLowerCase();
      if (usedEmails.has(email)) email = `${firstName}.${lastName}${contacts.length}@${domain}`.toLowerCase();
      usedEmails.add(email);
      const id = contacts.length + 1;
      contacts.push({
        id,
        namePrefix: null,
        firstName,
        middleName: null,
        lastName,
        nameSuffix: null,
        jobTitle: pick(random, jobTitles),
        emails: [email],
        phones: [`+1 555 01${String(id).padStart(2, "0").slice(-2)} ${String(1000 + id).slice(-4)}`],
        accountIds: [account.id],
        ownerId: account.ownerId,
        createdAt: account.createdAt,
        updatedAt: isoAt(-Math.floor(random() * 40)),
      });
      if (account.defaultContactId === null) account.defaultContactId = id;
    }
  }

  const generatedContacts = contacts.slice(5);

  // recipient10@bulk.example, recipient20@..., up to bulkRecipientCount: every tenth bulk recipient is a contact.
  for (let n = 10; n <= bulkRecipientCount; n += 10) {
    const id = contacts.length + 1;
    contacts.push({
      id,
      namePrefix: null,
      firstName: pick(random, firstNames),
      middleName: null,
      lastName: `${pick(random, lastNames)}`,
      nameSuffix: null,
      jobTitle: null,
      emails: [`recipient${n}@${bulkRecipientDomain}`],
      phones: [],
      accountIds: [seedIds.accounts.bulk],
      ownerId: adminId,
      createdAt: isoAt(-200),
      updatedAt: isoAt(-200),
    });
  }

  // --- Commerce customers and customer users ---------------------------------------------------------------
  const customers: CustomerRecord[] = [
    { id: seedIds.customers.contoso, name: "Contoso", parentId: null, ownerId: salesId, createdAt: isoAt(-290), updatedAt: isoAt(-12) },
    { id: seedIds.customers.litware, name: "Litware", parentId: null, ownerId: managerId, createdAt: isoAt(-250), updatedAt: isoAt(-4) },
  ];
  const customerUsers: CustomerUserRecord[] = [
    {
      id: seedIds.customerUsers.olivia, firstName: "Olivia", lastName: "Chen", email: people.olivia.emailAddress,
      customerId: seedIds.customers.contoso, enabled: true, confirmed: true, createdAt: isoAt(-280), updatedAt: isoAt(-6),
    },
    {
      id: seedIds.customerUsers.kenji, firstName: "Kenji", lastName: "Tanaka", email: people.kenji.emailAddress,
      customerId: seedIds.customers.litware, enabled: true, confirmed: true, createdAt: isoAt(-240), updatedAt: isoAt(-2),
    },
  ];
  for (const company of companies.slice(0, 22)) {
    const customerId = customers.length + 1;
    customers.push({
      id: customerId,
      name: company,
      parentId: null,
      ownerId: pick(random, owners),
      createdAt: isoAt(-Math.floor(random() * 400) - 30),
      updatedAt: isoAt(-Math.floor(random() * 30)),
    });
    if (customerId % 5 === 0) {
      customers.push({
        id: customers.length + 1,
        name: `${company} - West Region`,
        parentId: customerId,
        ownerId: pick(random, owners),
        createdAt: isoAt(-100),
        updatedAt: isoAt(-9),
      });
    }
  }
  for (const customer of customers.slice(2)) {
    const count = customer.parentId === null ? 1 + Math.floor(random() * 2) : 1;
    for (let index = 0; index < count; index++) {
      const firstName = pick(random, firstNames);
      const lastName = pick(random, lastNames);
      let email = `${firstName[0] ?? "x"}${lastName}@shop.${slug(customer.name)}.example`.toLowerCase();
      if (usedEmails.has(email)) email = `${firstName}.${lastName}.${customerUsers.length}@shop.${slug(customer.name)}.example`.toLowerCase();
      usedEmails.add(email);
      customerUsers.push({
        id: customerUsers.length + 1,
        firstName,
        lastName,
        email,
        customerId: customer.id,
        enabled: random() > 0.1,
        confirmed: true,
        createdAt: customer.createdAt,
        updatedAt: customer.updatedAt,
      });
    }
  }

  // --- Leads ----------------------------------------------------------------------------------------------------
  const leads: LeadRecord[] = [
    {
      id: seedIds.leads.olivia, name: "Contoso - Spare parts programme", namePrefix: "Ms.", firstName: "Olivia", lastName: "Chen",
      companyName: "Contoso Ltd", jobTitle: "Head of Procurement", emails: [people.olivia.emailAddress], phones: ["+1 425 555 0101"],
      status: "qualified", ownerId: salesId, contactId: seedIds.contacts.olivia, createdAt: isoAt(-120), updatedAt: isoAt(-40),
    },
    {
      id: seedIds.leads.priya, name: "Tailspin Toys - Drone fleet", namePrefix: null, firstName: "Priya", lastName: "Patel",
      companyName: "Tailspin Toys", jobTitle: "Operations Director", emails: [people.priya.emailAddress], phones: ["+91 80 5555 0199"],
      status: "new", ownerId: salesId, contactId: null, createdAt: isoAt(-14), updatedAt: isoAt(-2),
    },
  ];
  const leadStatuses: readonly LeadStatus[] = ["new", "new", "qualified", "canceled"];
  for (let index = 0; index < 38; index++) {
    const firstName = pick(random, firstNames);
    const lastName = pick(random, lastNames);
    const company = `${lastName} ${pick(random, ["Trading", "Supplies", "Engineering", "Foods", "Retail", "Logistics"])}`;
    let email = `${firstName}@${slug(company)}.example`.toLowerCase();
    if (usedEmails.has(email)) email = `${firstName}.${index}@${slug(company)}.example`.toLowerCase();
    usedEmails.add(email);
    leads.push({
      id: leads.length + 1,
      name: `${company} - ${pick(random, opportunityTopics)}`,
      namePrefix: null,
      firstName,
      lastName,
      companyName: company,
      jobTitle: pick(random, jobTitles),
      emails: [email],
      phones: [`+44 20 7946 0${String(100 + index).slice(-3)}`],
      status: pick(random, leadStatuses),
      ownerId: pick(random, owners),
      contactId: null,
      createdAt: isoAt(-Math.floor(random() * 200) - 5),
      updatedAt: isoAt(-Math.floor(random() * 5)),
    });
  }

  // --- Opportunities ------------------------------------------------------------------------------------------
  const probabilities: Record<OpportunityStatus, number> = {
    in_progress: 0.1,
    identification_alignment: 0.3,
    needs_analysis: 0.2,
    solution_development: 0.5,
    negotiation: 0.8,
    won: 1,
    lost: 0,
  };
  const opportunities: OpportunityRecord[] = [
    {
      id: seedIds.opportunities.contosoFleet, name: "Contoso - Fleet renewal", status: "negotiation", probability: 0.8,
      budgetAmountValue: 184500, budgetAmountCurrency: "USD", closeDate: dateAt(45), accountId: seedIds.accounts.contoso,
      customerId: seedIds.customers.contoso, contactId: seedIds.contacts.olivia, leadId: null, ownerId: salesId,
      createdAt: isoAt(-70), updatedAt: isoAt(-3),
    },
    {
      id: seedIds.opportunities.fabrikamScanners, name: "Fabrikam - Warehouse scanners", status: "in_progress", probability: 0.1,
      budgetAmountValue: 42750, budgetAmountCurrency: "EUR", closeDate: dateAt(60), accountId: seedIds.accounts.fabrikam,
      customerId: null, contactId: seedIds.contacts.bruno, leadId: null, ownerId: salesId, createdAt: isoAt(-21), updatedAt: isoAt(-1),
    },
  ];
  const statuses = Object.keys(probabilities).filter((status): status is OpportunityStatus => status in probabilities);
  for (let index = 0; index < 48; index++) {
    const account = pick(random, accounts.slice(5));
    const contact = contacts.find((candidate) => candidate.accountIds.includes(account.id)) ?? null;
    const status = pick(random, statuses);
    opportunities.push({
      id: opportunities.length + 1,
      name: `${account.name} - ${pick(random, opportunityTopics)}`,
      status,
      probability: probabilities[status],
      budgetAmountValue: money(random, 2500, 250000),
      budgetAmountCurrency: random() > 0.75 ? "EUR" : "USD",
      closeDate: dateAt(Math.floor(random() * 240) - 60),
      accountId: account.id,
      customerId: null,
      contactId: contact?.id ?? null,
      leadId: null,
      ownerId: account.ownerId,
      createdAt: isoAt(-Math.floor(random() * 300) - 10),
      updatedAt: isoAt(-Math.floor(random() * 10)),
    });
  }

  // --- Orders ------------------------------------------------------------------------------------------------------
  const orders: OrderRecord[] = [];
  const addOrder = (customerId: number, customerUserId: number | null, total: number, status: OrderStatus, offset: number, ownerId: number) => {
    const id = orders.length + 1;
    const subtotal = Math.round((total / 1.08) * 100) / 100;
    orders.push({
      id,
      identifier: `SO-${String(10400 + id)}`,
      poNumber: random() > 0.3 ? `PO-${String(70000 + Math.floor(random() * 29999))}` : null,
      customerId,
      customerUserId,
      currency: "USD",
      subtotalValue: subtotal,
      totalValue: total,
      status,
      shipUntil: dateAt(offset + 14),
      ownerId,
      createdAt: isoAt(offset),
      updatedAt: isoAt(offset + 2),
    });
  };
  addOrder(seedIds.customers.contoso, seedIds.customerUsers.olivia, 12840.5, "shipped", -45, salesId);
  addOrder(seedIds.customers.contoso, seedIds.customerUsers.olivia, 3275, "open", -6, salesId);
  addOrder(seedIds.customers.litware, seedIds.customerUsers.kenji, 8790.25, "closed", -120, managerId);
  addOrder(seedIds.customers.litware, seedIds.customerUsers.kenji, 1520, "shipped", -30, managerId);
  addOrder(seedIds.customers.litware, seedIds.customerUsers.kenji, 46200, "open", -3, managerId);
  const orderStatuses: readonly OrderStatus[] = ["open", "shipped", "shipped", "closed", "cancelled"];
  for (let index = 0; index < 55; index++) {
    const customerUser = pick(random, customerUsers.slice(2));
    addOrder(
      customerUser.customerId,
      customerUser.id,
      money(random, 120, 60000),
      pick(random, orderStatuses),
      -Math.floor(random() * 300),
      pick(random, owners),
    );
  }

  // --- Tasks and cases -----------------------------------------------------------------------------------------------
  const taskStatuses: readonly TaskStatus[] = ["open", "open", "in_progress", "closed"];
  const priorities: readonly Priority[] = ["low", "normal", "normal", "high"];
  const tasks: TaskRecord[] = [];
  for (let index = 0; index < 30; index++) {
    const account = pick(random, accounts);
    tasks.push({
      id: tasks.length + 1,
      subject: `${pick(random, taskSubjects)} (${account.name})`,
      description: null,
      dueDate: isoAt(Math.floor(random() * 40) - 10, 17 * 60),
      status: pick(random, taskStatuses),
      taskPriority: pick(random, priorities),
      ownerId: pick(random, owners),
      createdAt: isoAt(-Math.floor(random() * 30) - 1),
      updatedAt: isoAt(-Math.floor(random() * 2)),
    });
  }
  const caseStatuses: readonly CaseStatus[] = ["open", "in_progress", "resolved", "closed"];
  const cases: CaseRecord[] = [];
  for (let index = 0; index < 25; index++) {
    const contact = pick(random, generatedContacts);
    cases.push({
      id: cases.length + 1,
      subject: pick(random, caseSubjects),
      description: "Reported by the customer by phone.",
      status: pick(random, caseStatuses),
      priority: pick(random, priorities),
      relatedContactId: contact.id,
      relatedAccountId: contact.accountIds[0] ?? null,
      assignedToId: pick(random, owners),
      ownerId: pick(random, owners),
      createdAt: isoAt(-Math.floor(random() * 90) - 1),
      updatedAt: isoAt(-Math.floor(random() * 3)),
    });
  }

  // --- Requests for quotes ---------------------------------------------------------------------------------------------
  const rfqs: RfqRecord[] = [
    {
      id: seedIds.rfqs.kenji, firstName: "Kenji", lastName: "Tanaka", email: people.kenji.emailAddress, phone: "+81 3 5555 0144",
      company: "Litware", role: "Buyer", poNumber: "PO-LW-2291", note: "Quote for 40 handheld terminals with 3-year support.",
      customerId: seedIds.customers.litware, customerUserId: seedIds.customerUsers.kenji, status: "submitted",
      createdAt: isoAt(-4), updatedAt: isoAt(-4),
    },
  ];
  const rfqStatuses: readonly RfqStatus[] = ["submitted", "pending_approval", "processed", "cancelled"];
  for (let index = 0; index < 19; index++) {
    const customerUser = pick(random, customerUsers.slice(2));
    const customer = customers.find((candidate) => candidate.id === customerUser.customerId);
    rfqs.push({
      id: rfqs.length + 1,
      firstName: customerUser.firstName,
      lastName: customerUser.lastName,
      email: customerUser.email,
      phone: null,
      company: customer?.name ?? "",
      role: pick(random, jobTitles),
      poNumber: random() > 0.5 ? `PO-${String(80000 + index)}` : null,
      note: null,
      customerId: customerUser.customerId,
      customerUserId: customerUser.id,
      status: pick(random, rfqStatuses),
      createdAt: isoAt(-Math.floor(random() * 120) - 1),
      updatedAt: isoAt(-Math.floor(random() * 3)),
    });
  }

  // --- Stored emails -------------------------------------------------------------------------------------------------------
  const sam = address(`${oroUsers.sales.firstName} ${oroUsers.sales.lastName}`, oroUsers.sales.email);
  const olivia = address(people.olivia.displayName, people.olivia.emailAddress);
  const bruno = address(people.bruno.displayName, people.bruno.emailAddress);
  const ref = (type: EntityRef["type"], id: number): EntityRef => ({ type, id });
  const emails: EmailRecord[] = [
    {
      id: seedIds.emails.threadOneFirst,
      subject: "Fleet renewal - revised volumes",
      from: olivia,
      toRecipients: [sam],
      ccRecipients: [],
      bccRecipients: [],
      messageId: storedMessages.threadOneFirst,
      references: [],
      sentAt: isoAt(-2, 9 * 60 + 14),
      internalDate: isoAt(-2, 9 * 60 + 15),
      importance: "normal",
      body: { type: "text", content: "Hi Sam,\n\nwe now expect 140 vehicles instead of 120. Can you update the quote?\n\nOlivia" },
      threadId: 1,
      ownerUserIds: [salesId, adminId],
      activityTargets: [ref("accounts", seedIds.accounts.contoso), ref("opportunities", seedIds.opportunities.contosoFleet)],
      createdAt: isoAt(-2, 9 * 60 + 16),
    },
    {
      id: seedIds.emails.threadOneReply,
      subject: "RE: Fleet renewal - revised volumes",
      from: sam,
      toRecipients: [olivia],
      ccRecipients: [],
      bccRecipients: [],
      messageId: storedMessages.threadOneReply,
      references: [storedMessages.threadOneFirst],
      sentAt: isoAt(-2, 11 * 60 + 2),
      internalDate: isoAt(-2, 11 * 60 + 2),
      importance: "normal",
      body: { type: "text", content: "Hi Olivia,\n\nthanks - the revised quote follows tomorrow.\n\nSam" },
      threadId: 1,
      ownerUserIds: [salesId],
      activityTargets: [],
      createdAt: isoAt(-2, 11 * 60 + 3),
    },
    {
      id: seedIds.emails.brunoQuestion,
      subject: "Question about scanner battery life",
      from: bruno,
      toRecipients: [sam],
      ccRecipients: [],
      bccRecipients: [],
      messageId: storedMessages.brunoQuestion,
      references: [],
      sentAt: isoAt(-1, 15 * 60 + 40),
      internalDate: isoAt(-1, 15 * 60 + 41),
      importance: "high",
      body: { type: "text", content: "Hello Sam,\n\nhow long do the scanner batteries last on a double shift?\n\nBruno" },
      threadId: 2,
      ownerUserIds: [salesId],
      activityTargets: [ref("contacts", seedIds.contacts.bruno)],
      createdAt: isoAt(-1, 15 * 60 + 42),
    },
  ];
  // A little history between Sam and generated contacts, each with its sender in context.
  for (let index = 0; index < 12; index++) {
    const contact = pick(random, generatedContacts);
    const contactAddress = contact.emails[0] ?? "";
    const incoming = index % 2 === 0;
    const from = incoming ? address(`${contact.firstName} ${contact.lastName}`, contactAddress) : sam;
    const to = incoming ? sam : address(`${contact.firstName} ${contact.lastName}`, contactAddress);
    const offset = -60 + index * 4;
    emails.push({
      id: emails.length + 1,
      subject: incoming ? `Question about order status` : `Your quote from Northwind`,
      from,
      toRecipients: [to],
      ccRecipients: [],
      bccRecipients: [],
      messageId: `<hist-${String(index + 1)}.${String(contact.id)}@${incoming ? contactAddress.split("@")[1] ?? "example.com" : "northwind.example"}>`,
      references: [],
      sentAt: isoAt(offset, 10 * 60),
      internalDate: isoAt(offset, 10 * 60 + 1),
      importance: "normal",
      body: { type: "text", content: incoming ? "Could you tell me when our order ships?" : "Please find our quote attached." },
      threadId: 3 + index,
      ownerUserIds: index % 3 === 0 ? [salesId, adminId] : [salesId],
      activityTargets: [ref("contacts", contact.id), ...(contact.accountIds[0] ? [ref("accounts", contact.accountIds[0])] : [])],
      createdAt: isoAt(offset, 10 * 60 + 2),
    });
  }

  return {
    organizations: [
      { id: 1, name: "Northwind Traders" },
      { id: 2, name: "Northwind Traders EU" },
    ],
    roles: [
      { id: 1, role: "ROLE_ADMINISTRATOR", label: "Administrator" },
      { id: 2, role: "ROLE_USER", label: "User" },
      { id: 3, role: "ROLE_MANAGER", label: "Manager" },
    ],
    users,
    accounts,
    contacts,
    customers,
    customerUsers,
    leads,
    opportunities,
    orders,
    tasks,
    cases,
    rfqs,
    emails,
    nextThreadId: 3 + 12,
  };
}
