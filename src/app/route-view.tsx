import { Suspense, lazy } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Route } from "../ui/navigation";

// Rarely used views load on demand so the first render stays small.
const DetailsPlaceholder = lazy(() => import("./not-yet-available").then((m) => ({ default: m.NotYetAvailable })));

/** Renders every route except home (home stays mounted underneath, see Shell). */
export function RouteView({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Spinner />}>
      <DetailsPlaceholder route={route} />
    </Suspense>
  );
}
