import { describe, expect, test } from "vitest";
import type { RoamingSettings } from "../mailbox/types";
import { readUserOverrides, userSettingsRoamingKey, writeUserOverrides } from "./user-settings-storage";

function roaming(
  initial: Record<string, unknown> = {},
  failSave = false,
): RoamingSettings & { saved: Record<string, unknown> } {
  let values: Record<string, unknown> = { ...initial };
  const store = {
    saved: { ...initial },
    get: (key: string) => values[key],
    set: (key: string, value: unknown) => {
      values = { ...values, [key]: value };
    },
    remove: (key: string) => {
      const { [key]: _gone, ...rest } = values;
      values = rest;
    },
    save: () => {
      if (failSave) return Promise.reject(new Error("mailbox offline"));
      store.saved = { ...values };
      return Promise.resolve();
    },
  };
  return store;
}

describe("user level in roaming settings", () => {
  test("keeps valid values and drops the ones that no longer validate", () => {
    const settings = roaming({
      [userSettingsRoamingKey]: {
        crmSyncIntervalSeconds: 30,
        outlookSyncIntervalSeconds: 0,
        adminRoles: ["ROLE_USER"],
      },
    });
    expect(readUserOverrides(settings)).toEqual({
      overrides: { crmSyncIntervalSeconds: 30 },
      dropped: ["outlookSyncIntervalSeconds", "adminRoles"],
    });
  });

  test("something that is not an object is ignored, not trusted", () => {
    expect(readUserOverrides(roaming({ [userSettingsRoamingKey]: [1, 2] })).overrides).toEqual({});
    expect(readUserOverrides(roaming({ [userSettingsRoamingKey]: "120" })).overrides).toEqual({});
  });

  test("saving no own values removes the entry", async () => {
    const settings = roaming({ [userSettingsRoamingKey]: { syncTasks: false } });
    await writeUserOverrides(settings, {});
    expect(settings.saved).toEqual({});
  });

  test("a failed save leaves the previous values in place", async () => {
    const settings = roaming({ [userSettingsRoamingKey]: { syncTasks: false } }, true);
    await expect(writeUserOverrides(settings, { syncTasks: true })).rejects.toThrow(/offline/);
    expect(settings.get(userSettingsRoamingKey)).toEqual({ syncTasks: false });
  });

  test("invalid values are never written", async () => {
    const settings = roaming();
    await expect(writeUserOverrides(settings, { crmSyncIntervalSeconds: 86400 })).rejects.toThrow(
      /crmSyncIntervalSeconds/,
    );
    expect(settings.get(userSettingsRoamingKey)).toBeUndefined();
  });
});
