// How often the open email's context is re-checked against Oro while the pane stays open.
import { defaultCrmSyncIntervalSeconds } from "../../queries/email-context";

/** The CRM sync interval in seconds (Oro's legacy Outlook setting; 120 s by default). */
export function useCrmSyncIntervalSeconds(): number {
  return defaultCrmSyncIntervalSeconds;
}
