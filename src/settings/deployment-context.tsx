// What the deployment tells the settings and the menu: the connector's version and build, the administrator
// roles and connection defaults, and whether the connector's server (system and organization levels) exists.
// The app shell provides it from its deployment config; the shape is repeated here so shared modules and
// features never import the shell.
import { createContext, useContext } from "react";

export type DeploymentInfo = {
  oroBaseUrl: string | null;
  backOfficePrefix: string | null;
  clientId: string;
  adminRoles: readonly string[];
  version: string;
  build: string;
  /** False for a static deployment: only the user level (roaming settings) exists. */
  hasServer: boolean;
  /** Where the connector's server relays Oro's API (same origin as the pane); absent or null: no relay. */
  apiRelayPath?: string | null;
};

export const DeploymentContext = createContext<DeploymentInfo | null>(null);

export function useDeployment(): DeploymentInfo {
  const deployment = useContext(DeploymentContext);
  if (!deployment)
    throw new Error("useDeployment must be used inside DeploymentContext.Provider (the app shell)");
  return deployment;
}
