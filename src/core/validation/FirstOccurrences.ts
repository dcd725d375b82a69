/**
 * Where each text was first seen, for texts added one after the other (the duplicate-`ID` check: every row's ID
 * of a whole plan). An open-addressing table sized once for the texts to come, instead of a `Map`: a `Map` of
 * 85,000 IDs grows by doubling, and its inserts took ≈ 100 ms of the core bench (more than any rule), where this
 * table, allocated once, takes a few milliseconds (measured on the bench's IDs, same machine).
 */
export class FirstOccurrences {
  /** 1 + the entry's position in `texts`, 0 for a free slot. */
  private slots: Int32Array;
  private mask: number;
  private readonly texts: string[] = [];
  private readonly places: number[] = [];

  /** `expected`: how many texts will be added (more are accepted, the table then grows). */
  constructor(expected: number) {
    const size = FirstOccurrences.sizeFor(expected);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * Where `text` was first seen; the first time, remembers `place` for it and answers -1. `place` is a
   * non-negative number chosen by the caller.
   */
  firstOrAdd(text: string, place: number): number {
    const { slots, texts, mask } = this;
    let at = FirstOccurrences.hash(text) & mask;
    for (;;) {
      const entry = slots[at];
      if (entry === 0) break;
      if (texts[entry - 1] === text) return this.places[entry - 1];
      at = (at + 1) & mask;
    }
    texts.push(text);
    this.places.push(place);
    slots[at] = texts.length;
    if (texts.length * 2 > slots.length) this.grow();
    return -1;
  }

  /** Twice as many slots, the texts placed again. */
  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.texts.forEach((text, index) => {
      let at = FirstOccurrences.hash(text) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = index + 1;
    });
    this.slots = slots;
    this.mask = mask;
  }

  /** At least two slots per text, a power of two. */
  private static sizeFor(expected: number): number {
    let size = 16;
    while (size < expected * 2) size *= 2;
    return size;
  }

  /** FNV-1a over the UTF-16 code units. */
  private static hash(text: string): number {
    let hash = 0x811c9dc5;
    for (let at = 0; at < text.length; at++)
      hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    return hash;
  }
}
