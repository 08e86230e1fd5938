// The back-office pages behind links.entityUrl ("Open in Oro") and the dashboard after login.

import { backOfficeUrl, redirectResponse, type SandboxContext } from "./context";
import { describeEntity, entityTypeInfo, enumLabels, type JsonValue, type RelationshipData } from "./entity-types";
import { entityTypes, isEntityType, type EntityRef, type SandboxData } from "./model";
import { htmlResponse, renderDashboard, renderErrorPage, renderRecordPage } from "./pages";

function formatValue(value: JsonValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map(formatValue).filter((item) => item !== "").join(", ");
  if (typeof value === "object") return Object.values(value).map(formatValue).filter((item) => item !== "").join(" ");
  return String(value);
}

function humanize(name: string): string {
  const spaced = name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** Display text of a to-one relationship: the related record's title or the enum value's label. */
function relatedTitle(data: SandboxData, relationship: RelationshipData): string {
  if (relationship === null || Array.isArray(relationship)) return "";
  if (isEntityType(relationship.type)) return describeEntity(data, { type: relationship.type, id: Number(relationship.id) })?.title ?? "";
  if (relationship.type === "organizations") return data.organizations.find((org) => String(org.id) === relationship.id)?.name ?? "";
  return enumLabels[relationship.type]?.[relationship.id] ?? "";
}

/** The record a back-office path views ("/contact/view/5" → contacts 5), if any. */
export function recordForPath(path: string): EntityRef | undefined {
  const match = /\/(\d+)$/.exec(path);
  if (!match) return undefined;
  const id = Number(match[1]);
  const type = entityTypes.find((candidate) => entityTypeInfo[candidate].viewPath(id) === path);
  return type === undefined ? undefined : { type, id };
}

function signedInUser(request: Request, context: SandboxContext) {
  const session = context.sessions.fromRequest(request);
  return session?.userId === null || session === undefined ? undefined : context.model.userById(session.userId);
}

function requireLogin(request: Request, url: URL, context: SandboxContext): Response {
  const session = context.sessions.fromRequest(request) ?? context.sessions.create();
  session.targetPath = url.pathname + url.search;
  return redirectResponse(backOfficeUrl(context, "/user/login"), { "Set-Cookie": context.sessions.cookieHeader(session) });
}

export function handleRecordPage(request: Request, url: URL, ref: EntityRef, context: SandboxContext): Response {
  const user = signedInUser(request, context);
  if (!user) return requireLogin(request, url, context);
  const view = describeEntity(context.model.data, ref);
  if (!view) return htmlResponse(renderErrorPage({ status: 404, title: "Not Found", message: "The record does not exist." }), 404);
  const fields: [string, string][] = Object.entries(view.attributes)
    .map(([name, value]): [string, string] => [humanize(name), formatValue(value)])
    .filter(([, value]) => value !== "");
  for (const [name, relationship] of Object.entries(view.relationships)) {
    const title = relatedTitle(context.model.data, relationship);
    if (title !== "") fields.push([humanize(name), title]);
  }
  return htmlResponse(
    renderRecordPage({
      label: entityTypeInfo[ref.type].label,
      title: view.title,
      fields,
      userName: `${user.firstName} ${user.lastName}`,
      homeUrl: backOfficeUrl(context, "/"),
      logoutUrl: backOfficeUrl(context, "/user/logout"),
    }),
  );
}

export function handleDashboard(request: Request, url: URL, context: SandboxContext): Response {
  const user = signedInUser(request, context);
  if (!user) return requireLogin(request, url, context);
  const links: [string, string][] = [
    ["Contact: Olivia Chen", backOfficeUrl(context, entityTypeInfo.contacts.viewPath(1))],
    ["Account: Contoso Ltd", backOfficeUrl(context, entityTypeInfo.accounts.viewPath(1))],
    ["Opportunity: Contoso - Fleet renewal", backOfficeUrl(context, entityTypeInfo.opportunities.viewPath(1))],
  ];
  return htmlResponse(renderDashboard({ userName: `${user.firstName} ${user.lastName}`, links, logoutUrl: backOfficeUrl(context, "/user/logout") }));
}

export function notFoundPage(): Response {
  return htmlResponse(renderErrorPage({ status: 404, title: "Not Found", message: "The requested page was not found." }), 404);
}
