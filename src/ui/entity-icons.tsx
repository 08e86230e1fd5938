// One Fluent icon per Oro entity type. Each icon is imported from its own module so the bundle only carries
// these few (the pane's initial bundle budget is 150 KB gzip).
import { createElement } from "react";
import type { FluentIcon } from "@fluentui/react-icons";
import { Building20Regular } from "@fluentui/react-icons/svg/building";
import { BuildingShop20Regular } from "@fluentui/react-icons/svg/building-shop";
import { Cart20Regular } from "@fluentui/react-icons/svg/cart";
import { ContactCard20Regular } from "@fluentui/react-icons/svg/contact-card";
import { DocumentQuestionMark20Regular } from "@fluentui/react-icons/svg/document-question-mark";
import { Database20Regular } from "@fluentui/react-icons/svg/database";
import { Person20Regular } from "@fluentui/react-icons/svg/person";
import { PersonAccounts20Regular } from "@fluentui/react-icons/svg/person-accounts";
import { PersonStar20Regular } from "@fluentui/react-icons/svg/person-star";
import { PersonSupport20Regular } from "@fluentui/react-icons/svg/person-support";
import { TaskListLtr20Regular } from "@fluentui/react-icons/svg/task-list-ltr";
import { TargetArrow20Regular } from "@fluentui/react-icons/svg/target-arrow";

const iconByType: Readonly<Record<string, FluentIcon>> = {
  accounts: Building20Regular,
  contacts: ContactCard20Regular,
  customerusers: PersonAccounts20Regular,
  leads: PersonStar20Regular,
  opportunities: TargetArrow20Regular,
  orders: Cart20Regular,
  users: Person20Regular,
  customers: BuildingShop20Regular,
  tasks: TaskListLtr20Regular,
  cases: PersonSupport20Regular,
  rfqs: DocumentQuestionMark20Regular,
};

/** Icon for an Oro API type; types without their own icon share a generic one. */
export function entityIcon(type: string): FluentIcon {
  return iconByType[type] ?? Database20Regular;
}

/** Decorative by default: the entity's type is also written out next to it (label or title). */
export function EntityIcon(props: { type: string; className?: string; "aria-label"?: string }) {
  const label = props["aria-label"];
  // createElement: the icon is a static module-level component picked by type, not one made during render.
  return createElement(
    entityIcon(props.type),
    label === undefined
      ? { className: props.className, "aria-hidden": true }
      : { className: props.className, role: "img", "aria-label": label },
  );
}
