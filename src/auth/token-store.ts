// Where the refresh token lives between pane starts: localStorage, keyed by Office's partition key (when the host
// gives one), the Oro base URL and the client id. Never roamingSettings: those roam to every device of the mailbox.
// The access token is never stored; it lives in the session manager's memory only.
import { z } from "zod/mini";
import { oroConnectionSchema } from "./oro-endpoints";

const userSchema = z.object({
  id: z.string(),
  username: z.nullable(z.string()),
  email: z.nullable(z.string()),
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  displayName: z.string(),
  roles: z.array(z.object({ role: z.string(), label: z.nullable(z.string()) })),
});

const storedSessionSchema = z.object({
  version: z.literal(1),
  refreshToken: z.string().check(z.minLength(1)),
  connection: oroConnectionSchema,
  /** Shown while offline at start, so a network blip at launch does not look like being signed out. */
  user: z.nullable(userSchema),
});

export type StoredUser = z.infer<typeof userSchema>;
export type StoredSession = Omit<z.infer<typeof storedSessionSchema>, "version">;

export interface TokenStore {
  /** The stored session for this Oro, or null (nothing stored, or unreadable). */
  load(baseUrl: string): StoredSession | null;
  /** The Oro the user last connected to, for deployments where the user enters the URL. */
  lastBaseUrl(): string | null;
  /** Writes the whole record in one setItem, so a rotated refresh token never sits beside a stale one. */
  save(session: StoredSession): void;
  /** Forgets the record and, when it is the last-used Oro, that pointer too (Disconnect). */
  clear(baseUrl: string): void;
  /**
   * Forgets the record but keeps the Oro as the last used one: after Oro ended the session (it refused the refresh
   * token) the user signs in to the same address again. The pointer holds no secret.
   */
  endSession(baseUrl: string): void;
  /** The storage key of an Oro's record (tests and diagnostics). */
  keyFor(baseUrl: string): string;
}

export type TokenStoreOptions = {
  /** null when the pane has no usable localStorage: the session then lasts as long as the pane. */
  storage: Storage | null;
  partitionKey: string | undefined;
  clientId: string;
};

const namespace = "oro-connector";

export function createTokenStore(options: TokenStoreOptions): TokenStore {
  const prefix = options.partitionKey ? `${options.partitionKey}:${namespace}` : namespace;
  const memory = new Map<string, string>();
  const keyFor = (baseUrl: string) => `${prefix}.session:${options.clientId}@${baseUrl}`;
  const pointerKey = `${prefix}.last-oro:${options.clientId}`;

  // Storage can throw (disabled, quota, private mode): fall back to memory rather than failing the sign-in.
  // Memory only ever holds what storage refused, so a value another pane wrote to storage is always seen.
  const read = (key: string): string | null => {
    try {
      const value = options.storage?.getItem(key);
      if (value !== null && value !== undefined) return value;
    } catch {
      /* fall through to memory */
    }
    return memory.get(key) ?? null;
  };
  const write = (key: string, value: string) => {
    try {
      if (options.storage) {
        options.storage.setItem(key, value);
        memory.delete(key);
        return;
      }
    } catch {
      // Never leave an older refresh token in storage beside a newer one in memory.
      try {
        options.storage?.removeItem(key);
      } catch {
        /* nothing more to do */
      }
    }
    memory.set(key, value);
  };
  const remove = (key: string) => {
    memory.delete(key);
    try {
      options.storage?.removeItem(key);
    } catch {
      /* nothing more to do */
    }
  };

  return {
    keyFor,
    load(baseUrl) {
      const raw = read(keyFor(baseUrl));
      if (raw === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return null;
      }
      const parsed = storedSessionSchema.safeParse(json);
      if (!parsed.success || parsed.data.connection.baseUrl !== baseUrl) return null;
      const { refreshToken, connection, user } = parsed.data;
      return { refreshToken, connection, user };
    },
    lastBaseUrl() {
      return read(pointerKey);
    },
    save(session) {
      const record: z.infer<typeof storedSessionSchema> = { version: 1, ...session };
      write(keyFor(session.connection.baseUrl), JSON.stringify(record));
      write(pointerKey, session.connection.baseUrl);
    },
    clear(baseUrl) {
      remove(keyFor(baseUrl));
      if (read(pointerKey) === baseUrl) remove(pointerKey);
    },
    endSession(baseUrl) {
      remove(keyFor(baseUrl));
    },
  };
}
