// The demo page (demo.html) hosts the task pane in an iframe and shares its simulated mailbox through this global,
// so choosing a message in the demo's list is an item change inside the pane.
import type { SimulatedMailbox } from "./simulated-mailbox";

export type OroDemoHost = { mailbox: SimulatedMailbox };

declare global {
  interface Window {
    oroDemoHost?: OroDemoHost;
  }
}
