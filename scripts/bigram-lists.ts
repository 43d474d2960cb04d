/**
 * The tail both tables of bigrams share (`word-bigrams.ts`, `english-bigrams.ts`): where each
 * word's bigrams begin (uint32 × (n + 1)), then every list in word order (uint32 each, as packed
 * by the caller), written into `buffer` from byte `at`.
 */
export function writeBigramLists(buffer: Buffer, at: number, lists: readonly number[][]): void {
  const n = lists.length;
  let k = 0;
  lists.forEach((list, id) => {
    buffer.writeUInt32LE(k, at + 4 * id);
    for (const packed of list) buffer.writeUInt32LE(packed, at + 4 * (n + 1) + 4 * k++);
  });
  buffer.writeUInt32LE(k, at + 4 * n);
}
