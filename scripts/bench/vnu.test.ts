// The W3C checker step's bookkeeping (no Java needed): which pages it checks, how vnu's messages
// are counted by kind, page type and message.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlPaths, kindOf, pageType, summarise, type VnuMessage } from './vnu.ts';

describe('htmlPaths', () => {
  const dir = mkdtempSync(join(os.tmpdir(), 'vnu-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('lists every HTML file as a site path, index pages as their folder, other files left out', () => {
    for (const f of [
      'index.html',
      '404.html',
      'citta/napoli/index.html',
      'embed/x/index.html',
      'dati/a.csv',
      'favicon.svg',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    expect(htmlPaths(dir)).toEqual(['/404.html', '/citta/napoli/', '/embed/x/', '/']);
  });
});

describe('pageType', () => {
  it('names a page by its route and language', () => {
    expect(pageType('/')).toBe('home (it)');
    expect(pageType('/en/cities/bari/')).toBe('city (en)');
    expect(pageType('/404.html')).toBe('notFound (it)');
    expect(pageType('/progetti/#drawn')).toBe('projects drawn (it)');
  });
});

describe('summarise', () => {
  const origin = 'http://127.0.0.1:1';
  const pathOf = (url: string) => new URL(url).pathname;
  const messages: VnuMessage[] = [
    {
      type: 'error',
      message: 'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
      url: `${origin}/`,
    },
    {
      type: 'error',
      message: 'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
      url: `${origin}/`,
    },
    {
      type: 'error',
      message: 'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
      url: `${origin}/en/`,
    },
    {
      type: 'info',
      subType: 'warning',
      message: 'Inline script violates Content Security Policy',
      url: `${origin}/dati/`,
    },
    { type: 'info', message: 'Trailing slash on void elements', url: `${origin}/dati/` },
    {
      type: 'non-document-error',
      subType: 'io',
      message: 'HTTP resource not retrievable.',
      url: `${origin}/citta/bari/`,
    },
  ];
  const s = summarise(['/', '/en/', '/dati/', '/citta/bari/', '/citta/napoli/'], messages, pathOf, 3);

  it('counts each kind of message; a page vnu could not read is a kind of its own', () => {
    expect(messages.map(kindOf)).toEqual(['error', 'error', 'error', 'warning', 'info', 'io']);
    expect({
      pages: s.pages,
      errors: s.errors,
      warnings: s.warnings,
      info: s.info,
      io: s.io,
      seconds: s.seconds,
    }).toEqual({ pages: 5, errors: 3, warnings: 1, info: 1, io: 1, seconds: 3 });
  });
  it('by page type, pages without a message included', () => {
    expect(s.byPageType['home (it)']).toEqual({ pages: 1, errors: 2, warnings: 0, info: 0, io: 0 });
    expect(s.byPageType['home (en)']).toEqual({ pages: 1, errors: 1, warnings: 0, info: 0, io: 0 });
    expect(s.byPageType['city (it)']).toEqual({ pages: 2, errors: 0, warnings: 0, info: 0, io: 1 });
  });
  it('by message, most frequent first, with the pages it is on', () => {
    expect(s.byMessage[0]).toEqual({
      kind: 'error',
      message: 'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
      count: 3,
      pages: 2,
      first: '/',
    });
    expect(s.byMessage.map((m) => m.kind).sort()).toEqual(['error', 'info', 'io', 'warning']);
  });
  it('refuses a message about a page it was not asked to check', () => {
    expect(() => summarise(['/'], [{ type: 'error', message: 'x', url: `${origin}/other/` }], pathOf)).toThrow(
      /not among/,
    );
  });
});
