// Stand-in until the shared src/ui/entity-icons.tsx exists: one Fluent icon per entity type.
import {
  BriefcaseRegular,
  BuildingRegular,
  CartRegular,
  ContactCardRegular,
  DocumentRegular,
  DocumentTextRegular,
  MoneyRegular,
  PeopleRegular,
  PersonAccountsRegular,
  PersonRegular,
  PersonStarRegular,
  TaskListSquareLtrRegular,
} from "@fluentui/react-icons";

export function EntityTypeIcon({ type }: { type: string }) {
  switch (type) {
    case "accounts":
      return <BuildingRegular />;
    case "contacts":
      return <ContactCardRegular />;
    case "customerusers":
      return <PersonAccountsRegular />;
    case "leads":
      return <PersonStarRegular />;
    case "opportunities":
      return <MoneyRegular />;
    case "orders":
      return <CartRegular />;
    case "users":
      return <PersonRegular />;
    case "customers":
      return <PeopleRegular />;
    case "tasks":
      return <TaskListSquareLtrRegular />;
    case "cases":
      return <BriefcaseRegular />;
    case "rfqs":
      return <DocumentTextRegular />;
    default:
      return <DocumentRegular />;
  }
}
