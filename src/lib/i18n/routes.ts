// Route names of each language. Codes and slugs are the same in both languages, so a link
// made in one language differs from its twin only in the route name:
// /citta/napoli/ <-> /en/cities/napoli/, /azioni/4.4.8.1/ <-> /en/actions/4.4.8.1/.
// Paths are root-relative and end with '/'; src/site.ts prefixes the base path.
import type { Lang } from './locales.ts';

export type Route =
  | { name: 'home' }
  | { name: 'objectives' } | { name: 'objective'; code: string }
  | { name: 'actions' } | { name: 'action'; code: string }
  | { name: 'cities' } | { name: 'city'; slug: string }
  | { name: 'targetGroups' } | { name: 'targetGroup'; code: string }
  | { name: 'projects' } | { name: 'cityProjects'; slug: string } | { name: 'project'; id: string }
  | { name: 'changes' } | { name: 'release'; date: string }
  | { name: 'methods' } | { name: 'glossary' } | { name: 'about' } | { name: 'accessibility' } | { name: 'search' } | { name: 'dictionary' }
  | { name: 'notFound' };

type Section = Exclude<Route['name'], 'dictionary' | 'home' | 'objective' | 'action' | 'city' | 'targetGroup' | 'cityProjects' | 'project' | 'release'>;

export const SEGMENTS: Record<Lang, Record<Section, string>> = {
  it: {
    objectives: 'obiettivi', actions: 'azioni', cities: 'citta', targetGroups: 'destinatari', projects: 'progetti',
    methods: 'metodi', glossary: 'glossario', about: 'dati', accessibility: 'accessibilita', search: 'cerca', notFound: '404',
    changes: 'novita',
  },
  en: {
    objectives: 'objectives', actions: 'actions', cities: 'cities', targetGroups: 'target-groups', projects: 'projects',
    methods: 'methods', glossary: 'glossary', about: 'data', accessibility: 'accessibility', search: 'search', notFound: '404',
    changes: 'changes',
  },
};

/** The URL slug of a specific objective: ESO4.8 -> eso4-8. */
export function objectiveSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}

/** Root-relative path of a route in a language, e.g. routePath('en', {name:'city', slug:'napoli'}) = '/en/cities/napoli/'. */
export function routePath(lang: Lang, r: Route): string {
  const s = SEGMENTS[lang];
  const prefix = lang === 'it' ? '/' : '/en/';
  switch (r.name) {
    case 'home': return prefix;
    case 'objective': return `${prefix}${s.objectives}/${objectiveSlug(r.code)}/`;
    case 'action': return `${prefix}${s.actions}/${r.code}/`;
    case 'city': return `${prefix}${s.cities}/${r.slug}/`;
    case 'targetGroup': return `${prefix}${s.targetGroups}/${r.code}/`;
    case 'cityProjects': return `${prefix}${s.projects}/${lang === 'it' ? 'citta' : 'cities'}/${r.slug}/`;
    case 'project': return `${prefix}${s.projects}/${r.id}/`;
    case 'dictionary': return lang === 'it' ? '/dati/dizionario/' : '/en/data/dictionary/';
    case 'release': return `${prefix}${s.changes}/${r.date}/`;
    case 'notFound': return lang === 'it' ? '/404.html' : '/en/404/';
    default: return `${prefix}${s[r.name]}/`;
  }
}

/** Path of a chart's CSV download: /dati/grafici/<id>.csv, /en/data/charts/<id>.csv. */
export function chartCsvPath(lang: Lang, id: string): string {
  return lang === 'it' ? `/dati/grafici/${id}.csv` : `/en/data/charts/${id}.csv`;
}
