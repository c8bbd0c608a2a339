// Atom 1.0 (RFC 4287) feeds, written as text: a feed with its id, title, links, author and
// updated date, and entries with stable ids. Every date comes from the data (a release's
// reference date), never from the clock, so the same data gives the same bytes.

export type AtomEntry = {
  /** A permanent IRI: the same entry keeps it in every build. */
  id: string;
  title: string;
  /** YYYY-MM-DD: the date the entry's data refers to. */
  updated: string;
  /** The HTML page the entry is about. */
  link: string;
  /** Plain text. */
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  /** The feed's own URL. */
  self: string;
  /** The HTML page the feed follows. */
  alternate: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** The feed's XML. `updated` is its newest entry's date (or the epoch's first day when it has none). */
export function atomXml(f: AtomFeed): string {
  const newest = f.entries.reduce<string | null>((m, e) => (m === null || e.updated > m ? e.updated : m), null);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${esc(f.lang)}">`,
    `  <id>${esc(f.id)}</id>`,
    `  <title>${esc(f.title)}</title>`,
    `  <subtitle>${esc(f.subtitle)}</subtitle>`,
    `  <updated>${stamp(newest ?? '1970-01-01')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(f.alternate)}"/>`,
    `  <author><name>${esc(f.author)}</name></author>`,
    `  <rights>${esc(f.rights)}</rights>`,
    ...f.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${esc(e.id)}</id>`,
      `    <title>${esc(e.title)}</title>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${esc(e.link)}"/>`,
      `    <summary type="text">${esc(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
