// A tiny synchronous event emitter shared by the adapters and the session manager. One failing listener must not
// starve the others.
import type { Unsubscribe } from "./types";

export type ListenerSet<A extends unknown[]> = {
  add(listener: (...args: A) => void): Unsubscribe;
  emit(...args: A): void;
  /** Drops every listener (teardown). */
  clear(): void;
  readonly size: number;
};

export function createListenerSet<A extends unknown[]>(): ListenerSet<A> {
  const listeners = new Set<(...args: A) => void>();
  return {
    add(listener) {
      // Wrapped so the same function subscribed twice gets two independent subscriptions.
      const entry = (...args: A) => listener(...args);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    emit(...args) {
      for (const listener of [...listeners]) {
        try {
          listener(...args);
        } catch (error) {
          console.error("An event listener failed", error);
        }
      }
    },
    clear() {
      listeners.clear();
    },
    get size() {
      return listeners.size;
    },
  };
}
