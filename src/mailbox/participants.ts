// Who an email concerns: its From/To/CC/BCC addresses, minus the mailbox owner, each address once.
import type { EmailAddress, MailItem } from "./types";

export type ParticipantRole = "from" | "to" | "cc" | "bcc";

export type Participant = EmailAddress & { role: ParticipantRole };

/** Lower-cased, trimmed address: Oro compares addresses case-insensitively. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Collects the item's participants in a stable order (from, to, cc, bcc), keeping the first role an address has,
 * dropping empty addresses and the mailbox owner's own address.
 */
export function collectParticipants(item: MailItem, ownAddress: string): Participant[] {
  const own = normalizeAddress(ownAddress);
  const seen = new Set<string>();
  const out: Participant[] = [];
  const add = (role: ParticipantRole, list: readonly EmailAddress[]) => {
    for (const entry of list) {
      const key = normalizeAddress(entry.emailAddress);
      if (!key || key === own || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...entry, emailAddress: entry.emailAddress.trim(), role });
    }
  };
  add("from", item.from ? [item.from] : []);
  add("to", item.to);
  add("cc", item.cc);
  add("bcc", item.bcc);
  return out;
}
