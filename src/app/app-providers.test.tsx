import { QueryClient } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import { expect, test } from "vitest";
import { SessionProvider } from "../auth/session-context";
import type { Session, SessionManager } from "../auth/session-manager";
import { ForgetOroData } from "./app-providers";

/** Just enough of a session manager to drive ForgetOroData: a session to show and the clear-data signal. */
function fakeManager(initial: Session) {
  let session = initial;
  const sessionListeners = new Set<(s: Session) => void>();
  const clearListeners = new Set<() => void>();
  const manager = {
    start: () => Promise.resolve(),
    getSession: () => session,
    subscribe(listener: (s: Session) => void) {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
    onClearData(listener: () => void) {
      clearListeners.add(listener);
      return () => clearListeners.delete(listener);
    },
  } as unknown as SessionManager;
  return {
    manager,
    setSession(next: Session) {
      session = next;
      for (const listener of sessionListeners) listener(next);
    },
    clearData: () => [...clearListeners].forEach((listener) => listener()),
    listenerCount: () => clearListeners.size,
  };
}

const connected: Session = {
  status: "connected",
  connection: { baseUrl: "https://crm.example.com", apiBaseUrl: "https://crm.example.com/api" } as never,
  user: { id: 1, username: "sam", displayName: "Sam Seller", email: null, roles: [], organizations: [] } as never,
};

function renderForgetter(manager: SessionManager, queryClient: QueryClient) {
  return render(
    <SessionProvider manager={manager}>
      <ForgetOroData manager={manager} queryClient={queryClient} />
    </SessionProvider>,
  );
}

test("Oro data cached for one user is dropped when the session manager says it belongs to someone else", () => {
  const fake = fakeManager(connected);
  const queryClient = new QueryClient();
  queryClient.setQueryData(["email-context", "m1"], { records: ["Account Northwind"] });
  const view = renderForgetter(fake.manager, queryClient);

  expect(queryClient.getQueryData(["email-context", "m1"])).toBeDefined();
  act(() => fake.clearData());
  expect(queryClient.getQueryData(["email-context", "m1"])).toBeUndefined();

  view.unmount();
  expect(fake.listenerCount()).toBe(0);
});

test("Oro data is dropped when the session ends", () => {
  const fake = fakeManager(connected);
  const queryClient = new QueryClient();
  queryClient.setQueryData(["search", "north"], { records: [1] });
  renderForgetter(fake.manager, queryClient);
  act(() => fake.setSession({ status: "disconnected" }));
  expect(queryClient.getQueryData(["search", "north"])).toBeUndefined();
});
