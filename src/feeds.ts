// The Atom feeds a reader follows: one for the priority's releases, one per city. An entry per
// release that has an earlier one: what changed (projects new, removed, changed) and the money
// moved, for the whole priority or the city alone. Ids are the release pages' URLs, dates the
// releases' own, so a feed reader never sees an entry twice. Served at /novita/feed.xml,
// /citta/<slug>/feed.xml and their English twins (feedPath).
import { publication, PUBLISHER } from './downloads.ts';
import { siteData, type City } from './data.ts';
import { atomXml, type AtomEntry } from './lib/feeds/atom.ts';
import { formatDate, t, type Lang } from './lib/i18n/index.ts';
import { routePath } from './routes/table.ts';
import { releaseChanges, releases, signed, formatCompact } from './releases.ts';

/** Root-relative path of a feed: the priority's (no city) or a city's, in a language. */
export function feedPath(lang: Lang, city?: City): string {
  return city ? routePath(lang, { name: 'cityFeed', slug: city.slug }) : routePath(lang, { name: 'feed' });
}

/** The feed of the priority, or of one city, as Atom XML. */
export function releasesFeed(lang: Lang, city?: City): string {
  const w = t(lang).feeds;
  const pub = publication();
  const site = pub.siteUrl;
  const abs = (path: string) => new URL(path.replace(/^\//, ''), site).href;
  const demo = siteData().meta.demonstration;
  const entries: AtomEntry[] = [];
  for (const r of [...releases()].reverse()) {
    const c = releaseChanges(r.date);
    if (!c) continue;
    const inCity = <T extends { city: string }>(xs: readonly T[]) =>
      city ? xs.filter((x) => x.city === city.istat) : xs;
    const money = city ? c.diff.byCity.get(city.istat) : c.diff.total;
    const delta = (k: 'cost' | 'committed' | 'paid') =>
      signed(money ? money[k][1] - money[k][0] : 0, formatCompact, lang);
    const page = abs(routePath(lang, { name: 'release', date: r.date }));
    entries.push({
      id: city ? `${page}#${city.slug}` : page,
      title: `${demo ? `[${w.demoTag}] ` : ''}${w.entry(formatDate(r.date, lang))}${city ? ` – ${city.name}` : ''}`,
      updated: r.date,
      link: page,
      summary: [
        w.counts(
          inCity(c.diff.added).length,
          inCity(c.diff.removed).length,
          c.diff.changed.filter((x) => !city || x.after.city === city.istat).length,
        ),
        w.money(delta('cost'), delta('committed'), delta('paid')),
        ...(demo ? [w.demo] : []),
      ].join(' '),
    });
  }
  const where = city ? city.name : w.priority;
  return atomXml({
    id: abs(feedPath(lang, city)),
    title: `${t(lang).site.name} – ${w.title(where)}`,
    subtitle: w.subtitle,
    lang,
    self: abs(feedPath(lang, city)),
    alternate: abs(city ? routePath(lang, { name: 'city', slug: city.slug }) : routePath(lang, { name: 'changes' })),
    author: PUBLISHER,
    rights: pub.licence.title,
    entries,
  });
}
