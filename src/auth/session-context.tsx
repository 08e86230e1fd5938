// React access to the session manager: the current Session, the actions, and the Oro client wired to it.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { OroClient } from "../oro/oro-client";
import type { Session, SessionManager } from "./session-manager";

const SessionManagerContext = createContext<SessionManager | null>(null);

/** Provides the manager and starts it (restoring a stored session); safe under StrictMode's double effects. */
export function SessionProvider({ manager, children }: { manager: SessionManager; children: ReactNode }) {
  useEffect(() => {
    void manager.start();
  }, [manager]);
  return <SessionManagerContext.Provider value={manager}>{children}</SessionManagerContext.Provider>;
}

export function useSessionManager(): SessionManager {
  const manager = useContext(SessionManagerContext);
  if (!manager) throw new Error("useSessionManager must be used inside <SessionProvider>");
  return manager;
}

export function useSession(): Session {
  const manager = useSessionManager();
  return useSyncExternalStore(manager.subscribe, manager.getSession, manager.getSession);
}

export type SessionActions = {
  /** Resolves when the attempt is over; failures show in the session (`error`), never as a rejection. */
  readonly connect: (baseUrl?: string) => Promise<void>;
  readonly disconnect: () => void;
  readonly reconnect: () => Promise<void>;
  /** Starts loading the sign-in flow, for screens whose button will need it (see SessionManager.preloadSignIn). */
  readonly preloadSignIn: () => void;
};

export function useSessionActions(): SessionActions {
  const manager = useSessionManager();
  return useMemo(
    () => ({
      connect: (baseUrl?: string) => manager.connect(baseUrl),
      disconnect: () => manager.disconnect(),
      reconnect: () => manager.reconnect(),
      preloadSignIn: () => manager.preloadSignIn(),
    }),
    [manager],
  );
}

/** What the Connect screen says about where it connects and what an administrator must register. */
export type ConnectTarget = {
  /** The configured Oro (shown as text), or null when the user enters the URL. */
  configuredBaseUrl: string | null;
  /** Prefill for the URL field: the Oro connected to last time. */
  suggestedBaseUrl: string | null;
  paneOrigin: string;
  redirectUri: string;
};

export function useConnectTarget(): ConnectTarget {
  const manager = useSessionManager();
  return useMemo(
    () => ({
      configuredBaseUrl: manager.configuredBaseUrl,
      suggestedBaseUrl: manager.suggestedBaseUrl,
      paneOrigin: manager.paneOrigin,
      redirectUri: manager.redirectUri,
    }),
    [manager],
  );
}

/** The Oro client of the current session. Throws outside a connected (or expired) session. */
export function useOroClient(): OroClient {
  const manager = useSessionManager();
  const session = useSession();
  if (session.status !== "connected" && session.status !== "expired") {
    throw new Error(`useOroClient needs a connected session (it is "${session.status}")`);
  }
  return manager.getClient();
}
