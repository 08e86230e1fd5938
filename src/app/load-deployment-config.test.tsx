import { configElementId } from "./deployment-config";
import { loadDeploymentConfig } from "./load-deployment-config";

function pageWithConfig(config: unknown): Document {
  const doc = document.implementation.createHTMLDocument("pane");
  const element = doc.createElement("script");
  element.type = "application/json";
  element.id = configElementId;
  element.textContent = JSON.stringify(config);
  doc.head.append(element);
  return doc;
}

const relayed = {
  oroBaseUrl: "https://crm.example.com",
  backOfficePrefix: "/admin",
  clientId: "outlook",
  hasServer: true,
  apiRelayPath: "/oro-api-relay",
};

test("the pane uses the API relay the server announced", async () => {
  const config = await loadDeploymentConfig(
    pageWithConfig(relayed),
    new URL("https://addin.example.com/taskpane.html") as unknown as Location,
  );
  expect(config).toMatchObject({ oroBaseUrl: "https://crm.example.com", apiRelayPath: "/oro-api-relay" });
});

test("another Oro given in the address goes without the relay, which only reaches the configured Oro", async () => {
  const config = await loadDeploymentConfig(
    pageWithConfig(relayed),
    new URL("https://addin.example.com/taskpane.html?oro=https://other.example.com/") as unknown as Location,
  );
  expect(config).toMatchObject({
    oroBaseUrl: "https://other.example.com",
    backOfficePrefix: null,
    apiRelayPath: null,
  });
});
