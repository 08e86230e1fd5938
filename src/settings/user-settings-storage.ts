// The user level lives in Office roaming settings (it follows the user across devices). Only setting values go
// there, never tokens. A value that no longer validates is dropped and reported rather than trusted.
import { z } from "zod/mini";
import type { RoamingSettings } from "../mailbox/types";
import { settingKeysAt, validateOverrides, type SettingsOverrides } from "./settings-model";

export const userSettingsRoamingKey = "oroConnector.userSettings";

export type StoredUserOverrides = {
  overrides: SettingsOverrides;
  /** Keys whose stored value was refused (e.g. written by an older version); they inherit again. */
  dropped: string[];
};

export function readUserOverrides(roaming: RoamingSettings): StoredUserOverrides {
  const raw = roaming.get(userSettingsRoamingKey);
  if (raw === undefined || raw === null) return { overrides: {}, dropped: [] };
  const record = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!record.success) return { overrides: {}, dropped: [userSettingsRoamingKey] };
  const userKeys: readonly string[] = settingKeysAt("user");
  const candidates: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(record.data)) {
    if (userKeys.includes(key) && validateOverrides("user", { [key]: value }).ok) candidates[key] = value;
    else dropped.push(key);
  }
  const result = validateOverrides("user", candidates);
  return { overrides: result.ok ? result.overrides : {}, dropped };
}

/** Replaces the user's own values (an empty object = every setting uses the organization's). */
export async function writeUserOverrides(
  roaming: RoamingSettings,
  overrides: SettingsOverrides,
): Promise<void> {
  const checked = validateOverrides("user", overrides);
  if (!checked.ok)
    throw new Error(`Refusing to store invalid user settings: ${Object.keys(checked.errors).join(", ")}`);
  const previous: unknown = roaming.get(userSettingsRoamingKey);
  if (Object.keys(checked.overrides).length === 0) roaming.remove(userSettingsRoamingKey);
  else roaming.set(userSettingsRoamingKey, checked.overrides);
  try {
    await roaming.save();
  } catch (error) {
    // Keep memory and the mailbox in agreement: what failed to save must not look saved.
    if (previous === undefined) roaming.remove(userSettingsRoamingKey);
    else roaming.set(userSettingsRoamingKey, previous);
    throw error;
  }
}
