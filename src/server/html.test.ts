// @vitest-environment jsdom
import { configElementId, deploymentConfigSchema, type DeploymentConfig } from "../app/deployment-config";
import { injectDeploymentConfig, officeJsCdnUrl, rewriteOfficeJsUrl, transformHtmlPage } from "./html";

const page = `<!doctype html>
<html lang="en">
  <head>
    <title>Oro connector</title>
    <script src="${officeJsCdnUrl}"></script>
    <script type="module" src="/src/app/taskpane-entry.tsx"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const config: DeploymentConfig = {
  oroBaseUrl: "http://localhost:3001",
  backOfficePrefix: null,
  clientId: "oro-outlook-connector",
  adminRoles: ["ROLE_ADMINISTRATOR"],
  version: "0.1.0",
  build: "abc1234",
  hasServer: true,
  apiRelayPath: null,
};

function readEmbeddedConfig(html: string): unknown {
  const document = new DOMParser().parseFromString(html, "text/html");
  const elements = document.querySelectorAll(`#${configElementId}`);
  expect(elements).toHaveLength(1);
  return JSON.parse(elements[0]?.textContent ?? "null");
}

test("the page loads office.js from the local copy instead of Microsoft's CDN", () => {
  const html = rewriteOfficeJsUrl(page);
  expect(html).not.toContain("appsforoffice.microsoft.com");
  expect(html).toContain('<script src="/vendor/office-js/office.js"></script>');
  expect(
    rewriteOfficeJsUrl('<script src="//appsforoffice.microsoft.com/lib/1/hosted/office.debug.js">'),
  ).toContain('<script src="/vendor/office-js/office.debug.js">');
});

test("office.js may run inside the demo's iframe: the opt-out flag is set before it loads, once", () => {
  const html = rewriteOfficeJsUrl(rewriteOfficeJsUrl(page));
  const document = new DOMParser().parseFromString(html, "text/html");
  const scripts = Array.from(document.scripts);
  const officeIndex = scripts.findIndex(
    (script) => script.getAttribute("src") === "/vendor/office-js/office.js",
  );
  const optOutIndexes = scripts.flatMap((script, index) =>
    script.textContent?.includes("OsfOptOut") ? [index] : [],
  );
  expect(officeIndex).toBeGreaterThan(0);
  expect(optOutIndexes).toEqual([officeIndex - 1]);
});

test("a page without office.js gets no opt-out flag", () => {
  expect(rewriteOfficeJsUrl("<html><head></head></html>")).not.toContain("OsfOptOut");
});

test("the page carries the deployment config the pane can read back unchanged", () => {
  const embedded = readEmbeddedConfig(transformHtmlPage(page, config));
  expect(deploymentConfigSchema.parse(embedded)).toEqual(config);
});

test("a hostile value cannot close the script element or inject markup", () => {
  const hostile = {
    ...config,
    clientId: "</script><script>window.pwned = true</script><!--",
    build: "a&b\u2028",
  };
  const html = injectDeploymentConfig(page, hostile);
  expect(html.match(/<\/script>/g)).toHaveLength(3);
  const document = new DOMParser().parseFromString(html, "text/html");
  expect(document.querySelectorAll("script")).toHaveLength(3);
  expect(readEmbeddedConfig(html)).toEqual(hostile);
});

test("an already embedded config is replaced, not duplicated", () => {
  const once = injectDeploymentConfig(page, config);
  const twice = injectDeploymentConfig(once, { ...config, build: "new" });
  expect(readEmbeddedConfig(twice)).toMatchObject({ build: "new" });
});

test("a page without a head still gets the config", () => {
  expect(readEmbeddedConfig(injectDeploymentConfig("<body><p>hi</p></body>", config))).toEqual(config);
});
