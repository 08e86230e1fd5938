// Writes public/scenarios/default.json from buildDefaultScenario(); run after changing the demo identities.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { scenarioSchema } from "../mailbox/scenario";
import { buildDefaultScenario } from "./default-scenario";

const target = resolve(import.meta.dirname, "../../public/scenarios/default.json");
const scenario = scenarioSchema.parse(buildDefaultScenario());
writeFileSync(target, `${JSON.stringify(scenario, null, 2)}\n`);
console.log(`Wrote ${scenario.items.length} items to ${target}`);
