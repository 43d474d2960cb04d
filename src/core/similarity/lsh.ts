/**
 * Locality-sensitive hashing over MinHash signatures: a signature is cut into `bands` bands of
 * `rows` slots; two signatures become candidates when any band is equal. With 32 bands of 4 rows
 * the chance of becoming candidates is `1 − (1 − J⁴)³²`: 0.95 at Jaccard 0.55, above 0.999 at
 * 0.7, under 0.01 at 0.13. Lookups cost O(bands) and never compare against the whole index.
 */
import { IntTable } from './bucket-table';
import { mix32 } from './hash32';
import type { Signature } from './minhash';

/** Bands per signature by default. */
export const DEFAULT_BANDS = 32;
/** Rows (signature slots) per band by default; `bands × rows` ≤ signature length. */
export const DEFAULT_ROWS = 4;

export interface LshOptions {
  /** Number of bands; default {@link DEFAULT_BANDS}. */
  readonly bands?: number;
  /** Slots per band; default {@link DEFAULT_ROWS}. */
  readonly rows?: number;
}

/**
 * One 32-bit key per band of `signature`: equal bands give equal keys; different bands collide
 * with probability about 2⁻³². The keys are small enough to store in an archive index.
 *
 * @throws RangeError when the signature is shorter than `bands × rows`.
 */
export function bandKeys(signature: Signature, options: LshOptions = {}): Int32Array {
  const bands = options.bands ?? DEFAULT_BANDS;
  const rows = options.rows ?? DEFAULT_ROWS;
  if (signature.length < bands * rows) {
    throw new RangeError(`signature of ${signature.length} slots < ${bands} bands × ${rows} rows`);
  }
  return writeBandKeys(signature, bands, rows, new Int32Array(bands));
}

/** Writes the `bands` keys of `signature` into `keys` (see `bandKeys`) and returns it. */
function writeBandKeys(
  signature: Signature,
  bands: number,
  rows: number,
  keys: Int32Array,
): Int32Array {
  for (let b = 0; b < bands; b++) {
    let h = 0x2545f491 ^ b;
    for (let r = 0; r < rows; r++) h = mix32(h ^ signature[b * rows + r]);
    keys[b] = h;
  }
  return keys;
}

/**
 * An LSH index of MinHash signatures under caller-chosen ids (block indices in an issue,
 * `issue#paragraph` strings in an archive). Memory is O(items × bands): a hash table from
 * (band, band key) to the newest entry of that bucket, and one "next in bucket" link per entry.
 */
export class LshIndex<Id> {
  private readonly bands: number;
  private readonly rows: number;
  /** Per band: band key → newest entry of the bucket; an entry is `item × bands + band`. */
  private readonly heads: IntTable[];
  /** For each entry, the next older entry of the same bucket, or -1. */
  private links = new Int32Array(1024);
  private readonly ids: Id[] = [];
  /** Band keys of the signature being filed by `candidatesThenAdd`. */
  private scratch: Int32Array | undefined;

  /**
   * @param expected how many signatures will be added, when known: the bucket tables are made
   *   that large at once instead of growing (and rehashing) on the way.
   */
  constructor(options: LshOptions = {}, expected = 0) {
    this.bands = options.bands ?? DEFAULT_BANDS;
    this.rows = options.rows ?? DEFAULT_ROWS;
    this.heads = Array.from({ length: this.bands }, () => new IntTable(Math.max(1024, expected)));
    if (expected * this.bands > this.links.length)
      this.links = new Int32Array(expected * this.bands);
  }

  /**
   * `candidates(signature, limit)`, then `add(id, signature)`: the band keys computed once, in
   * a buffer the index keeps (a scan of an issue queries and files every paragraph in turn).
   */
  candidatesThenAdd(id: Id, signature: Signature, limit = Number.POSITIVE_INFINITY): Id[] {
    if (signature.length < this.bands * this.rows) {
      bandKeys(signature, { bands: this.bands, rows: this.rows }); // throws the RangeError
    }
    this.scratch ??= new Int32Array(this.bands);
    const keys = writeBandKeys(signature, this.bands, this.rows, this.scratch);
    const found = this.candidatesOfKeys(keys, limit);
    this.addKeys(id, keys);
    return found;
  }

  /** Number of `add` calls so far. */
  get size(): number {
    return this.ids.length;
  }

  /** Files `signature` under `id`. Adding the same id twice lists it twice in its buckets. */
  add(id: Id, signature: Signature): void {
    this.addKeys(id, bandKeys(signature, { bands: this.bands, rows: this.rows }));
  }

  /** Files precomputed band keys (from `bandKeys` with this index's options) under `id`. */
  addKeys(id: Id, keys: Int32Array): void {
    const item = this.ids.length;
    this.ids.push(id);
    const needed = (item + 1) * this.bands;
    if (needed > this.links.length) {
      const grown = new Int32Array(Math.max(needed, 2 * this.links.length));
      grown.set(this.links);
      this.links = grown;
    }
    for (let b = 0; b < this.bands; b++) {
      const entry = item * this.bands + b;
      this.links[entry] = this.heads[b].get(keys[b]);
      this.heads[b].set(keys[b], entry);
    }
  }

  /**
   * The distinct ids that share at least one band with `signature`, band by band and within a
   * band newest first. At most `limit` ids are returned and at most `limit` entries of each
   * bucket are read, so a query costs O(bands × limit) however crowded a bucket is (a paragraph
   * repeated thousands of times cannot make a scan quadratic).
   */
  candidates(signature: Signature, limit = Number.POSITIVE_INFINITY): Id[] {
    return this.candidatesOfKeys(
      bandKeys(signature, { bands: this.bands, rows: this.rows }),
      limit,
    );
  }

  /** As `candidates`, from precomputed band keys. */
  candidatesOfKeys(keys: Int32Array, limit = Number.POSITIVE_INFINITY): Id[] {
    const found = new Set<number>();
    for (let b = 0; b < this.bands && found.size < limit; b++) {
      let entry = this.heads[b].get(keys[b]);
      for (let read = 0; entry >= 0 && read < limit && found.size < limit; read++) {
        found.add((entry / this.bands) | 0);
        entry = this.links[entry];
      }
    }
    return [...found].map((item) => this.ids[item]);
  }
}
