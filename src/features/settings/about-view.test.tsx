import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { renderWithSettingsProviders } from "../../settings/settings-test-harness";
import { createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { AboutView, oroHelpUrl } from "./about-view";

vi.setConfig({ testTimeout: 30_000 });

const sandbox = createTestSandbox();
serveSandbox(sandbox);

function renderAbout() {
  return renderWithSettingsProviders(<AboutView />, {
    sandbox,
    username: "sales",
  });
}

function valueOf(term: string): string | null {
  const dt = screen.getByText(term).closest("dt");
  return dt?.nextElementSibling?.textContent ?? null;
}

describe("About", () => {
  test("shows the connector's version and build, the connected Oro and the signed-in user", async () => {
    await renderAbout();
    expect(screen.getByRole("heading", { name: "About" })).toBeInTheDocument();
    expect(valueOf("Connector version")).toBe("1.2.3");
    expect(valueOf("Build")).toBe("abc1234");
    expect(valueOf("Connected Oro")).toBe("https://oro.test");
    expect(valueOf("Oro version")).toBe("Not reported by Oro's API");
    expect(valueOf("Signed in as")).toBe("Sam Seller (sales, sam.seller@northwind.example)");
    expect(valueOf("Oro roles")).toBe("User");
  });

  test("the help link opens in the user's browser, not in the pane", async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    await renderAbout();
    await user.click(screen.getByRole("link", { name: "Oro documentation" }));
    expect(open).toHaveBeenCalledWith(oroHelpUrl, "_blank", "noopener,noreferrer");
    open.mockRestore();
  });

  test("lists the licences", async () => {
    await renderAbout();
    expect(screen.getByText(/published under the MIT licence/)).toBeInTheDocument();
    expect(screen.getByText("TanStack Query")).toBeInTheDocument();
  });
});
