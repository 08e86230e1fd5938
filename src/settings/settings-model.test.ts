import { describe, expect, test } from "vitest";
import { overridesSchema, parseIntervalSeconds, validateOverrides } from "./settings-model";

describe("sync interval bounds", () => {
  test.each([
    ["0", "tooSmall"],
    [0, "tooSmall"],
    ["86400", "tooLarge"],
    [86400, "tooLarge"],
    ["abc", "notWholeNumber"],
    ["1.5", "notWholeNumber"],
    [1.5, "notWholeNumber"],
    ["", "notWholeNumber"],
    ["-5", "tooSmall"],
    ["1e3", "notWholeNumber"],
    [null, "notWholeNumber"],
    [Number.NaN, "notWholeNumber"],
  ])("refuses %j (%s)", (raw, code) => {
    expect(parseIntervalSeconds(raw)).toEqual({ ok: false, code });
  });

  test.each([
    ["1", 1],
    [1, 1],
    ["86399", 86399],
    [86399, 86399],
    [" 120 ", 120],
  ])("accepts %j", (raw, value) => {
    expect(parseIntervalSeconds(raw)).toEqual({ ok: true, value });
  });
});

describe("validating one level's overrides", () => {
  test("reports every bad field at once", () => {
    const result = validateOverrides("organization", {
      crmSyncIntervalSeconds: 0,
      outlookSyncIntervalSeconds: "abc",
      syncDirection: "sideways",
      syncTasks: "yes",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        crmSyncIntervalSeconds: "tooSmall",
        outlookSyncIntervalSeconds: "notWholeNumber",
        syncDirection: "notAnOption",
        syncTasks: "notOnOff",
      },
    });
  });

  test("refuses settings that do not belong to the level", () => {
    expect(validateOverrides("user", { adminRoles: ["ROLE_USER"] })).toEqual({
      ok: false,
      errors: { adminRoles: "notAtThisLevel" },
    });
    expect(validateOverrides("system", { clientId: "other" })).toEqual({
      ok: false,
      errors: { clientId: "notAtThisLevel" },
    });
    expect(validateOverrides("system", { unknownThing: 1 })).toEqual({
      ok: false,
      errors: { unknownThing: "notAtThisLevel" },
    });
  });

  test("keeps valid values and drops nothing", () => {
    expect(
      validateOverrides("system", {
        crmSyncIntervalSeconds: 86399,
        adminRoles: ["ROLE_ADMINISTRATOR", "ROLE_MANAGER", "ROLE_ADMINISTRATOR"],
        contextEntityTypes: ["contacts", "accounts"],
      }),
    ).toEqual({
      ok: true,
      overrides: {
        crmSyncIntervalSeconds: 86399,
        adminRoles: ["ROLE_ADMINISTRATOR", "ROLE_MANAGER"],
        contextEntityTypes: ["contacts", "accounts"],
      },
    });
  });

  test("an empty entity type list is refused", () => {
    expect(validateOverrides("organization", { contextEntityTypes: [] })).toEqual({
      ok: false,
      errors: { contextEntityTypes: "emptyList" },
    });
  });

  test("the zod schema explains the failing field in words", () => {
    const result = overridesSchema("user").safeParse({ crmSyncIntervalSeconds: 86400 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["crmSyncIntervalSeconds"]);
    expect(result.error?.issues[0]?.message).toMatch(/at most 86399 seconds/);
  });
});
