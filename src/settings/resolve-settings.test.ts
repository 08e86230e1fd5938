import { describe, expect, test } from "vitest";
import { resolveInherited, resolveSettings } from "./resolve-settings";
import {
  defaultSettings,
  settingKeysAt,
  type ConnectorSettings,
  type SettingKey,
  type SettingsOverrides,
} from "./settings-model";

const defaults = defaultSettings({ adminRoles: ["ROLE_ADMINISTRATOR"] });

// A distinct value per level for every setting a user may hold, so the winner is unambiguous.
const valuesByLevel: Record<"system" | "organization" | "user", SettingsOverrides> = {
  system: {
    syncDirection: "oroToOutlook",
    conflictResolution: "outlookWins",
    crmSyncIntervalSeconds: 600,
    outlookSyncIntervalSeconds: 60,
    syncContacts: false,
    syncTasks: false,
    syncCalendarEvents: false,
  },
  organization: {
    syncDirection: "outlookToOro",
    conflictResolution: "oroWins",
    crmSyncIntervalSeconds: 300,
    outlookSyncIntervalSeconds: 45,
    syncContacts: true,
    syncTasks: true,
    syncCalendarEvents: true,
  },
  user: {
    syncDirection: "bidirectional",
    conflictResolution: "outlookWins",
    crmSyncIntervalSeconds: 15,
    outlookSyncIntervalSeconds: 5,
    syncContacts: false,
    syncTasks: true,
    syncCalendarEvents: false,
  },
};

function only(key: SettingKey, level: keyof typeof valuesByLevel): SettingsOverrides {
  return { [key]: valuesByLevel[level][key] };
}

const combinations = [false, true].flatMap((system) =>
  [false, true].flatMap((organization) => [false, true].map((user) => ({ system, organization, user }))),
);

describe("resolution user → organization → system → default", () => {
  for (const key of settingKeysAt("user")) {
    for (const combo of combinations) {
      const label = `${key}: system ${combo.system ? "sets" : "uses default"}, organization ${
        combo.organization ? "sets" : "uses system"
      }, user ${combo.user ? "sets" : "uses organization"}`;
      test(label, () => {
        const resolved = resolveSettings({
          defaults,
          system: combo.system ? only(key, "system") : {},
          organization: combo.organization ? only(key, "organization") : {},
          user: combo.user ? only(key, "user") : {},
        });
        const expectedSource = combo.user
          ? "user"
          : combo.organization
            ? "organization"
            : combo.system
              ? "system"
              : "default";
        const expectedValue =
          expectedSource === "default" ? defaults[key] : valuesByLevel[expectedSource][key];
        expect(resolved.sources[key]).toBe(expectedSource);
        expect(resolved.values[key]).toEqual(expectedValue);
      });
    }
  }

  test("each setting resolves on its own: a user override of one setting leaves the others inherited", () => {
    const resolved = resolveSettings({
      defaults,
      system: { crmSyncIntervalSeconds: 600, syncTasks: false },
      organization: { crmSyncIntervalSeconds: 300 },
      user: { outlookSyncIntervalSeconds: 10 },
    });
    expect(resolved.values.crmSyncIntervalSeconds).toBe(300);
    expect(resolved.sources.crmSyncIntervalSeconds).toBe("organization");
    expect(resolved.values.outlookSyncIntervalSeconds).toBe(10);
    expect(resolved.sources.outlookSyncIntervalSeconds).toBe("user");
    expect(resolved.values.syncTasks).toBe(false);
    expect(resolved.sources.syncTasks).toBe("system");
    expect(resolved.values.syncDirection).toBe("bidirectional");
    expect(resolved.sources.syncDirection).toBe("default");
  });

  test("defaults follow Oro's Outlook integration", () => {
    const values: ConnectorSettings = resolveSettings({ defaults }).values;
    expect(values).toMatchObject({
      syncDirection: "bidirectional",
      conflictResolution: "oroWins",
      crmSyncIntervalSeconds: 120,
      outlookSyncIntervalSeconds: 30,
      syncContacts: true,
      syncTasks: true,
      syncCalendarEvents: true,
      adminRoles: ["ROLE_ADMINISTRATOR"],
    });
  });

  test("the inherited value shown under a checked 'Use Organization' ignores the user's own value", () => {
    const layers = {
      defaults,
      system: { crmSyncIntervalSeconds: 600 },
      organization: { crmSyncIntervalSeconds: 300 },
      user: { crmSyncIntervalSeconds: 15 },
    };
    expect(resolveInherited(layers, "user").values.crmSyncIntervalSeconds).toBe(300);
    expect(resolveInherited(layers, "user").sources.crmSyncIntervalSeconds).toBe("organization");
    expect(resolveInherited(layers, "organization").values.crmSyncIntervalSeconds).toBe(600);
    expect(resolveInherited(layers, "system").values.crmSyncIntervalSeconds).toBe(120);
  });
});
