import { expect, test } from "vitest";
import { formatAddressList, parseAddressList } from "./address-list";

test("reads named and bare addresses separated by semicolons or commas", () => {
  expect(parseAddressList("Bruno Martin <bruno.martin@fabrikam.example>; priya.patel@tailspin.example, ")).toEqual({
    addresses: [
      { displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" },
      { displayName: "", emailAddress: "priya.patel@tailspin.example" },
    ],
    invalid: [],
  });
});

test("reports entries that are not addresses", () => {
  expect(parseAddressList("olivia; Sam <sam@>").invalid).toEqual(["olivia", "Sam <sam@>"]);
});

test("formats a list so that reading it back gives the same addresses", () => {
  const list = [
    { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" },
    { displayName: "", emailAddress: "news@mailer.example" },
  ];
  expect(formatAddressList(list)).toBe("Olivia Chen <olivia.chen@contoso.example>; news@mailer.example");
  expect(parseAddressList(formatAddressList(list)).addresses).toEqual(list);
});
