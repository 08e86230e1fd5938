// Back-office sessions (cookie BAPID, HttpOnly, SameSite=Lax), as Oro's login keeps them.

import { randomToken } from "./tokens";

export const sessionCookieName = "BAPID";

export interface Session {
  id: string;
  csrfToken: string;
  userId: number | null;
  /** Where to go after login (the authorize request that sent the user to the login page). */
  targetPath: string | null;
}

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly secure: boolean;

  constructor(secure: boolean) {
    this.secure = secure;
  }

  clear(): void {
    this.sessions.clear();
  }

  fromRequest(request: Request): Session | undefined {
    const id = readCookie(request, sessionCookieName);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  create(): Session {
    const session: Session = { id: randomToken(24), csrfToken: randomToken(20), userId: null, targetPath: null };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A fresh id after login, so a session id planted before login is useless afterwards. */
  regenerate(session: Session): Session {
    this.sessions.delete(session.id);
    const fresh: Session = { ...session, id: randomToken(24), csrfToken: randomToken(20) };
    this.sessions.set(fresh.id, fresh);
    return fresh;
  }

  destroy(session: Session): void {
    this.sessions.delete(session.id);
  }

  cookieHeader(session: Session): string {
    return `${sessionCookieName}=${session.id}; Path=/; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}`;
  }

  expiredCookieHeader(): string {
    return `${sessionCookieName}=deleted; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}`;
  }
}
