// In-memory navigation (office.js disables history.pushState): a stack of routes owned by the app shell.
// Features push and pop routes through this context; they never import each other or the shell.
import { createContext, useContext } from "react";
import type { EntityRef } from "../oro/schemas";

/** A reference to one Oro record (its JSON:API type and id), as the Oro schemas define it. */
export type { EntityRef };

export type Route =
  | { name: "home" }
  | { name: "details"; entity: EntityRef; title?: string; entityUrl?: string }
  | { name: "about" }
  | { name: "my-settings" }
  | { name: "manage" };

export type Navigation = {
  current: Route;
  /** Opens a route on top of the current one; Back returns to where the user was. */
  push: (route: Route) => void;
  back: () => void;
  /** Drops the stack and shows this route. */
  reset: (route: Route) => void;
  canGoBack: boolean;
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error("useNavigation must be used inside the app shell's NavigationContext");
  return nav;
}
