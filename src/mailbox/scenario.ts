// A demo scenario: the mailbox owner and the items the simulated Outlook shows. Loaded from JSON, so parsed with zod.
import { en } from "zod/locales";
import { z } from "zod/mini";

export const scenarioAddressSchema = z.object({
  displayName: z.string(),
  emailAddress: z.email(),
});

export const scenarioItemSchema = z.object({
  mode: z.enum(["read", "compose"]),
  subject: z.string(),
  internetMessageId: z.optional(z.string().check(z.minLength(1))),
  conversationId: z.optional(z.string().check(z.minLength(1))),
  dateTimeCreated: z.optional(z.iso.datetime({ offset: true })),
  from: z.optional(scenarioAddressSchema),
  to: z.optional(z.array(scenarioAddressSchema)),
  cc: z.optional(z.array(scenarioAddressSchema)),
  bcc: z.optional(z.array(scenarioAddressSchema)),
  body: z.optional(z.string()),
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

/** zod/mini carries no messages; the explanation keeps classic zod's English ones. */
const issueMessages = { error: en().localeError };

/** Parses scenario JSON, explaining which field is wrong when it does not fit. */
export function parseScenario(data: unknown, url: string): Scenario {
  const result = scenarioSchema.safeParse(data, issueMessages);
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
