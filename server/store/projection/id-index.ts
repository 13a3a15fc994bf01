// Event index by id for the projection: an open-addressing hash table of event indexes in one
// Int32Array, the ids themselves staying in the table's `ids`. A Map of a million ids took
// about 58 MB of heap (its capacity doubles past 2^20 entries); this takes 8 MB.

/** FNV-1a over UTF-16 code units: stable, and cheap enough for a million ids at load. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class IdIndex {
  /** Slots hold event index + 1; 0 is empty. Kept at most half full. */
  private slots = new Int32Array(1024);
  private count = 0;

  constructor(private readonly ids: readonly string[]) {}

  get(id: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let at = hashOf(id) & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === 0) return undefined;
      if (this.ids[slot - 1] === id) return slot - 1;
    }
  }

  /** Records that ids[e] is at e; an id already present moves to e. */
  set(e: number): void {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const id = this.ids[e], mask = this.slots.length - 1;
    for (let at = hashOf(id) & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === 0) { this.slots[at] = e + 1; this.count++; return; }
      if (this.ids[slot - 1] === id) { this.slots[at] = e + 1; return; }
    }
  }

  /** Forgets every entry (before a renumbering sets them again), keeping the capacity. */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.count = 0;
    for (const slot of old) if (slot !== 0) this.set(slot - 1);
  }
}
