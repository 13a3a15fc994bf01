// Invented person names built from syllables: pronounceable, clearly synthetic, unique per world.
import type { Rng } from './random.js';

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'ch', 'sh', 'kr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm'];

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += ONSETS[rng.int(0, ONSETS.length - 1)] + VOWELS[rng.int(0, VOWELS.length - 1)] + (i === syllables - 1 ? CODAS[rng.int(0, CODAS.length - 1)] : '');
  return w[0].toUpperCase() + w.slice(1);
}

export function nameMaker(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = `${word(rng, rng.int(1, 2))} ${word(rng, rng.int(2, 3))}`;
      if (!used.has(name)) { used.add(name); return name; }
    }
  };
}
