import { render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { defineMessages, useT } from "./catalog";
import { PaneIntlProvider } from "./intl-provider";

const demoMessages = defineMessages("intlProviderDemo", {
  greeting: "Hello {name}",
  count: "{count, plural, one {# record} other {# records}}",
});

function Demo({ values }: { values?: Record<string, string | number> }) {
  const t = useT(demoMessages);
  return (
    <p>
      {t("greeting", values)} / {t("count", { count: 2 })}
    </p>
  );
}

afterEach(() => vi.restoreAllMocks());

test("an English pane (en-US) shows the catalogs' English without logging a missing translation per text", () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <PaneIntlProvider locale="en-US" messages={{}}>
      <Demo values={{ name: "Sam" }} />
    </PaneIntlProvider>,
  );
  expect(screen.getByText("Hello Sam / 2 records")).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});

test("a real formatting problem still reaches the console", () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <PaneIntlProvider locale="en-US" messages={{}}>
      <Demo />
    </PaneIntlProvider>,
  );
  expect(errors).toHaveBeenCalled();
});
