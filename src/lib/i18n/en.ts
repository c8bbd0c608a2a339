// Every string of the interface in English, by namespace; the type they satisfy, with what each
// namespace is for, is in strings.ts, and it.ts has the same keys.
import type { Strings } from './strings.ts';
import { plural } from './plural.ts';

const n1 = (n: number, one: string, other: string) => plural('en', n, one, other);

/** A project's state, the source's Italian word as key: on the project page, tables and in the explorer. */
const statuses = {
  'Non avviato': 'Not started',
  'In corso': 'In progress',
  Concluso: 'Completed',
  Liquidato: 'Paid out (liquidato)',
};

/** The demonstration mark drawn in every chart (the explorer's charts included). */
const demoMark = 'Demonstration data – not real figures';

// The explorer's namespace first, on its own: the browser script (src/client/explorer.ts) imports
// it alone, and the bundler leaves the rest of this file out of the explorer's JavaScript.
export const explorer = {
  title: 'Explore and filter the projects',
  intro:
    'Pick one or more values: within a group they are alternatives, across groups they all apply. The number beside each value is how many projects you would get by adding it, given the other filters. The page address keeps the selection: copy it to share it.',
  filters: 'Filters',
  search: 'Search title, code or beneficiary',
  city: 'City',
  objective: 'Specific objective',
  action: 'Action',
  targetGroup: 'Target groups',
  status: 'Status',
  cost: 'Total cost (euro)',
  costMin: 'From',
  costMax: 'To',
  year: 'Start year',
  quality: 'Data-quality flags',
  indicator: 'Indicators',
  noIndicators: 'no indicator reported',
  sort: 'Sort by',
  sortOptions: {
    '-costo': 'Cost, highest first',
    costo: 'Cost, lowest first',
    '-pagato': 'Payments, highest first',
    pagato: 'Payments, lowest first',
    '-data': 'Start date, newest first',
    data: 'Start date, oldest first',
    titolo: 'Title, A-Z',
    '-titolo': 'Title, Z-A',
  },
  apply: 'Apply filters',
  reset: 'Clear filters',
  notClassified: 'not classified',
  noGroups: 'not given (OpenCoesione)',
  notAvailable: 'not available',
  noStart: 'no date',
  loading: 'Loading the list of projects…',
  loadError: 'The filters could not be loaded: the full list below still works.',
  count: (n: string) => (n === '1' ? '1 project' : `${n} projects`),
  countOf: (n: string, total: string) => `${n} of ${total} ${total === '1' ? 'project' : 'projects'}`,
  caption: (n: string, page: number, pages: number) =>
    `Selected projects: ${n}${pages > 1 ? ` – page ${page} of ${pages}` : ''}`,
  none: 'No project matches the chosen filters.',
  pages: 'Result pages',
  prev: 'Previous page',
  next: 'Next page',
  pageOf: (p: number, n: number) => `Page ${p} of ${n}`,
  colProject: 'Project',
  colCity: 'City',
  colAction: 'Action',
  colBeneficiary: 'Beneficiary',
  colCost: 'Cost',
  colPaid: 'Paid',
  colStart: 'Start',
  colStatus: 'Status',
  statuses,
  flags: {
    'payments-above-cost': 'Payments above cost',
    'commitments-above-cost': 'Commitments above cost',
    'cup-missing': 'CUP missing',
    'cup-malformed': 'CUP malformed',
    stale: 'Stale record',
  },
  charts: {
    title: 'Charts of the selection',
    intro:
      'The cost of the projects (light bar), commitments (medium bar) and payments (thin bar), in million euro. Like the numbers beside the filters, the chart by city shows every city given the other filters, and so do those by action and by status: selected values are hatched, in bold and marked ▶. Click a bar, or press Enter or Space on it, to add it to the filters or take it off.',
    funnelAllocated:
      'The allocation is set per city and action: the first chart compares it with commitments and payments because the selection only uses filters by city, objective and action.',
    funnelCost:
      'The allocation is set per city and action only: with the filters chosen (target groups, status, year, quality, cost, text or projects not classified) it cannot be compared, and the first chart starts from the cost of the selected projects.',
    error: 'The charts could not be drawn: the list and the filters still work.',
    byCity: 'Cost by city',
    byAction: 'Cost by action',
    byStatus: 'Cost by implementation status',
    funnel: 'From allocation to payments',
    funnelFromCost: 'From cost to payments',
    millionsEuro: 'million euro',
    paidShort: 'paid',
    allocated: 'Allocation',
    cost: 'Cost of the projects',
    committed: 'Commitments',
    paid: 'Payments',
    demoMark,
    bar: (label, cost, projects, paid, selected) =>
      `${label}: ${cost}, ${projects === '1' ? '1 project' : `${projects} projects`}, ${paid} paid. ${selected ? 'Selected: press to remove the filter.' : 'Press to add it to the filters.'}`,
    summary: (base, baseName, committed, paid) =>
      `Charts updated. ${baseName}: ${base}; commitments ${committed}; payments ${paid}.`,
  },
  flagsCount: (n: number) => (n === 1 ? '1 flag' : `${n} flags`),
  download: 'Download this selection',
  downloadLead: (n: string) =>
    `${n === '1' ? 'The selected project' : `The ${n} selected projects`}, with the main columns of the projects dataset (same names and codes).`,
  downloadDemo: 'This is demonstration data: the file names and metadata say so.',
  formats: {
    csv: 'CSV (UTF-8, comma)',
    'excel-csv': 'CSV for Italian Excel',
    json: 'JSON with metadata',
    xlsx: 'Excel (XLSX)',
  },
  xlsxFull: 'Excel (XLSX) of all projects',
  xlsxFullNote: 'An Excel file of the selection alone cannot be made in this browser: the link downloads all projects.',
  preparing: 'Preparing the file…',
  ready: (file: string) => `File ready: ${file}.`,
  failed: 'The file could not be made.',
} satisfies Strings['explorer'];

export const en = {
  site: {
    name: 'Social inclusion',
    tagline: 'Where the money of Priority 4 of PN Metro Plus 2021-2027 goes',
    programme: 'PN Metro Plus e città medie Sud 2021-2027',
    programmeShort: 'PN Metro Plus 2021-2027',
    priority: 'Priority 4 – Social inclusion',
  },
  layout: {
    skip: 'Skip to main content',
    menu: 'Main menu',
    breadcrumb: 'Breadcrumb',
    languageSwitch: 'Versione italiana',
    languageSwitchShort: 'IT',
    languageName: 'Italiano',
    footerAbout:
      'Open data on Priority 4 "Social inclusion" of the National Programme Metro plus e città medie Sud 2021-2027.',
    footerCode: 'Site code and data',
  },
  nav: {
    beneficiaries: 'Beneficiaries',
    home: 'Home',
    objectives: 'Specific objectives',
    objective: 'Specific objective',
    actions: 'Actions',
    action: 'Action',
    cities: 'Cities',
    city: 'City',
    targetGroups: 'Target groups',
    targetGroup: 'Target group',
    projects: 'Projects',
    project: 'Project',
    methods: 'Methods',
    glossary: 'Glossary',
    about: 'The data',
    search: 'Search',
    accessibility: 'Accessibility statement',
  },
  demo: {
    title: 'Demonstration data',
    banner:
      'The amounts, projects and beneficiaries on these pages are invented to show how the site works: they are not programme data.',
    more: 'How they were made',
    mark: demoMark,
  },
  common: {
    referenceDate: 'Data as of',
    notAvailable: 'not available',
    notClassified: 'not classified',
    source: 'Source',
    sources: 'Sources',
    licence: 'Licence',
    total: 'Total',
    none: 'None.',
  },
  funnel: {
    allocated: 'Allocated',
    cost: 'Project cost',
    committed: 'Committed',
    paid: 'Paid',
    allocatedDef:
      'the resources assigned to the city or action in the allocation data (EU share plus national co-financing).',
    costDef: 'the total public cost of the projects selected so far.',
    committedDef: 'legally binding obligations entered into for the projects (contracts, awards).',
    paidDef: 'the money actually paid to beneficiaries up to the reference date.',
    title: 'From allocation to payments',
    titleCost: 'From project cost to payments',
    missingFigures: (c: number, p: number) =>
      `${[
        c > 0 ? `${n1(c, 'one project has', `${c} projects have`)} no commitments figure` : '',
        p > 0 ? `${n1(p, 'one project has', `${p} projects have`)} no payments figure` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./, (x) => x.toUpperCase())}. These amounts are missing, not counted as zero.`,
    ofAllocated: 'of the allocation',
    ofCost: 'of the cost',
    projectsCount: 'Projects',
  },
  home: {
    lead: 'Priority 4 uses the European Social Fund Plus (ESF+) and national money to fund job inclusion, social services, housing and help for homeless people in 14 metropolitan cities.',
    totalLabel: 'Priority 4 resources',
    totalShare: "28% of the programme's total",
    totalSource: "Source: the programme's text (page updated 5 November 2025):",
    inTheData: 'In the data published here',
    explore: 'Explore by',
    mapTitle: 'Priority 4 allocation by city',
    byObjectiveTitle: 'Allocation and spending by specific objective',
    byActionTitle: 'Allocation and spending by action',
    byCityTitle: 'Allocation and spending by city',
    matrixHeading: 'Cities and actions',
    matrixTitle: 'Allocation by city and action, in millions of euro',
    matrixLead:
      "Each cell is a city's allocation for one action, in millions of euro; the darker, the higher. Each cell opens the list of that city's projects under that action.",
    matrixSummary: (city: string, action: string, value: string, zero: number) =>
      `The highest allocation is ${city}'s for action ${action}: ${value}.${zero > 0 ? ` ${zero === 1 ? 'One combination of city and action has' : `${zero} combinations of city and action have`} no allocation.` : ''}`,
  },
  lists: {
    compareCities: 'The cities compared',
    compareActions: 'The actions compared',
    compareObjectives: 'The specific objectives compared',
    compareGroups: 'Projects and cost by target group',
    groupsNote:
      "Each bar counts the projects that name the group: a project that names two groups counts in both, so the groups' figures do not add up.",
    beneficiariesNote:
      'Natural persons are counted together in one row, "Natural persons", and never named. A project with several beneficiaries counts in full for each.',
    naturalPersons: 'Natural persons',
    naturalNotShown: (cost: string) =>
      `Natural persons, counted together and never named, are not among them: their projects cost ${cost}. A project with several beneficiaries counts in full for each.`,
    groupsSummary: (group: string, cost: string, n: number, projects: string) =>
      `The group with the highest cost is ${group}: ${n1(n, 'one project names', `${projects} projects name`)} it, ${cost}.`,
    projects: (n: number, text: string) => `${text} ${n1(n, 'project', 'projects')}`,
    topBeneficiaries: (n: number) => `The ${n} beneficiaries with the highest cost of projects`,
    beneficiariesSummary: (name: string, cost: string) =>
      `The highest cost is that of the projects of ${name}: ${cost}.`,
  },
  objective: {
    wording: "The objective's wording",
    description: 'What it funds (programme text, Italian)',
    whoFor: "Who it is for, in the programme's words (Italian)",
    actions: 'Actions of this objective',
    targetGroups: 'Target groups the programme names',
    unclassifiedNote: (n: number) =>
      `${n1(n, 'One project of this objective comes', `${n} projects of this objective come`)} from OpenCoesione, which does not give the action: ${n1(n, 'it counts', 'they count')} towards the objective but not towards any single action.`,
  },
  action: {
    interventions: 'Interventions the programme lists',
    interventionsLead: 'The programme lists these kinds of intervention as examples (Italian text):',
  },
  city: {
    lead: (region: string, cat: string) =>
      `Capital municipality and Intermediate Body of the programme. Region: ${region}, a ${cat} region.`,
    regionLabel: 'Region',
    categoryLabel: 'Category of region',
    categoryLD: 'less developed',
    categoryMD: 'more developed',
    compareTitle: 'Compared with the other cities',
    allocationByAction: 'Allocation by action',
    compareText: (city: string, pos: string, n: number, paidRate: string, median: string) =>
      `${city} ranks ${pos} of ${n} cities by allocation. It has paid ${paidRate} of its allocation; the median of the 14 cities is ${median}.`,
  },
  targetGroup: {
    whoTitle: 'Who they are',
    inText: "In the programme's text (Italian)",
    objectives: 'Specific objectives that name them',
    ocNote: (n: number) =>
      `${n > 0 ? `Rows from OpenCoesione carry no target group: ${n1(n, 'one project is', `${n} projects are`)} therefore not attributed to any group. ` : ''}The totals on this page count only projects that name the group; a project may name several groups, so group amounts do not add up.`,
    moneyTitle: 'Cost of projects naming the group, by city',
  },
  projects: {
    top: (n: number, total: number) =>
      total > n ? `The ${n} projects with the highest cost (of ${total})` : `Projects (${total})`,
    allOf: (name: string) => `All projects in ${name}`,
    fullListByCity: 'Full list of projects, city by city',
    none: 'No projects in the data.',
    indexLead: 'All projects, city by city. Each list is a page that works without JavaScript.',
    ofCity: (c: string) => `Projects in ${c}`,
    more: (n: number, nText: string, c: string) =>
      `${n1(n, `The other project in ${c}`, `The other ${nText} projects in ${c}`)}, in the full table`,
  },
  project: {
    record: 'Project record',
    funnel: 'Financial progress',
    location: 'Where',
    cost: 'Total cost',
    ocLink: 'Project page on OpenCoesione',
    sourceRow: (file: string, row: number) => `file ${file}, row ${row}`,
    sourceKinds: {
      allocations: 'allocations',
      projects: 'list of projects (project format)',
      opencoesione: 'OpenCoesione, project export',
      operations: 'official list of operations (Reg. (EU) 2021/1060, art. 49(3))',
      indicators: 'indicators (project format)',
      'opencoesione-indicators': 'OpenCoesione, indicators',
    },
    naturalPerson: 'Natural person',
    naturalPersonNote:
      'Natural persons are never named: Regulation (EU) 2021/1060, art. 49(3), publishes legal entities only.',
    actionSources: {
      input: "the source file's action column",
      'local-code': "the project's local code (city initials, action code, suffix)",
    },
    indicators: 'Indicators',
    indicatorsLead:
      'Planned and achieved values, as the source gives them. Values of different indicators or units are never added.',
    indicatorCols: ['Code', 'Indicator', 'Unit', 'Planned', 'Achieved', '% of planned'],
    noIndicators: 'The source gives no indicators for this project.',
    statuses,
  },
  fields: {
    code: 'Local code',
    cup: 'CUP',
    title: 'Title',
    description: 'Description',
    city: 'City',
    objective: 'Specific objective',
    action: 'Action',
    beneficiary: 'Beneficiary',
    taxCode: "Beneficiary's tax code",
    targetGroups: 'Target groups',
    cost: 'Total cost (public funding)',
    eu: 'EU contribution',
    commitments: 'Commitments',
    payments: 'Payments',
    start: 'Start date',
    plannedEnd: 'Planned end',
    actualEnd: 'Actual end',
    status: 'Status',
    category: 'Type of intervention',
    coordinates: 'Coordinates',
    updated: 'Updated at the source on',
    source: 'Provenance',
    sourceKind: 'Kind of source',
    eligibleCost: 'Eligible expenditure',
    actionSource: 'Where the action comes from',
  },
  quality: {
    title: 'Data-quality flags',
    none: 'No flags.',
    flags: {
      'payments-above-cost': 'Payments exceed the total cost.',
      'commitments-above-cost': 'Commitments exceed the total cost.',
      'cup-missing': 'The CUP is missing.',
      'cup-malformed': 'The CUP does not have the expected form (15 characters).',
      stale: 'The record has not been updated for a long time.',
    },
    short: 'flags',
    count: (n: number) => (n === 1 ? '1 flag' : `${n} flags`),
  },
  indicators: {
    title: 'Indicators',
    lead: (where: string, withIndicators: string, total: string) =>
      `Indicators say what projects produce (for instance how many people take part), with a planned and an achieved value. Each row adds up the values of the projects ${where} that report the indicator, only within one code and one unit of measurement: different indicators, or one indicator in different units, are never added together. ${withIndicators} of ${total} projects report indicators.`,
    without: (n: string) =>
      n === '1'
        ? '1 project reports no indicator: it is counted in no row.'
        : `${n} projects report no indicator: they are counted in no row.`,
    notReportedNote:
      'A planned value with no achieved value counts in the planned total and not in the achieved one (column "Not yet achieved"): the share does not estimate what the projects that have not reported yet have done.',
    split: (codes: string) => `${codes}: given in more than one unit of measurement, one row per unit.`,
    none: (where: string) => `No project ${where} reports indicators.`,
    whereCity: (name: string) => `in ${name}`,
    whereAction: (code: string) => `of action ${code}`,
    whereObjective: (code: string) => `of objective ${code}`,
    cols: ['Code', 'Indicator', 'Unit', 'Planned', 'Achieved', '% of planned', 'Projects', 'Not yet achieved'],
    projectsLink: (n: string, code: string) => `${n} projects with indicator ${code}, in the list of projects`,
    chartTitle: 'Achieved against planned',
    planned: 'Planned (100%)',
    achieved: 'Achieved',
    xLabel: '% of planned',
    chartNote: 'Indicators are counted in different units: the bars compare the share achieved, not the quantities.',
    summary: (n: number, high: string, low: string) =>
      n === 1 ? `1 indicator: ${high}.` : `${n} indicators. Furthest along: ${high}; furthest behind: ${low}.`,
    summaryNotReported: (n: string) =>
      n === '1' ? '1 planned value has no achieved value yet.' : `${n} planned values have no achieved value yet.`,
    at: (code: string, share: string) => `${code} at ${share} of planned`,
  },
  columns: {
    project: 'Project',
    city: 'City',
    action: 'Action',
    beneficiary: 'Beneficiary',
    cost: 'Cost',
    amount: 'Amount',
    paid: 'Paid',
    status: 'Status',
    share: 'Share',
    projects: 'Projects',
    name: 'Name',
    code: 'Code',
  },
  figures: {
    data: 'Chart data',
    csv: 'Download the data (CSV)',
    source: (date: string | null) =>
      date
        ? `Source: imported allocation and project data, as of ${date}.`
        : 'Source: imported allocation and project data; reference date not available.',
    share: 'Share and cite',
    metadata: 'Chart metadata (JSON)',
    embedPage: 'Embeddable version',
    citation: 'How to cite',
    embedCode: 'Code to embed the chart in another page',
    accessHelp: 'Replace [access date] with the day you consulted the chart.',
    citeNoYear: 'n.d.',
    citeDates: (ref: string | null) => `reference date: ${ref ?? 'not available'}; accessed: [access date]`,
    sumLargestSmallest: (l: string, lv: string, ls: string, s: string, sv: string, ss: string) =>
      `The largest is ${l} with ${lv} (${ls} of the total); the smallest is ${s} with ${sv} (${ss}).`,
    sumTotal: (t: string, n: number) => `Total: ${t} across ${n} items.`,
    sumFunnel: (a: string, c: string, cs: string, p: string, ps: string) =>
      `Allocated ${a}; committed ${c} (${cs}); paid ${p} (${ps}).`,
    sumFunnelNoAlloc: (a: string, c: string, cs: string, p: string, ps: string) =>
      `Cost ${a}; committed ${c} (${cs}); paid ${p} (${ps}).`,
    millionsEuro: 'million euro',
    thousandsEuro: 'thousand euro',
    paidShort: 'paid',
  },
  figureColumns: {
    step: 'Step: from allocation (or cost) to commitments and payments.',
    demo: "true: the row's figures are demonstration data, invented to show the site; they are not the programme's data.",
    amount: 'Amount of the step, in euro.',
    stepShare: (of: string) => `Amount of the step as a percentage ${of}.`,
    city: 'Metropolitan city.',
    region: 'Region of the metropolitan city.',
    action: 'Action of Priority 4: code and title.',
    objective: 'Specific objective of Priority 4: code and title.',
    money: (def: string) => `${def.charAt(0).toUpperCase()}${def.slice(1)} In euro.`,
    paidShare: (base: string) => `Payments divided by ${base}, as a percentage.`,
    cityShare: "The city's share of all allocations, as a percentage.",
    projects: 'Number of projects.',
    targetGroup: 'Target group.',
    beneficiary: 'Beneficiary (natural persons all in one row, unnamed).',
    projectsNaming: 'Number of projects that name the group (a project may name more than one).',
    costNaming: 'Total cost of the projects that name the group, in euro.',
    cityAction: (action: string) => `The city's allocation for action ${action}, in euro.`,
    indicator: 'Indicator: code and description, as the source gives them.',
    unit: "The indicator's unit of measurement, as the source gives it.",
    planned: 'Sum of the planned values of the projects that report the indicator in this unit.',
    achieved: 'Sum of the achieved values the same projects report; a value not reported does not count.',
    achievedShare: 'Achieved divided by planned, as a percentage.',
    indicatorProjects: 'Number of projects that report the indicator in this unit.',
    notReported: 'Number of projects with a planned value and no achieved value.',
  },
  embed: {
    open: 'Open on the site',
    newWindow: '(opens in a new window)',
    data: 'Data (CSV)',
    demo: 'invented amounts, not programme data.',
  },
  search: {
    lead: 'Search projects, beneficiaries, cities, actions, objectives and target groups. Results can be filtered by city and by action.',
    noJs: 'Search needs JavaScript. Without it, every project is listed by city on the projects page.',
  },
  methods: {
    title: 'Methods and glossary',
  },
  about: {
    title: 'The data: sources, reference date, licence',
  },
  accessibility: {
    title: 'Accessibility statement',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved.',
    backHome: 'Back to the home page',
  },
  changes: {
    title: 'What changed',
    lead: 'Every import of the data is kept as a release, with its reference date. For every release that has an earlier one, a page shows what changed: new, removed and changed projects, and how the money moved per city and per action.',
    none: 'No release of the data has been kept.',
    onlyOne: (date: string) =>
      `So far there is only one release of the data, as of ${date}: there is nothing to compare yet. The page of changes will appear with the next import.`,
    caption: 'Releases of the data, newest first',
    colReferenceDate: 'Reference date',
    colCompare: 'What changed',
    since: (date: string) => `Changes since ${date}`,
    first: 'first release kept',
    current: 'the data published on this site',
  },
  release: {
    title: (date: string) => `What changed as of ${date}`,
    fromTo: (from: string, to: string) => `From ${from} to ${to}`,
    lead: (from: string, to: string) =>
      `A comparison of the data as of ${from} with the data as of ${to}. Projects are matched by their local code, the identifier the sources keep from one export to the next.`,
    summaryTitle: 'In short',
    new: 'New projects',
    removed: 'Removed projects',
    changed: 'Changed projects',
    projectsCount: (before: string, after: string) => `Projects in the data: from ${before} to ${after}`,
    moneyTitle: 'Money before and after',
    byCityTitle: 'Money by city',
    byActionTitle: 'Money by action',
    units: 'Amounts in millions of euro (€m); differences under one million are in thousands of euro (€k).',
    unclassifiedNote:
      'The "not classified" row holds the projects that come from OpenCoesione, which does not give the action.',
    colStep: 'Item',
    colAt: (date: string) => `As of ${date}`,
    colBefore: 'Before',
    colAfter: 'After',
    colDifference: 'Difference',
    colChanges: 'Fields changed (before → after)',
    newLead:
      'Projects in the new release that were not in the earlier one. The link leads to the project page when the project is in the data published today.',
    removedLead:
      'Projects in the earlier release that are no longer in the new one; amounts and status are those of the earlier release.',
    changedLead: (fields: string) => `A project has changed when at least one of these fields has: ${fields}.`,
    csv: 'Download the full list of changes (CSV)',
    unchanged: 'unchanged',
  },
  feeds: {
    title: (where: string) => `What changed in the data: ${where}`,
    subtitle:
      'Every new release of the data on Priority 4 of PN Metro Plus 2021-2027: projects new, removed and changed, and the money.',
    priority: 'Priority 4',
    follow: 'Atom feed',
    followCity: (city: string) => `Follow what changes in the data of ${city} (Atom feed)`,
    entry: (date: string) => `Data as of ${date}`,
    counts: (a: number, r: number, c: number) =>
      `${a} new ${n1(a, 'project', 'projects')}, ${r} removed, ${c} changed.`,
    money: (cost: string, committed: string, paid: string) =>
      `Project cost ${cost}; commitments ${committed}; payments ${paid}.`,
    demo: 'Demonstration data – not real figures.',
    demoTag: 'Demonstration data',
  },
  timeline: {
    title: 'Commitments and payments over time',
    titleOf: (where: string) => `Commitments and payments over time – ${where}`,
    how: 'Each point is a release of the data, a snapshot at its reference date; amounts are cumulative (everything committed or paid up to that date). The line between two points joins them with a straight line: it is not daily data, and between two releases the amounts may have moved in any way.',
    colDate: 'Data release',
    dateDef: 'Reference date of the data release (YYYY-MM-DD): each row is a snapshot of the data at that date.',
    committedDef: 'Commitments to date: the sum of the commitments of every project in the release, in euro.',
    paidDef: 'Payments to date: the sum of the payments of every project in the release, in euro.',
    changesLink: 'What changed at each data release',
    summary: (from: string, to: string, n: number, c0: string, c1: string, p0: string, p1: string) =>
      `From ${from} to ${to} (${n} data releases) commitments to date went from ${c0} to ${c1} and payments to date from ${p0} to ${p1}.`,
    summaryOne: (date: string, c: string, p: string) =>
      `One data release only, at ${date}: commitments ${c}, payments ${p}.`,
  },
  footer: {
    reportError: 'Report an error',
    declaration: 'Accessibility declaration (AgID)',
    declarationPending: 'Accessibility declaration on AgID: address not configured yet',
    reportTitle: 'Reporting an error',
    reportConfigured:
      'The "Report an error" link at the foot of every page opens a report already filled in with the page\'s address: just add what is wrong.',
    reportNotConfigured:
      'No address for reports has been configured for this site yet, so the "Report an error" link leads here.',
    reportHow:
      'A wrong figure of a project or an allocation is corrected at the source, in the files of the administration that publishes them (listed under "Sources" above): the site shows them as it receives them and updates them at every new release. Always give the page\'s address, the project\'s code and what does not add up.',
    declarationTitle: 'Accessibility declaration on AgID',
    declarationNotConfigured:
      "The accessibility declaration is filled in and published on AgID's form.agid.gov.it service. The address of this site's declaration has not been configured yet: until it is, the link at the foot of the pages leads here.",
    declarationConfigured:
      "This site's official accessibility declaration is published on AgID's form.agid.gov.it service:",
  },
  links: {
    title: 'On other public sites',
    lead: "Links made only from the project's official identifiers, never from its name; they open on the sites that publish them.",
    inventedCup:
      'No link to OpenCUP: in this demonstration data the CUP is invented (well formed only) and might be that of another, real project.',
    opencup: 'CUP record on OpenCUP',
  },
  cite: {
    release: (date: string, url: string) => `Data release of ${date}, fixed copy: ${url}`,
    datasetsName:
      'PN Metro Plus 2021-2027, Priority 4 "Social inclusion": open data (allocations, projects, beneficiaries, indicators)',
    datasetsTitle: 'How to cite the data',
    datasetsLead:
      'Cite the data release and its fixed copy, which never changes again: a reader finds exactly the same files.',
  },
  beneficiaries: {
    title: 'Beneficiaries',
    lead: 'Who receives Priority 4 money: every beneficiary entity, recognised by its tax code even when its name is written in different ways, with the cost of its projects.',
    multiNote:
      "A project with several beneficiaries counts in full for each of them: beneficiaries' totals may add up to more than Priority 4's.",
    topShare: (n: number, share: string) =>
      `The top ${n} beneficiaries (legal entities) hold projects worth ${share} of the cost of all Priority 4 projects (each project counted once).`,
    natural: (n: number, projects: string, cost: string) =>
      `Natural persons: ${projects} ${n1(n, 'project', 'projects')}, ${cost} of cost. They are never named: Regulation (EU) 2021/1060, art. 49(3), publishes legal entities only.`,
    naturalRow: 'Natural persons (together, never named)',
    ranking: 'Beneficiaries by cost of their projects',
    colRank: 'No.',
    colName: 'Beneficiary',
    colTaxCode: 'Tax code',
    colProjects: 'Projects',
    colCities: 'Cities',
    one: 'Beneficiary',
    kindLegal: 'legal entity',
    byCity: 'By city',
    byAction: 'By action',
    projectsOf: (name: string) => `Projects of ${name}`,
    caption: (name: string, what: string) => `${name}: ${what}`,
    inCities: (n: number) => (n === 1 ? 'in 1 city' : `in ${n} cities`),
  },
  pageShare: {
    svg: 'SVG',
    png: 'PNG',
    svgLabel: 'Download the chart as SVG',
    pngLabel: 'Download the chart as PNG',
    funnel: (name: string, a: string, c: string, p: string, n: string) =>
      `${name}: ${a} allocated, ${c} committed, ${p} paid; ${n}.`,
    funnelCost: (name: string, a: string, c: string, p: string, n: string) =>
      `${name}: ${n} costing ${a}, ${c} committed, ${p} paid.`,
    home: (a: string, c: string, p: string, n: string, cities: number) =>
      `Priority 4 "Social inclusion" of PN Metro Plus 2021-2027: ${a} allocated to ${cities} metropolitan cities, ${c} committed, ${p} paid; ${n}.`,
    compare: (title: string, n: number, largest: string, value: string, byCost: boolean) =>
      `${title} of Priority 4: ${n} compared by ${byCost ? 'project cost' : 'allocation'}, commitments and payments; first ${largest} with ${value}.`,
    cityProjects: (city: string, n: string, cost: string) =>
      `Every project in ${city}: ${n} costing ${cost}, with action, status, commitments and payments.`,
    project: (code: string, city: string, cost: string, c: string, p: string, status: string) =>
      `Project ${code}, ${city}: cost ${cost}, ${c} committed, ${p} paid; status: ${status}.`,
    beneficiaries: (n: string, cost: string) =>
      `Who receives Priority 4 funds: ${n} beneficiary bodies, with projects costing ${cost}, ranked by cost.`,
    beneficiary: (name: string, n: string, cost: string, cities: number) =>
      `${name}: ${n} of Priority 4 costing ${cost}, ${cities === 1 ? 'in 1 city' : `in ${cities} cities`}.`,
    projects: (n: number, f: string) => (n === 1 ? '1 project' : `${f} projects`),
    projectsIndex:
      'Explore Priority 4 projects by city, objective, action, target group, status and cost, and download the selection.',
    changes:
      'What changed between a release of the Priority 4 data and the one before: new, removed and changed projects, amounts by city and by action.',
    methods:
      "How the site's figures are computed: allocations, commitments, payments, how projects are classified and the data-quality checks by city.",
    glossary:
      'The words of Priority 4 of PN Metro Plus 2021-2027 explained: allocation, commitments, payments, specific objectives, actions, target groups.',
    about:
      'Download the Priority 4 data as CSV, XLSX and JSON, with dictionary, Data Package and DCAT-AP_IT catalogue; sources and licence.',
    dictionary: 'The data dictionary: every column of the Priority 4 downloads, with its type, unit and description.',
    accessibility: 'Accessibility statement of the site on Priority 4 of PN Metro Plus 2021-2027.',
    search: 'Search Priority 4 projects, beneficiaries, cities and actions by name, code or CUP.',
    notFound: 'Page not found.',
    siteImageAlt: 'Priority 4 – Social inclusion of PN Metro Plus 2021-2027',
    imageAlt: (title: string, chart: string) => `${title}: chart "${chart}"`,
  },
  explorer,
} satisfies Strings;
