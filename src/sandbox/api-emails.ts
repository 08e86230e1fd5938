// /api/emails: lookup by Message-ID (only emails the user owns a copy of), creation with Oro's validation
// and 409 on a known Message-ID, and the activityTargets relationship that holds an email's context.

import { z } from "zod";
import { listResponse, singleResponse, viewToResource, type ApiRequest } from "./api-entities";
import { describeEntity, type ResourceIdentifier } from "./entity-types";
import {
  ApiProblem,
  jsonApiResponse,
  notFound,
  parseQuery,
  readJsonBody,
  type ApiError,
  type ResourceObject,
} from "./json-api";
import { isEntityType, type EmailAddressValue, type EmailRecord, type EntityRef, type NewEmail } from "./model";

function visibleEmail(api: ApiRequest, id: string): EmailRecord {
  const email = /^\d+$/.test(id) ? api.context.model.emailById(Number(id)) : undefined;
  if (!email) throw notFound();
  if (!email.ownerUserIds.includes(api.user.id)) {
    throw new ApiProblem(403, [{ title: "access denied exception", detail: "No access to the entity." }]);
  }
  return email;
}

function shortTextBody(email: EmailRecord): string | null {
  if (!email.body) return null;
  const plain = email.body.type === "html" ? email.body.content.replace(/<[^>]*>/g, "") : email.body.content;
  return plain.replace(/\s+/g, " ").trim().slice(0, 255);
}

function targetIdentifiers(email: EmailRecord, withMeta: boolean): ResourceIdentifier[] {
  return email.activityTargets.map((target) => {
    const identifier: ResourceIdentifier = { type: target.type, id: String(target.id) };
    if (withMeta) identifier.meta = { emailThreadContextItemId: `${target.type}-${target.id}-${email.id}` };
    return identifier;
  });
}

function addressJson(value: EmailAddressValue): { name: string | null; email: string } {
  return { name: value.name, email: value.email };
}

export function emailResource(email: EmailRecord, withMeta: boolean): ResourceObject {
  return {
    type: "emails",
    id: String(email.id),
    attributes: {
      subject: email.subject,
      from: addressJson(email.from),
      toRecipients: email.toRecipients.map(addressJson),
      ccRecipients: email.ccRecipients.map(addressJson),
      bccRecipients: email.bccRecipients.map(addressJson),
      sentAt: email.sentAt,
      internalDate: email.internalDate,
      importance: email.importance,
      messageId: email.messageId,
      references: email.references,
      head: true,
      body: email.body ? { type: email.body.type, content: email.body.content } : null,
      shortTextBody: shortTextBody(email),
      bodySynced: email.body !== null,
      createdAt: email.createdAt,
    },
    relationships: {
      activityTargets: { data: targetIdentifiers(email, withMeta) },
      emailUsers: { data: email.ownerUserIds.map((userId) => ({ type: "emailusers", id: String(email.id * 1000 + userId) })) },
    },
  };
}

/** GET /api/emails */
export function listEmails(api: ApiRequest): Response {
  const query = parseQuery(api.url, {
    filters: ["id", "messageId"],
    paging: true,
    include: ["activityTargets"],
    sort: ["id", "sentAt"],
    metaTitle: false,
    fields: true,
  });
  const ids = query.filters.get("id");
  const messageIds = query.filters.get("messageId");
  let emails = api.context.model.data.emails.filter((email) => email.ownerUserIds.includes(api.user.id));
  if (ids) emails = emails.filter((email) => (ids.operator === "eq") === ids.values.includes(String(email.id)));
  if (messageIds) emails = emails.filter((email) => (messageIds.operator === "eq") === messageIds.values.includes(email.messageId));
  for (const { field, descending } of [...query.sort].reverse()) {
    emails = [...emails].sort((a, b) => {
      const order = field === "id" ? a.id - b.id : a.sentAt.localeCompare(b.sentAt);
      return descending ? -order : order;
    });
  }
  return listResponse(api, query, emails.map((email) => emailResource(email, false)), "emails");
}

/** GET /api/emails/{id} */
export function getEmail(api: ApiRequest, id: string): Response {
  const query = parseQuery(api.url, { filters: [], paging: false, include: ["activityTargets"], sort: false, metaTitle: false, fields: true });
  return singleResponse(api.context, emailResource(visibleEmail(api, id), false), query);
}

const identifierSchema = z.object({ type: z.string(), id: z.string() });
const relationshipBodySchema = z.object({ data: z.array(identifierSchema) });
const looseAddressSchema = z.object({ name: z.string().nullish(), email: z.string().nullish() });
const createEmailSchema = z.object({
  data: z.object({
    type: z.literal("emails"),
    id: z.string().optional(),
    attributes: z
      .object({
        subject: z.string().nullish(),
        from: looseAddressSchema.nullish(),
        toRecipients: z.array(looseAddressSchema).nullish(),
        ccRecipients: z.array(looseAddressSchema).nullish(),
        bccRecipients: z.array(looseAddressSchema).nullish(),
        messageId: z.string().nullish(),
        references: z.array(z.string()).nullish(),
        sentAt: z.string().nullish(),
        internalDate: z.string().nullish(),
        importance: z.string().nullish(),
        body: z.object({ type: z.string().nullish(), content: z.string().nullish() }).nullish(),
      })
      .default({}),
    relationships: z
      .object({ activityTargets: z.object({ data: z.array(identifierSchema) }).optional() })
      .passthrough()
      .optional(),
  }),
});

function zodProblem(error: z.ZodError): ApiProblem {
  return new ApiProblem(
    400,
    error.issues.map((issue) => ({
      title: "request data constraint",
      detail: issue.message,
      source: { pointer: `/${issue.path.map(String).join("/")}` },
    })),
  );
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+$/;

function notBlank(pointer: string): Omit<ApiError, "status"> {
  return { title: "not blank constraint", detail: "This value should not be blank.", source: { pointer } };
}

function validateAddress(value: { name?: string | null; email?: string | null }, pointer: string, errors: Omit<ApiError, "status">[]): EmailAddressValue {
  const email = (value.email ?? "").trim();
  if (email === "") errors.push(notBlank(`${pointer}/email`));
  else if (!emailPattern.test(email)) {
    errors.push({ title: "email constraint", detail: "This value contains not valid email address.", source: { pointer: `${pointer}/email` } });
  }
  return { name: value.name ?? null, email };
}

function validateDate(value: string | null | undefined, pointer: string, errors: Omit<ApiError, "status">[]): string {
  if (value === null || value === undefined || value === "") {
    errors.push(notBlank(pointer));
    return "";
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    errors.push({ title: "form constraint", detail: "This value is not a valid datetime.", source: { pointer } });
    return "";
  }
  return new Date(time).toISOString().replace(".000Z", "Z");
}

function validateTargets(api: ApiRequest, identifiers: { type: string; id: string }[], pointer: string): EntityRef[] {
  const errors: Omit<ApiError, "status">[] = [];
  const refs: EntityRef[] = [];
  identifiers.forEach((identifier, index) => {
    const ref = isEntityType(identifier.type) && /^\d+$/.test(identifier.id) ? { type: identifier.type, id: Number(identifier.id) } : undefined;
    if (!ref || !api.context.model.entityExists(ref)) {
      errors.push({ title: "form constraint", detail: "The entity does not exist.", source: { pointer: `${pointer}/${index}` } });
    } else {
      refs.push(ref);
    }
  });
  if (errors.length > 0) throw new ApiProblem(400, errors);
  return refs;
}

/** POST /api/emails */
export async function createEmail(api: ApiRequest): Promise<Response> {
  const query = parseQuery(api.url, { filters: [], paging: false, include: ["activityTargets"], sort: false, metaTitle: false, fields: true });
  const parsed = createEmailSchema.safeParse(await readJsonBody(api.request));
  if (!parsed.success) throw zodProblem(parsed.error);
  const attributes = parsed.data.data.attributes;
  const errors: Omit<ApiError, "status">[] = [];
  if (!attributes.from) errors.push(notBlank("/data/attributes/from"));
  const subject = attributes.subject ?? "";
  if (subject.trim() === "") errors.push(notBlank("/data/attributes/subject"));
  const sentAt = validateDate(attributes.sentAt, "/data/attributes/sentAt", errors);
  const internalDate = validateDate(attributes.internalDate, "/data/attributes/internalDate", errors);
  const messageId = (attributes.messageId ?? "").trim();
  if (messageId === "") errors.push(notBlank("/data/attributes/messageId"));
  const from = validateAddress(attributes.from ?? {}, "/data/attributes/from", errors);
  const recipients = (name: "toRecipients" | "ccRecipients" | "bccRecipients") =>
    (attributes[name] ?? []).map((value, index) => validateAddress(value, `/data/attributes/${name}/${index}`, errors));
  const toRecipients = recipients("toRecipients");
  const ccRecipients = recipients("ccRecipients");
  const bccRecipients = recipients("bccRecipients");
  const importance = attributes.importance ?? "normal";
  if (importance !== "low" && importance !== "normal" && importance !== "high") {
    errors.push({ title: "choice constraint", detail: "The value you selected is not a valid choice.", source: { pointer: "/data/attributes/importance" } });
  }
  let body: NewEmail["body"] = null;
  if (attributes.body) {
    const type = attributes.body.type ?? "";
    if (type === "") errors.push(notBlank("/data/attributes/body/type"));
    else if (type !== "text" && type !== "html") {
      errors.push({ title: "choice constraint", detail: "The value you selected is not a valid choice.", source: { pointer: "/data/attributes/body/type" } });
    } else {
      body = { type, content: attributes.body.content ?? "" };
    }
  }
  if (errors.length > 0) throw new ApiProblem(400, errors);
  const targets = validateTargets(
    api,
    parsed.data.data.relationships?.activityTargets?.data ?? [],
    "/data/relationships/activityTargets/data",
  );
  if (api.context.model.emailByMessageId(messageId)) {
    throw new ApiProblem(409, [
      { title: "conflict constraint", detail: "An email with the same Message-ID already exists.", source: { pointer: "/data/attributes/messageId" } },
    ]);
  }
  const email = api.context.model.createEmail(
    {
      subject,
      from,
      toRecipients,
      ccRecipients,
      bccRecipients,
      messageId,
      references: attributes.references ?? [],
      sentAt,
      internalDate,
      importance: importance === "low" || importance === "high" ? importance : "normal",
      body,
    },
    api.user.id,
    new Date(api.context.now()).toISOString().replace(/\.\d{3}Z$/, "Z"),
  );
  api.context.model.addActivityTargets(email.id, targets);
  return singleResponse(api.context, emailResource(email, true), query, 201, { Location: `${api.apiBase}/emails/${email.id}` });
}

function relationshipData(email: EmailRecord, withMeta: boolean): Response {
  return jsonApiResponse({ data: targetIdentifiers(email, withMeta) });
}

/** GET|POST|PATCH|DELETE /api/emails/{id}/relationships/activityTargets */
export async function activityTargetsRelationship(api: ApiRequest, id: string): Promise<Response> {
  parseQuery(api.url, { filters: [], paging: false, include: false, sort: false, metaTitle: false, fields: false });
  const email = visibleEmail(api, id);
  if (api.request.method === "GET") return relationshipData(email, false);
  const parsed = relationshipBodySchema.safeParse(await readJsonBody(api.request));
  if (!parsed.success) throw zodProblem(parsed.error);
  const targets = validateTargets(api, parsed.data.data, "/data");
  if (api.request.method === "POST") api.context.model.addActivityTargets(email.id, targets);
  else if (api.request.method === "PATCH") api.context.model.replaceActivityTargets(email.id, targets);
  else api.context.model.removeActivityTargets(email.id, targets);
  return relationshipData(email, true);
}

/** GET /api/emails/{id}/activityTargets: the records themselves. */
export function activityTargetRecords(api: ApiRequest, id: string): Response {
  const query = parseQuery(api.url, { filters: [], paging: true, include: false, sort: false, metaTitle: true, fields: true });
  const email = visibleEmail(api, id);
  const resources = email.activityTargets
    .map((target) => describeEntity(api.context.model.data, target))
    .filter((view) => view !== undefined)
    .map((view) => viewToResource(view, query.metaTitle));
  return listResponse(api, query, resources, `emails/${email.id}/activityTargets`);
}
