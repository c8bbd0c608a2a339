// What the demonstration projects are made of. Codes and objectives mirror data/reference
// (actions.csv, target-groups.csv; a test keeps them in step). Titles and purposes paraphrase
// the kinds of intervention the programme lists under each action (interventions.csv, from the
// seed text), so the invented projects are at least the kind the programme funds.
import type { ActionCode, ObjectiveCode } from '../schema/codes.ts';

export const ACTION_OBJECTIVE: Readonly<Record<ActionCode, ObjectiveCode>> = {
  '4.4.8.1': 'ESO4.8',
  '4.4.8.2': 'ESO4.8',
  '4.4.11.1': 'ESO4.11',
  '4.4.11.2': 'ESO4.11',
  '4.4.12.1': 'ESO4.12',
};

export interface DemoTargetGroup {
  code: string;
  objectives: readonly ObjectiveCode[];
  /** How a title names the group after "per". */
  phrase: string;
}

export const TARGET_GROUPS: readonly DemoTargetGroup[] = [
  { code: 'economia-sommersa', objectives: ['ESO4.8'], phrase: "lavoratori dell'economia sommersa" },
  { code: 'grave-deprivazione', objectives: ['ESO4.8'], phrase: 'persone in grave deprivazione' },
  { code: 'giovani', objectives: ['ESO4.8'], phrase: 'giovani in difficoltà' },
  { code: 'donne', objectives: ['ESO4.8'], phrase: 'donne in difficoltà socioeconomica' },
  { code: 'rom-sinti-camminanti', objectives: ['ESO4.8', 'ESO4.11'], phrase: 'comunità Rom, Sinti e Camminanti' },
  { code: 'migranti', objectives: ['ESO4.8', 'ESO4.11', 'ESO4.12'], phrase: 'persone con background migratorio' },
  { code: 'terzo-settore', objectives: ['ESO4.8', 'ESO4.11'], phrase: 'enti del Terzo Settore' },
  { code: 'enti-rete-servizi', objectives: ['ESO4.11'], phrase: 'operatori della rete dei servizi' },
  { code: 'vittime-violenza', objectives: ['ESO4.11'], phrase: 'donne vittime di violenza' },
  { code: 'ex-detenuti', objectives: ['ESO4.11'], phrase: 'ex detenuti' },
  { code: 'disabili', objectives: ['ESO4.11'], phrase: 'persone con disabilità' },
  { code: 'anziani', objectives: ['ESO4.11'], phrase: 'anziani soli' },
  { code: 'neomaggiorenni', objectives: ['ESO4.11'], phrase: 'neomaggiorenni in uscita da percorsi di tutela' },
  { code: 'minori', objectives: ['ESO4.11', 'ESO4.12'], phrase: 'minori in situazione di svantaggio' },
  { code: 'senza-dimora', objectives: ['ESO4.12'], phrase: 'persone senza dimora' },
  { code: 'emergenza-abitativa', objectives: ['ESO4.11', 'ESO4.12'], phrase: 'famiglie in emergenza abitativa' },
  { code: 'famiglie-vulnerabili', objectives: ['ESO4.8', 'ESO4.11', 'ESO4.12'], phrase: 'famiglie vulnerabili' },
];

/** Groups that are organisations, not people: a title never says "Borse lavoro per enti del Terzo Settore". */
export const ORGANISATION_GROUPS: readonly string[] = ['terzo-settore', 'enti-rete-servizi'];

/**
 * Types of intervention (Reg. 2021/1060 Annex I) that fit each objective (programme's facts): 138 social
 * economy, 152 equal opportunities, 153 pathways for the disadvantaged, 154 Roma, 157 third-country
 * nationals, 158 access to services, 159 family and community care, 162 social protection,
 * 163 social integration of people at risk of poverty.
 */
export const CATEGORIES_BY_OBJECTIVE: Readonly<Record<ObjectiveCode, readonly string[]>> = {
  'ESO4.8': ['138', '152', '153', '154', '157'],
  'ESO4.11': ['154', '157', '158', '159', '162'],
  'ESO4.12': ['154', '157', '163'],
};

export interface TitleTemplate {
  /** `{gruppo}` is replaced by the phrase of the project's first target group. */
  title: string;
  /** When set, the first target group is drawn from these codes only. */
  groups?: readonly string[];
}

export interface InterventionKind {
  /** `ordine` of the kind in interventions.csv. */
  order: number;
  purpose: string;
  templates: readonly TitleTemplate[];
  categories: readonly string[];
}

export const INTERVENTIONS: Readonly<Record<ActionCode, readonly InterventionKind[]>> = {
  '4.4.8.1': [
    {
      order: 1,
      categories: ['153'],
      purpose:
        "Esperienze lavorative temporanee (borse lavoro e tirocini) che garantiscono un sostegno economico immediato e l'acquisizione di competenze per il reinserimento lavorativo",
      templates: [
        { title: 'Borse lavoro per {gruppo}' },
        { title: 'Tirocini di inclusione per {gruppo}' },
        { title: 'Cantieri di cura del patrimonio culturale con {gruppo}' },
        { title: 'Esperienze lavorative nel verde urbano per {gruppo}' },
      ],
    },
    {
      order: 2,
      categories: ['152', '153'],
      purpose:
        'Animazione, informazione e formazione per pari opportunità di accesso al lavoro, con attenzione alle competenze digitali, alle life skills e ai nuovi lavori della transizione verde e digitale',
      templates: [
        { title: 'Competenze digitali e life skills per {gruppo}' },
        { title: 'Laboratori di orientamento ai lavori verdi e digitali per {gruppo}' },
        { title: 'Sportello pari opportunità nel lavoro per {gruppo}' },
      ],
    },
    {
      order: 3,
      categories: ['153'],
      purpose:
        "Percorsi integrati di autoimprenditorialità e autoimpiego (coaching, sostegno alle start-up) per uscire dall'esclusione sociale e dal lavoro sommerso",
      templates: [
        { title: 'Percorsi di autoimpiego e start-up per {gruppo}' },
        { title: 'Incubatore di microimprese per {gruppo}' },
        { title: "Coaching imprenditoriale per l'emersione dal lavoro sommerso", groups: ['economia-sommersa'] },
      ],
    },
  ],
  '4.4.8.2': [
    {
      order: 1,
      categories: ['138'],
      purpose:
        "Nuovi servizi e profili professionali dell'economia sociale per sostenere individui e nuclei svantaggiati e promuovere l'interculturalità e l'integrazione sociale",
      templates: [
        { title: 'Nuovi servizi di economia sociale per {gruppo}' },
        { title: 'Mediatori interculturali di comunità', groups: ['migranti', 'rom-sinti-camminanti'] },
        { title: 'Bottega solidale e nuovi profili professionali per {gruppo}' },
      ],
    },
    {
      order: 2,
      categories: ['138', '152'],
      purpose:
        'Nuove forme di accompagnamento a un "progetto di vita" più articolato, che vada oltre il solo inserimento lavorativo',
      templates: [
        { title: 'Progetto di vita: accompagnamento oltre il lavoro per {gruppo}' },
        { title: 'Percorsi di autonomia e progetto di vita per {gruppo}' },
      ],
    },
  ],
  '4.4.11.1': [
    {
      order: 1,
      categories: ['158', '162'],
      purpose:
        "Presa in carico multidimensionale a partire dai bisogni della persona e del nucleo, con percorsi per l'uscita dal bisogno",
      templates: [
        { title: 'Presa in carico multidimensionale per {gruppo}' },
        { title: 'Équipe multidisciplinare per {gruppo}' },
        { title: 'Segretariato sociale e presa in carico integrata' },
      ],
    },
    {
      order: 2,
      categories: ['158', '159'],
      purpose:
        "Percorsi di accompagnamento all'integrazione sociale, lavorativa e abitativa, anche con bonus e voucher per i servizi",
      templates: [
        { title: 'Voucher servizi per {gruppo}' },
        { title: "Bonus per l'autonomia abitativa di {gruppo}" },
        { title: "Accompagnamento all'integrazione sociale e abitativa di {gruppo}" },
      ],
    },
    {
      order: 3,
      categories: ['154', '157', '158'],
      purpose:
        "Servizi specifici per raggiungere le persone più vulnerabili e le popolazioni oggetto di discriminazione, con attenzione all'inclusione abitativa e al superamento degli insediamenti informali",
      templates: [
        { title: 'Unità di strada per {gruppo}' },
        {
          title: 'Superamento degli insediamenti informali: percorsi di inclusione abitativa',
          groups: ['rom-sinti-camminanti'],
        },
        { title: 'Servizio di mediazione per {gruppo}', groups: ['rom-sinti-camminanti', 'migranti'] },
      ],
    },
    {
      order: 4,
      categories: ['158'],
      purpose: 'Creazione di nuovi servizi e loro estensione e messa a sistema sul territorio',
      templates: [
        { title: 'Nuovo centro servizi di prossimità' },
        { title: 'Estensione del pronto intervento sociale' },
        { title: 'Messa a sistema degli sportelli di welfare di comunità' },
      ],
    },
    {
      order: 5,
      categories: ['158', '162'],
      purpose: "Rafforzamento e riorganizzazione dell'offerta di servizi sociali sul territorio",
      templates: [
        { title: 'Riorganizzazione dei servizi sociali territoriali' },
        { title: 'Rafforzamento del servizio sociale professionale', groups: ['enti-rete-servizi'] },
        { title: 'Potenziamento dei servizi domiciliari per {gruppo}', groups: ['anziani', 'disabili'] },
      ],
    },
  ],
  '4.4.11.2': [
    {
      order: 1,
      categories: ['158', '159'],
      purpose:
        'Animazione della comunità locale, delle organizzazioni della società civile e del Terzo Settore per individuare bisogni e idee',
      templates: [
        { title: 'Laboratori di comunità per la rilevazione dei bisogni' },
        { title: 'Patti di collaborazione con il Terzo Settore', groups: ['terzo-settore'] },
        { title: 'Co-progettazione con gli enti del Terzo Settore', groups: ['terzo-settore'] },
      ],
    },
    {
      order: 2,
      categories: ['159'],
      purpose:
        "Sostegno allo sviluppo e all'avvio di nuovi servizi che possano reggersi da soli dopo il contributo FSE+",
      templates: [
        { title: 'Avvio di nuovi servizi di welfare generativo per {gruppo}' },
        { title: 'Emporio solidale di comunità' },
      ],
    },
    {
      order: 3,
      categories: ['158', '159'],
      purpose:
        'Accompagnamento e coaching per trasformare le idee nate dal basso in progetti strutturati, con reti stabili tra pubblico, privato e cittadini',
      templates: [
        { title: 'Scuola di coaching per le idee sociali nate dal basso', groups: ['terzo-settore'] },
        { title: "Reti pubblico-privato per l'innovazione sociale" },
      ],
    },
  ],
  '4.4.12.1': [
    {
      order: 1,
      categories: ['163'],
      purpose: 'Percorsi personalizzati di accompagnamento ai servizi sanitari, scolastici ed educativi',
      templates: [
        { title: 'Accompagnamento ai servizi sanitari ed educativi per {gruppo}' },
        { title: 'Percorsi di accesso alla scuola e alla salute per {gruppo}', groups: ['minori', 'migranti'] },
      ],
    },
    {
      order: 2,
      categories: ['163'],
      purpose:
        "Percorsi personalizzati di accompagnamento ai servizi per l'abitare, dal pronto intervento sociale all'accoglienza a bassa soglia",
      templates: [
        { title: 'Housing First per {gruppo}', groups: ['senza-dimora'] },
        { title: "Accompagnamento all'abitare per {gruppo}" },
        { title: 'Centro diurno e accoglienza a bassa soglia', groups: ['senza-dimora'] },
        { title: 'Pronto intervento sociale e unità di strada', groups: ['senza-dimora', 'emergenza-abitativa'] },
      ],
    },
    {
      order: 3,
      categories: ['157', '163'],
      purpose: "Percorsi personalizzati di accompagnamento ai servizi per il lavoro e l'inclusione attiva",
      templates: [{ title: "Percorsi verso il lavoro e l'inclusione attiva per {gruppo}" }],
    },
  ],
};

/** What the description says the money buys, by kind of beneficiary work. */
export const ACTIVITIES: readonly string[] = [
  'colloqui di orientamento e bilancio delle competenze',
  'tutoraggio individuale',
  'laboratori di gruppo',
  'mediazione linguistica e culturale',
  'sostegno al reddito tramite indennità di partecipazione',
  'lavoro di rete con i servizi sociali e sanitari',
  'formazione degli operatori',
  'uno sportello aperto al pubblico',
  'visite domiciliari',
  'attività di prossimità nei luoghi di aggregazione del quartiere',
];

// Beneficiaries are made up and say so: every organisation name carries "(fittizia)" or
// "(fittizio)", so no reader can take it for a real body.
export const BENEFICIARY_KINDS: readonly { name: string; feminine: boolean }[] = [
  { name: 'Cooperativa sociale', feminine: true },
  { name: 'Associazione', feminine: true },
  { name: 'Fondazione', feminine: true },
  { name: 'Consorzio di cooperative sociali', feminine: false },
  { name: 'Impresa sociale', feminine: true },
  { name: 'Ente del Terzo Settore', feminine: false },
  { name: 'Raggruppamento temporaneo', feminine: false },
];
export const BENEFICIARY_QUALIFIERS: readonly string[] = ['Esempio', 'Dimostrativa', 'Modello', 'Campione'];
export const BENEFICIARY_NAMES: readonly string[] = [
  'Aurora',
  'Il Ponte',
  'La Rete',
  'Orizzonti',
  'Il Girasole',
  'Terra Comune',
  'Porta Aperta',
  'Il Faro',
  'Mosaico',
  'Arcobaleno',
  'La Bussola',
  'Nuovi Passi',
  'Il Seme',
  'Casa Comune',
  'Filo Rosso',
  'Controvento',
  'La Tela',
  'Passaggi',
  'Il Cortile',
  'Radici',
  'Approdi',
  'Sottosopra',
  'La Fenice',
  'Albatros',
];
