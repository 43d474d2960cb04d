import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTrie } from '../../src/core/detectors/misreading/english-trie';

/** Walks `text` from the root: the node it reaches, -1 when no word goes on so. */
const nodeOf = (trie: WordTrie, text: string) => trie.descend(0, text);

describe('WordTrie', () => {
  it('knows its words and their beginnings, nothing else', () => {
    const trie = new WordTrie(['the', 'then', 'there', 'a']);
    expect(trie.isWord(nodeOf(trie, 'the'))).toBe(true);
    expect(trie.isWord(nodeOf(trie, 'th'))).toBe(false);
    expect(nodeOf(trie, 'th')).toBeGreaterThan(0);
    expect(nodeOf(trie, 'tho')).toBe(-1);
    expect(trie.isWord(nodeOf(trie, 'a'))).toBe(true);
    expect(trie.isWord(nodeOf(trie, ''))).toBe(false);
    // A word's end asked with the rest of a form: "the" + "re".
    expect(trie.endsWith(nodeOf(trie, 'the'), 'xxre', 2)).toBe(true);
    expect(trie.endsWith(nodeOf(trie, 'the'), 'xxr', 2)).toBe(false);
    expect(trie.endsWith(nodeOf(trie, 'the'), 'the', 3)).toBe(true);
    expect(trie.child(0, 'é'.charCodeAt(0))).toBe(-1);
  });

  it('answers as a set of words and of their beginnings does (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'o', 'r', 'n'), maxLength: 9 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.array(word, { maxLength: 40 }),
        (words, asks) => {
          const trie = new WordTrie(words);
          const set = new Set(words);
          const prefixes = new Set(words.flatMap((w) => [...w].map((_, n) => w.slice(0, n + 1))));
          for (const ask of asks) {
            const node = nodeOf(trie, ask);
            expect(node >= 0, ask).toBe(ask === '' || prefixes.has(ask));
            expect(trie.isWord(node), ask).toBe(ask !== '' && set.has(ask));
            for (let cut = 0; cut <= ask.length; cut++) {
              expect(trie.endsWith(nodeOf(trie, ask.slice(0, cut)), ask, cut), ask).toBe(
                ask !== '' && set.has(ask),
              );
            }
          }
        },
      ),
    );
  });
});
