import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

const draw = (seed: number, stream: string, n = 50): number[] => {
  const random = createRandom(seed, stream);
  return Array.from({ length: n }, () => random.float());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    expect(draw(42, 'a')).toEqual(draw(42, 'a'));
  });

  it('gives different sequences for different seeds, streams, and seeds beyond 32 bits', () => {
    expect(draw(42, 'a')).not.toEqual(draw(43, 'a'));
    expect(draw(42, 'a')).not.toEqual(draw(42, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(1 + 2 ** 32, 'a'));
  });

  it('keeps numbers in range and spreads them', () => {
    const random = createRandom(7, 'range');
    const ints = Array.from({ length: 5000 }, () => random.int(3, 8));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(8);
    const floats = Array.from({ length: 5000 }, () => random.float());
    expect(floats.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = floats.reduce((s, x) => s + x, 0) / floats.length;
    expect(mean).toBeGreaterThan(0.47);
    expect(mean).toBeLessThan(0.53);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = createRandom(1, 'shuffle').shuffle(input);
    expect(input).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(shuffled).not.toEqual(input);
  });

  it('refuses a seed it cannot represent exactly', () => {
    expect(() => createRandom(1.5, 'x')).toThrow(RangeError);
    expect(() => createRandom(2 ** 60, 'x')).toThrow(RangeError);
  });
});
