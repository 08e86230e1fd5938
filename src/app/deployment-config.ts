// What the deployment tells the pane: which Oro to use and how the OAuth app is registered.
// The server injects it into each page as <script type="application/json" id="oro-connector-config">;
// a static deployment can ship config.json beside the pages instead.
import { z } from "zod";

export const deploymentConfigSchema = z.object({
  /** Oro's base URL without the back-office prefix, e.g. https://crm.example.com; null = the user enters it. */
  oroBaseUrl: z.string().url().nullable(),
  /** Back-office prefix: "" (Platform/CRM), "/admin" (Commerce), or null = discover. */
  backOfficePrefix: z.string().nullable(),
  /** The OAuth application's client id (public client, no secret). */
  clientId: z.string().min(1),
  /** Oro roles that make a user an administrator of the connector. */
  adminRoles: z.array(z.string()).default(["ROLE_ADMINISTRATOR"]),
  /** Connector version and build, shown in About. */
  version: z.string().default("dev"),
  build: z.string().default("dev"),
  /** True when the connector's own server (settings store) is reachable at the pane's origin. */
  hasServer: z.boolean().default(false),
});

export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export const configElementId = "oro-connector-config";
