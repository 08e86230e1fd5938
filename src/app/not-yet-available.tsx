import { Body1 } from "@fluentui/react-components";
import type { Route } from "../ui/navigation";

/** Interim view for routes whose feature is still being built. */
export function NotYetAvailable({ route }: { route: Route }) {
  return <Body1>{route.name}</Body1>;
}
