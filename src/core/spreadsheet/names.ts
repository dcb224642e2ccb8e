/** Entries found by what people write in a cell: their id or their name, in any case. */
export class Names {
  readonly #ids = new Map<string, string>();

  add(id: string, name?: unknown): void {
    this.#ids.set(id.toLowerCase(), id);
    if (typeof name === 'string' && name.trim()) this.#ids.set(name.trim().toLowerCase(), id);
  }

  find(written: string): string | undefined {
    return this.#ids.get(written.trim().toLowerCase());
  }

  has(id: string): boolean {
    return this.#ids.has(id.toLowerCase());
  }

  /** Every id and name, for suggestions. */
  words(): string[] {
    return [...this.#ids.keys()];
  }
}
