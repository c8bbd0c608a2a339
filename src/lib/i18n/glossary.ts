// Glossary terms: each one has a stable anchor (the same in both languages) so a link to a
// term can be shared: /glossario/#impegni, /en/glossary/#impegni.
import type { Lang } from './locales.ts';

export type Term = { id: string; term: string; def: string };

export const GLOSSARY: Record<Lang, Term[]> = {
  it: [
    {
      id: 'dotazione',
      term: 'Dotazione (risorse allocate)',
      def: "Le risorse assegnate a una città per un'azione della Priorità 4: quota dell'Unione europea (FSE+) più cofinanziamento nazionale. È il punto di partenza: quanto la città può spendere.",
    },
    {
      id: 'costo',
      term: 'Costo del progetto',
      def: 'Il finanziamento pubblico totale di un progetto selezionato (costo ammesso). La somma dei costi dice quanta parte della dotazione è già stata destinata a progetti.',
    },
    {
      id: 'impegni',
      term: 'Impegni',
      def: 'Le obbligazioni giuridicamente vincolanti assunte per realizzare il progetto: contratti firmati, affidamenti, convenzioni. Un impegno non è ancora un pagamento.',
    },
    {
      id: 'pagamenti',
      term: 'Pagamenti',
      def: "Le somme effettivamente pagate ai beneficiari o ai fornitori fino alla data di riferimento dei dati. È l'ultimo passo: denaro uscito.",
    },
    {
      id: 'obiettivo-specifico',
      term: 'Obiettivo specifico',
      def: 'Uno degli obiettivi del Fondo sociale europeo Plus definiti dal Regolamento (UE) 2021/1057. La Priorità 4 ne usa tre: ESO4.8 (inclusione attiva), ESO4.11 (accesso ai servizi), ESO4.12 (integrazione sociale delle persone a rischio di povertà).',
    },
    {
      id: 'azione',
      term: 'Azione',
      def: "L'unità con cui il programma organizza gli interventi sotto ogni obiettivo specifico (per esempio 4.4.12.1). Ogni azione elenca tipi di intervento e destinatari.",
    },
    {
      id: 'priorita',
      term: 'Priorità',
      def: 'Il grande capitolo del programma. La Priorità 4 "Inclusione sociale" è finanziata dal FSE+ ed è attuata dalle 14 città metropolitane.',
    },
    {
      id: 'cup',
      term: 'CUP (Codice Unico di Progetto)',
      def: 'Il codice di 15 caratteri che identifica ogni progetto di investimento pubblico in Italia. Permette di ritrovare lo stesso progetto in banche dati diverse (OpenCoesione, BDAP, ANAC).',
    },
    {
      id: 'beneficiario',
      term: 'Beneficiario',
      def: "Il soggetto, pubblico o privato, responsabile dell'avvio e dell'attuazione del progetto e che riceve il finanziamento (spesso il Comune stesso, oppure enti del Terzo settore).",
    },
    {
      id: 'destinatari',
      term: 'Destinatari',
      def: 'Le persone o i gruppi a cui il progetto si rivolge (per esempio persone senza dimora, minori in situazione di svantaggio). Sono diversi dal beneficiario, che riceve il denaro.',
    },
    {
      id: 'organismo-intermedio',
      term: 'Organismo intermedio',
      def: "L'ente a cui l'autorità di gestione delega la selezione e la gestione dei progetti: nella Priorità 4 sono i Comuni capoluogo delle 14 città metropolitane.",
    },
    {
      id: 'categoria-regione',
      term: 'Categoria di regione',
      def: 'La classificazione delle regioni nella politica di coesione: meno sviluppate (LD) o più sviluppate (MD). Le città del Sud sono in regioni meno sviluppate.',
    },
    {
      id: 'fse-plus',
      term: 'FSE+',
      def: "Fondo sociale europeo Plus, il fondo dell'Unione europea per l'occupazione, l'istruzione e l'inclusione sociale nel periodo 2021-2027.",
    },
    {
      id: 'data-riferimento',
      term: 'Data di riferimento',
      def: 'La data a cui si riferiscono gli importi pubblicati: impegni e pagamenti sono cumulati fino a quel giorno.',
    },
    {
      id: 'non-classificato',
      term: 'Non classificato',
      def: "I progetti che vengono da OpenCoesione non indicano l'azione né i destinatari: il sito li mostra sotto il loro obiettivo specifico e non li attribuisce mai a un'azione o a un gruppo per supposizione.",
    },
  ],
  en: [
    {
      id: 'dotazione',
      term: 'Allocated (allocation)',
      def: 'The resources assigned to a city for an action of Priority 4: the European Union share (ESF+) plus national co-financing. It is the starting point: how much the city can spend.',
    },
    {
      id: 'costo',
      term: 'Project cost',
      def: 'The total public funding of a selected project. The sum of costs shows how much of the allocation has already gone to projects.',
    },
    {
      id: 'impegni',
      term: 'Committed (commitments)',
      def: 'Legally binding obligations entered into to carry out the project: signed contracts, awards, agreements. A commitment is not yet a payment.',
    },
    {
      id: 'pagamenti',
      term: 'Paid (payments)',
      def: 'Money actually paid to beneficiaries or suppliers up to the reference date of the data. The last step: money out of the door.',
    },
    {
      id: 'obiettivo-specifico',
      term: 'Specific objective',
      def: 'One of the European Social Fund Plus objectives set by Regulation (EU) 2021/1057. Priority 4 uses three: ESO4.8 (active inclusion), ESO4.11 (access to services), ESO4.12 (social integration of people at risk of poverty).',
    },
    {
      id: 'azione',
      term: 'Action',
      def: 'The unit the programme uses to organise interventions under each specific objective (for example 4.4.12.1). Each action lists kinds of intervention and target groups.',
    },
    {
      id: 'priorita',
      term: 'Priority',
      def: 'A main chapter of the programme. Priority 4 "Social inclusion" is funded by the ESF+ and carried out by the 14 metropolitan cities.',
    },
    {
      id: 'cup',
      term: 'CUP (Codice Unico di Progetto)',
      def: 'The 15-character code that identifies every public investment project in Italy. It lets you find the same project in other databases (OpenCoesione, BDAP, ANAC).',
    },
    {
      id: 'beneficiario',
      term: 'Beneficiary',
      def: 'The public or private body responsible for starting and carrying out the project, which receives the funding (often the municipality itself, or third-sector organisations).',
    },
    {
      id: 'destinatari',
      term: 'Target groups',
      def: 'The people or groups the project is for (for example homeless people, disadvantaged children). They differ from the beneficiary, who receives the money.',
    },
    {
      id: 'organismo-intermedio',
      term: 'Intermediate Body',
      def: 'The body to which the managing authority delegates the selection and management of projects: for Priority 4, the capital municipalities of the 14 metropolitan cities.',
    },
    {
      id: 'categoria-regione',
      term: 'Category of region',
      def: 'How cohesion policy classifies regions: less developed (LD) or more developed (MD). The southern cities are in less developed regions.',
    },
    {
      id: 'fse-plus',
      term: 'ESF+',
      def: "European Social Fund Plus, the European Union's fund for employment, education and social inclusion in 2021-2027.",
    },
    {
      id: 'data-riferimento',
      term: 'Reference date',
      def: 'The date the published amounts refer to: commitments and payments are cumulative up to that day.',
    },
    {
      id: 'non-classificato',
      term: 'Not classified',
      def: 'Projects from OpenCoesione do not give their action or target groups: the site shows them under their specific objective and never assigns them to an action or group by guesswork.',
    },
  ],
};
