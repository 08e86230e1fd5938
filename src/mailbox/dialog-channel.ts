// Delivers dialog events to subscribers. Events that arrive before anyone subscribed are kept, because the
// dialog may answer (or be closed) between the open call resolving and the caller attaching its listener.
import { createListenerSet } from "./listener-set";
import type { DialogEvent, Unsubscribe } from "./types";

export type DialogChannel = {
  emit(event: DialogEvent): void;
  subscribe(listener: (event: DialogEvent) => void): Unsubscribe;
};

export function createDialogChannel(): DialogChannel {
  const listeners = createListenerSet<[DialogEvent]>();
  let pending: DialogEvent[] = [];
  return {
    emit(event) {
      if (listeners.size === 0) pending.push(event);
      else listeners.emit(event);
    },
    subscribe(listener) {
      const unsubscribe = listeners.add(listener);
      const backlog = pending;
      pending = [];
      for (const event of backlog) listener(event);
      return unsubscribe;
    },
  };
}
