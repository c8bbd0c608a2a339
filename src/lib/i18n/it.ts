// Every string of the interface in Italian, by namespace; the type they satisfy, with what each
// namespace is for, is in strings.ts, and en.ts has the same keys.
import type { Strings } from './strings.ts';
import { plural } from './plural.ts';

const n1 = (n: number, one: string, other: string) => plural('it', n, one, other);

/** A project's state, the source's Italian word as key: on the project page, tables and in the explorer. */
const statuses = { 'Non avviato': 'Non avviato', 'In corso': 'In corso', Concluso: 'Concluso', Liquidato: 'Liquidato' };

/** The demonstration mark drawn in every chart (the explorer's charts included). */
const demoMark = 'Dati dimostrativi – non sono dati reali';

// The explorer's namespace first, on its own: the browser script (src/client/explorer.ts) imports
// it alone, and the bundler leaves the rest of this file out of the explorer's JavaScript.
export const explorer = {
  title: 'Esplora e filtra i progetti',
  intro:
    "Scegli uno o più valori: dentro un gruppo valgono in alternativa, tra gruppi si sommano. Il numero accanto a ogni valore dice quanti progetti troveresti aggiungendolo, con gli altri filtri attivi. L'indirizzo della pagina conserva la selezione: copialo per condividerla.",
  filters: 'Filtri',
  search: 'Cerca nel titolo, nel codice o nel beneficiario',
  city: 'Città',
  objective: 'Obiettivo specifico',
  action: 'Azione',
  targetGroup: 'Destinatari',
  status: 'Stato',
  cost: 'Costo totale (euro)',
  costMin: 'Da',
  costMax: 'A',
  year: 'Anno di inizio',
  quality: 'Segnalazioni sulla qualità dei dati',
  indicator: 'Indicatori',
  noIndicators: 'nessun indicatore riportato',
  sort: 'Ordina per',
  sortOptions: {
    '-costo': 'Costo, dal più alto',
    costo: 'Costo, dal più basso',
    '-pagato': 'Pagamenti, dal più alto',
    pagato: 'Pagamenti, dal più basso',
    '-data': 'Data di inizio, dalla più recente',
    data: 'Data di inizio, dalla più vecchia',
    titolo: 'Titolo, A-Z',
    '-titolo': 'Titolo, Z-A',
  },
  apply: 'Applica i filtri',
  reset: 'Azzera i filtri',
  notClassified: 'non classificato',
  noGroups: 'non indicati (OpenCoesione)',
  notAvailable: 'non disponibile',
  noStart: 'senza data',
  loading: "Caricamento dell'elenco dei progetti…",
  loadError: "Non è stato possibile caricare i filtri: l'elenco qui sotto resta completo.",
  count: (n: string) => (n === '1' ? '1 progetto' : `${n} progetti`),
  countOf: (n: string, total: string) => `${n} ${n === '1' ? 'progetto' : 'progetti'} su ${total}`,
  caption: (n: string, page: number, pages: number) =>
    `Progetti selezionati: ${n}${pages > 1 ? ` – pagina ${page} di ${pages}` : ''}`,
  none: 'Nessun progetto corrisponde ai filtri scelti.',
  pages: 'Pagine dei risultati',
  prev: 'Pagina precedente',
  next: 'Pagina successiva',
  pageOf: (p: number, n: number) => `Pagina ${p} di ${n}`,
  colProject: 'Progetto',
  colCity: 'Città',
  colAction: 'Azione',
  colBeneficiary: 'Beneficiario',
  colCost: 'Costo',
  colPaid: 'Pagato',
  colStart: 'Inizio',
  colStatus: 'Stato',
  statuses,
  flags: {
    'payments-above-cost': 'Pagamenti oltre il costo',
    'commitments-above-cost': 'Impegni oltre il costo',
    'cup-missing': 'CUP mancante',
    'cup-malformed': 'CUP malformato',
    stale: 'Record non aggiornato',
  },
  charts: {
    title: 'Grafici della selezione',
    intro:
      'Il costo dei progetti (barra chiara), gli impegni (barra media) e i pagamenti (barra sottile), in milioni di euro. Come i numeri accanto ai filtri, il grafico per città mostra ogni città con gli altri filtri attivi, e così quelli per azione e per stato: le voci selezionate sono tratteggiate, in grassetto e segnate con ▶. Un clic su una barra, o Invio o la barra spaziatrice, la aggiunge ai filtri o la toglie.',
    funnelAllocated:
      'La dotazione è assegnata per città e azione: il primo grafico la confronta con impegni e pagamenti perché la selezione usa solo filtri per città, obiettivo e azione.',
    funnelCost:
      'La dotazione è assegnata solo per città e azione: con i filtri scelti (destinatari, stato, anno, qualità, costo, testo o progetti non classificati) non si può confrontare, e il primo grafico parte dal costo dei progetti selezionati.',
    error: "Non è stato possibile disegnare i grafici: l'elenco e i filtri funzionano comunque.",
    byCity: 'Costo per città',
    byAction: 'Costo per azione',
    byStatus: 'Costo per stato di attuazione',
    funnel: 'Dalla dotazione ai pagamenti',
    funnelFromCost: 'Dal costo ai pagamenti',
    millionsEuro: 'milioni di euro',
    paidShort: 'pagato',
    allocated: 'Dotazione',
    cost: 'Costo dei progetti',
    committed: 'Impegni',
    paid: 'Pagamenti',
    demoMark,
    bar: (label, cost, projects, paid, selected) =>
      `${label}: ${cost}, ${projects === '1' ? '1 progetto' : `${projects} progetti`}, ${paid} pagato. ${selected ? 'Selezionato: premi per togliere il filtro.' : 'Premi per aggiungerlo ai filtri.'}`,
    summary: (base, baseName, committed, paid) =>
      `Grafici aggiornati. ${baseName}: ${base}; impegni ${committed}; pagamenti ${paid}.`,
  },
  flagsCount: (n: number) => (n === 1 ? '1 segnalazione' : `${n} segnalazioni`),
  download: 'Scarica questa selezione',
  downloadLead: (n: string) =>
    `${n === '1' ? 'Il progetto selezionato' : `I ${n} progetti selezionati`}, con le colonne principali del dataset dei progetti (stessi nomi e codici).`,
  downloadDemo: 'Sono dati dimostrativi: lo dicono il nome dei file e i metadati.',
  formats: {
    csv: 'CSV (UTF-8, virgola)',
    'excel-csv': 'CSV per Excel in italiano',
    json: 'JSON con metadati',
    xlsx: 'Excel (XLSX)',
  },
  xlsxFull: 'Excel (XLSX) di tutti i progetti',
  xlsxFullNote:
    'Il file Excel della sola selezione non si può creare in questo browser: il link scarica tutti i progetti.',
  preparing: 'Preparazione del file…',
  ready: (file: string) => `File pronto: ${file}.`,
  failed: 'Non è stato possibile creare il file.',
} satisfies Strings['explorer'];

export const it = {
  site: {
    name: 'Inclusione sociale',
    tagline: 'Dove vanno i fondi della Priorità 4 del PN Metro Plus 2021-2027',
    programme: 'PN Metro Plus e città medie Sud 2021-2027',
    programmeShort: 'PN Metro Plus 2021-2027',
    priority: 'Priorità 4 – Inclusione sociale',
  },
  layout: {
    skip: 'Vai al contenuto principale',
    menu: 'Menu principale',
    breadcrumb: 'Percorso di navigazione',
    languageSwitch: 'English version',
    languageSwitchShort: 'EN',
    languageName: 'English',
    footerAbout:
      'Sito di dati aperti sulla Priorità 4 "Inclusione sociale" del Programma Nazionale Metro plus e città medie Sud 2021-2027.',
    footerCode: 'Codice e dati del sito',
  },
  nav: {
    beneficiaries: 'Beneficiari',
    home: 'Home',
    objectives: 'Obiettivi specifici',
    objective: 'Obiettivo specifico',
    actions: 'Azioni',
    action: 'Azione',
    cities: 'Città',
    city: 'Città',
    targetGroups: 'Destinatari',
    targetGroup: 'Destinatari',
    projects: 'Progetti',
    project: 'Progetto',
    methods: 'Metodi',
    glossary: 'Glossario',
    about: 'I dati',
    search: 'Cerca',
    accessibility: 'Dichiarazione di accessibilità',
  },
  demo: {
    title: 'Dati dimostrativi',
    banner:
      'Gli importi, i progetti e i beneficiari mostrati in queste pagine sono inventati per mostrare come funziona il sito: non sono dati del programma.',
    more: 'Come sono stati generati',
    mark: demoMark,
  },
  common: {
    referenceDate: 'Dati aggiornati al',
    notAvailable: 'non disponibile',
    notClassified: 'non classificato',
    source: 'Fonte',
    sources: 'Fonti',
    licence: 'Licenza',
    total: 'Totale',
    none: 'Nessuno.',
  },
  funnel: {
    allocated: 'Dotazione',
    cost: 'Costo dei progetti',
    committed: 'Impegni',
    paid: 'Pagamenti',
    allocatedDef:
      "le risorse assegnate alla città o all'azione nei dati di dotazione (quota UE più cofinanziamento nazionale).",
    costDef: 'il costo pubblico totale dei progetti selezionati finora.',
    committedDef: 'le obbligazioni giuridicamente vincolanti assunte per i progetti (contratti, affidamenti).',
    paidDef: 'le somme effettivamente pagate ai beneficiari fino alla data di riferimento.',
    title: 'Dalla dotazione ai pagamenti',
    titleCost: 'Dal costo dei progetti ai pagamenti',
    missingFigures: (c: number, p: number) =>
      `${[
        c > 0 ? `${n1(c, 'un progetto è', `${c} progetti sono`)} senza il dato degli impegni` : '',
        p > 0 ? `${n1(p, 'un progetto è', `${p} progetti sono`)} senza il dato dei pagamenti` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./, (x) => x.toUpperCase())}. Questi importi mancano: non sono contati come zero.`,
    ofAllocated: 'della dotazione',
    ofCost: 'del costo',
    projectsCount: 'Progetti',
  },
  home: {
    lead: "La Priorità 4 finanzia con il Fondo sociale europeo Plus (FSE+) e con risorse nazionali l'inclusione lavorativa, i servizi sociali, l'abitare e il contrasto alla grave marginalità in 14 città metropolitane.",
    totalLabel: 'Risorse della Priorità 4',
    totalShare: 'pari al 28% della dotazione complessiva del programma',
    totalSource: 'Fonte: testo del programma (pagina aggiornata al 5 novembre 2025):',
    inTheData: 'Nei dati pubblicati qui',
    explore: 'Esplora per',
    mapTitle: 'Dotazione della Priorità 4 per città',
    byObjectiveTitle: 'Dotazione e spesa per obiettivo specifico',
    byActionTitle: 'Dotazione e spesa per azione',
    byCityTitle: 'Dotazione e spesa per città',
    matrixHeading: 'Città e azioni',
    matrixTitle: 'Dotazione per città e azione, in milioni di euro',
    matrixLead:
      "Ogni casella è la dotazione di una città per un'azione, in milioni di euro; più è scura, più è alta. Ogni casella apre l'elenco dei progetti di quella città e di quell'azione.",
    matrixSummary: (city: string, action: string, value: string, zero: number) =>
      `La dotazione più alta è quella di ${city} per l'azione ${action}: ${value}.${zero > 0 ? ` ${zero === 1 ? 'Una combinazione di città e azione non ha' : `${zero} combinazioni di città e azione non hanno`} dotazione.` : ''}`,
  },
  lists: {
    compareCities: 'Le città a confronto',
    compareActions: 'Le azioni a confronto',
    compareObjectives: 'Gli obiettivi specifici a confronto',
    compareGroups: 'Progetti e costo per gruppo di destinatari',
    groupsNote:
      'Ogni barra conta i progetti che nominano il gruppo: un progetto che nomina due gruppi conta in entrambi, quindi i valori dei gruppi non si sommano.',
    beneficiariesNote:
      'Le persone fisiche sono contate tutte insieme in una sola riga, "Persone fisiche", e non sono mai nominate. Un progetto con più beneficiari conta per intero per ciascuno.',
    naturalPersons: 'Persone fisiche',
    naturalNotShown: (cost: string) =>
      `Le persone fisiche, contate tutte insieme e mai nominate, non sono tra questi: i loro progetti costano ${cost}. Un progetto con più beneficiari conta per intero per ciascuno.`,
    groupsSummary: (group: string, cost: string, n: number, projects: string) =>
      `Il gruppo con il costo più alto è ${group}: ${n1(n, 'un progetto', `${projects} progetti`)} che lo ${n1(n, 'nomina', 'nominano')}, ${cost}.`,
    projects: (n: number, text: string) => `${text} ${n1(n, 'progetto', 'progetti')}`,
    topBeneficiaries: (n: number) => `I ${n} beneficiari con il costo dei progetti più alto`,
    beneficiariesSummary: (name: string, cost: string) =>
      `Il costo più alto è quello dei progetti di ${name}: ${cost}.`,
  },
  objective: {
    wording: "Il testo dell'obiettivo",
    description: 'Che cosa finanzia',
    whoFor: 'A chi si rivolge, con le parole del programma',
    actions: "Azioni dell'obiettivo",
    targetGroups: 'Destinatari nominati dal programma',
    unclassifiedNote: (n: number) =>
      `${n1(n, 'Un progetto di questo obiettivo viene', `${n} progetti di questo obiettivo vengono`)} da OpenCoesione, che non indica l'azione: ${n1(n, 'è contato', 'sono contati')} nell'obiettivo ma non in una singola azione.`,
  },
  action: {
    interventions: 'Interventi previsti dal programma',
    interventionsLead: 'Il programma elenca, a titolo di esempio, questi tipi di intervento:',
  },
  city: {
    lead: (region: string, cat: string) =>
      `Comune capoluogo, Organismo intermedio del programma. Regione ${region}, regione ${cat}.`,
    regionLabel: 'Regione',
    categoryLabel: 'Categoria di regione',
    categoryLD: 'meno sviluppata',
    categoryMD: 'più sviluppata',
    compareTitle: 'Confronto con le altre città',
    allocationByAction: 'Dotazione per azione',
    compareText: (city: string, pos: string, n: number, paidRate: string, median: string) =>
      `${city} è ${pos} su ${n} città per dotazione. Ha pagato il ${paidRate} della dotazione; la mediana delle 14 città è ${median}.`,
  },
  targetGroup: {
    whoTitle: 'Chi sono',
    inText: 'Nel testo del programma',
    objectives: 'Obiettivi specifici che li nominano',
    ocNote: (n: number) =>
      `${n > 0 ? `Le righe che vengono da OpenCoesione non indicano i destinatari: ${n1(n, 'un progetto non è quindi attribuito', `${n} progetti non sono quindi attribuiti`)} a nessun gruppo. ` : ''}I totali di questa pagina contano solo i progetti che nominano il gruppo; un progetto può nominare più gruppi, quindi gli importi dei gruppi non si sommano.`,
    moneyTitle: 'Costo dei progetti che nominano il gruppo, per città',
  },
  projects: {
    top: (n: number, total: number) =>
      total > n ? `I ${n} progetti con il costo più alto (su ${total})` : `Progetti (${total})`,
    allOf: (name: string) => `Tutti i progetti di ${name}`,
    fullListByCity: 'Elenco completo dei progetti, città per città',
    none: 'Nessun progetto nei dati.',
    indexLead: 'Tutti i progetti, divisi per città. Ogni elenco è una pagina che funziona anche senza JavaScript.',
    ofCity: (c: string) => `Progetti di ${c}`,
    more: (n: number, nText: string, c: string) =>
      `${n1(n, `L'altro progetto di ${c}`, `Gli altri ${nText} progetti di ${c}`)}, nella tabella completa`,
  },
  project: {
    record: 'Scheda del progetto',
    funnel: 'Avanzamento finanziario',
    location: 'Dove',
    cost: 'Costo totale',
    ocLink: 'Scheda del progetto su OpenCoesione',
    sourceRow: (file: string, row: number) => `file ${file}, riga ${row}`,
    sourceKinds: {
      allocations: 'dotazioni',
      projects: 'elenco dei progetti (formato del progetto)',
      opencoesione: 'OpenCoesione, esportazione dei progetti',
      operations: 'elenco ufficiale delle operazioni (Reg. UE 2021/1060, art. 49(3))',
      indicators: 'indicatori (formato del progetto)',
      'opencoesione-indicators': 'OpenCoesione, indicatori',
    },
    naturalPerson: 'Persona fisica',
    naturalPersonNote:
      'Le persone fisiche non sono mai nominate: il regolamento (UE) 2021/1060, art. 49(3), pubblica solo le persone giuridiche.',
    actionSources: {
      input: "colonna dell'azione nel file d'origine",
      'local-code': "codice locale del progetto (sigla della città, codice dell'azione, suffisso)",
    },
    indicators: 'Indicatori',
    indicatorsLead:
      'Valori programmati e realizzati, come li dà la fonte. Valori di indicatori o unità diversi non si sommano.',
    indicatorCols: ['Codice', 'Indicatore', 'Unità', 'Programmato', 'Realizzato', '% del programmato'],
    noIndicators: 'La fonte non dà indicatori per questo progetto.',
    statuses,
  },
  fields: {
    code: 'Codice locale',
    cup: 'CUP',
    title: 'Titolo',
    description: 'Descrizione',
    city: 'Città',
    objective: 'Obiettivo specifico',
    action: 'Azione',
    beneficiary: 'Beneficiario',
    taxCode: 'Codice fiscale del beneficiario',
    targetGroups: 'Destinatari',
    cost: 'Costo totale (finanziamento pubblico)',
    eu: 'Contributo UE',
    commitments: 'Impegni',
    payments: 'Pagamenti',
    start: 'Data di inizio',
    plannedEnd: 'Fine prevista',
    actualEnd: 'Fine effettiva',
    status: 'Stato',
    category: 'Categoria di intervento',
    coordinates: 'Coordinate',
    updated: 'Aggiornato alla fonte il',
    source: 'Provenienza',
    sourceKind: 'Tipo di fonte',
    eligibleCost: 'Costo ammesso',
    actionSource: "Da dove viene l'azione",
  },
  quality: {
    title: 'Segnalazioni sulla qualità dei dati',
    none: 'Nessuna segnalazione.',
    flags: {
      'payments-above-cost': 'I pagamenti superano il costo totale.',
      'commitments-above-cost': 'Gli impegni superano il costo totale.',
      'cup-missing': 'Manca il CUP.',
      'cup-malformed': 'Il CUP non ha la forma prevista (15 caratteri).',
      stale: 'Il record non è aggiornato da molto tempo.',
    },
    short: 'segnalazioni',
    count: (n: number) => (n === 1 ? '1 segnalazione' : `${n} segnalazioni`),
  },
  indicators: {
    title: 'Indicatori',
    lead: (where: string, withIndicators: string, total: string) =>
      `Gli indicatori dicono che cosa producono i progetti (per esempio quante persone partecipano), con un valore programmato e uno realizzato. Ogni riga somma i valori dei progetti ${where} che riportano l'indicatore, solo dentro lo stesso codice e la stessa unità di misura: indicatori diversi, o lo stesso indicatore in unità diverse, non si sommano mai. Riportano indicatori ${withIndicators} progetti su ${total}.`,
    without: (n: string) =>
      n === '1'
        ? '1 progetto non riporta alcun indicatore: non è contato in nessuna riga.'
        : `${n} progetti non riportano alcun indicatore: non sono contati in nessuna riga.`,
    notReportedNote:
      "Un valore programmato senza valore realizzato conta nel programmato e non nel realizzato (colonna «Senza realizzato»): la percentuale non stima quanto hanno fatto i progetti che non l'hanno ancora riportato.",
    split: (codes: string) => `${codes}: riportato in più unità di misura, una riga per unità.`,
    none: (where: string) => `Nessun progetto ${where} riporta indicatori.`,
    whereCity: (name: string) => `di ${name}`,
    whereAction: (code: string) => `dell'azione ${code}`,
    whereObjective: (code: string) => `dell'obiettivo ${code}`,
    cols: [
      'Codice',
      'Indicatore',
      'Unità',
      'Programmato',
      'Realizzato',
      '% del programmato',
      'Progetti',
      'Senza realizzato',
    ],
    projectsLink: (n: string, code: string) => `${n} progetti con l'indicatore ${code}, nell'elenco dei progetti`,
    chartTitle: 'Realizzato rispetto al programmato',
    planned: 'Programmato (100%)',
    achieved: 'Realizzato',
    xLabel: '% del programmato',
    chartNote: 'Gli indicatori si contano in unità diverse: le barre confrontano la quota realizzata, non le quantità.',
    summary: (n: number, high: string, low: string) =>
      n === 1 ? `1 indicatore: ${high}.` : `${n} indicatori. Il più avanti: ${high}; il più indietro: ${low}.`,
    summaryNotReported: (n: string) =>
      n === '1'
        ? '1 valore programmato non ha ancora un realizzato.'
        : `${n} valori programmati non hanno ancora un realizzato.`,
    at: (code: string, share: string) => `${code} al ${share} del programmato`,
  },
  columns: {
    project: 'Progetto',
    city: 'Città',
    action: 'Azione',
    beneficiary: 'Beneficiario',
    cost: 'Costo',
    amount: 'Importo',
    paid: 'Pagato',
    status: 'Stato',
    share: 'Quota',
    projects: 'Progetti',
    name: 'Nome',
    code: 'Codice',
  },
  figures: {
    data: 'Dati del grafico',
    csv: 'Scarica i dati (CSV)',
    source: (date: string | null) =>
      date
        ? `Fonte: dati di dotazione e di progetto importati, aggiornati al ${date}.`
        : 'Fonte: dati di dotazione e di progetto importati; data di riferimento non disponibile.',
    share: 'Condividi e cita',
    metadata: 'Metadati del grafico (JSON)',
    embedPage: 'Versione da incorporare',
    citation: 'Come citare',
    embedCode: "Codice per incorporare il grafico in un'altra pagina",
    accessHelp: 'Al posto di [data di accesso] scrivere il giorno in cui si è consultato il grafico.',
    citeNoYear: 's.d.',
    citeDates: (ref: string | null) =>
      `data di riferimento: ${ref ?? 'non disponibile'}; consultato il: [data di accesso]`,
    sumLargestSmallest: (l: string, lv: string, ls: string, s: string, sv: string, ss: string) =>
      `Il valore più alto è ${l} con ${lv} (${ls} del totale); il più basso è ${s} con ${sv} (${ss}).`,
    sumTotal: (t: string, n: number) => `Totale: ${t} su ${n} voci.`,
    sumFunnel: (a: string, c: string, cs: string, p: string, ps: string) =>
      `Dotazione ${a}; impegni ${c} (${cs}); pagamenti ${p} (${ps}).`,
    sumFunnelNoAlloc: (a: string, c: string, cs: string, p: string, ps: string) =>
      `Costo ${a}; impegni ${c} (${cs}); pagamenti ${p} (${ps}).`,
    millionsEuro: 'milioni di euro',
    thousandsEuro: 'migliaia di euro',
    paidShort: 'pagato',
  },
  figureColumns: {
    step: 'Passaggio: dalla dotazione (o dal costo) agli impegni e ai pagamenti.',
    demo: 'true: le cifre della riga sono dati dimostrativi, inventati per mostrare il sito; non sono dati del programma.',
    amount: 'Importo del passaggio, in euro.',
    stepShare: (of: string) => `Importo del passaggio in percentuale ${of}.`,
    city: 'Città metropolitana.',
    region: 'Regione della città metropolitana.',
    action: 'Azione della Priorità 4: codice e titolo.',
    objective: 'Obiettivo specifico della Priorità 4: codice e titolo.',
    money: (def: string) => `${def.charAt(0).toUpperCase()}${def.slice(1)} In euro.`,
    paidShare: (base: string) => `Pagamenti divisi per ${base}, in percentuale.`,
    cityShare: 'Quota della città sul totale delle dotazioni, in percentuale.',
    projects: 'Numero di progetti.',
    targetGroup: 'Gruppo di destinatari.',
    beneficiary: 'Beneficiario (le persone fisiche tutte in una riga, senza nome).',
    projectsNaming: 'Numero di progetti che nominano il gruppo (un progetto può nominarne più di uno).',
    costNaming: 'Costo totale dei progetti che nominano il gruppo, in euro.',
    cityAction: (action: string) => `Dotazione della città per l'azione ${action}, in euro.`,
    indicator: 'Indicatore: codice e descrizione, come li dà la fonte.',
    unit: "Unità di misura dell'indicatore, come la dà la fonte.",
    planned: "Somma dei valori programmati dei progetti che riportano l'indicatore in questa unità.",
    achieved: 'Somma dei valori realizzati riportati dagli stessi progetti; un valore non riportato non conta.',
    achievedShare: 'Realizzato diviso per programmato, in percentuale.',
    indicatorProjects: "Numero di progetti che riportano l'indicatore in questa unità.",
    notReported: 'Numero di progetti con un valore programmato e nessun valore realizzato.',
  },
  embed: {
    open: 'Apri nel sito',
    newWindow: '(si apre in una nuova finestra)',
    data: 'Dati (CSV)',
    demo: 'importi inventati, non sono dati del programma.',
  },
  search: {
    lead: 'Cerca fra progetti, beneficiari, città, azioni, obiettivi e destinatari. I risultati si possono filtrare per città e per azione.',
    noJs: 'La ricerca funziona con JavaScript attivo. Senza JavaScript, tutti i progetti sono elencati per città nella pagina dei progetti.',
  },
  methods: {
    title: 'Metodi e glossario',
  },
  about: {
    title: 'I dati: fonti, data di riferimento, licenza',
  },
  accessibility: {
    title: 'Dichiarazione di accessibilità',
  },
  notFound: {
    title: 'Pagina non trovata',
    text: 'La pagina che cerchi non esiste o è stata spostata.',
    backHome: 'Torna alla home',
  },
  changes: {
    title: 'Novità nei dati',
    lead: 'Ogni importazione dei dati è conservata come una versione, con la sua data di riferimento. Per ogni versione che ne ha una precedente, una pagina mostra che cosa è cambiato: progetti nuovi, eliminati e modificati, e come si sono mossi gli importi per città e per azione.',
    none: 'Non è stata conservata nessuna versione dei dati.',
    onlyOne: (date: string) =>
      `Finora c'è una sola versione dei dati, aggiornata al ${date}: non c'è ancora nulla da confrontare. La pagina delle novità comparirà con la prossima importazione.`,
    caption: 'Versioni dei dati, dalla più recente',
    colReferenceDate: 'Data di riferimento',
    colCompare: 'Che cosa è cambiato',
    since: (date: string) => `Novità dal ${date}`,
    first: 'prima versione conservata',
    current: 'dati pubblicati in questo sito',
  },
  release: {
    title: (date: string) => `Che cosa è cambiato al ${date}`,
    fromTo: (from: string, to: string) => `Dal ${from} al ${to}`,
    lead: (from: string, to: string) =>
      `Confronto fra i dati aggiornati al ${from} e quelli aggiornati al ${to}. I progetti sono riconosciuti dal loro codice locale, l'identificativo che le fonti mantengono da un'esportazione all'altra.`,
    summaryTitle: 'In sintesi',
    new: 'Progetti nuovi',
    removed: 'Progetti eliminati',
    changed: 'Progetti modificati',
    projectsCount: (before: string, after: string) => `Progetti nei dati: da ${before} a ${after}`,
    moneyTitle: 'Importi prima e dopo',
    byCityTitle: 'Importi per città',
    byActionTitle: 'Importi per azione',
    units: 'Importi in milioni di euro (M€); le differenze sotto il milione sono in migliaia di euro.',
    unclassifiedNote:
      'La riga "non classificato" raccoglie i progetti che vengono da OpenCoesione, che non indica l\'azione.',
    colStep: 'Voce',
    colAt: (date: string) => `Al ${date}`,
    colBefore: 'Prima',
    colAfter: 'Dopo',
    colDifference: 'Differenza',
    colChanges: 'Campi cambiati (prima → dopo)',
    newLead:
      'Progetti presenti nella nuova versione e non in quella precedente. Il collegamento porta alla scheda del progetto quando il progetto è nei dati pubblicati oggi.',
    removedLead:
      'Progetti presenti nella versione precedente e non più in quella nuova; importi e stato sono quelli della versione precedente.',
    changedLead: (fields: string) => `Un progetto è modificato quando cambia almeno uno di questi campi: ${fields}.`,
    csv: "Scarica l'elenco completo delle modifiche (CSV)",
    unchanged: 'invariato',
  },
  feeds: {
    title: (where: string) => `Novità nei dati: ${where}`,
    subtitle:
      'Ogni nuova versione dei dati della Priorità 4 del PN Metro Plus 2021-2027: progetti nuovi, eliminati e modificati, importi.',
    priority: 'Priorità 4',
    follow: 'feed Atom',
    followCity: (city: string) => `Segui le novità sui dati di ${city} (feed Atom)`,
    entry: (date: string) => `Dati al ${date}`,
    counts: (a: number, r: number, c: number) =>
      `${a} ${n1(a, 'progetto nuovo', 'progetti nuovi')}, ${r} ${n1(r, 'eliminato', 'eliminati')}, ${c} ${n1(c, 'modificato', 'modificati')}.`,
    money: (cost: string, committed: string, paid: string) =>
      `Costo dei progetti ${cost}; impegni ${committed}; pagamenti ${paid}.`,
    demo: 'Dati dimostrativi – non sono dati reali.',
    demoTag: 'Dati dimostrativi',
  },
  timeline: {
    title: 'Impegni e pagamenti nel tempo',
    titleOf: (where: string) => `Impegni e pagamenti nel tempo – ${where}`,
    how: 'Ogni punto è una versione dei dati, cioè una fotografia alla sua data di riferimento; gli importi sono cumulati (tutto ciò che è stato impegnato o pagato fino a quella data). La linea tra due punti li unisce in linea retta: non sono dati giornalieri, e tra due versioni gli importi possono essersi mossi in qualsiasi modo.',
    colDate: 'Versione dei dati',
    dateDef:
      'Data di riferimento della versione dei dati (AAAA-MM-GG): ogni riga è una fotografia dei dati a quella data.',
    committedDef: 'Impegni cumulati alla data: somma degli impegni di tutti i progetti della versione, in euro.',
    paidDef: 'Pagamenti cumulati alla data: somma dei pagamenti di tutti i progetti della versione, in euro.',
    changesLink: 'Che cosa è cambiato a ogni versione dei dati',
    summary: (from: string, to: string, n: number, c0: string, c1: string, p0: string, p1: string) =>
      `Dal ${from} al ${to} (${n} versioni dei dati) gli impegni cumulati sono passati da ${c0} a ${c1} e i pagamenti cumulati da ${p0} a ${p1}.`,
    summaryOne: (date: string, c: string, p: string) =>
      `Una sola versione dei dati, al ${date}: impegni ${c}, pagamenti ${p}.`,
  },
  footer: {
    reportError: 'Segnala un errore',
    declaration: 'Dichiarazione di accessibilità (AgID)',
    declarationPending: 'Dichiarazione di accessibilità su AgID: indirizzo non ancora configurato',
    reportTitle: 'Segnalare un errore',
    reportConfigured:
      "Il collegamento «Segnala un errore» in fondo a ogni pagina apre una segnalazione già compilata con l'indirizzo della pagina: basta aggiungere che cosa non va.",
    reportNotConfigured:
      'Per questo sito non è ancora stato configurato un indirizzo per le segnalazioni, perciò il collegamento «Segnala un errore» porta qui.',
    reportHow:
      "Un dato sbagliato di un progetto o di una dotazione va corretto alla fonte, cioè nei file dell'amministrazione che li pubblica (elencati in «Fonti» qui sopra): il sito li mostra come li riceve e li aggiorna a ogni nuova versione. Indicate sempre l'indirizzo della pagina, il codice del progetto e che cosa non torna.",
    declarationTitle: 'Dichiarazione di accessibilità su AgID',
    declarationNotConfigured:
      "La dichiarazione di accessibilità si compila e si pubblica sul servizio form.agid.gov.it di AgID. L'indirizzo della dichiarazione di questo sito non è ancora stato configurato: finché non lo è, il collegamento in fondo alle pagine porta qui.",
    declarationConfigured:
      'La dichiarazione di accessibilità ufficiale di questo sito è pubblicata sul servizio form.agid.gov.it di AgID:',
  },
  links: {
    title: 'Su altri siti pubblici',
    lead: 'Collegamenti fatti solo dagli identificativi ufficiali del progetto, mai dal nome; si aprono sui siti che li pubblicano.',
    inventedCup:
      'Nessun collegamento a OpenCUP: in questi dati dimostrativi il CUP è inventato (corretto solo nella forma) e potrebbe essere quello di un altro progetto reale.',
    opencup: 'Scheda del CUP su OpenCUP',
  },
  cite: {
    release: (date: string, url: string) => `Versione dei dati del ${date}, copia fissa: ${url}`,
    datasetsName:
      'PN Metro Plus 2021-2027, Priorità 4 «Inclusione sociale»: dati aperti (dotazioni, progetti, beneficiari, indicatori)',
    datasetsTitle: 'Come citare i dati',
    datasetsLead:
      'Citate la versione dei dati e la sua copia fissa, che non cambia più: chi legge ritrova esattamente gli stessi file.',
  },
  beneficiaries: {
    title: 'Beneficiari',
    lead: 'Chi riceve i fondi della Priorità 4: ogni ente beneficiario, riconosciuto dal codice fiscale anche quando il nome è scritto in modi diversi, con il costo dei suoi progetti.',
    multiNote:
      'Un progetto con più beneficiari conta per intero per ciascuno: i totali dei beneficiari possono superare quello della Priorità 4.',
    topShare: (n: number, share: string) =>
      `I primi ${n} beneficiari (persone giuridiche) hanno progetti per il ${share} del costo di tutti i progetti della Priorità 4 (ogni progetto contato una volta).`,
    natural: (n: number, projects: string, cost: string) =>
      `Persone fisiche: ${projects} ${n1(n, 'progetto', 'progetti')}, ${cost} di costo. Non sono mai nominate: il regolamento (UE) 2021/1060, art. 49(3), pubblica solo le persone giuridiche.`,
    naturalRow: 'Persone fisiche (insieme, mai nominate)',
    ranking: 'Beneficiari per costo dei progetti',
    colRank: 'N.',
    colName: 'Beneficiario',
    colTaxCode: 'Codice fiscale',
    colProjects: 'Progetti',
    colCities: 'Città',
    one: 'Beneficiario',
    kindLegal: 'persona giuridica',
    byCity: 'Per città',
    byAction: 'Per azione',
    projectsOf: (name: string) => `Progetti di ${name}`,
    caption: (name: string, what: string) => `${name}: ${what}`,
    inCities: (n: number) => (n === 1 ? 'in 1 città' : `in ${n} città`),
  },
  pageShare: {
    svg: 'SVG',
    png: 'PNG',
    svgLabel: 'Scarica il grafico in SVG',
    pngLabel: 'Scarica il grafico in PNG',
    funnel: (name: string, a: string, c: string, p: string, n: string) =>
      `${name}: ${a} assegnati, ${c} impegnato, ${p} pagato; ${n}.`,
    funnelCost: (name: string, a: string, c: string, p: string, n: string) =>
      `${name}: ${n} per ${a} di costo, ${c} impegnato, ${p} pagato.`,
    home: (a: string, c: string, p: string, n: string, cities: number) =>
      `Priorità 4 "Inclusione sociale" del PN Metro Plus 2021-2027: ${a} assegnati a ${cities} città metropolitane, ${c} impegnato, ${p} pagato; ${n}.`,
    compare: (title: string, n: number, largest: string, value: string, byCost: boolean) =>
      `${title} della Priorità 4: ${n} a confronto per ${byCost ? 'costo dei progetti' : 'dotazione'}, impegni e pagamenti; in testa ${largest} con ${value}.`,
    cityProjects: (city: string, n: string, cost: string) =>
      `Tutti i progetti di ${city}: ${n} per ${cost} di costo, con azione, stato, impegni e pagamenti.`,
    project: (code: string, city: string, cost: string, c: string, p: string, status: string) =>
      `Progetto ${code}, ${city}: costo ${cost}, ${c} impegnato, ${p} pagato; stato: ${status}.`,
    beneficiaries: (n: string, cost: string) =>
      `Chi riceve i fondi della Priorità 4: ${n} enti beneficiari, per ${cost} di costo dei progetti, in ordine di costo.`,
    beneficiary: (name: string, n: string, cost: string, cities: number) =>
      `${name}: ${n} della Priorità 4 per ${cost} di costo, ${cities === 1 ? 'in 1 città' : `in ${cities} città`}.`,
    projects: (n: number, f: string) => (n === 1 ? '1 progetto' : `${f} progetti`),
    projectsIndex:
      'Esplora i progetti della Priorità 4 per città, obiettivo, azione, gruppo di destinatari, stato e costo, e scarica la selezione.',
    changes:
      'Che cosa è cambiato tra una versione dei dati della Priorità 4 e la precedente: progetti nuovi, eliminati e modificati, importi per città e per azione.',
    methods:
      'Come sono calcolate le cifre del sito: dotazioni, impegni, pagamenti, classificazione dei progetti e controlli di qualità dei dati per città.',
    glossary:
      'Le parole della Priorità 4 del PN Metro Plus 2021-2027 spiegate: dotazione, impegni, pagamenti, obiettivi specifici, azioni, destinatari.',
    about:
      'Scarica i dati della Priorità 4 in CSV, XLSX e JSON, con dizionario, Data Package e catalogo DCAT-AP_IT; fonti e licenza.',
    dictionary:
      'Il dizionario dei dati: ogni colonna dei file scaricabili della Priorità 4, con tipo, unità e descrizione.',
    accessibility: 'Dichiarazione di accessibilità del sito sulla Priorità 4 del PN Metro Plus 2021-2027.',
    search: 'Cerca progetti, beneficiari, città e azioni della Priorità 4 per nome, codice o CUP.',
    notFound: 'Pagina non trovata.',
    siteImageAlt: 'Priorità 4 – Inclusione sociale del PN Metro Plus 2021-2027',
    imageAlt: (title: string, chart: string) => `${title}: grafico "${chart}"`,
  },
  explorer,
} satisfies Strings;
