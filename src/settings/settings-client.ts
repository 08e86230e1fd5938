// The pane's calls to the connector's server for the system and organization levels. The server checks the
// caller with Oro, so every call carries the session's Oro access token.
import type { z } from "zod/mini";
import {
  effectiveSettingsResponseSchema,
  manageSettingsResponseSchema,
  savedSettingsResponseSchema,
  settingsApiErrorSchema,
  settingsApiPaths,
  type EffectiveSettingsResponse,
  type ManageSettingsResponse,
} from "./settings-api-contract";
import type { SettingErrorCode, SettingsOverrides } from "./settings-model";

export type SettingsApiErrorKind =
  | "unauthorized"
  | "forbidden"
  | "invalid"
  | "oroUnreachable"
  | "storeUnavailable"
  | "notFound"
  | "network"
  | "unexpected";

const settingErrorCodes: readonly string[] = [
  "notWholeNumber",
  "tooSmall",
  "tooLarge",
  "notAnOption",
  "notOnOff",
  "emptyList",
  "invalidEntry",
  "notAtThisLevel",
  "wouldLockOut",
] satisfies SettingErrorCode[];

function isSettingErrorCode(code: string): code is SettingErrorCode {
  return settingErrorCodes.includes(code);
}

export class SettingsApiError extends Error {
  override name = "SettingsApiError";
  constructor(
    readonly kind: SettingsApiErrorKind,
    message: string,
    readonly status: number | null,
    /** For "invalid": the reason per field, to show next to each field. */
    readonly fieldCodes: Partial<Record<string, SettingErrorCode>> = {},
  ) {
    super(message);
  }
}

export type SettingsClientOptions = {
  getAccessToken: () => Promise<string>;
  /** The pane's origin (the connector's server); location.origin by default. */
  origin?: string;
  fetch?: typeof fetch;
};

export interface SettingsClient {
  getEffectiveLevels(signal?: AbortSignal): Promise<EffectiveSettingsResponse>;
  getManageSettings(signal?: AbortSignal): Promise<ManageSettingsResponse>;
  saveSystem(overrides: SettingsOverrides): Promise<SettingsOverrides>;
  saveOrganization(organizationId: string, overrides: SettingsOverrides): Promise<SettingsOverrides>;
}

export function createSettingsClient(options: SettingsClientOptions): SettingsClient {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const origin = options.origin ?? globalThis.location.origin;

  async function call<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    init: { method: "GET" | "PUT"; body?: unknown; signal?: AbortSignal | undefined },
  ): Promise<z.output<S>> {
    const token = await options.getAccessToken();
    let response: Response;
    try {
      response = await doFetch(new URL(path, origin), {
        method: init.method,
        headers: {
          Accept: "application/json",
          Authorization: `Bearer ${token}`,
          ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal ? { signal: init.signal } : {}),
        credentials: "same-origin",
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new SettingsApiError("network", "The connector's server did not answer.", null);
    }
    let json: unknown = undefined;
    try {
      json = await response.json();
    } catch {
      // Handled below: neither a result nor an error document.
    }
    if (!response.ok) {
      const parsed = settingsApiErrorSchema.safeParse(json);
      if (!parsed.success) {
        throw new SettingsApiError(
          "unexpected",
          `The connector's server answered HTTP ${response.status}.`,
          response.status,
        );
      }
      const fieldCodes: Partial<Record<string, SettingErrorCode>> = {};
      for (const [key, code] of Object.entries(parsed.data.codes ?? {}))
        if (isSettingErrorCode(code)) fieldCodes[key] = code;
      throw new SettingsApiError(parsed.data.error, parsed.data.message, response.status, fieldCodes);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new SettingsApiError(
        "unexpected",
        "The connector's server sent settings the pane does not understand.",
        response.status,
      );
    }
    return parsed.data;
  }

  return {
    getEffectiveLevels: (signal) =>
      call(settingsApiPaths.effective, effectiveSettingsResponseSchema, { method: "GET", signal }),
    getManageSettings: (signal) =>
      call(settingsApiPaths.manage, manageSettingsResponseSchema, { method: "GET", signal }),
    saveSystem: async (overrides) =>
      (
        await call(settingsApiPaths.system, savedSettingsResponseSchema, {
          method: "PUT",
          body: { overrides },
        })
      ).overrides,
    saveOrganization: async (organizationId, overrides) =>
      (
        await call(settingsApiPaths.organization(organizationId), savedSettingsResponseSchema, {
          method: "PUT",
          body: { overrides },
        })
      ).overrides,
  };
}
