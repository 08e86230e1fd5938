// What the deployment tells the pane: which Oro to use and how the OAuth app is registered.
// The server injects it into each page as <script type="application/json" id="oro-connector-config">;
// a static deployment can ship config.json beside the pages instead.
import { en } from "zod/locales";
import { z } from "zod/mini";

/**
 * zod/mini carries no messages of its own, and a configuration that does not fit is shown on the boot failure
 * screen: every part of the schema explains itself with classic zod's English messages.
 */
const english = { error: en().localeError };

export const deploymentConfigSchema = z.object(
  {
    /** Oro's base URL without the back-office prefix, e.g. https://crm.example.com; null = the user enters it. */
    oroBaseUrl: z.nullable(z.url(english)),
    /** Back-office prefix: "" (Platform/CRM), "/admin" (Commerce), or null = discover. */
    backOfficePrefix: z.nullable(z.string(english)),
    /** The OAuth application's client id (public client, no secret). */
    clientId: z.string(english).check(z.minLength(1, english)),
    /** Oro roles that make a user an administrator of the connector. */
    adminRoles: z._default(z.array(z.string(english), english), ["ROLE_ADMINISTRATOR"]),
    /** Connector version and build, shown in About. */
    version: z._default(z.string(english), "dev"),
    build: z._default(z.string(english), "dev"),
    /** True when the connector's own server (settings store) is reachable at the pane's origin. */
    hasServer: z._default(z.boolean(english), false),
    /**
     * The path of the server's same-origin relay for Oro's API (e.g. "/oro-api-relay"), or null to call Oro's API
     * directly. Only the server that relays sets it: it forwards to its own oroBaseUrl.
     */
    apiRelayPath: z._default(
      z.nullable(
        z.string(english).check(z.regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'must be a path like "/oro-api-relay"')),
      ),
      null,
    ),
  },
  english,
);

export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export const configElementId = "oro-connector-config";
