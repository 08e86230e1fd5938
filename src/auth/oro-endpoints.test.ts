import { describe, expect, test } from "vitest";
import { hostOf, validateOroUrl } from "./oro-endpoints";

describe("checking a user-entered Oro address", () => {
  test.each([
    ["https://crm.example.com", "https://crm.example.com"],
    ["https://crm.example.com/", "https://crm.example.com"],
    ["crm.example.com", "https://crm.example.com"],
    ["  https://crm.example.com/admin/  ", "https://crm.example.com"],
    ["https://example.com/oro", "https://example.com/oro"],
    ["http://localhost:8000", "http://localhost:8000"],
    ["http://127.0.0.1:8000/", "http://127.0.0.1:8000"],
  ])("accepts %s as %s", (input, baseUrl) => {
    expect(validateOroUrl(input)).toEqual({ ok: true, baseUrl });
  });

  test.each([
    ["", "empty"],
    ["http://crm.example.com", "insecure"],
    ["ftp://crm.example.com", "invalid"],
    ["https://user:secret@crm.example.com", "invalid"],
    ["https://crm.example.com/?x=1", "invalid"],
    ["https://", "invalid"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(validateOroUrl(input)).toEqual({ ok: false, reason });
  });

  test("shows the host with its port", () => {
    expect(hostOf("http://localhost:8000")).toBe("localhost:8000");
    expect(hostOf("https://crm.example.com/oro")).toBe("crm.example.com");
  });
});
