// What Oro (the sandbox) holds about emails' context, for tests that check the data behind what the pane shows.
import type { EmailRecord } from "../../src/sandbox/model";
import type { OroSandbox } from "../../src/sandbox/oro-sandbox";

/** The sandbox's emails with this Message-ID (more than one would be a duplicate the pane created). */
export function emailsWith(sandbox: OroSandbox, messageId: string): EmailRecord[] {
  return sandbox.model.data.emails.filter((email) => email.messageId === messageId);
}

/** How many times the record is among the activity targets of `emails` (what Oro shows as their context). */
export function linksAmong(emails: readonly EmailRecord[], ref: { type: string; id: string | number }): number {
  return emails
    .flatMap((email) => email.activityTargets)
    .filter((target) => target.type === ref.type && String(target.id) === String(ref.id)).length;
}

/** How many emails with this Message-ID the sandbox holds, and how many times the record is in their context. */
export function timesLinked(
  sandbox: OroSandbox,
  messageId: string,
  ref: { type: string; id: string | number },
): { emails: number; links: number } {
  const emails = emailsWith(sandbox, messageId);
  return { emails: emails.length, links: linksAmong(emails, ref) };
}
