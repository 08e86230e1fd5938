// Test helper for jsdom: Node's WebCrypto returns ArrayBuffers of Node's realm, which fail `instanceof ArrayBuffer`
// against jsdom's globals (oauth4webapi checks exactly that when encoding the PKCE challenge). Browsers have one
// realm; this copies digests into the test realm so the code under test runs unchanged.
import { afterAll, beforeAll, vi, type MockInstance } from "vitest";

export function keepWebCryptoInTestRealm(): void {
  let spy: MockInstance<SubtleCrypto["digest"]> | undefined;
  beforeAll(() => {
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    spy = vi.spyOn(crypto.subtle, "digest").mockImplementation(async (algorithm, data) => {
      const result = await digest(algorithm, data);
      const copy = new ArrayBuffer(result.byteLength);
      new Uint8Array(copy).set(new Uint8Array(result));
      return copy;
    });
  });
  afterAll(() => spy?.mockRestore());
}
