// The settings in force for the signed-in user: user level (roaming settings) over the organization and system
// levels (connector's server) over the defaults. Until the server answers, the defaults and the user's own values apply.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useConnectionKey } from "../queries/connection";
import { useMailbox } from "../mailbox/mailbox-context";
import { useDeployment, type DeploymentInfo } from "./deployment-context";
import { resolveSettings, type ResolvedSettings, type SettingsLayers } from "./resolve-settings";
import type { OrganizationInfo } from "./settings-api-contract";
import { defaultSettings } from "./settings-model";
import { serverLevelsQueryOptions, useSettingsClient, userOverridesQueryOptions } from "./settings-queries";

export type ServerLevelsState =
  | { status: "loading" }
  | { status: "ready" }
  /** No connector server in this deployment, or no Oro session to ask it with. */
  | { status: "unavailable" }
  | { status: "error"; error: Error };

export type EffectiveSettings = ResolvedSettings & {
  layers: SettingsLayers;
  organization: OrganizationInfo | null;
  serverLevels: ServerLevelsState;
};

export function deploymentDefaults(deployment: DeploymentInfo) {
  return defaultSettings({
    oroBaseUrl: deployment.oroBaseUrl,
    backOfficePrefix: deployment.backOfficePrefix,
    clientId: deployment.clientId,
    adminRoles: deployment.adminRoles,
  });
}

export function useEffectiveSettings(): EffectiveSettings {
  const deployment = useDeployment();
  const mailbox = useMailbox();
  const client = useSettingsClient();
  const connection = useConnectionKey();
  const askServer = deployment.hasServer ? connection : null;
  const serverUnavailable = askServer === null;
  const server = useQuery(serverLevelsQueryOptions(client, askServer));
  const user = useQuery(userOverridesQueryOptions(mailbox.roamingSettings, mailbox.user.emailAddress));

  return useMemo(() => {
    const layers: SettingsLayers = {
      defaults: deploymentDefaults(deployment),
      system: server.data?.system ?? {},
      organization: server.data?.organizationOverrides ?? {},
      user: user.data.overrides,
    };
    const serverLevels: ServerLevelsState = serverUnavailable
      ? { status: "unavailable" }
      : server.error
        ? { status: "error", error: server.error }
        : server.data
          ? { status: "ready" }
          : { status: "loading" };
    return {
      ...resolveSettings(layers),
      layers,
      organization: server.data?.organization ?? null,
      serverLevels,
    };
  }, [deployment, server.data, server.error, user.data, serverUnavailable]);
}
