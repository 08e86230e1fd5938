// Test helper: a Storage (the localStorage interface) in memory, shared between "pane restarts" in a test.

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }

  /** Everything stored, for asserting what did (not) reach storage. */
  dump(): string {
    return JSON.stringify([...this.items]);
  }
}
