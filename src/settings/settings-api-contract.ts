// The HTTP contract between the pane and the connector's server for the system and organization levels.
// Both sides parse with these schemas, so a change on one side fails the other's tests.
import { z } from "zod/mini";
import { overridesSchema } from "./settings-model";

export const settingsApiPath = "/api/connector/settings";
export const settingsApiPaths = {
  /** GET, any connected user: the levels above the user for the caller's organization. */
  effective: settingsApiPath,
  /** GET, administrators: the system level and every organization the administrator works in or has settings for. */
  manage: `${settingsApiPath}/manage`,
  /** PUT { overrides }, administrators. */
  system: `${settingsApiPath}/system`,
  /** PUT { overrides }, administrators. */
  organization: (id: string) => `${settingsApiPath}/organizations/${encodeURIComponent(id)}`,
} as const;

export const organizationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.nullable(z.string()),
});
export type OrganizationInfo = z.infer<typeof organizationSchema>;

export const effectiveSettingsResponseSchema = z.object({
  /** The caller's organization as Oro reports it; null when Oro names none. */
  organization: z.nullable(organizationSchema),
  system: overridesSchema("system"),
  /** The caller's organization's own values (empty = every setting uses the system level). */
  organizationOverrides: overridesSchema("organization"),
});
export type EffectiveSettingsResponse = z.infer<typeof effectiveSettingsResponseSchema>;

export const manageSettingsResponseSchema = z.object({
  system: overridesSchema("system"),
  organizations: z.array(z.extend(organizationSchema, { overrides: overridesSchema("organization") })),
});
export type ManageSettingsResponse = z.infer<typeof manageSettingsResponseSchema>;

export const saveSettingsRequestSchema = z.object({ overrides: z.unknown() });

export const savedSettingsResponseSchema = z.object({ overrides: overridesSchema("system") });

export const settingsApiErrorCodes = [
  "unauthorized",
  "forbidden",
  "invalid",
  "oroUnreachable",
  "storeUnavailable",
  "notFound",
] as const;

export const settingsApiErrorSchema = z.object({
  error: z.enum(settingsApiErrorCodes),
  message: z.string(),
  /** For "invalid": a message per field key. */
  fields: z.optional(z.record(z.string(), z.string())),
  /** For "invalid": the machine-readable reason per field, which the pane translates. */
  codes: z.optional(z.record(z.string(), z.string())),
});
export type SettingsApiErrorBody = z.infer<typeof settingsApiErrorSchema>;
