import { useMemo, useState, type ReactNode } from "react";
import { NavigationContext, type Navigation, type Route } from "../ui/navigation";

/** Owns the in-memory route stack: office.js disables the History API, so navigation never touches the URL. */
export function NavigationProvider({
  children,
  initial = { name: "home" },
}: {
  children: ReactNode;
  initial?: Route;
}) {
  const [stack, setStack] = useState<Route[]>([initial]);
  const navigation = useMemo<Navigation>(
    () => ({
      current: stack[stack.length - 1] ?? initial,
      canGoBack: stack.length > 1,
      push: (route) => setStack((s) => [...s, route]),
      back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      reset: (route) => setStack([route]),
    }),
    [stack, initial],
  );
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}
