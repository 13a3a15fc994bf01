// Which characters of the text a finding already covers, so overlap checks stay linear on long articles.
export class Occupancy<T> {
  private readonly owner: Int32Array;
  private readonly items: T[] = [];

  constructor(length: number) {
    this.owner = new Int32Array(length + 1).fill(-1);
  }

  /** The first finding covering any character of [start, end), if one does. */
  at(start: number, end: number): T | undefined {
    for (let i = Math.max(0, start); i < end && i < this.owner.length; i++) if (this.owner[i] >= 0) return this.items[this.owner[i]];
    return undefined;
  }

  take(start: number, end: number, item: T): void {
    const id = this.items.push(item) - 1;
    for (let i = Math.max(0, start); i < end && i < this.owner.length; i++) if (this.owner[i] < 0) this.owner[i] = id;
  }
}
