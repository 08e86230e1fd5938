import { deploymentConfigSchema } from "./deployment-config";

test("a minimal configuration gets the documented defaults", () => {
  expect(
    deploymentConfigSchema.parse({
      oroBaseUrl: "https://crm.example.com",
      backOfficePrefix: null,
      clientId: "outlook",
    }),
  ).toEqual({
    oroBaseUrl: "https://crm.example.com",
    backOfficePrefix: null,
    clientId: "outlook",
    adminRoles: ["ROLE_ADMINISTRATOR"],
    version: "dev",
    build: "dev",
    hasServer: false,
    apiRelayPath: null,
  });
});

test("the API relay is named by a path on the pane's own server, never by another address", () => {
  const base = { oroBaseUrl: "https://crm.example.com", backOfficePrefix: null, clientId: "outlook" };
  expect(deploymentConfigSchema.parse({ ...base, apiRelayPath: "/oro-api-relay" }).apiRelayPath).toBe(
    "/oro-api-relay",
  );
  for (const apiRelayPath of [
    "https://relay.example.com/oro-api-relay",
    "//relay.example.com",
    "oro-api-relay",
    "/x/",
  ]) {
    expect(() => deploymentConfigSchema.parse({ ...base, apiRelayPath })).toThrow(/must be a path/);
  }
});

test("a configuration that does not fit says what is wrong with each field, in words", () => {
  // The boot failure screen shows this error's message to whoever deployed the connector.
  const error = (() => {
    try {
      deploymentConfigSchema.parse({
        oroBaseUrl: "crm.example.com",
        backOfficePrefix: 3,
        clientId: "",
        hasServer: "yes",
      });
    } catch (caught) {
      return caught;
    }
    return null;
  })();
  expect(error).toBeInstanceOf(Error);
  const message = error instanceof Error ? error.message : "";
  expect(message).toContain("Invalid URL");
  expect(message).toContain("Invalid input: expected string, received number");
  expect(message).toContain("Too small: expected string to have >=1 characters");
  expect(message).toContain("Invalid input: expected boolean, received string");
});

test("a page without a configuration object is refused in words", () => {
  expect(() => deploymentConfigSchema.parse(null)).toThrow("Invalid input: expected object, received null");
});
