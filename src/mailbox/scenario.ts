// A demo scenario: the mailbox owner and the items the simulated Outlook shows. Loaded from JSON, so parsed with zod.
import { z } from "zod";

export const scenarioAddressSchema = z.object({
  displayName: z.string(),
  emailAddress: z.email(),
});

export const scenarioItemSchema = z.object({
  mode: z.enum(["read", "compose"]),
  subject: z.string(),
  internetMessageId: z.string().min(1).optional(),
  conversationId: z.string().min(1).optional(),
  dateTimeCreated: z.iso.datetime({ offset: true }).optional(),
  from: scenarioAddressSchema.optional(),
  to: z.array(scenarioAddressSchema).optional(),
  cc: z.array(scenarioAddressSchema).optional(),
  bcc: z.array(scenarioAddressSchema).optional(),
  body: z.string().optional(),
});

export const scenarioSchema = z.object({
  user: scenarioAddressSchema,
  items: z.array(scenarioItemSchema),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioItem = z.infer<typeof scenarioItemSchema>;

export class ScenarioLoadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`Could not load the demo scenario ${url}: ${reason}`);
    this.name = "ScenarioLoadError";
  }
}

/** Parses scenario JSON, explaining which field is wrong when it does not fit. */
export function parseScenario(data: unknown, url: string): Scenario {
  const result = scenarioSchema.safeParse(data);
  if (!result.success) throw new ScenarioLoadError(url, `it is not a valid scenario.\n${z.prettifyError(result.error)}`);
  return result.data;
}

export async function loadScenario(url: string, fetchImpl: typeof fetch = fetch): Promise<Scenario> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ScenarioLoadError(url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ScenarioLoadError(url, `the server answered HTTP ${response.status}.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ScenarioLoadError(url, "the file is not JSON.");
  }
  return parseScenario(data, url);
}
