// Every string of the interface: its shape is declared here once, the words are in one file per
// language (it.ts, en.ts), each of which `satisfies` this type. Namespaces follow the pages and
// components that use them: a view reads `t(lang).city.lead`, the explorer's browser script imports
// the `explorer` namespace of each language file and nothing else. Programme texts (objective
// wording, action titles, kinds of intervention, target groups) come from the reference data, not
// from here. Figures about the programme are the programme's facts, with their source (see
// src/lib/programme.ts).
import type { Lang } from './locales.ts';
import { en } from './en.ts';
import { it } from './it.ts';

/** A namespace's plain texts: each key a string. */
type Texts<K extends string> = Record<K, string>;

export type Strings = {
  /** The site's identity (Layout, Embed, every page's eyebrow). */
  site: Texts<'name' | 'tagline' | 'programme' | 'programmeShort' | 'priority'>;
  /** Layout.astro's chrome: skip link, menus, language switch, footer. */
  layout: Texts<
    | 'skip'
    | 'menu'
    | 'breadcrumb'
    | 'languageSwitch'
    | 'languageSwitchShort'
    | 'languageName'
    | 'footerAbout'
    | 'footerCode'
  >;
  /** The sections of the site, as menu items, breadcrumbs and list titles. */
  nav: Texts<
    | 'home'
    | 'objectives'
    | 'objective'
    | 'actions'
    | 'action'
    | 'cities'
    | 'city'
    | 'targetGroups'
    | 'targetGroup'
    | 'projects'
    | 'project'
    | 'methods'
    | 'glossary'
    | 'about'
    | 'search'
    | 'accessibility'
    | 'beneficiaries'
  >;
  /** The demonstration-data banner and marks (Layout, About, figures). */
  demo: Texts<'title' | 'banner' | 'more' | 'mark'>;
  /** Words every page may use. */
  common: Texts<
    'referenceDate' | 'notAvailable' | 'notClassified' | 'source' | 'sources' | 'licence' | 'total' | 'none'
  >;
  /** Allocated, cost, committed, paid: key figures (Kpis), their definitions (FunnelDefs) and the funnel chart. */
  funnel: Texts<
    | 'allocated'
    | 'cost'
    | 'committed'
    | 'paid'
    | 'allocatedDef'
    | 'costDef'
    | 'committedDef'
    | 'paidDef'
    | 'title'
    | 'titleCost'
    | 'ofAllocated'
    | 'ofCost'
    | 'projectsCount'
  > & {
    missingFigures: (c: number, p: number) => string;
  };
  /** The home page and its charts (the city × action matrix too). */
  home: Texts<
    | 'lead'
    | 'totalLabel'
    | 'totalShare'
    | 'totalSource'
    | 'inTheData'
    | 'explore'
    | 'mapTitle'
    | 'byObjectiveTitle'
    | 'byActionTitle'
    | 'byCityTitle'
    | 'matrixHeading'
    | 'matrixTitle'
    | 'matrixLead'
  > & {
    matrixSummary: (city: string, action: string, value: string, zero: number) => string;
  };
  /** The comparison chart that opens each index page (Lists, Beneficiaries). */
  lists: Texts<
    | 'compareCities'
    | 'compareActions'
    | 'compareObjectives'
    | 'compareGroups'
    | 'groupsNote'
    | 'beneficiariesNote'
    | 'naturalPersons'
  > & {
    naturalNotShown: (cost: string) => string;
    groupsSummary: (group: string, cost: string, n: number, projects: string) => string;
    projects: (n: number, text: string) => string;
    topBeneficiaries: (n: number) => string;
    beneficiariesSummary: (name: string, cost: string) => string;
  };
  /** A specific objective's page (its target groups also on the action page). */
  objective: Texts<'wording' | 'description' | 'whoFor' | 'actions' | 'targetGroups'> & {
    unclassifiedNote: (n: number) => string;
  };
  /** An action's page. */
  action: Texts<'interventions' | 'interventionsLead'>;
  /** A city's page and its charts. */
  city: Texts<'regionLabel' | 'categoryLabel' | 'categoryLD' | 'categoryMD' | 'compareTitle' | 'allocationByAction'> & {
    lead: (region: string, cat: string) => string;
    compareText: (city: string, pos: string, n: number, paidRate: string, median: string) => string;
  };
  /** A target group's page and its chart (ocNote also on the list of groups). */
  targetGroup: Texts<'whoTitle' | 'inText' | 'objectives' | 'moneyTitle'> & {
    ocNote: (n: number) => string;
  };
  /** Lists of projects: the projects index, a city's full table, TopProjects. */
  projects: Texts<'fullListByCity' | 'none' | 'indexLead'> & {
    top: (n: number, total: number) => string;
    allOf: (name: string) => string;
    ofCity: (c: string) => string;
    more: (n: number, nText: string, c: string) => string;
  };
  /** A project's page. */
  project: Texts<
    | 'record'
    | 'funnel'
    | 'location'
    | 'cost'
    | 'ocLink'
    | 'naturalPerson'
    | 'naturalPersonNote'
    | 'indicators'
    | 'indicatorsLead'
    | 'noIndicators'
  > & {
    sourceRow: (file: string, row: number) => string;
    sourceKinds: Record<string, string>;
    actionSources: Record<string, string>;
    indicatorCols: string[];
    statuses: Record<string, string>;
  };
  /** The fields of a project's record (the project page; what changed between releases). */
  fields: Texts<
    | 'code'
    | 'cup'
    | 'title'
    | 'description'
    | 'city'
    | 'objective'
    | 'action'
    | 'beneficiary'
    | 'taxCode'
    | 'targetGroups'
    | 'cost'
    | 'eu'
    | 'commitments'
    | 'payments'
    | 'start'
    | 'plannedEnd'
    | 'actualEnd'
    | 'status'
    | 'category'
    | 'coordinates'
    | 'updated'
    | 'source'
    | 'sourceKind'
    | 'eligibleCost'
    | 'actionSource'
  >;
  /** Data-quality flags (project page, tables of projects, methods). */
  quality: Texts<'title' | 'none' | 'short'> & {
    flags: Record<string, string>;
    count: (n: number) => string;
  };
  /** The indicators of a group of projects: objective, action and city pages (Indicators.astro) and their chart. */
  indicators: Texts<'title' | 'chartTitle' | 'planned' | 'achieved' | 'xLabel' | 'notReportedNote' | 'chartNote'> & {
    lead: (where: string, withIndicators: string, total: string) => string;
    without: (n: string) => string;
    split: (codes: string) => string;
    none: (where: string) => string;
    whereCity: (name: string) => string;
    whereAction: (code: string) => string;
    whereObjective: (code: string) => string;
    cols: string[];
    projectsLink: (n: string, code: string) => string;
    summary: (n: number, high: string, low: string) => string;
    summaryNotReported: (n: string) => string;
    at: (code: string, share: string) => string;
  };
  /** Column headings of tables of projects and of figures. */
  columns: Texts<
    | 'project'
    | 'city'
    | 'action'
    | 'beneficiary'
    | 'cost'
    | 'amount'
    | 'paid'
    | 'status'
    | 'share'
    | 'projects'
    | 'name'
    | 'code'
  >;
  /** Every figure: its data table, source, sharing, citation (Figure.astro, src/figures/). */
  figures: Texts<
    | 'data'
    | 'csv'
    | 'share'
    | 'metadata'
    | 'embedPage'
    | 'citation'
    | 'embedCode'
    | 'accessHelp'
    | 'citeNoYear'
    | 'millionsEuro'
    | 'thousandsEuro'
    | 'paidShort'
  > & {
    source: (date: string | null) => string;
    citeDates: (ref: string | null) => string;
    sumLargestSmallest: (l: string, lv: string, ls: string, s: string, sv: string, ss: string) => string;
    sumTotal: (t: string, n: number) => string;
    sumFunnel: (a: string, c: string, cs: string, p: string, ps: string) => string;
    sumFunnelNoAlloc: (a: string, c: string, cs: string, p: string, ps: string) => string;
  };
  /** Descriptions of the columns of a figure's CSV, in its metadata.json (src/figures/). */
  figureColumns: Texts<
    | 'step'
    | 'demo'
    | 'amount'
    | 'city'
    | 'region'
    | 'action'
    | 'objective'
    | 'cityShare'
    | 'projects'
    | 'targetGroup'
    | 'beneficiary'
    | 'projectsNaming'
    | 'costNaming'
    | 'indicator'
    | 'unit'
    | 'planned'
    | 'achieved'
    | 'achievedShare'
    | 'indicatorProjects'
    | 'notReported'
  > & {
    cityAction: (action: string) => string;
    stepShare: (of: string) => string;
    money: (def: string) => string;
    paidShare: (base: string) => string;
  };
  /** A figure's embeddable page (Embed.astro). */
  embed: Texts<'open' | 'newWindow' | 'data' | 'demo'>;
  /** The search page. */
  search: Texts<'lead' | 'noJs'>;
  /** The methods page. */
  methods: Texts<'title'>;
  /** The page about the data. */
  about: Texts<'title'>;
  /** The accessibility statement. */
  accessibility: Texts<'title'>;
  /** The 404 page. */
  notFound: Texts<'title' | 'text' | 'backHome'>;
  /** What changed: the list of releases of the data (Changes.astro). */
  changes: Texts<'title' | 'lead' | 'none' | 'caption' | 'colReferenceDate' | 'colCompare' | 'first' | 'current'> & {
    onlyOne: (date: string) => string;
    since: (date: string) => string;
  };
  /** What changed in one release (Release.astro; its title also on Changes.astro). */
  release: Texts<
    | 'summaryTitle'
    | 'new'
    | 'removed'
    | 'changed'
    | 'moneyTitle'
    | 'byCityTitle'
    | 'byActionTitle'
    | 'units'
    | 'unclassifiedNote'
    | 'colStep'
    | 'colBefore'
    | 'colAfter'
    | 'colDifference'
    | 'colChanges'
    | 'newLead'
    | 'removedLead'
    | 'csv'
    | 'unchanged'
  > & {
    title: (date: string) => string;
    fromTo: (from: string, to: string) => string;
    lead: (from: string, to: string) => string;
    projectsCount: (before: string, after: string) => string;
    colAt: (date: string) => string;
    changedLead: (fields: string) => string;
  };
  /** The Atom feeds of the releases (src/feeds.ts) and the links to them (Layout, City). */
  feeds: Texts<'subtitle' | 'priority' | 'follow' | 'demo' | 'demoTag'> & {
    title: (where: string) => string;
    followCity: (city: string) => string;
    entry: (date: string) => string;
    counts: (a: number, r: number, c: number) => string;
    money: (cost: string, committed: string, paid: string) => string;
  };
  /**
   * Spending over time: the line chart of commitments and payments at each release (src/figures/catalogue.ts
   * timelineFigure).
   */
  timeline: Texts<'title' | 'how' | 'colDate' | 'dateDef' | 'committedDef' | 'paidDef' | 'changesLink'> & {
    summary: (from: string, to: string, n: number, c0: string, c1: string, p0: string, p1: string) => string;
    summaryOne: (date: string, c: string, p: string) => string;
    titleOf: (where: string) => string;
  };
  /**
   * Every page's footer (Layout.astro): reporting an error, the accessibility declaration; and where each is explained.
   */
  footer: Texts<
    | 'reportError'
    | 'declaration'
    | 'declarationPending'
    | 'reportTitle'
    | 'reportConfigured'
    | 'reportNotConfigured'
    | 'reportHow'
    | 'declarationTitle'
    | 'declarationNotConfigured'
    | 'declarationConfigured'
  >;
  /** Links out to other public sites, made only from official identifiers (Project.astro). */
  links: Texts<'title' | 'lead' | 'opencup' | 'inventedCup'>;
  /** Citing the data: the release a citation names and its frozen copy (figures, downloads). */
  cite: Texts<'datasetsTitle' | 'datasetsLead' | 'datasetsName'> & {
    release: (date: string, url: string) => string;
  };
  /**
   * The explorer (Explorer.astro, and the browser script src/client/explorer.ts, which imports this namespace alone).
   */
  /** The beneficiaries' pages (Beneficiaries, Beneficiary). */
  beneficiaries: Texts<
    | 'title'
    | 'lead'
    | 'multiNote'
    | 'ranking'
    | 'colRank'
    | 'colName'
    | 'colTaxCode'
    | 'colProjects'
    | 'colCities'
    | 'one'
    | 'kindLegal'
    | 'byCity'
    | 'byAction'
    | 'naturalRow'
  > & {
    topShare: (n: number, share: string) => string;
    natural: (n: number, projects: string, cost: string) => string;
    projectsOf: (name: string) => string;
    caption: (name: string, what: string) => string;
    inCities: (n: number) => string;
  };
  /**
   * What a page says of itself when it is shared (src/figures/page-share.ts): its description, share image and the
   * chart downloads.
   */
  pageShare: Texts<
    | 'svg'
    | 'png'
    | 'svgLabel'
    | 'pngLabel'
    | 'projectsIndex'
    | 'changes'
    | 'methods'
    | 'glossary'
    | 'about'
    | 'dictionary'
    | 'accessibility'
    | 'search'
    | 'notFound'
    | 'siteImageAlt'
  > & {
    /** "Napoli: 78,27 M€ assegnati, 53% impegnato, 31% pagato; 120 progetti." */
    funnel: (name: string, allocated: string, committed: string, paid: string, projects: string) => string;
    /** The same where there is no allocation: cost instead. */
    funnelCost: (name: string, cost: string, committed: string, paid: string, projects: string) => string;
    home: (allocated: string, committed: string, paid: string, projects: string, cities: number) => string;
    /** "120 progetti", "1 progetto". */
    projects: (n: number, formatted: string) => string;
    /** An index page: how many, and the largest. */
    compare: (title: string, n: number, largest: string, value: string, byCost: boolean) => string;
    cityProjects: (city: string, projects: string, cost: string) => string;
    project: (code: string, city: string, cost: string, committed: string, paid: string, status: string) => string;
    beneficiaries: (n: string, cost: string) => string;
    beneficiary: (name: string, projects: string, cost: string, cities: number) => string;
    /** The share image's alternative text: the page's title and what the chart shows. */
    imageAlt: (title: string, chart: string) => string;
  };
  explorer: Texts<
    | 'title'
    | 'indicator'
    | 'noIndicators'
    | 'intro'
    | 'filters'
    | 'search'
    | 'city'
    | 'objective'
    | 'action'
    | 'targetGroup'
    | 'status'
    | 'cost'
    | 'costMin'
    | 'costMax'
    | 'year'
    | 'quality'
    | 'sort'
    | 'apply'
    | 'reset'
    | 'notClassified'
    | 'noGroups'
    | 'notAvailable'
    | 'noStart'
    | 'loading'
    | 'loadError'
    | 'none'
    | 'pages'
    | 'prev'
    | 'next'
    | 'colProject'
    | 'colCity'
    | 'colAction'
    | 'colBeneficiary'
    | 'colCost'
    | 'colPaid'
    | 'colStart'
    | 'colStatus'
    | 'download'
    | 'downloadDemo'
    | 'xlsxFull'
    | 'xlsxFullNote'
    | 'preparing'
    | 'failed'
  > & {
    sortOptions: Record<string, string>;
    count: (n: string) => string;
    countOf: (n: string, total: string) => string;
    caption: (n: string, page: number, pages: number) => string;
    pageOf: (p: number, n: number) => string;
    statuses: Record<string, string>;
    flags: Record<string, string>;
    flagsCount: (n: number) => string;
    /** The charts of the selection, drawn above the list (src/client/explorer-charts.ts). */
    charts: Texts<
      | 'title'
      | 'intro'
      | 'funnelAllocated'
      | 'funnelCost'
      | 'error'
      | 'byCity'
      | 'byAction'
      | 'byStatus'
      | 'funnel'
      | 'funnelFromCost'
      | 'millionsEuro'
      | 'paidShort'
      | 'allocated'
      | 'cost'
      | 'committed'
      | 'paid'
      | 'demoMark'
    > & {
      /** A bar's accessible name: what it is, its figures, and what pressing it does. */
      bar: (label: string, cost: string, projects: string, paid: string, selected: boolean) => string;
      /** What the live region says once the charts are redrawn. */
      summary: (base: string, baseName: string, committed: string, paid: string) => string;
    };
    downloadLead: (n: string) => string;
    formats: Record<string, string>;
    ready: (file: string) => string;
  };
};

export const STRINGS: Record<Lang, Strings> = { it, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
