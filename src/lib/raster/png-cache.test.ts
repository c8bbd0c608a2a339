import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngCache, pngCacheKey } from './png-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env['PNG_CACHE'];
});
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'png-cache-'));
  dirs.push(d);
  return join(d, 'cache');
};

describe('pngCacheKey', () => {
  it('changes with the rasteriser, the options (the zoom among them) and the SVG', () => {
    const k = pngCacheKey('v1', '<svg/>', '{"zoom":1}');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(pngCacheKey('v1', '<svg/>', '{"zoom":1}')).toBe(k);
    for (const other of [
      pngCacheKey('v2', '<svg/>', '{"zoom":1}'),
      pngCacheKey('v1', '<svg/>', '{"zoom":2}'),
      pngCacheKey('v1', '<svg />', '{"zoom":1}'),
    ])
      expect(other).not.toBe(k);
  });
});

describe('pngCache', () => {
  it('gives back what was written, nothing for an unknown key, and is off with PNG_CACHE=off', () => {
    const dir = newDir();
    const cache = pngCache(dir)!;
    expect(cache.read('a')).toBeNull();
    cache.write('a', Buffer.from('png a'));
    expect(cache.read('a')?.toString()).toBe('png a');
    expect(readdirSync(dir)).toEqual(['a.png']);
    process.env['PNG_CACHE'] = 'off';
    expect(pngCache(dir)).toBeNull();
  });

  it('removes the least recently used beyond its size, a PNG read counting as used', () => {
    const dir = newDir();
    const cache = pngCache(dir)!;
    const old = (key: string, secondsAgo: number) => {
      const t = new Date(Date.now() - secondsAgo * 1000);
      utimesSync(join(dir, `${key}.png`), t, t);
    };
    for (const key of ['a', 'b', 'c']) cache.write(key, Buffer.alloc(10));
    old('a', 300);
    old('b', 200);
    old('c', 100);
    cache.read('a'); // used now: the most recent
    expect(cache.prune(20)).toBe(1);
    expect(existsSync(join(dir, 'a.png'))).toBe(true);
    expect(existsSync(join(dir, 'b.png'))).toBe(false);
    expect(existsSync(join(dir, 'c.png'))).toBe(true);
    expect(pngCache(join(dir, 'missing'))!.prune()).toBe(0);
  });
});
