// One icon per entity type for the result rows (until a shared src/ui/entity-icons.tsx exists).
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

import type { ReactElement } from "react";

const icons = new Map<string, ReactElement>(
  Object.entries({
    accounts: <BuildingRegular />,
    contacts: <ContactCardRegular />,
    customerusers: <PersonAccountsRegular />,
    leads: <PersonStarRegular />,
    opportunities: <MoneyRegular />,
    orders: <CartRegular />,
    users: <PersonRegular />,
    customers: <PeopleRegular />,
    tasks: <TaskListSquareLtrRegular />,
    cases: <BriefcaseRegular />,
    rfqs: <DocumentTextRegular />,
  }),
);

const fallback = <DocumentRegular />;

export function SearchEntityIcon({ type }: { type: string }) {
  return icons.get(type) ?? fallback;
}
