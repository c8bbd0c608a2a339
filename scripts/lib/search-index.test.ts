import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir, inLanes, searchableLanguage, splitEvenly, writeSearchIndex } from './search-index.ts';
import { sitePages } from './site-pages.ts';

describe('splitEvenly', () => {
  it('makes as few runs as the maximum allows, of nearly equal length, in order', () => {
    expect(splitEvenly([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitEvenly([1, 2, 3, 4, 5], 4)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(splitEvenly([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
    expect(splitEvenly([], 3)).toEqual([]);
    const runs = splitEvenly(
      Array.from({ length: 10_058 }, (_, i) => i),
      8_000,
    );
    expect(runs.map((r) => r.length)).toEqual([5_029, 5_029]);
  });
});

describe('inLanes', () => {
  it('runs every job once, in order, never more than `lanes` at a time', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await inLanes([1, 2, 3, 4, 5], 2, async (j) => {
      started.push(j);
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5 * j));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
  it('fails when a job fails', async () => {
    await expect(
      inLanes([1, 2, 3], 2, async (j) => {
        if (j === 2) throw new Error('job 2');
      }),
    ).rejects.toThrow('job 2');
  });
});

describe('searchableLanguage', () => {
  it('is the <html lang> of a page with data-pagefind-body, null without it', () => {
    expect(searchableLanguage('<html lang="en" dir="ltr"><main data-pagefind-body>x</main>')).toBe('en');
    expect(searchableLanguage('<html lang="it"><main>x</main>')).toBeNull();
    expect(() => searchableLanguage('<html><main data-pagefind-body>x</main>')).toThrow(/lang/);
  });
  it('names the bundles of a language', () => {
    expect([0, 1, 2].map((i) => bundleDir('it', i))).toEqual(['it/', 'it-2/', 'it-3/']);
  });
});

describe('writeSearchIndex', () => {
  it('indexes each language into bundles of at most the given size and lists them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-'));
    const page = (lang: string, title: string, body = true) =>
      `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Testo ${title}.</p></main></body></html>`;
    const files: Record<string, string> = {
      'progetti/a/index.html': page('it', 'Alfa'),
      'progetti/b/index.html': page('it', 'Beta'),
      'progetti/c/index.html': page('it', 'Gamma'),
      'en/projects/a/index.html': page('en', 'Alpha'),
      'index.html': page('it', 'Home', false),
    };
    for (const [f, html] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), html);
    }
    const result = await writeSearchIndex(dir, sitePages(dir), 2);
    expect(result.bundles).toEqual({ en: ['en/'], it: ['it/', 'it-2/'] });
    expect(result.pages).toEqual({ en: 1, it: 3 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual(result.bundles);
    for (const b of ['it/', 'it-2/', 'en/']) {
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind', b, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      // one language per bundle, and the pages split 2 + 1
      expect(Object.keys(entry.languages)).toEqual([b.slice(0, 2)]);
      expect(Object.values(entry.languages)[0]!.page_count).toBe(b === 'it/' ? 2 : 1);
      expect(existsSync(join(dir, 'pagefind', b, 'pagefind-ui.js'))).toBe(true);
    }
  }, 30_000);
});
