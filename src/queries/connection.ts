// Which Oro connection the queries belong to: cache keys carry it, so two users or two Oros never share data.
import { useSession, useSessionManager } from "../auth/session-context";
import type { OroClient } from "../oro/oro-client";
import type { ConnectionKey } from "./query-keys";

/** The connected Oro and user, or null when there is no usable session (queries then wait). */
export function useConnectionKey(): ConnectionKey | null {
  const session = useSession();
  if (session.status !== "connected" && session.status !== "expired") return null;
  return { apiBaseUrl: session.connection.apiBaseUrl, userId: session.user.id };
}

/** The Oro client, or null when there is no session (never throws, unlike useOroClient). */
export function useOptionalOroClient(): OroClient | null {
  const manager = useSessionManager();
  return useConnectionKey() === null ? null : manager.getClient();
}
