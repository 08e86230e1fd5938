import { describe, expect, test } from "vitest";
import { layoutConnection } from "./oro-endpoints";
import { MemoryStorage } from "./testing/memory-storage";
import { createTokenStore } from "./token-store";

const connection = layoutConnection("https://crm.example.com", "/admin");
const user = {
  id: "2",
  username: "sales",
  email: "s@example.com",
  firstName: "Sam",
  lastName: "Seller",
  displayName: "Sam Seller",
  roles: [],
};

describe("the refresh token store", () => {
  test("keys the record by partition key, Oro base URL and client id", () => {
    const storage = new MemoryStorage();
    const store = createTokenStore({ storage, partitionKey: "pk-1", clientId: "client-a" });

    store.save({ refreshToken: "rt-1", connection, user });

    expect(store.keyFor(connection.baseUrl)).toBe(
      "pk-1:oro-connector.session:client-a@https://crm.example.com",
    );
    expect(storage.getItem(store.keyFor(connection.baseUrl))).toContain("rt-1");
    expect(
      createTokenStore({ storage, partitionKey: "pk-2", clientId: "client-a" }).load(connection.baseUrl),
    ).toBeNull();
    expect(
      createTokenStore({ storage, partitionKey: "pk-1", clientId: "client-b" }).load(connection.baseUrl),
    ).toBeNull();
    expect(store.load(connection.baseUrl)).toEqual({ refreshToken: "rt-1", connection, user });
    expect(store.lastBaseUrl()).toBe(connection.baseUrl);
  });

  test("a newer token written by another pane is what the next load sees", () => {
    const storage = new MemoryStorage();
    const paneA = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    const paneB = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    paneA.save({ refreshToken: "rt-1", connection, user });

    paneB.save({ refreshToken: "rt-2", connection, user });

    expect(paneA.load(connection.baseUrl)?.refreshToken).toBe("rt-2");
  });

  test("ignores a record that is not ours or is damaged", () => {
    const storage = new MemoryStorage();
    const store = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    storage.setItem(store.keyFor(connection.baseUrl), "{not json");
    expect(store.load(connection.baseUrl)).toBeNull();
    storage.setItem(store.keyFor(connection.baseUrl), JSON.stringify({ version: 1, refreshToken: "" }));
    expect(store.load(connection.baseUrl)).toBeNull();
  });

  test("keeps the session in memory when storage refuses it, never an older token beside a newer one", () => {
    const storage = new MemoryStorage();
    const store = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    store.save({ refreshToken: "rt-1", connection, user });
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };

    store.save({ refreshToken: "rt-2", connection, user });

    expect(store.load(connection.baseUrl)?.refreshToken).toBe("rt-2");
    expect(storage.dump()).not.toContain("rt-1");
  });

  test("clear forgets the token and the last-used pointer", () => {
    const storage = new MemoryStorage();
    const store = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    store.save({ refreshToken: "rt-1", connection, user });

    store.clear(connection.baseUrl);

    expect(storage.length).toBe(0);
    expect(store.load(connection.baseUrl)).toBeNull();
  });

  test("a session Oro ended forgets the token but keeps the address for the next Connect", () => {
    const storage = new MemoryStorage();
    const store = createTokenStore({ storage, partitionKey: undefined, clientId: "c" });
    store.save({ refreshToken: "rt-1", connection, user });

    store.endSession(connection.baseUrl);

    expect(store.load(connection.baseUrl)).toBeNull();
    expect(storage.dump()).not.toContain("rt-1");
    expect(createTokenStore({ storage, partitionKey: undefined, clientId: "c" }).lastBaseUrl()).toBe(
      connection.baseUrl,
    );
  });
});
