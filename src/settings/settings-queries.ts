// Query keys and options for the settings levels. Every input is in the key: the connected Oro and user for
// the server levels, the mailbox for the user level.
import { queryOptions, skipToken } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSessionManager } from "../auth/session-context";
import type { RoamingSettings } from "../mailbox/types";
import type { ConnectionKey } from "../queries/query-keys";
import { createSettingsClient, type SettingsClient } from "./settings-client";
import { readUserOverrides } from "./user-settings-storage";

export const settingsKeys = {
  all: ["connector-settings"] as const,
  /** The levels above the user, as the server holds them for this user's organization. */
  levels: (c: ConnectionKey) => [...settingsKeys.all, "levels", c.apiBaseUrl, c.userId] as const,
  /** Everything an administrator manages. */
  manage: (c: ConnectionKey) => [...settingsKeys.all, "manage", c.apiBaseUrl, c.userId] as const,
  /** The user level, from this mailbox's roaming settings. */
  user: (mailboxOwner: string) => [...settingsKeys.all, "user", mailboxOwner] as const,
};

export function serverLevelsQueryOptions(client: SettingsClient, connection: ConnectionKey | null) {
  return queryOptions({
    queryKey: connection ? settingsKeys.levels(connection) : [...settingsKeys.all, "levels", "none"],
    queryFn: connection ? ({ signal }) => client.getEffectiveLevels(signal) : skipToken,
    staleTime: 60_000,
  });
}

export function manageSettingsQueryOptions(client: SettingsClient, connection: ConnectionKey | null) {
  return queryOptions({
    queryKey: connection ? settingsKeys.manage(connection) : [...settingsKeys.all, "manage", "none"],
    queryFn: connection ? ({ signal }) => client.getManageSettings(signal) : skipToken,
    staleTime: 0,
  });
}

export function userOverridesQueryOptions(roaming: RoamingSettings, mailboxOwner: string) {
  return queryOptions({
    queryKey: settingsKeys.user(mailboxOwner),
    queryFn: () => readUserOverrides(roaming),
    // Roaming settings are read synchronously: there is never a loading state for the user level.
    initialData: () => readUserOverrides(roaming),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A settings client authenticated with the current session's Oro token. */
export function useSettingsClient(): SettingsClient {
  const manager = useSessionManager();
  return useMemo(() => createSettingsClient({ getAccessToken: () => manager.getAccessToken() }), [manager]);
}
