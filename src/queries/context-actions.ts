// Add Context and Remove Context: link a record to the open email in Oro, or unlink it from the email's thread.
// "Never lost, never twice": every Add first asks Oro what it already has (the email by Message-ID and that email's
// activity targets), so a retry after a dropped connection completes the link instead of making a second one;
// a second click while an action for the same record runs is ignored; the context panel changes at once and
// rolls back when Oro refuses; afterwards every cached view of the context and the search is re-read from Oro.
import { useCallback, useMemo, useRef } from "react";
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useMailbox } from "../mailbox/mailbox-context";
import type { EmailAddress, MailItem } from "../mailbox/types";
import type { OroClient } from "../oro/oro-client";
import { isOroApiError } from "../oro/oro-api-error";
import {
  addActivityTargets,
  createEmail,
  findEmailsByMessageId,
  getActivityTargets,
  parseContextItemId,
  removeThreadContext,
  type ContextItem,
  type EmailAddressInput,
} from "../oro/resources";
import { entityKey, type EntityRef } from "../oro/schemas";
import { emailContextQueriesOf, isContextCacheData, type ContextCacheData } from "./email-context";
import { oroKeys, type ConnectionKey } from "./query-keys";
import { useConnectionKey, useOptionalOroClient } from "./connection";

// ---------------------------------------------------------------------------------------------------------------
// Availability

export type AddContextUnavailableReason =
  /** Nothing is selected in Outlook. */
  | "noItem"
  /** A message being written has no Message-ID until it is sent. */
  | "compose"
  /** A read item without a Message-ID (e.g. just sent, not yet synced). */
  | "noMessageId";

export type AddContextAvailability =
  | { available: true; messageId: string }
  | { available: false; reason: AddContextUnavailableReason };

/** Whether a record can be linked to this item: Oro finds (or stores) the email by its Message-ID. */
export function addContextAvailability(item: MailItem | null): AddContextAvailability {
  if (item === null) return { available: false, reason: "noItem" };
  if (item.mode === "compose") return { available: false, reason: "compose" };
  const messageId = item.internetMessageId?.trim() ?? "";
  if (messageId === "") return { available: false, reason: "noMessageId" };
  return { available: true, messageId };
}

/** Thrown when Add cannot even start (the caller should have checked addContextAvailability). */
export class ContextActionUnavailableError extends Error {
  constructor(readonly reason: AddContextUnavailableReason) {
    super(`Add context is not available: ${reason}`);
    this.name = "ContextActionUnavailableError";
  }
}

/** Oro answered 409 for the Message-ID but does not list the email for this user (someone else's copy). */
export class EmailNotVisibleError extends Error {
  constructor() {
    super("Oro already stores this email, but not in a mailbox of the current user.");
    this.name = "EmailNotVisibleError";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The Oro side, framework-free

export type AddContextResult = {
  emailId: string;
  /** The thread-context item id ("<type>-<id>-<emailId>") that Remove Context takes. */
  itemId: string;
  /** How Oro got the link: the email was stored now, the record was added to it, or Oro already had both. */
  outcome: "createdEmail" | "linked" | "alreadyLinked";
};

export type LinkRecordInput = {
  item: MailItem;
  entity: EntityRef;
  /** Reads the body only when the email must be created in Oro. */
  readBody: () => Promise<string>;
  /** The mailbox owner: the sender when Outlook gives no From (the user's own sent items). */
  user: EmailAddress;
  now?: () => Date;
};

/**
 * Links a record to the email in Oro, idempotently: look the email up by Message-ID (bracketed and bare);
 * found → add the record unless it is already a target; not found → create it with the record as context;
 * 409 (stored meanwhile, e.g. by mail sync or a request whose answer was lost) → look up again and add.
 */
export async function linkRecordToEmail(client: OroClient, input: LinkRecordInput, signal?: AbortSignal): Promise<AddContextResult> {
  const availability = addContextAvailability(input.item);
  if (!availability.available) throw new ContextActionUnavailableError(availability.reason);
  const options = signal === undefined ? {} : { signal };
  const messageId = availability.messageId;

  const [existing] = await findEmailsByMessageId(client, [messageId], options);
  if (existing !== undefined) return linkToStoredEmail(client, existing.id, input.entity, signal);

  let body: string | null = null;
  try {
    body = await input.readBody();
  } catch {
    // The body is a courtesy for people reading the email in Oro; the link is what the user asked for.
    body = null;
  }
  const item = input.item;
  const sentAt = validDate(item.dateTimeCreated) ?? (input.now ?? (() => new Date()))();
  try {
    const created = await createEmail(
      client,
      {
        // Oro refuses a blank subject; Outlook allows one.
        subject: item.subject.trim() === "" ? "(no subject)" : item.subject,
        from: addressInput(item.from ?? input.user),
        toRecipients: item.to.map(addressInput),
        ccRecipients: item.cc.map(addressInput),
        bccRecipients: item.bcc.map(addressInput),
        messageId,
        sentAt,
        internalDate: sentAt,
        body: body === null || body === "" ? null : { type: "text", content: body },
        activityTargets: [input.entity],
      },
      options,
    );
    return { emailId: created.id, itemId: threadContextItemId(input.entity, created.id), outcome: "createdEmail" };
  } catch (error) {
    if (!isOroApiError(error) || error.kind !== "conflict") throw error;
  }
  const [stored] = await findEmailsByMessageId(client, [messageId], options);
  if (stored === undefined) throw new EmailNotVisibleError();
  return linkToStoredEmail(client, stored.id, input.entity, signal);
}

async function linkToStoredEmail(client: OroClient, emailId: string, entity: EntityRef, signal?: AbortSignal): Promise<AddContextResult> {
  const options = signal === undefined ? {} : { signal };
  const current = await getActivityTargets(client, emailId, options);
  if (current.some((target) => sameRef(target, entity))) {
    return { emailId, itemId: threadContextItemId(entity, emailId), outcome: "alreadyLinked" };
  }
  const targets = await addActivityTargets(client, emailId, [entity], options);
  const fromOro = targets?.find((target) => sameRef(target, entity))?.threadContextItemId ?? null;
  return { emailId, itemId: fromOro ?? threadContextItemId(entity, emailId), outcome: "linked" };
}

export type RemoveContextResult = { outcome: "removed" | "alreadyRemoved" };

/** Unlinks a record from every email of the thread. Oro's 404 means it is already gone: the same end state. */
export async function unlinkRecordFromThread(client: OroClient, itemId: string, signal?: AbortSignal): Promise<RemoveContextResult> {
  try {
    await removeThreadContext(client, itemId, signal === undefined ? {} : { signal });
    return { outcome: "removed" };
  } catch (error) {
    if (isOroApiError(error) && error.kind === "notFound") return { outcome: "alreadyRemoved" };
    throw error;
  }
}

/** Oro's emailthreadcontext item id for a record in context through an email. */
export function threadContextItemId(entity: EntityRef, emailId: string): string {
  return `${entity.type}-${entity.id}-${emailId}`;
}

function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.type === b.type && a.id === b.id;
}

function addressInput(address: EmailAddress): EmailAddressInput {
  const name = address.displayName.trim();
  return name === "" || name === address.emailAddress ? { email: address.emailAddress } : { email: address.emailAddress, name };
}

function validDate(value: string | null): Date | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

// ---------------------------------------------------------------------------------------------------------------
// The context cache: optimistic changes and rollback

type Snapshot = [QueryKey, unknown][];

type ContextChange =
  | { kind: "add"; entity: EntityRef; entityName: string; entityUrl: string | null; itemId: string | null }
  | { kind: "remove"; entity: EntityRef };

function applyChange(data: ContextCacheData, change: ContextChange): ContextCacheData {
  let found = false;
  const pages = data.pages.map((page) => ({
    ...page,
    parts: page.parts.map((part) => {
      if (change.kind === "remove") {
        const items = part.items.filter((item) => !sameRef(item.entity, change.entity));
        return items.length === part.items.length ? part : { ...part, items };
      }
      return {
        ...part,
        items: part.items.map((item) => {
          if (!sameRef(item.entity, change.entity)) return item;
          found = true;
          return withContext(item, change.itemId);
        }),
      };
    }),
  }));
  if (change.kind === "add" && !found) {
    const [first, ...rest] = pages;
    const [firstPart, ...otherParts] = first?.parts ?? [];
    if (first !== undefined && firstPart !== undefined) {
      const added: ContextItem = {
        itemId: change.itemId ?? threadContextItemId(change.entity, "0"),
        entity: { ...change.entity },
        entityName: change.entityName,
        entityUrl: change.entityUrl,
        record: null,
        isContext: true,
        emailId: change.itemId === null ? null : (parseContextItemId(change.itemId)?.emailId ?? null),
      };
      return { ...data, pages: [{ ...first, parts: [{ ...firstPart, items: [added, ...firstPart.items] }, ...otherParts] }, ...rest] };
    }
  }
  return { ...data, pages };
}

function withContext(item: ContextItem, itemId: string | null): ContextItem {
  return itemId === null
    ? { ...item, isContext: true }
    : { ...item, isContext: true, itemId, emailId: parseContextItemId(itemId)?.emailId ?? null };
}

async function changeContextCache(
  queryClient: QueryClient,
  connection: ConnectionKey,
  itemKey: string,
  change: ContextChange,
): Promise<Snapshot> {
  const filters = emailContextQueriesOf(connection, itemKey);
  // A refetch already on its way would otherwise land on top of the optimistic state with Oro's old answer.
  await queryClient.cancelQueries(filters);
  const snapshot: Snapshot = queryClient.getQueriesData(filters);
  queryClient.setQueriesData(filters, (data: unknown) => (isContextCacheData(data) ? applyChange(data, change) : data));
  return snapshot;
}

function restore(queryClient: QueryClient, snapshot: Snapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

/** After any change: the panel, the hints and the search read Oro again, so they agree with it. */
async function refreshFromOro(queryClient: QueryClient, connection: ConnectionKey): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: oroKeys.emailContextAll(connection) }),
    queryClient.invalidateQueries({ queryKey: oroKeys.searchAll(connection) }),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Hooks

/** Records with an action on its way, per query client: a second click on the same record is ignored. */
const inFlightByClient = new WeakMap<QueryClient, Set<string>>();

function inFlight(queryClient: QueryClient): Set<string> {
  let set = inFlightByClient.get(queryClient);
  if (set === undefined) {
    set = new Set();
    inFlightByClient.set(queryClient, set);
  }
  return set;
}

function actionKey(itemKey: string, entity: EntityRef): string {
  return `${itemKey}|${entityKey(entity)}`;
}

export type ContextActionStatus = "idle" | "pending" | "success" | "error";

export type ContextAction<TInput, TResult> = {
  /** Starts the action; ignored while an Add or Remove for the same record and item is on its way. */
  run: (input: TInput) => void;
  /** Runs the last failed input again (Add re-checks what Oro already has first). */
  retry: () => void;
  reset: () => void;
  status: ContextActionStatus;
  isPending: boolean;
  /** An OroApiError, EmailNotVisibleError or ContextActionUnavailableError. */
  error: Error | null;
  /** The input of the current or last run. */
  input: TInput | undefined;
  result: TResult | undefined;
};

export type AddContextInput = {
  /** The mail item as the user saw it when clicking. */
  item: MailItem;
  entity: EntityRef;
  /** Shown in the panel at once, before Oro answers. */
  entityName: string;
  entityUrl: string | null;
};

export type RemoveContextInput = {
  item: MailItem;
  entity: EntityRef;
  /** The thread-context item id (useContextMembership(ref).itemId, or AddContextResult.itemId). */
  itemId: string;
};

type Ctx = { snapshot: Snapshot; connection: ConnectionKey };

/** Links a record to the open email in Oro (see linkRecordToEmail). */
export function useAddContext(): ContextAction<AddContextInput, AddContextResult> {
  const queryClient = useQueryClient();
  const client = useOptionalOroClient();
  const connection = useConnectionKey();
  const mailbox = useMailbox();

  const mutation = useMutation<AddContextResult, Error, AddContextInput, Ctx | undefined>({
    mutationFn: (input) => {
      if (client === null) throw new Error("Not connected to Oro");
      return linkRecordToEmail(client, {
        item: input.item,
        entity: input.entity,
        readBody: () => mailbox.getBodyText(),
        user: mailbox.user,
      });
    },
    onMutate: async (input) => {
      if (connection === null) return undefined;
      const snapshot = await changeContextCache(queryClient, connection, input.item.key, {
        kind: "add",
        entity: input.entity,
        entityName: input.entityName,
        entityUrl: input.entityUrl,
        itemId: null,
      });
      return { snapshot, connection };
    },
    onSuccess: async (result, input, context) => {
      if (context === undefined) return;
      // The real item id right away, so Remove works before the refetch below has answered.
      await changeContextCache(queryClient, context.connection, input.item.key, {
        kind: "add",
        entity: input.entity,
        entityName: input.entityName,
        entityUrl: input.entityUrl,
        itemId: result.itemId,
      });
    },
    onError: (_error, _input, context) => {
      if (context !== undefined) restore(queryClient, context.snapshot);
    },
    onSettled: async (_result, _error, _input, context) => {
      if (context !== undefined) await refreshFromOro(queryClient, context.connection);
    },
  });
  return useGuardedAction(queryClient, mutation);
}

/** Unlinks a record from the open email's thread in Oro; 404 counts as done. Undo = useAddContext().run(...). */
export function useRemoveContext(): ContextAction<RemoveContextInput, RemoveContextResult> {
  const queryClient = useQueryClient();
  const client = useOptionalOroClient();
  const connection = useConnectionKey();

  const mutation = useMutation<RemoveContextResult, Error, RemoveContextInput, Ctx | undefined>({
    mutationFn: (input) => {
      if (client === null) throw new Error("Not connected to Oro");
      return unlinkRecordFromThread(client, input.itemId);
    },
    onMutate: async (input) => {
      if (connection === null) return undefined;
      const snapshot = await changeContextCache(queryClient, connection, input.item.key, { kind: "remove", entity: input.entity });
      return { snapshot, connection };
    },
    onError: (_error, _input, context) => {
      if (context !== undefined) restore(queryClient, context.snapshot);
    },
    onSettled: async (_result, _error, _input, context) => {
      if (context !== undefined) await refreshFromOro(queryClient, context.connection);
    },
  });
  return useGuardedAction(queryClient, mutation);
}

type MutationLike<TInput extends { item: MailItem; entity: EntityRef }, TResult> = {
  mutateAsync: (input: TInput) => Promise<TResult>;
  reset: () => void;
  status: ContextActionStatus;
  error: Error | null;
  variables: TInput | undefined;
  data: TResult | undefined;
};

function useGuardedAction<TInput extends { item: MailItem; entity: EntityRef }, TResult>(
  queryClient: QueryClient,
  mutation: MutationLike<TInput, TResult>,
): ContextAction<TInput, TResult> {
  const { mutateAsync, reset, status, error, variables, data } = mutation;
  // The set is checked synchronously in the click handler: React may not have re-rendered (and disabled the
  // button) between two clicks of a double click.
  const lastInput = useRef<TInput | undefined>(undefined);
  const run = useCallback(
    (input: TInput) => {
      const key = actionKey(input.item.key, input.entity);
      const running = inFlight(queryClient);
      if (running.has(key)) return;
      running.add(key);
      lastInput.current = input;
      mutateAsync(input)
        .catch(() => undefined)
        .finally(() => running.delete(key));
    },
    [queryClient, mutateAsync],
  );
  const retry = useCallback(() => {
    const input = lastInput.current;
    if (input !== undefined) run(input);
  }, [run]);
  return useMemo(
    () => ({ run, retry, reset, status, isPending: status === "pending", error, input: variables, result: data }),
    [run, retry, reset, status, error, variables, data],
  );
}
