import { Suspense, lazy } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Route } from "../ui/navigation";

// Views away from the home screen load on demand so the pane's first render stays small.
const RecordDetailsView = lazy(() =>
  import("../features/record-details/record-details-view").then((m) => ({ default: m.RecordDetailsView })),
);
const MySettingsView = lazy(() =>
  import("../features/settings/my-settings-view").then((m) => ({ default: m.MySettingsView })),
);

const AboutView = lazy(() =>
  import("../features/settings/about-view").then((m) => ({ default: m.AboutView })),
);
const ManageAddonView = lazy(() =>
  import("../features/settings/manage-addon-view").then((m) => ({ default: m.ManageAddonView })),
);

/** Renders every route except home (home stays mounted underneath, see Shell). */
export function RouteView({ route }: { route: Route }) {
  return <Suspense fallback={<Spinner />}>{viewFor(route)}</Suspense>;
}

function viewFor(route: Route) {
  switch (route.name) {
    case "details":
      return <RecordDetailsView entity={route.entity} title={route.title} entityUrl={route.entityUrl} />;
    case "my-settings":
      return <MySettingsView />;
    case "about":
      return <AboutView />;
    case "manage":
      return <ManageAddonView />;
    default:
      return null;
  }
}
