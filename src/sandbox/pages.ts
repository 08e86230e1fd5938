// Server-rendered back-office pages of the sandbox (login, consent, record views, errors). Every value is
// HTML-escaped; the look is a plain, professional back office that fits a 400-600 px wide dialog.

import { oroUsers } from "./demo-identities";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function htmlResponse(html: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=UTF-8",
      "Cache-Control": "no-cache, private",
      "X-Frame-Options": "DENY",
      ...headers,
    },
  });
}

const styles = `
:root { color-scheme: light dark; --bg: #eef1f4; --card: #ffffff; --text: #1f2933; --muted: #5f6b7a; --border: #cfd6de;
  --accent: #0b6ba8; --accent-text: #ffffff; --danger-bg: #fdecea; --danger: #a61b1b; --note-bg: #fff8e1; --note: #6b4e00; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15191e; --card: #20262d; --text: #e6eaee; --muted: #a4afbb; --border: #3a434d; --accent: #4aa3df;
    --accent-text: #0b1117; --danger-bg: #3b1d1d; --danger: #ffb4ab; --note-bg: #332a10; --note: #f3d27a; }
}
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; background: var(--bg); color: var(--text); }
header { display: flex; align-items: center; gap: 10px; padding: 10px 20px; background: #243746; color: #ffffff; }
header .brand { font-weight: 700; letter-spacing: 0.12em; }
header .badge { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #f5a623; color: #1f2933; font-weight: 600; }
header .user { margin-left: auto; font-size: 13px; }
header a { color: #ffffff; }
main { max-width: 440px; margin: 32px auto; padding: 0 16px; }
main.wide { max-width: 760px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 28px 24px; }
h1 { font-size: 20px; font-weight: 600; margin: 0 0 6px; }
p.lead { margin: 0 0 20px; color: var(--muted); }
label { display: block; font-weight: 600; margin: 14px 0 4px; }
input[type=text], input[type=password] { width: 100%; padding: 9px 10px; font: inherit; color: var(--text);
  background: var(--card); border: 1px solid var(--border); border-radius: 4px; }
input:focus, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.actions { display: flex; gap: 10px; margin-top: 22px; flex-wrap: wrap; }
button { font: inherit; font-weight: 600; padding: 9px 18px; border-radius: 4px; cursor: pointer; border: 1px solid var(--border);
  background: var(--card); color: var(--text); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); }
.error { background: var(--danger-bg); color: var(--danger); padding: 10px 12px; border-radius: 4px; margin: 0 0 12px; }
.note { background: var(--note-bg); color: var(--note); padding: 10px 12px; border-radius: 4px; margin-top: 22px; font-size: 13px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { width: 38%; color: var(--muted); font-weight: 600; }
a { color: var(--accent); }
`;

function layout(options: { title: string; body: string; userName?: string; wide?: boolean; logoutUrl?: string }): string {
  const user =
    options.userName === undefined
      ? ""
      : `<span class="user">${escapeHtml(options.userName)}${
          options.logoutUrl ? ` · <a href="${escapeHtml(options.logoutUrl)}">Sign out</a>` : ""
        }</span>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${styles}</style>
</head>
<body>
<header><span class="brand">ORO</span><span class="badge">Sandbox</span>${user}</header>
<main${options.wide ? ' class="wide"' : ""}>
<div class="card">
${options.body}
</div>
</main>
</body>
</html>`;
}

export function renderLoginPage(options: {
  action: string;
  csrfToken: string;
  appName: string | null;
  error: string | null;
  username: string;
}): string {
  const heading =
    options.appName === null ? "Sign in" : `Sign in to continue to "${options.appName}"`;
  const error = options.error === null ? "" : `<p class="error" role="alert">${escapeHtml(options.error)}</p>`;
  const body = `
<h1>${escapeHtml(heading)}</h1>
<p class="lead">Oro back office</p>
${error}
<form method="post" action="${escapeHtml(options.action)}">
  <input type="hidden" name="_csrf_token" value="${escapeHtml(options.csrfToken)}">
  <label for="username">Username or email</label>
  <input type="text" id="username" name="_username" value="${escapeHtml(options.username)}" autocomplete="username" required autofocus>
  <label for="password">Password</label>
  <input type="password" id="password" name="_password" autocomplete="current-password" required>
  <div class="actions"><button type="submit" class="primary">Log in</button></div>
</form>
<p class="note"><strong>Sandbox:</strong> this is a simulated Oro. Sign in as
<code>${escapeHtml(oroUsers.admin.username)}</code> / <code>${escapeHtml(oroUsers.admin.password)}</code> (administrator) or
<code>${escapeHtml(oroUsers.sales.username)}</code> / <code>${escapeHtml(oroUsers.sales.password)}</code> (sales user).</p>`;
  return layout({ title: "Login", body });
}

export function renderConsentPage(options: { action: string; csrfToken: string; appName: string; userName: string }): string {
  const body = `
<h1>${escapeHtml(`"${options.appName}" wants to access your account.`)}</h1>
<p class="lead">Signed in as ${escapeHtml(options.userName)}. The application will be able to read and change data
in Oro on your behalf, with your permissions.</p>
<form method="post" action="${escapeHtml(options.action)}">
  <input type="hidden" name="_csrf_token" value="${escapeHtml(options.csrfToken)}">
  <div class="actions">
    <button type="submit" name="grantAccess" value="true" class="primary">Grant</button>
    <button type="submit" name="grantAccess" value="false">Cancel</button>
  </div>
</form>`;
  return layout({ title: "Authorize application", body, userName: options.userName });
}

export function renderErrorPage(options: { status: number; title: string; message: string }): string {
  const body = `<h1>${escapeHtml(`${options.status} ${options.title}`)}</h1><p class="lead">${escapeHtml(options.message)}</p>`;
  return layout({ title: options.title, body });
}

export function renderRecordPage(options: {
  label: string;
  title: string;
  fields: [string, string][];
  userName: string;
  homeUrl: string;
  logoutUrl: string;
}): string {
  const rows = options.fields
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("\n");
  const body = `
<p class="lead"><a href="${escapeHtml(options.homeUrl)}">Dashboard</a> / ${escapeHtml(options.label)}</p>
<h1>${escapeHtml(options.title)}</h1>
<table>${rows}</table>`;
  return layout({ title: `${options.title} - ${options.label}`, body, userName: options.userName, wide: true, logoutUrl: options.logoutUrl });
}

export function renderDashboard(options: { userName: string; links: [string, string][]; logoutUrl: string }): string {
  const links = options.links
    .map(([label, href]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`)
    .join("\n");
  const body = `<h1>Dashboard</h1><p class="lead">Welcome, ${escapeHtml(options.userName)}.</p><ul>${links}</ul>`;
  return layout({ title: "Dashboard", body, userName: options.userName, wide: true, logoutUrl: options.logoutUrl });
}

/** A reverse proxy's error page (used by the "html" fault): not Oro's, not JSON. */
export function renderProxyErrorPage(status: number): string {
  const reason = status === 502 ? "Bad Gateway" : status === 503 ? "Service Temporarily Unavailable" : status === 504 ? "Gateway Time-out" : "Error";
  return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}
