// The DCAT-AP_IT catalogue of the datasets and their distributions, in JSON-LD with an inline
// @context, generated from the same dataset definitions as the downloads. Following
// tests/standards/README.md: every node is typed dcat:* (the DCAT-AP shapes' targets) as well as
// dcatapit:*, and every object carries its class in the graph (foaf:Agent, skos:Concept with
// skos:prefLabel, dct:Frequency, dct:MediaTypeOrExtent, dct:LicenseDocument, vcard:Kind,
// foaf:Document), since no ontology or vocabulary is loaded. Dates are xsd:date.
import type { DatasetDefinition, Text } from './datasets.ts';
import { FORMAT_IDS, FORMATS, fileName, type FormatId } from './formats.ts';
import { demonstrationNotice, isDemonstration, type Publication } from './metadata.ts';

export const JSONLD_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority/';
const ITALY = `${EU}country/ITA`;

/** EU data themes used here, with their labels in the EU vocabulary. */
export const THEMES = {
  SOCI: { it: 'Popolazione e società', en: 'Population and society' },
  GOVE: { it: 'Governo e settore pubblico', en: 'Government and public sector' },
} as const;
export type ThemeCode = keyof typeof THEMES;

/** EU frequency codes and their labels (http://publications.europa.eu/resource/authority/frequency/). */
export const FREQUENCIES = {
  IRREG: { it: 'irregolare', en: 'irregular' },
  UNKNOWN: { it: 'sconosciuta', en: 'unknown' },
  MONTHLY_2: { it: 'bimestrale', en: 'bimonthly' },
  MONTHLY_4: { it: 'quadrimestrale', en: 'every four months' },
  ANNUAL: { it: 'annuale', en: 'annual' },
} as const;
export type FrequencyCode = keyof typeof FREQUENCIES;

export type CatalogOptions = {
  /** Path of the catalogue file under siteUrl; its IRI is the base of the datasets' IRIs. */
  catalogPath?: string;
  /** Folder of the download files under siteUrl. */
  downloadsPath?: string;
  title?: Text;
  description?: Text;
  /** How often the data is updated (EU frequency code); default IRREG: no schedule is promised. */
  frequency?: FrequencyCode;
  /** Themes of each dataset; default SOCI and GOVE. */
  themes?: (def: DatasetDefinition) => ThemeCode[];
  /** The catalogue's and datasets' dct:modified (YYYY-MM-DD); default the data's reference date. */
  modified?: string | null;
};

/** Where the files are, relative to siteUrl, unless the options say otherwise. */
export const DEFAULT_PATHS = { catalogPath: 'dati/catalogo.jsonld', downloadsPath: 'dati/' } as const;

const DEFAULTS = {
  ...DEFAULT_PATHS,
  title: {
    it: 'PN Metro Plus 2021-2027, Priorità 4 "Inclusione sociale": catalogo dei dati aperti',
    en: 'PN Metro Plus 2021-2027, Priority 4 "Social inclusion": open data catalogue',
  },
  description: {
    it: 'Dati aperti sulla Priorità 4 "Inclusione sociale" del PN Metro Plus e città medie Sud 2021-2027: dotazioni per città e azione, progetti, città, azioni, obiettivi specifici, destinatari e segnalazioni sulla qualità dei dati.',
    en: 'Open data on Priority 4 "Social inclusion" of PN Metro Plus e città medie Sud 2021-2027: allocations by city and action, projects, cities, actions, specific objectives, target groups and data-quality flags.',
  },
};

type Node = Record<string, unknown>;

const lang = (t: Text) => [
  { '@value': t.it, '@language': 'it' },
  { '@value': t.en, '@language': 'en' },
];
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
const ref = (id: string) => ({ '@id': id });

/** The catalogue as a JSON-LD document (an object; serialise with JSON.stringify(x, null, 2)). */
export function dcatCatalog(defs: readonly DatasetDefinition[], pub: Publication, options: CatalogOptions = {}): Node {
  const site = new URL(pub.siteUrl);
  const catalogIri = new URL(options.catalogPath ?? DEFAULTS.catalogPath, site).href;
  const downloads = new URL(options.downloadsPath ?? DEFAULTS.downloadsPath, site);
  const modified = options.modified === undefined ? pub.meta.referenceDate : options.modified;
  const frequency = options.frequency ?? 'IRREG';
  const themesOf = options.themes ?? (() => ['SOCI', 'GOVE'] as ThemeCode[]);
  const publisherIri = `${catalogIri}#publisher`;
  const contactIri = `${catalogIri}#contact-point`;
  const licenceIri = pub.licence.iri ?? pub.licence.url;
  const homepage = site.href;

  const graph: Node[] = [];
  const datasetIris: string[] = [];
  const usedThemes = new Set<ThemeCode>();
  const usedFormats = new Set<string>();

  for (const def of defs) {
    const iri = `${catalogIri}#dataset-${def.id}`;
    datasetIris.push(iri);
    const themes = themesOf(def);
    themes.forEach((t) => usedThemes.add(t));
    const demo = isDemonstration(def, pub.meta);
    const description: Text = demo
      ? {
          it: `${def.description.it} ${demonstrationNotice(pub.meta)}`,
          en: `${def.description.en} Demonstration data, not real records.`,
        }
      : def.description;
    const distributions = FORMAT_IDS.map((f: FormatId): Node => {
      const fmt = FORMATS[f];
      usedFormats.add(fmt.euFileType);
      const url = new URL(fileName(def.id, f), downloads).href;
      return {
        '@id': `${catalogIri}#distribution-${def.id}-${f}`,
        '@type': ['dcat:Distribution', 'dcatapit:Distribution'],
        'dct:title': lang({ it: `${def.title.it} – ${fmt.title.it}`, en: `${def.title.en} – ${fmt.title.en}` }),
        'dct:description': lang({
          it: `${def.title.it}, file ${fmt.title.it}.`,
          en: `${def.title.en}, ${fmt.title.en} file.`,
        }),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dct:format': ref(`${EU}file-type/${fmt.euFileType}`),
        'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${fmt.mediaType}`),
        'dct:license': ref(licenceIri),
        ...(modified ? { 'dct:modified': date(modified) } : {}),
      };
    });
    graph.push(
      {
        '@id': iri,
        '@type': ['dcat:Dataset', 'dcatapit:Dataset'],
        'dct:identifier': def.id,
        'dct:title': lang(def.title),
        'dct:description': lang(description),
        ...(modified ? { 'dct:modified': date(modified) } : {}),
        'dcat:theme': themes.map((t) => ref(`${EU}data-theme/${t}`)),
        'dct:publisher': ref(publisherIri),
        'dct:rightsHolder': ref(publisherIri),
        'dct:accrualPeriodicity': ref(`${EU}frequency/${frequency}`),
        'dct:language': [ref(`${EU}language/ITA`), ref(`${EU}language/ENG`)],
        'dct:spatial': ref(ITALY),
        'dcat:contactPoint': ref(contactIri),
        'dcat:keyword': [
          { '@value': 'PN Metro Plus', '@language': 'it' },
          { '@value': 'inclusione sociale', '@language': 'it' },
          { '@value': 'social inclusion', '@language': 'en' },
        ],
        'dcat:distribution': distributions.map((d) => ref(d['@id'] as string)),
      },
      ...distributions,
    );
  }

  const catalog: Node = {
    '@id': catalogIri,
    '@type': ['dcat:Catalog', 'dcatapit:Catalog'],
    'dct:title': lang(options.title ?? DEFAULTS.title),
    'dct:description': lang(options.description ?? DEFAULTS.description),
    'dct:publisher': ref(publisherIri),
    ...(modified ? { 'dct:modified': date(modified) } : {}),
    'foaf:homepage': ref(homepage),
    'dct:language': [ref(`${EU}language/ITA`), ref(`${EU}language/ENG`)],
    'dcat:themeTaxonomy': ref(`${EU}data-theme`),
    'dct:spatial': ref(ITALY),
    'dct:license': ref(licenceIri),
    'dcat:dataset': datasetIris.map(ref),
  };

  const shared: Node[] = [
    { '@id': homepage, '@type': 'foaf:Document' },
    {
      '@id': publisherIri,
      '@type': ['foaf:Agent', 'dcatapit:Agent'],
      'foaf:name': { '@value': pub.publisher, '@language': 'it' },
    },
    {
      '@id': contactIri,
      '@type': ['vcard:Organization', 'vcard:Kind', 'dcatapit:Organization'],
      'vcard:fn': pub.publisher,
      'vcard:hasURL': ref(homepage),
    },
    {
      '@id': `${EU}data-theme`,
      '@type': 'skos:ConceptScheme',
      'dct:title': { '@value': 'Data theme', '@language': 'en' },
    },
    ...[...usedThemes].map((t) => ({
      '@id': `${EU}data-theme/${t}`,
      '@type': 'skos:Concept',
      'skos:prefLabel': lang(THEMES[t]),
      'skos:inScheme': ref(`${EU}data-theme`),
    })),
    { '@id': `${EU}frequency/${frequency}`, '@type': 'dct:Frequency', 'skos:prefLabel': lang(FREQUENCIES[frequency]) },
    { '@id': ITALY, '@type': 'dct:Location', 'skos:prefLabel': lang({ it: 'Italia', en: 'Italy' }) },
    ...['ITA', 'ENG'].map((l) => ({ '@id': `${EU}language/${l}`, '@type': 'dct:LinguisticSystem' })),
    ...[...usedFormats].map((f) => ({ '@id': `${EU}file-type/${f}`, '@type': 'dct:MediaTypeOrExtent' })),
    ...[...new Set(FORMAT_IDS.map((f) => FORMATS[f].mediaType))].map((m) => ({
      '@id': `https://www.iana.org/assignments/media-types/${m}`,
      '@type': 'dct:MediaType',
    })),
    {
      '@id': licenceIri,
      '@type': 'dct:LicenseDocument',
      'foaf:name': pub.licence.title,
      'dct:title': pub.licence.title,
    },
  ];

  return { '@context': JSONLD_CONTEXT, '@graph': [catalog, ...shared, ...graph] };
}
