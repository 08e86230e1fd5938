// What the connector's settings change in the context panel and in search: how often Oro is re-checked (CRM sync
// interval) and which record types the administrator offers for context and search. The shell provides the
// deployment; without it the defaults apply.
import { useContext, type ReactNode } from "react";
import { defaultCrmSyncIntervalSeconds } from "../queries/email-context";
import { DeploymentContext } from "./deployment-context";
import { useEffectiveSettings } from "./use-effective-settings";

export type ContextSettings = {
  refetchIntervalSeconds: number;
  /** Record types offered for context and search; null = every type Oro allows. */
  offeredTypes: readonly string[] | null;
};

const defaultContextSettings: ContextSettings = { refetchIntervalSeconds: defaultCrmSyncIntervalSeconds, offeredTypes: null };

/** Hands the effective settings to `children` (the defaults when no deployment is provided, e.g. bare tests). */
export function WithContextSettings({ children }: { children: (settings: ContextSettings) => ReactNode }) {
  const deployment = useContext(DeploymentContext);
  if (deployment === null) return children(defaultContextSettings);
  return <EffectiveContextSettings>{children}</EffectiveContextSettings>;
}

function EffectiveContextSettings({ children }: { children: (settings: ContextSettings) => ReactNode }) {
  const { values } = useEffectiveSettings();
  return children({ refetchIntervalSeconds: values.crmSyncIntervalSeconds, offeredTypes: values.contextEntityTypes });
}
