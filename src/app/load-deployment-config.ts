import { configElementId, deploymentConfigSchema, type DeploymentConfig } from "./deployment-config";

/**
 * Reads the deployment configuration the server injected into the page, or config.json beside the page for a
 * static deployment. `?oro=<base URL>` (the demo page passes it through) replaces the configured Oro, and with it
 * the API relay, which only forwards to the configured one.
 */
export async function loadDeploymentConfig(doc: Document, location: Location): Promise<DeploymentConfig> {
  const inline = doc.getElementById(configElementId)?.textContent;
  let raw: unknown;
  if (inline) {
    raw = JSON.parse(inline);
  } else {
    const response = await fetch(new URL("config.json", location.href));
    if (!response.ok) throw new Error(`config.json answered ${response.status}`);
    raw = await response.json();
  }
  const config = deploymentConfigSchema.parse(raw);
  const override = new URLSearchParams(location.search).get("oro");
  if (override)
    return {
      ...config,
      oroBaseUrl: override.replace(/\/+$/, ""),
      backOfficePrefix: null,
      apiRelayPath: null,
    };
  return config;
}
