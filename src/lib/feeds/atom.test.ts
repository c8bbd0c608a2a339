import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomXml } from './atom.ts';

const feed = {
  id: 'https://example.org/novita/feed.xml',
  title: 'Novità <&> "citate"',
  subtitle: 's',
  lang: 'it',
  self: 'https://example.org/novita/feed.xml',
  alternate: 'https://example.org/novita/',
  author: 'A & B',
  rights: 'CC BY 4.0',
  entries: [
    {
      id: 'https://example.org/novita/2026-06-30/',
      title: 'Giugno',
      updated: '2026-06-30',
      link: 'https://example.org/novita/2026-06-30/',
      summary: '1 < 2',
    },
    {
      id: 'https://example.org/novita/2026-10-31/',
      title: 'Ottobre',
      updated: '2026-10-31',
      link: 'https://example.org/novita/2026-10-31/',
      summary: 'x',
    },
  ],
};

describe('atomXml', () => {
  const xml = atomXml(feed);
  it('escapes text and is XML a parser reads back', () => {
    expect(xml).toContain('<title>Novità &lt;&amp;&gt; &quot;citate&quot;</title>');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelectorAll('entry')).toHaveLength(2);
    expect(doc.querySelector('title')?.textContent).toBe('Novità <&> "citate"');
  });
  it('dates the feed by its newest entry, never by the clock', () => {
    expect(xml).toMatch(/<feed [^>]*>\n {2}<id>[^<]+<\/id>\n[\s\S]*?<updated>2026-10-31T00:00:00Z<\/updated>/);
    expect(atomXml(feed)).toBe(xml);
    expect(atomXml({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});
