// The demo's recipient fields take addresses the way people type them: "Name <address>" or a bare address,
// separated by semicolons or commas.
import type { EmailAddress } from "../mailbox/types";

export type ParsedAddressList = { addresses: EmailAddress[]; invalid: string[] };

const bareAddress = /^[^\s@<>;,]+@[^\s@<>;,]+\.[^\s@<>;,]+$/;
const namedAddress = /^(.*?)\s*<([^<>]+)>$/;

export function parseAddressList(text: string): ParsedAddressList {
  const addresses: EmailAddress[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[;,\n]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const named = namedAddress.exec(entry);
    const address = (named ? named[2] : entry)?.trim() ?? "";
    if (!bareAddress.test(address)) {
      invalid.push(entry);
      continue;
    }
    const displayName = named?.[1]?.trim().replace(/^"(.*)"$/, "$1") ?? "";
    addresses.push({ displayName, emailAddress: address });
  }
  return { addresses, invalid };
}

export function formatAddress(address: EmailAddress): string {
  return address.displayName ? `${address.displayName} <${address.emailAddress}>` : address.emailAddress;
}

export function formatAddressList(addresses: readonly EmailAddress[]): string {
  return addresses.map(formatAddress).join("; ");
}
