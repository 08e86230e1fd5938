// Who administers the connector is Oro's decision: a user holding one of the administrator roles (the system
// level's list, or the deployment's). The menu only hides Manage add-on; the server enforces it.
import { useSession } from "../auth/session-context";
import { useEffectiveSettings } from "./use-effective-settings";

export function hasAdministratorRole(
  roles: readonly { role: string }[],
  adminRoles: readonly string[],
): boolean {
  return roles.some((role) => adminRoles.includes(role.role));
}

export function useIsAdministrator(): boolean {
  const session = useSession();
  const { values } = useEffectiveSettings();
  if (session.status !== "connected" && session.status !== "expired") return false;
  return hasAdministratorRole(session.user.roles, values.adminRoles);
}
