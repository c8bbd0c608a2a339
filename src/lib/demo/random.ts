// Seeded pseudo-random numbers for the demonstration dataset. Math.random cannot be seeded, and
// the same flags must give byte-identical files, so the generator carries its own PRNG (sfc32,
// a small fast counter generator that passes PractRand) seeded through splitmix32.

export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** Approximately standard normal (Irwin-Hall of 4 uniforms): no transcendental functions, so
   *  the value is the same on every platform. */
  normal(): number;
}

/** FNV-1a, to turn a stream label into 32 bits. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/**
 * A generator for one named stream of one seed. Each part of the dataset draws from its own
 * stream, so changing how many numbers one part draws does not reshuffle every other part.
 */
export function createRandom(seed: number, stream: string): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x9e3779b1) ^ hashLabel(stream));
  let a = mix();
  let b = mix();
  let c = mix();
  let counter = 1;

  const next32 = (): number => {
    const t = (((a + b) >>> 0) + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // sfc32's first outputs are still close to the seed; the authors discard a dozen.
  for (let i = 0; i < 12; i++) next32();

  const float = (): number => next32() / 0x1_0000_0000;
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`empty range [${min}, ${max}]`);
    return min + Math.floor(float() * (max - min + 1));
  };
  return {
    float,
    int,
    between: (min, max) => min + float() * (max - min),
    chance: (probability) => float() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let target = float() * total;
      for (let i = 0; i < items.length; i++) {
        target -= weights[i] ?? 0;
        if (target < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    normal: () => (float() + float() + float() + float() - 2) * Math.sqrt(3),
  };
}
