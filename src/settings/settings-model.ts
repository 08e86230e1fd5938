// The connector's settings: the synchronization settings of Oro's Outlook integration plus the connector's own.
// Resolved like Oro's configuration scopes: user → organization → system, then the built-in default.
import { z } from "zod/mini";

export const settingsLevels = ["system", "organization", "user"] as const;
export type SettingsLevel = (typeof settingsLevels)[number];
/** Where an effective value came from: a level that holds its own value, or the built-in default. */
export type SettingSource = SettingsLevel | "default";

export const syncDirections = ["oroToOutlook", "outlookToOro", "bidirectional"] as const;
export type SyncDirection = (typeof syncDirections)[number];

export const conflictResolutions = ["oroWins", "outlookWins"] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];

export const intervalBounds = { min: 1, max: 86399 } as const;

/** The entity types the connector offers for context and search by default (oro-api.md §6). */
export const defaultContextEntityTypes = [
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

export type ConnectorSettings = {
  syncDirection: SyncDirection;
  conflictResolution: ConflictResolution;
  /** How often the Oro side is re-checked. */
  crmSyncIntervalSeconds: number;
  /** How often the Outlook side is re-checked. */
  outlookSyncIntervalSeconds: number;
  syncContacts: boolean;
  syncTasks: boolean;
  syncCalendarEvents: boolean;
  /** The Oro the pane connects to; null = the user enters it. */
  oroBaseUrl: string | null;
  /** "" (Platform/CRM), "/admin" (Commerce), null = discover. */
  backOfficePrefix: string | null;
  clientId: string;
  /** JSON:API types offered for context and search. */
  contextEntityTypes: string[];
  /** Oro roles that make a user an administrator of the connector. */
  adminRoles: string[];
};

export type SettingKey = keyof ConnectorSettings;

/** Overrides held by one level: a missing key inherits ("Use System" / "Use Organization" checked). */
export type SettingsOverrides = Partial<ConnectorSettings>;

/**
 * Which levels may hold each setting. The connection settings must be known before anyone signs in, so they
 * come from the deployment (server configuration) and are only shown; administrator roles are one list for
 * the whole connector.
 */
export const settingLevels: { readonly [K in SettingKey]: readonly SettingsLevel[] } = {
  syncDirection: ["system", "organization", "user"],
  conflictResolution: ["system", "organization", "user"],
  crmSyncIntervalSeconds: ["system", "organization", "user"],
  outlookSyncIntervalSeconds: ["system", "organization", "user"],
  syncContacts: ["system", "organization", "user"],
  syncTasks: ["system", "organization", "user"],
  syncCalendarEvents: ["system", "organization", "user"],
  oroBaseUrl: [],
  backOfficePrefix: [],
  clientId: [],
  contextEntityTypes: ["system", "organization"],
  adminRoles: ["system"],
};

export const settingKeys = Object.keys(settingLevels) as SettingKey[];

export function settingKeysAt(level: SettingsLevel): SettingKey[] {
  return settingKeys.filter((key) => settingLevels[key].includes(level));
}

/** What the deployment (server configuration) decides; the rest of the defaults are Oro's. */
export type DeploymentDefaults = {
  oroBaseUrl: string | null;
  backOfficePrefix: string | null;
  clientId: string;
  adminRoles: readonly string[];
};

export function defaultSettings(deployment: Partial<DeploymentDefaults> = {}): ConnectorSettings {
  return {
    syncDirection: "bidirectional",
    conflictResolution: "oroWins",
    crmSyncIntervalSeconds: 120,
    outlookSyncIntervalSeconds: 30,
    syncContacts: true,
    syncTasks: true,
    syncCalendarEvents: true,
    oroBaseUrl: deployment.oroBaseUrl ?? null,
    backOfficePrefix: deployment.backOfficePrefix ?? null,
    clientId: deployment.clientId ?? "oro-outlook-connector",
    contextEntityTypes: [...defaultContextEntityTypes],
    adminRoles:
      deployment.adminRoles && deployment.adminRoles.length > 0
        ? [...deployment.adminRoles]
        : ["ROLE_ADMINISTRATOR"],
  };
}

// ---- Validation ------------------------------------------------------------------------------------------

/** Why a value was refused; the views turn these into translated messages, the server into English ones. */
export type SettingErrorCode =
  | "notWholeNumber"
  | "tooSmall"
  | "tooLarge"
  | "notAnOption"
  | "notOnOff"
  | "emptyList"
  | "invalidEntry"
  | "notAtThisLevel"
  /** Saving these administrator roles would take away the saving administrator's own access. */
  | "wouldLockOut";

export const settingErrorMessages: Record<SettingErrorCode, string> = {
  notWholeNumber: `Enter a whole number of seconds from ${intervalBounds.min} to ${intervalBounds.max}.`,
  tooSmall: `Must be at least ${intervalBounds.min} second.`,
  tooLarge: `Must be at most ${intervalBounds.max} seconds (less than one day).`,
  notAnOption: "Choose one of the offered values.",
  notOnOff: "Must be on or off (true or false).",
  emptyList: "Choose at least one.",
  invalidEntry: "Contains an entry that is not allowed.",
  notAtThisLevel: "This setting cannot be set at this level.",
  wouldLockOut:
    "Keep at least one of your own roles in the list, or you could no longer manage the connector.",
};

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: SettingErrorCode };

/**
 * An interval as typed into a form ("120") or sent as JSON (120). Only whole numbers pass: "1.5", "abc", "",
 * "1e3" and " 12 " with inner junk are refused rather than rounded, so nothing is saved that the user did not mean.
 */
export function parseIntervalSeconds(raw: unknown): ParseResult<number> {
  let value: number;
  if (typeof raw === "number") {
    value = raw;
  } else if (typeof raw === "string" && /^\s*-?\d+\s*$/.test(raw)) {
    value = Number(raw.trim());
  } else {
    return { ok: false, code: "notWholeNumber" };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, code: "notWholeNumber" };
  if (value < intervalBounds.min) return { ok: false, code: "tooSmall" };
  if (value > intervalBounds.max) return { ok: false, code: "tooLarge" };
  return { ok: true, value };
}

const entityTypePattern = /^[a-z][a-z0-9_]*$/;
const rolePattern = /^[A-Z][A-Z0-9_]*$/;

function parseStringList(raw: unknown, pattern: RegExp): ParseResult<string[]> {
  if (!Array.isArray(raw)) return { ok: false, code: "invalidEntry" };
  const items: string[] = [];
  for (const item of raw) {
    if (typeof item !== "string" || !pattern.test(item)) return { ok: false, code: "invalidEntry" };
    if (!items.includes(item)) items.push(item);
  }
  if (items.length === 0) return { ok: false, code: "emptyList" };
  return { ok: true, value: items };
}

function parseOption<T extends string>(options: readonly T[], raw: unknown): ParseResult<T> {
  const match = options.find((option) => option === raw);
  return match === undefined ? { ok: false, code: "notAnOption" } : { ok: true, value: match };
}

function parseOnOff(raw: unknown): ParseResult<boolean> {
  return typeof raw === "boolean" ? { ok: true, value: raw } : { ok: false, code: "notOnOff" };
}

const refusedAtAnyLevel = (): ParseResult<never> => ({ ok: false, code: "notAtThisLevel" });

const valueParsers: { readonly [K in SettingKey]: (raw: unknown) => ParseResult<ConnectorSettings[K]> } = {
  syncDirection: (raw) => parseOption(syncDirections, raw),
  conflictResolution: (raw) => parseOption(conflictResolutions, raw),
  crmSyncIntervalSeconds: parseIntervalSeconds,
  outlookSyncIntervalSeconds: parseIntervalSeconds,
  syncContacts: parseOnOff,
  syncTasks: parseOnOff,
  syncCalendarEvents: parseOnOff,
  oroBaseUrl: refusedAtAnyLevel,
  backOfficePrefix: refusedAtAnyLevel,
  clientId: refusedAtAnyLevel,
  contextEntityTypes: (raw) => parseStringList(raw, entityTypePattern),
  adminRoles: (raw) => parseStringList(raw, rolePattern),
};

export function parseSettingValue<K extends SettingKey>(
  key: K,
  raw: unknown,
): ParseResult<ConnectorSettings[K]> {
  return valueParsers[key](raw);
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingLevels, key);
}

export type OverridesValidation =
  { ok: true; overrides: SettingsOverrides } | { ok: false; errors: Record<string, SettingErrorCode> };

/** Checks every field of one level's overrides and reports each bad field, so nothing partial is ever saved. */
export function validateOverrides(level: SettingsLevel, raw: unknown): OverridesValidation {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: { "": "invalidEntry" } };
  }
  const overrides: Record<string, unknown> = {};
  const errors: Record<string, SettingErrorCode> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isSettingKey(key) || !settingLevels[key].includes(level)) {
      errors[key] = "notAtThisLevel";
      continue;
    }
    const parsed = parseSettingValue(key, value);
    if (parsed.ok) overrides[key] = parsed.value;
    else errors[key] = parsed.code;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, overrides: pickOverrides(overrides) };
}

/** Copies only the validated keys; the result is typed without casting foreign data. */
function pickOverrides(validated: Record<string, unknown>): SettingsOverrides {
  const out: SettingsOverrides = {};
  for (const key of settingKeys) {
    if (Object.hasOwn(validated, key)) assignParsed(out, key, validated[key]);
  }
  return out;
}

function assignParsed<K extends SettingKey>(out: SettingsOverrides, key: K, value: unknown): void {
  const parsed = parseSettingValue(key, value);
  if (parsed.ok) out[key] = parsed.value;
}

/** A zod schema for one level's overrides, for documents read from disk or the network. */
export function overridesSchema(level: SettingsLevel) {
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, payload): SettingsOverrides => {
      const result = validateOverrides(level, raw);
      if (result.ok) return result.overrides;
      for (const [key, code] of Object.entries(result.errors)) {
        payload.issues.push({
          code: "custom",
          path: key === "" ? [] : [key],
          message: settingErrorMessages[code],
          input: raw,
        });
      }
      return z.NEVER;
    }),
  );
}
