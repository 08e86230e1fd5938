import { render, screen } from "@testing-library/react";
import { defaultEntityTypes } from "../oro/entity-types";
import { EntityIcon, entityIcon } from "./entity-icons";

test("every default entity type has its own icon, distinct from the generic one", () => {
  const generic = entityIcon("widgets");
  const icons = defaultEntityTypes.map((type) => entityIcon(type));
  expect(icons).not.toContain(generic);
  expect(new Set(icons).size).toBe(defaultEntityTypes.length);
});

test("an icon with a label is announced as an image; without one it is hidden from assistive technology", () => {
  const { container } = render(
    <>
      <EntityIcon type="contacts" aria-label="Contact" />
      <EntityIcon type="widgets" />
    </>,
  );
  expect(screen.getByLabelText("Contact")).toHaveAttribute("role", "img");
  expect(container.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(1);
});
