// Seeded generator of a synthetic OpenCoesione "progetti esteso" export, for the import
// benchmark (scripts/bench/import.ts). It follows the real export's layout (README, "The importer";
// header: tests/fixtures/opencoesione/progetti_esteso_header.csv): the 199 columns in order, `;`,
// UTF-8 with BOM, quoted text cells, unquoted numbers with a decimal comma, dates as YYYYMMDD, `:::`
// multi-values, long descriptions with line breaks inside quotes, many empty cells.
// About one row in a hundred belongs to PN Metro Plus (mostly Priority 4, some Priority 5);
// the other rows belong to other programmes and only need to be skipped by the importer.
//
// The same seed gives the same bytes: nothing here depends on time, locale or platform.
import { open } from 'node:fs/promises';

/** The 199 columns of the "progetti esteso" export, in order (2024-2025 layout). */
export const OC_ESTESO_HEADER: readonly string[] = (
  'COD_LOCALE_PROGETTO;CUP;OC_TITOLO_PROGETTO;OC_SINTESI_PROGETTO;OC_LINK;OC_COD_CICLO;OC_DESCR_CICLO;' +
  'OC_COD_TEMA_SINTETICO;OC_TEMA_SINTETICO;COD_GRANDE_PROGETTO;DESCRIZIONE_GRANDE_PROGETTO;OC_COD_FONTE;' +
  'OC_DESCR_FONTE;FONDO_COMUNITARIO;OC_CODICE_PROGRAMMA;OC_DESCRIZIONE_PROGRAMMA;COD_OB_TEMATICO;' +
  'DESCR_OB_TEMATICO;COD_PRIORITA_INVEST;DESCR_PRIORITA_INVEST;OC_COD_CATEGORIA_SPESA;' +
  'OC_DESCR_CATEGORIA_SPESA;OC_ARTICOLAZIONE_PROGRAMMA;OC_SUBARTICOLAZIONE_PROGRAMMA;' +
  'OC_COD_ARTICOLAZ_PROGRAMMA;OC_DESCR_ARTICOLAZ_PROGRAMMA;OC_COD_SUBARTICOLAZ_PROGRAMMA;' +
  'OC_DESCR_SUBARTICOLAZ_PROGRAMMA;COD_STRUMENTO;DESCR_STRUMENTO;DESCR_TIPO_STRUMENTO;CUP_COD_NATURA;' +
  'CUP_DESCR_NATURA;CUP_COD_TIPOLOGIA;CUP_DESCR_TIPOLOGIA;CUP_COD_SETTORE;CUP_DESCR_SETTORE;' +
  'CUP_COD_SOTTOSETTORE;CUP_DESCR_SOTTOSETTORE;CUP_COD_CATEGORIA;CUP_DESCR_CATEGORIA;COD_ATECO;' +
  'DESCRIZIONE_ATECO;OC_COD_TIPO_AIUTO;OC_DESCR_TIPO_AIUTO;COD_REGIONE;DEN_REGIONE;COD_PROVINCIA;' +
  'DEN_PROVINCIA;COD_COMUNE;DEN_COMUNE;OC_MACROAREA;OC_COD_SLL;OC_DENOMINAZIONE_SLL;FINANZ_UE;' +
  'FINANZ_UE_FESR;FINANZ_UE_FSE;FINANZ_UE_FEASR;FINANZ_UE_FEAMP;FINANZ_UE_IOG;' +
  'FINANZ_STATO_FONDO_DI_ROTAZIONE;FINANZ_STATO_FSC;FINANZ_STATO_PAC;FINANZ_STATO_COMPLETAMENTI;' +
  'FINANZ_STATO_ALTRI_PROVVEDIMENTI;FINANZ_REGIONE;FINANZ_PROVINCIA;FINANZ_COMUNE;FINANZ_RISORSE_LIBERATE;' +
  'FINANZ_ALTRO_PUBBLICO;FINANZ_STATO_ESTERO;FINANZ_PRIVATO;FINANZ_DA_REPERIRE;FINANZ_TOTALE_PUBBLICO;' +
  'ECONOMIE_TOTALI;ECONOMIE_TOTALI_PUBBLICHE;OC_FINANZ_UE_NETTO;OC_FINANZ_UE_FESR_NETTO;' +
  'OC_FINANZ_UE_FSE_NETTO;OC_FINANZ_UE_FEASR_NETTO;OC_FINANZ_UE_FEAMP_NETTO;OC_FINANZ_UE_IOG_NETTO;' +
  'OC_FINANZ_STATO_FONDO_ROT_NETTO;OC_FINANZ_STATO_FSC_NETTO;OC_FINANZ_STATO_PAC_NETTO;' +
  'OC_FINANZ_STATO_COMPL_NETTO;OC_FINANZ_STATO_ALTRI_PROV_NETTO;OC_FINANZ_REGIONE_NETTO;' +
  'OC_FINANZ_PROVINCIA_NETTO;OC_FINANZ_COMUNE_NETTO;OC_FINANZ_RISORSE_LIBERATE_NETTO;' +
  'OC_FINANZ_ALTRO_PUBBLICO_NETTO;OC_FINANZ_STATO_ESTERO_NETTO;OC_FINANZ_PRIVATO_NETTO;' +
  'OC_FINANZ_TOT_PUB_NETTO;OC_COSTO_COESIONE;IMPEGNI;OC_IMPEGNI_GIURID_VINCOLANTI;' +
  'OC_IMPEGNI_TRASFERIMENTI;OC_IMPEGNI_COESIONE;TOT_PAGAMENTI;OC_TOT_PAGAMENTI_BENEFICIARI;' +
  'OC_TOT_PAGAMENTI_TRASFERIMENTI;COSTO_REALIZZATO;COSTO_RENDICONTABILE_UE;OC_TOT_PAGAMENTI_RENDICONTAB_UE;' +
  'OC_TOT_PAGAMENTI_FSC;OC_TOT_PAGAMENTI_PAC;OC_PAGAMENTI_COESIONE;OC_DATA_INIZIO_PROGETTO;' +
  'OC_DATA_FINE_PROGETTO_PREVISTA;OC_DATA_FINE_PROGETTO_EFFETTIVA;DATA_INIZIO_PREV_STUDIO_FATT;' +
  'DATA_INIZIO_EFF_STUDIO_FATT;DATA_FINE_PREV_STUDIO_FATT;DATA_FINE_EFF_STUDIO_FATT;' +
  'DATA_INIZIO_PREV_PROG_PREL;DATA_INIZIO_EFF_PROG_PREL;DATA_FINE_PREV_PROG_PREL;DATA_FINE_EFF_PROG_PREL;' +
  'DATA_INIZIO_PREV_PROG_DEF;DATA_INIZIO_EFF_PROG_DEF;DATA_FINE_PREV_PROG_DEF;DATA_FINE_EFF_PROG_DEF;' +
  'DATA_INIZIO_PREV_PROG_ESEC;DATA_INIZIO_EFF_PROG_ESEC;DATA_FINE_PREV_PROG_ESEC;DATA_FINE_EFF_PROG_ESEC;' +
  'DATA_INIZIO_PREV_AGG_BANDO;DATA_INIZIO_EFF_AGG_BANDO;DATA_FINE_PREV_AGG_BANDO;DATA_FINE_EFF_AGG_BANDO;' +
  'DATA_INIZIO_PREV_STIP_ATTRIB;DATA_INIZIO_EFF_STIP_ATTRIB;DATA_FINE_PREV_STIP_ATTRIB;' +
  'DATA_FINE_EFF_STIP_ATTRIB;DATA_INIZIO_PREV_ESECUZIONE;DATA_INIZIO_EFF_ESECUZIONE;' +
  'DATA_FINE_PREV_ESECUZIONE;DATA_FINE_EFF_ESECUZIONE;DATA_INIZIO_PREV_COLLAUDO;DATA_INIZIO_EFF_COLLAUDO;' +
  'DATA_FINE_PREV_COLLAUDO;DATA_FINE_EFF_COLLAUDO;OC_STATO_FINANZIARIO;OC_STATO_PROGETTO;' +
  'OC_STATO_PROCEDURALE;OC_COD_FASE_CORRENTE;OC_DESCR_FASE_CORRENTE;COD_PROCED_ATTIVAZIONE;' +
  'DESCR_PROCED_ATTIVAZIONE;COD_TIPO_PROCED_ATTIVAZIONE;DESCR_TIPO_PROCED_ATTIVAZIONE;' +
  'OC_CODFISC_PROGRAMMATORE;OC_DENOM_PROGRAMMATORE;OC_COD_FORMA_GIU_PROGRAMMATORE;' +
  'OC_DESCR_FORMA_GIU_PROGRAMMATORE;OC_TOTALE_PROGRAMMATORI;OC_CODFISC_ATTUATORE;OC_DENOM_ATTUATORE;' +
  'OC_COD_FORMA_GIU_ATTUATORE;OC_DESCR_FORMA_GIU_ATTUATORE;OC_TOTALE_ATTUATORI;OC_CODFISC_BENEFICIARIO;' +
  'OC_DENOM_BENEFICIARIO;OC_COD_FORMA_GIU_BENEFICIARIO;OC_DESCR_FORMA_GIU_BENEFICIARIO;' +
  'OC_TOTALE_BENEFICIARI;OC_CODFISC_REALIZZATORE;OC_DENOM_REALIZZATORE;OC_COD_FORMA_GIU_REALIZZATORE;' +
  'OC_DESCR_FORMA_GIU_REALIZZATORE;OC_TOTALE_REALIZZATORI;OC_TOTALE_INDICATORI;COD_INDICATORE_1;' +
  'DESCR_INDICATORE_1;UNITA_MISURA_INDICATORE_1;PROGRAMMATO_INDICATORE_1;REALIZZATO_INDICATORE_1;' +
  'COD_INDICATORE_2;DESCR_INDICATORE_2;UNITA_MISURA_INDICATORE_2;PROGRAMMATO_INDICATORE_2;' +
  'REALIZZATO_INDICATORE_2;COD_INDICATORE_3;DESCR_INDICATORE_3;UNITA_MISURA_INDICATORE_3;' +
  'PROGRAMMATO_INDICATORE_3;REALIZZATO_INDICATORE_3;COD_INDICATORE_4;DESCR_INDICATORE_4;' +
  'UNITA_MISURA_INDICATORE_4;PROGRAMMATO_INDICATORE_4;REALIZZATO_INDICATORE_4;OC_FLAG_REGIONE_UNICA;' +
  'OC_FLAG_VISUALIZZAZIONE;OC_FLAG_PAC;OC_FLAG_CUP;DATA_AGGIORNAMENTO'
).split(';');

/** Programme description and code of PN Metro Plus as the synthetic rows carry them. */
export const METRO_PLUS_DESCRIPTION = "PN METRO PLUS E CITTA' MEDIE SUD 2021-2027";
// PN Metro Plus's CCI code is not verified (the programme's facts, in its working folder): the
// synthetic file uses an obviously made-up one; the importer selects these rows by their
// description anyway.
export const METRO_PLUS_CODE = 'SINTETICO-PNMETROPLUS';
/** The date every row says it was updated (a real export has one date for the whole file). */
export const SYNTHETIC_UPDATE_DATE = '20250630';
/** Share of rows that belong to PN Metro Plus (Priority 4 or 5). */
export const METRO_SHARE = 0.01;
/** Share of PN Metro Plus rows that belong to Priority 5 (to be skipped by the importer). */
export const PRIORITY5_SHARE = 0.2;

// ---------------------------------------------------------------- seeded random numbers

/** A small, fast, seeded PRNG (mulberry32). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi] (both inclusive). */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
  };
}

// ---------------------------------------------------------------- vocabularies

// Words for titles (upper case, OpenCoesione style: apostrophes instead of accents) and for
// descriptions (mixed case, real accents and typographic quotes, so decoding is exercised).
const TITLE_WORDS = (
  'INTERVENTI SERVIZI SOCIALI INCLUSIONE ATTIVA PERSONE FRAGILI RETE TERRITORIALE PRESA IN CARICO ' +
  "CENTRO DIURNO ACCOGLIENZA SENZA DIMORA HOUSING FIRST ACCOMPAGNAMENTO LAVORO COMUNITA' " +
  "PROSSIMITA' QUARTIERE PERIFERIE RIQUALIFICAZIONE IMMOBILE CONFISCATO SCUOLA ADEGUAMENTO SISMICO " +
  'EFFICIENTAMENTO ENERGETICO EDIFICIO PUBBLICO STRADA PROVINCIALE MANUTENZIONE STRAORDINARIA ' +
  'FORMAZIONE PROFESSIONALE TIROCINI GIOVANI NEET DONNE VITTIME VIOLENZA MINORI STRANIERI NON ' +
  "ACCOMPAGNATI ANZIANI NON AUTOSUFFICIENTI DISABILITA' AUTONOMIA ABITATIVA EMPORIO SOLIDALE " +
  'ECONOMIA SOCIALE TERZO SETTORE COPROGETTAZIONE DIGITALIZZAZIONE SPORTELLO UNICO MEDIAZIONE ' +
  'CULTURALE RIGENERAZIONE URBANA VERDE PUBBLICO PISTA CICLABILE BANDA ULTRALARGA RICERCA ' +
  "SVILUPPO IMPRESE COMPETITIVITA' INNOVAZIONE TECNOLOGICA LABORATORIO ASSISTENZA DOMICILIARE " +
  "POVERTA' EDUCATIVA CONTRASTO DISPERSIONE SCOLASTICA DEL DELLA DEI PER LA IL E NEL DI A"
).split(' ');

const TEXT_WORDS = (
  'Il progetto prevede la realizzazione di servizi per l’inclusione sociale delle persone ' +
  'più fragili della città, attraverso una rete di sportelli di prossimità e la presa in carico ' +
  'integrata dei nuclei familiari in difficoltà. L’intervento è finalizzato al rafforzamento ' +
  'della comunità educante e alla riduzione del disagio abitativo; sarà attivato un servizio ' +
  'di accompagnamento all’autonomia per giovani neomaggiorenni, donne vittime di violenza e ' +
  'persone senza dimora. Le attività comprendono: orientamento, tirocini, mediazione ' +
  'linguistico-culturale, sostegno psicologico, laboratori “di comunità” e co-progettazione ' +
  'con gli enti del Terzo Settore. È prevista inoltre la riqualificazione di un immobile ' +
  'confiscato da destinare a centro polifunzionale, con attenzione all’accessibilità e ' +
  'all’efficienza energetica. Gli obiettivi attesi riguardano l’aumento dei beneficiari ' +
  'raggiunti, la qualità dei servizi erogati e la sostenibilità nel tempo delle attività avviate.'
).split(' ');

const PLACE_NAMES = (
  "SANT'ANTIMO;POZZUOLI;CASORIA;ACERRA;TORRE DEL GRECO;GIUGLIANO IN CAMPANIA;BATTIPAGLIA;" +
  'SALERNO;CASERTA;AVELLINO;BENEVENTO;ANDRIA;BARLETTA;TARANTO;LECCE;BRINDISI;FOGGIA;MATERA;' +
  'POTENZA;COSENZA;CATANZARO;CROTONE;VIBO VALENTIA;SIRACUSA;RAGUSA;TRAPANI;AGRIGENTO;' +
  "CALTANISSETTA;ENNA;SASSARI;NUORO;ORISTANO;L'AQUILA;PESCARA;CAMPOBASSO;PERUGIA;ANCONA;" +
  'PESARO;AREZZO;PRATO;LIVORNO;MODENA;PARMA;RIMINI;VERONA;PADOVA;VICENZA;TRENTO;BOLZANO;' +
  'UDINE;TRIESTE;BERGAMO;BRESCIA;MONZA;COMO;NOVARA;ALESSANDRIA;CUNEO;AOSTA;LA SPEZIA;SAVONA'
).split(';');

interface Region {
  code: string; // 3 digits
  name: string;
  south: boolean;
}

const REGIONS: readonly Region[] = [
  ['001', 'PIEMONTE', false],
  ['002', "VALLE D'AOSTA", false],
  ['003', 'LOMBARDIA', false],
  ['004', 'TRENTINO-ALTO ADIGE', false],
  ['005', 'VENETO', false],
  ['006', 'FRIULI-VENEZIA GIULIA', false],
  ['007', 'LIGURIA', false],
  ['008', 'EMILIA-ROMAGNA', false],
  ['009', 'TOSCANA', false],
  ['010', 'UMBRIA', false],
  ['011', 'MARCHE', false],
  ['012', 'LAZIO', false],
  ['013', 'ABRUZZO', true],
  ['014', 'MOLISE', true],
  ['015', 'CAMPANIA', true],
  ['016', 'PUGLIA', true],
  ['017', 'BASILICATA', true],
  ['018', 'CALABRIA', true],
  ['019', 'SICILIA', true],
  ['020', 'SARDEGNA', true],
].map(([code, name, south]) => ({ code: code as string, name: name as string, south: south as boolean }));

/** The 14 cities of PN Metro Plus (as data/reference/cities.csv), with their region code. */
export interface MetroCity {
  istat: string;
  name: string; // upper case, as OpenCoesione writes DEN_COMUNE
  province: string;
  region: Region;
  sigla: string;
}

const regionByName = (name: string): Region => {
  const r = REGIONS.find((x) => x.name === name);
  if (!r) throw new Error(`unknown region ${name}`);
  return r;
};

export const METRO_CITIES: readonly MetroCity[] = [
  ['001272', 'TORINO', 'TORINO', 'PIEMONTE', 'TO'],
  ['015146', 'MILANO', 'MILANO', 'LOMBARDIA', 'MI'],
  ['027042', 'VENEZIA', 'VENEZIA', 'VENETO', 'VE'],
  ['010025', 'GENOVA', 'GENOVA', 'LIGURIA', 'GE'],
  ['037006', 'BOLOGNA', 'BOLOGNA', 'EMILIA-ROMAGNA', 'BO'],
  ['048017', 'FIRENZE', 'FIRENZE', 'TOSCANA', 'FI'],
  ['058091', 'ROMA', 'ROMA', 'LAZIO', 'RM'],
  ['063049', 'NAPOLI', 'NAPOLI', 'CAMPANIA', 'NA'],
  ['072006', 'BARI', 'BARI', 'PUGLIA', 'BA'],
  ['080063', 'REGGIO DI CALABRIA', 'REGGIO DI CALABRIA', 'CALABRIA', 'RC'],
  ['082053', 'PALERMO', 'PALERMO', 'SICILIA', 'PA'],
  ['083048', 'MESSINA', 'MESSINA', 'SICILIA', 'ME'],
  ['087015', 'CATANIA', 'CATANIA', 'SICILIA', 'CT'],
  ['092009', 'CAGLIARI', 'CAGLIARI', 'SARDEGNA', 'CA'],
].map(([istat, name, province, region, sigla]) => ({
  istat: istat as string,
  name: name as string,
  province: province as string,
  region: regionByName(region as string),
  sigla: sigla as string,
}));

interface Programme {
  code: string;
  name: string;
  cycle: '1' | '2' | '3';
  fund: string;
  source: string;
}

// Other programmes: realistic names and codes. None of them contains "METRO PLUS"; one of them
// is the 2014-2020 PON Metro, which must not be taken for PN Metro Plus.
const OTHER_PROGRAMMES: readonly Programme[] = [
  ['2014IT16RFOP007', 'POR CAMPANIA FESR 2014-2020', '2', 'FESR', 'FS1420'],
  ['2014IT05SFOP001', 'PON INCLUSIONE', '2', 'FSE', 'FS1420'],
  ['2014IT16M2OP004', "PON FESR FSE CITTA' METROPOLITANE", '2', 'FESR', 'FS1420'],
  ['2014IT16M2OP005', "PON FESR FSE LEGALITA'", '2', 'FESR', 'FS1420'],
  ['2014IT05M2OP001', "PON SCUOLA - COMPETENZE E AMBIENTI PER L'APPRENDIMENTO", '2', 'FSE', 'FS1420'],
  ['2014IT16RFOP020', 'POR PUGLIA FESR FSE 2014-2020', '2', 'FESR', 'FS1420'],
  ['2014IT16RFOP016', 'POR SICILIA FESR 2014-2020', '2', 'FESR', 'FS1420'],
  ['2014IT05SFOP015', 'POR LOMBARDIA FSE 2014-2020', '2', 'FSE', 'FS1420'],
  ['2021IT05SFPR010', 'PR LOMBARDIA FSE+ 2021-2027', '3', 'FSE+', 'FS2127'],
  ['2021IT16FFPR006', 'PR PUGLIA FESR FSE+ 2021-2027', '3', 'FESR', 'FS2127'],
  ['2021IT16RFPR019', 'PR SICILIA FESR 2021-2027', '3', 'FESR', 'FS2127'],
  ['2021IT16RFPR008', 'PR CAMPANIA FESR 2021-2027', '3', 'FESR', 'FS2127'],
  ['2021IT05FFPR001', "PN INCLUSIONE E LOTTA ALLA POVERTA' 2021-2027", '3', 'FSE+', 'FS2127'],
  ['2021IT05SFPN002', 'PN SCUOLA E COMPETENZE 2021-2027', '3', 'FSE+', 'FS2127'],
  [
    '2021IT16RFPN003',
    "PN RICERCA, INNOVAZIONE E COMPETITIVITA' PER LA TRANSIZIONE VERDE E DIGITALE 2021-2027",
    '3',
    'FESR',
    'FS2127',
  ],
  ['2021IT16RFPR001', 'PR PIEMONTE FESR 2021-2027', '3', 'FESR', 'FS2127'],
  ['2021IT05SFPR012', 'PR LAZIO FSE+ 2021-2027', '3', 'FSE+', 'FS2127'],
  ['PSCCAMPANIA', 'PSC CAMPANIA', '2', '', 'FSC1420'],
  ['PSCMIMS', "PSC MINISTERO DELLE INFRASTRUTTURE E DELLA MOBILITA' SOSTENIBILI", '2', '', 'FSC1420'],
  ['PSCSICILIA', 'PSC SICILIA', '2', '', 'FSC1420'],
  ['2007IT161PO009', 'POR CALABRIA FESR 2007-2013', '1', 'FESR', 'FS0713'],
  ['2007IT051PO001', 'POR LAZIO FSE 2007-2013', '1', 'FSE', 'FS0713'],
  ['2007IT161PO011', 'POR SICILIA FESR 2007-2013', '1', 'FESR', 'FS0713'],
  ['2007SA002FA016', 'PAR FAS SARDEGNA', '1', '', 'FSC0713'],
  ['2016XXAMPSAP00', "PATTO PER LO SVILUPPO DELLA CITTA' METROPOLITANA DI NAPOLI", '2', '', 'FSC1420'],
].map(([code, name, cycle, fund, source]) => ({
  code: code as string,
  name: name as string,
  cycle: cycle as Programme['cycle'],
  fund: fund as string,
  source: source as string,
}));

const CYCLE_NAMES: Record<Programme['cycle'], string> = {
  '1': 'Ciclo di programmazione 2007-2013',
  '2': 'Ciclo di programmazione 2014-2020',
  '3': 'Ciclo di programmazione 2021-2027',
};

const SOURCE_NAMES: Record<string, string> = {
  FS0713: 'Fondi Strutturali 2007-2013',
  FS1420: 'Fondi Strutturali 2014-2020',
  FS2127: 'Fondi Strutturali 2021-2027',
  FSC0713: 'Fondo Sviluppo e Coesione 2007-2013',
  FSC1420: 'Fondo Sviluppo e Coesione 2014-2020',
};

const THEMES: readonly (readonly [string, string])[] = [
  ['01', 'Ricerca e innovazione'],
  ['02', 'Reti e servizi digitali'],
  ['03', 'Competitività imprese'],
  ['04', 'Energia'],
  ['05', 'Ambiente'],
  ['06', 'Cultura e turismo'],
  ['07', 'Trasporti e mobilità'],
  ['08', 'Occupazione e lavoro'],
  ['09', 'Inclusione sociale e salute'],
  ['10', 'Istruzione e formazione'],
  ['11', 'Capacità amministrativa'],
];

const STATES = ['Non avviato', 'In corso', 'Concluso', 'Liquidato'] as const;
const ESO_CODES = ['ESO4.8', 'ESO4.11', 'ESO4.12'] as const;
const ESO_DESCR: Record<(typeof ESO_CODES)[number], string> = {
  'ESO4.8':
    "INCENTIVARE L'INCLUSIONE ATTIVA, PER PROMUOVERE LE PARI OPPORTUNITA', LA NON DISCRIMINAZIONE E LA PARTECIPAZIONE ATTIVA",
  'ESO4.11': "MIGLIORARE L'ACCESSO PARITARIO E TEMPESTIVO A SERVIZI DI QUALITA', SOSTENIBILI E A PREZZI ACCESSIBILI",
  'ESO4.12': "PROMUOVERE L'INTEGRAZIONE SOCIALE DELLE PERSONE A RISCHIO DI POVERTA' O DI ESCLUSIONE SOCIALE",
};
const P4_CODES = ['4', '4', '4', '04', '04', 'P4', 'P4', '0004'] as const;
const P5_CODES = ['5', '05', 'P5'] as const;

const FORME_GIURIDICHE: readonly (readonly [string, string])[] = [
  ['2.4.30', 'COMUNE'],
  ['2.4.10', 'REGIONE'],
  ['2.5.20', 'ISTITUTO SCOLASTICO'],
  ['1.3.10', "SOCIETA' A RESPONSABILITA' LIMITATA"],
  ['1.6.10', 'COOPERATIVA SOCIALE'],
  ['2.1.10', 'MINISTERO'],
  ['1.7.30', 'ASSOCIAZIONE RICONOSCIUTA'],
  ['2.4.20', "CITTA' METROPOLITANA"],
];

const PROCEDURES: readonly (readonly [string, string])[] = [
  ['01', 'PROCEDURA APERTA'],
  ['03', 'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE'],
  ['07', 'AFFIDAMENTO DIRETTO'],
  ['12', 'AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI'],
  ['14', 'CO-PROGETTAZIONE CON ENTI DEL TERZO SETTORE (ART. 55 D.LGS. 117/2017)'],
];

const INDICATORS: readonly (readonly [string, string, string])[] = [
  ['EECO02', 'Disoccupati, compresi i disoccupati di lungo periodo', 'persone'],
  ['EECO12', 'Partecipanti con disabilità', 'persone'],
  ['EECO13', 'Cittadini di paesi terzi', 'persone'],
  ['EECO16', 'Senzatetto o persone colpite da esclusione abitativa', 'persone'],
  ['ESO4.11_RCO', 'Numero di servizi sociali attivati', 'numero'],
  ['RCO65', 'Capacità delle strutture di accoglienza nuove o modernizzate', 'persone'],
  ['CO01', 'Numero di imprese che ricevono un sostegno', 'imprese'],
  ['791', 'Superficie oggetto di intervento', 'mq'],
  ['794', 'Unità beni acquistati', 'numero'],
];

const CUP_NATURE: readonly (readonly [string, string])[] = [
  ['01', 'ACQUISTO DI BENI'],
  ['02', 'ACQUISTO O REALIZZAZIONE DI SERVIZI'],
  ['03', 'REALIZZAZIONE DI LAVORI PUBBLICI (OPERE ED IMPIANTISTICA)'],
  ['06', "CONCESSIONE DI INCENTIVI AD UNITA' PRODUTTIVE"],
  ['07', "CONCESSIONE DI CONTRIBUTI AD ALTRI SOGGETTI (DIVERSI DA UNITA' PRODUTTIVE)"],
];

const CUP_SETTORI: readonly (readonly [string, string])[] = [
  ['10', "SERVIZI PER LA P.A. E PER LA COLLETTIVITA'"],
  ['05', 'INFRASTRUTTURE SOCIALI'],
  ['01', 'INFRASTRUTTURE DI TRASPORTO'],
  ['08', 'INFRASTRUTTURE AMBIENTALI E RISORSE IDRICHE'],
  ['02', 'INFRASTRUTTURE AMBIENTALI E RISORSE IDRICHE'],
  ['09', 'FORMAZIONE E SOSTEGNI PER IL MERCATO DEL LAVORO'],
];

// ---------------------------------------------------------------- cell formatting

const UPDATE_YEAR = 2025;

/** Quote a text cell, doubling inner quotes. */
function q(s: string): string {
  return s.indexOf('"') === -1 ? `"${s}"` : `"${s.replace(/"/g, '""')}"`;
}

/** An amount in cents as OpenCoesione writes it: decimal comma, no thousands separator. */
export function formatAmount(cents: number): string {
  const c = Math.round(cents);
  const euros = Math.floor(c / 100);
  const rest = c - euros * 100;
  return `${euros},${rest < 10 ? '0' : ''}${rest}`;
}

function date(year: number, month: number, day: number): string {
  return String(year * 10000 + month * 100 + day);
}

function randomDate(rng: Rng, fromYear: number, toYear: number): { y: number; m: number; d: number; s: string } {
  const y = rng.range(fromYear, toYear);
  const m = rng.range(1, 12);
  const d = rng.range(1, 28);
  return { y, m, d, s: date(y, m, d) };
}

function addMonths(y: number, m: number, d: number, months: number): string {
  const total = y * 12 + (m - 1) + months;
  return date(Math.floor(total / 12), (total % 12) + 1, d);
}

function words(rng: Rng, pool: readonly string[], minLen: number, maxLen: number): string {
  const target = rng.range(minLen, maxLen);
  let s = rng.pick(pool);
  while (s.length < target) s += ' ' + rng.pick(pool);
  return s.length > maxLen ? s.slice(0, maxLen).trimEnd() : s;
}

function title(rng: Rng): string {
  let t = words(rng, TITLE_WORDS, 40, 200);
  if (rng.chance(0.05))
    t = `${t.slice(0, 150)} "${rng.pick(['CASA COMUNE', 'NESSUNO ESCLUSO', 'RETI', 'CRESCERE INSIEME'])}"`;
  return t;
}

function synthesis(rng: Rng): string {
  const r = rng.next();
  const max = r < 0.6 ? rng.range(80, 400) : rng.range(400, 1000);
  let s = words(rng, TEXT_WORDS, Math.min(60, max), max);
  if (rng.chance(0.15)) {
    // line breaks inside the quoted cell, as pasted from word processors
    const breaks = rng.range(1, 3);
    for (let i = 0; i < breaks; i++) {
      const at = s.indexOf(' ', rng.int(s.length));
      if (at > 0) s = s.slice(0, at) + (rng.chance(0.3) ? '\r\n' : '\n') + s.slice(at + 1);
    }
  }
  if (rng.chance(0.03)) s += ' Titolo dell’iniziativa: "Città solidale".';
  return s;
}

function cup(rng: Rng): string {
  const L = 'ABCDEFGHIJ';
  let s = L[rng.int(10)] as string;
  s += String(rng.range(10, 99));
  s += L[rng.int(10)] as string;
  s += String(rng.range(15, 25));
  for (let i = 0; i < 9; i++) s += String(rng.int(10));
  return s;
}

function fiscalCode(rng: Rng): string {
  let s = String(rng.range(0, 9));
  for (let i = 0; i < 10; i++) s += String(rng.int(10));
  return s;
}

/** An empty text cell, written the ways real exports write it. */
function emptyText(rng: Rng): string {
  const r = rng.next();
  return r < 0.8 ? '' : r < 0.93 ? '""' : '" "';
}

type Kind = 'amount' | 'date' | 'int' | 'text';

function kindOf(name: string): Kind {
  if (/^(OC_)?DATA_/.test(name)) return 'date';
  if (/^OC_(FLAG|TOTALE)_/.test(name)) return 'int';
  if (
    /^(OC_)?(FINANZ|ECONOMIE|IMPEGNI|TOT_PAGAMENTI|PAGAMENTI|COSTO)|^(PROGRAMMATO|REALIZZATO)_INDICATORE/.test(name) ||
    /^OC_(IMPEGNI|TOT_PAGAMENTI|PAGAMENTI|COSTO)/.test(name)
  )
    return 'amount';
  return 'text';
}

const KINDS: readonly Kind[] = OC_ESTESO_HEADER.map(kindOf);
const COL: Record<string, number> = Object.fromEntries(OC_ESTESO_HEADER.map((h, i) => [h, i]));
function col(name: string): number {
  const i = COL[name];
  if (i === undefined) throw new Error(`unknown column ${name}`);
  return i;
}

// Pools for the generic text columns, made once from a fixed seed (so the file depends on
// the row seed only): a handful of codes and descriptions per column, as in real data.
const GENERIC_POOLS: readonly (readonly string[])[] = (() => {
  const rng = createRng(0x0c0e5);
  return OC_ESTESO_HEADER.map((name) => {
    const n = 3 + rng.int(12);
    const pool: string[] = [];
    for (let i = 0; i < n; i++) {
      pool.push(
        /^(COD|OC_COD|CUP_COD)_/.test(name)
          ? String(rng.range(1, 999)).padStart(rng.range(1, 3), '0')
          : words(rng, TITLE_WORDS, 8, 90),
      );
    }
    return pool;
  });
})();

// Columns that stay empty most of the time in real data.
const MOSTLY_EMPTY = new Set([
  'COD_GRANDE_PROGETTO',
  'DESCRIZIONE_GRANDE_PROGETTO',
  'COD_ATECO',
  'DESCRIZIONE_ATECO',
  'COD_STRUMENTO',
  'DESCR_STRUMENTO',
  'DESCR_TIPO_STRUMENTO',
  'OC_COD_SLL',
  'OC_DENOMINAZIONE_SLL',
]);
const MOSTLY_EMPTY_IDX = new Set([...MOSTLY_EMPTY].map(col));

// Named indexes of the columns filled explicitly.
const C = {
  code: col('COD_LOCALE_PROGETTO'),
  cup: col('CUP'),
  title: col('OC_TITOLO_PROGETTO'),
  synthesis: col('OC_SINTESI_PROGETTO'),
  link: col('OC_LINK'),
  cycle: col('OC_COD_CICLO'),
  cycleName: col('OC_DESCR_CICLO'),
  theme: col('OC_COD_TEMA_SINTETICO'),
  themeName: col('OC_TEMA_SINTETICO'),
  source: col('OC_COD_FONTE'),
  sourceName: col('OC_DESCR_FONTE'),
  fund: col('FONDO_COMUNITARIO'),
  progCode: col('OC_CODICE_PROGRAMMA'),
  progName: col('OC_DESCRIZIONE_PROGRAMMA'),
  investPriority: col('COD_PRIORITA_INVEST'),
  investPriorityName: col('DESCR_PRIORITA_INVEST'),
  category: col('OC_COD_CATEGORIA_SPESA'),
  categoryName: col('OC_DESCR_CATEGORIA_SPESA'),
  level: col('OC_ARTICOLAZIONE_PROGRAMMA'),
  sublevel: col('OC_SUBARTICOLAZIONE_PROGRAMMA'),
  levelCode: col('OC_COD_ARTICOLAZ_PROGRAMMA'),
  levelName: col('OC_DESCR_ARTICOLAZ_PROGRAMMA'),
  sublevelCode: col('OC_COD_SUBARTICOLAZ_PROGRAMMA'),
  sublevelName: col('OC_DESCR_SUBARTICOLAZ_PROGRAMMA'),
  cupNature: col('CUP_COD_NATURA'),
  cupNatureName: col('CUP_DESCR_NATURA'),
  cupSector: col('CUP_COD_SETTORE'),
  cupSectorName: col('CUP_DESCR_SETTORE'),
  regionCode: col('COD_REGIONE'),
  regionName: col('DEN_REGIONE'),
  provinceCode: col('COD_PROVINCIA'),
  provinceName: col('DEN_PROVINCIA'),
  townCode: col('COD_COMUNE'),
  townName: col('DEN_COMUNE'),
  macroarea: col('OC_MACROAREA'),
  ue: col('FINANZ_UE'),
  ueFesr: col('FINANZ_UE_FESR'),
  ueFse: col('FINANZ_UE_FSE'),
  fdr: col('FINANZ_STATO_FONDO_DI_ROTAZIONE'),
  comune: col('FINANZ_COMUNE'),
  total: col('FINANZ_TOTALE_PUBBLICO'),
  totalNet: col('OC_FINANZ_TOT_PUB_NETTO'),
  ueNet: col('OC_FINANZ_UE_NETTO'),
  cohesionCost: col('OC_COSTO_COESIONE'),
  commitments: col('IMPEGNI'),
  commitmentsBinding: col('OC_IMPEGNI_GIURID_VINCOLANTI'),
  payments: col('TOT_PAGAMENTI'),
  paymentsBen: col('OC_TOT_PAGAMENTI_BENEFICIARI'),
  start: col('OC_DATA_INIZIO_PROGETTO'),
  endPlanned: col('OC_DATA_FINE_PROGETTO_PREVISTA'),
  endActual: col('OC_DATA_FINE_PROGETTO_EFFETTIVA'),
  finState: col('OC_STATO_FINANZIARIO'),
  state: col('OC_STATO_PROGETTO'),
  procState: col('OC_STATO_PROCEDURALE'),
  procCode: col('COD_PROCED_ATTIVAZIONE'),
  procName: col('DESCR_PROCED_ATTIVAZIONE'),
  progrCf: col('OC_CODFISC_PROGRAMMATORE'),
  progrName: col('OC_DENOM_PROGRAMMATORE'),
  benCf: col('OC_CODFISC_BENEFICIARIO'),
  benName: col('OC_DENOM_BENEFICIARIO'),
  benForm: col('OC_COD_FORMA_GIU_BENEFICIARIO'),
  benFormName: col('OC_DESCR_FORMA_GIU_BENEFICIARIO'),
  benCount: col('OC_TOTALE_BENEFICIARI'),
  attCf: col('OC_CODFISC_ATTUATORE'),
  attName: col('OC_DENOM_ATTUATORE'),
  indicators: col('OC_TOTALE_INDICATORI'),
  indicator1: col('COD_INDICATORE_1'),
  flagRegion: col('OC_FLAG_REGIONE_UNICA'),
  flagVisible: col('OC_FLAG_VISUALIZZAZIONE'),
  flagPac: col('OC_FLAG_PAC'),
  flagCup: col('OC_FLAG_CUP'),
  updated: col('DATA_AGGIORNAMENTO'),
};

// ---------------------------------------------------------------- rows

/** What a generated row is, for the benchmark's expected counts. */
export type RowClass = 'p4' | 'p5' | 'other';

/** Generic filling of one column by its kind. */
function genericCell(rng: Rng, i: number): string {
  switch (KINDS[i]) {
    case 'amount': {
      const r = rng.next();
      return r < 0.55 ? '0,00' : r < 0.85 ? '' : formatAmount(rng.range(1, 50_000_000));
    }
    case 'date':
      return rng.chance(0.8) ? '' : randomDate(rng, 2008, UPDATE_YEAR - 1).s;
    case 'int':
      return rng.chance(0.1) ? '' : String(rng.int(3));
    default: {
      if (MOSTLY_EMPTY_IDX.has(i) ? rng.chance(0.9) : rng.chance(0.45)) return emptyText(rng);
      return q(rng.pick(GENERIC_POOLS[i] as readonly string[]));
    }
  }
}

interface Place {
  regionCode: string;
  regionName: string;
  provinceCode: string;
  provinceName: string;
  townCode: string;
  townName: string;
  south: boolean;
}

function metroPlace(city: MetroCity): Place {
  return {
    regionCode: city.region.code,
    regionName: city.region.name,
    provinceCode: city.region.code + city.istat.slice(0, 3),
    provinceName: city.province,
    townCode: city.region.code + city.istat,
    townName: city.name,
    south: city.region.south,
  };
}

function randomPlace(rng: Rng): Place {
  if (rng.chance(0.2)) return metroPlace(rng.pick(METRO_CITIES));
  const region = rng.pick(REGIONS);
  const prov = String(rng.range(1, 111)).padStart(3, '0');
  const name = rng.pick(PLACE_NAMES);
  return {
    regionCode: region.code,
    regionName: region.name,
    provinceCode: region.code + prov,
    provinceName: name,
    townCode: region.code + prov + String(rng.range(1, 150)).padStart(3, '0'),
    townName: name,
    south: region.south,
  };
}

function beneficiary(rng: Rng, place: Place): { cf: string; name: string; form: readonly [string, string] } {
  const form = rng.pick(FORME_GIURIDICHE);
  const town = place.townName || rng.pick(PLACE_NAMES);
  let name: string;
  switch (form[1]) {
    case 'COMUNE':
      name = `COMUNE DI ${town}`;
      break;
    case 'REGIONE':
      name = `REGIONE ${place.regionName || 'CAMPANIA'}`;
      break;
    case 'ISTITUTO SCOLASTICO':
      name = `ISTITUTO COMPRENSIVO ${words(rng, TITLE_WORDS, 5, 30)} - ${town}`;
      break;
    case 'COOPERATIVA SOCIALE':
      name = `${words(rng, TITLE_WORDS, 6, 30)} SOCIETA' COOPERATIVA SOCIALE ONLUS`;
      break;
    case "CITTA' METROPOLITANA":
      name = `CITTA' METROPOLITANA DI ${town}`;
      break;
    default:
      name = `${words(rng, TITLE_WORDS, 6, 40)} S.R.L.`;
  }
  return { cf: fiscalCode(rng), name, form };
}

/**
 * One data row (without the line end) and its class. `index` is the 0-based data row index;
 * it makes COD_LOCALE_PROGETTO unique.
 */
export function generateRow(rng: Rng, index: number): { line: string; cls: RowClass } {
  const cells: string[] = new Array<string>(OC_ESTESO_HEADER.length);
  for (let i = 0; i < cells.length; i++) cells[i] = genericCell(rng, i);

  const metro = rng.chance(METRO_SHARE);
  const cls: RowClass = metro ? (rng.chance(PRIORITY5_SHARE) ? 'p5' : 'p4') : 'other';
  const serial = String(index).padStart(8, '0');

  let programme: Programme;
  let place: Place;
  let code: string;
  let multiPlace = false;
  if (metro) {
    const city = rng.pick(METRO_CITIES);
    place = metroPlace(city);
    programme = { code: METRO_PLUS_CODE, name: METRO_PLUS_DESCRIPTION, cycle: '3', fund: 'FSE+', source: 'FS2127' };
    code = `1MPLUS${city.sigla}${serial}`;
  } else {
    programme = rng.pick(OTHER_PROGRAMMES);
    const r = rng.next();
    if (r < 0.04) {
      place = {
        regionCode: '',
        regionName: 'AMBITO NAZIONALE',
        provinceCode: '',
        provinceName: '',
        townCode: '',
        townName: '',
        south: false,
      };
    } else {
      place = randomPlace(rng);
      if (r < 0.1) {
        // a project over several municipalities: `:::` multi-values
        multiPlace = true;
        const n = rng.range(1, 3);
        for (let k = 0; k < n; k++) {
          const p = randomPlace(rng);
          if (p.regionName !== place.regionName) place.regionName += ':::' + p.regionName;
          if (p.regionCode !== place.regionCode) place.regionCode += ':::' + p.regionCode;
          place.provinceCode += ':::' + p.provinceCode;
          place.provinceName += ':::' + p.provinceName;
          place.townCode += ':::' + p.townCode;
          place.townName += ':::' + p.townName;
        }
      }
    }
    code = `${rng.pick(['1', '2', '3', '7', '9'])}${programme.code.slice(-4).replace(/[^A-Z0-9]/g, 'X')}${rng.pick(['', 'A', 'PA', 'CUP'])}${serial}`;
  }

  let progCode = programme.code;
  let progName = programme.name;
  if (rng.chance(0.05)) {
    // a project financed by two programmes
    const other = rng.pick(OTHER_PROGRAMMES);
    if (rng.chance(0.5)) {
      progCode = `${progCode}:::${other.code}`;
      progName = `${progName}:::${other.name}`;
    } else {
      progCode = `${other.code}:::${progCode}`;
      progName = `${other.name}:::${progName}`;
    }
  }

  cells[C.code] = q(code);
  cells[C.cup] = rng.chance(metro ? 0.92 : 0.8) ? q(cup(rng)) : emptyText(rng);
  cells[C.title] = q(title(rng));
  cells[C.synthesis] = rng.chance(metro ? 0.8 : 0.55) ? q(synthesis(rng)) : emptyText(rng);
  cells[C.link] = q(`www.opencoesione.gov.it/progetti/${code.toLowerCase()}`);
  cells[C.cycle] = q(programme.cycle);
  cells[C.cycleName] = q(CYCLE_NAMES[programme.cycle]);
  const theme = metro ? (THEMES[8] as readonly [string, string]) : rng.pick(THEMES);
  cells[C.theme] = q(theme[0]);
  cells[C.themeName] = q(theme[1]);
  cells[C.source] = q(programme.source);
  cells[C.sourceName] = q(SOURCE_NAMES[programme.source] ?? programme.source);
  cells[C.fund] = programme.fund ? q(programme.fund) : emptyText(rng);
  cells[C.progCode] = q(progCode);
  cells[C.progName] = q(progName);

  if (metro) {
    const eso = rng.pick(ESO_CODES);
    const p4 = cls === 'p4';
    cells[C.level] = q("PRIORITA'");
    cells[C.sublevel] = q('OBIETTIVO SPECIFICO');
    cells[C.levelCode] = q(p4 ? rng.pick(P4_CODES) : rng.pick(P5_CODES));
    cells[C.levelName] = q(
      p4 ? "SERVIZI PER L'INCLUSIONE E L'INNOVAZIONE SOCIALE" : "INCLUSIONE SOCIALE CITTA' MEDIE SUD",
    );
    cells[C.sublevelCode] = q(eso);
    cells[C.sublevelName] = q(ESO_DESCR[eso]);
    cells[C.investPriority] = rng.chance(0.5) ? q(eso) : emptyText(rng);
    cells[C.investPriorityName] = rng.chance(0.5) ? q(ESO_DESCR[eso]) : emptyText(rng);
    const cat = rng.pick(['150', '152', '153', '158', '163']);
    cells[C.category] = q(cat);
    cells[C.categoryName] = q(`CATEGORIA DI INTERVENTO ${cat}`);
  } else if (programme.cycle !== '1') {
    cells[C.level] = q(programme.cycle === '3' ? "PRIORITA'" : 'ASSE');
    cells[C.sublevel] = q(programme.cycle === '3' ? 'OBIETTIVO SPECIFICO' : 'AZIONE');
    cells[C.levelCode] = q(String(rng.range(1, 12)));
    cells[C.levelName] = q(words(rng, TITLE_WORDS, 10, 60));
    cells[C.sublevelCode] = q(`${rng.range(1, 12)}.${rng.range(1, 9)}.${rng.range(1, 5)}`);
    cells[C.sublevelName] = q(words(rng, TITLE_WORDS, 20, 160));
  }

  const nature = rng.pick(CUP_NATURE);
  cells[C.cupNature] = q(nature[0]);
  cells[C.cupNatureName] = q(nature[1]);
  const sector = rng.pick(CUP_SETTORI);
  cells[C.cupSector] = q(sector[0]);
  cells[C.cupSectorName] = q(sector[1]);

  cells[C.regionCode] = place.regionCode ? q(place.regionCode) : emptyText(rng);
  cells[C.regionName] = q(place.regionName);
  cells[C.provinceCode] = place.provinceCode ? q(place.provinceCode) : emptyText(rng);
  cells[C.provinceName] = place.provinceName ? q(place.provinceName) : '" "';
  cells[C.townCode] = place.townCode ? q(place.townCode) : emptyText(rng);
  cells[C.townName] = place.townName ? q(place.townName) : '" "';
  cells[C.macroarea] = place.regionCode ? q(place.south ? 'Mezzogiorno' : 'Centro-Nord') : q('Nazionale');
  cells[C.flagRegion] = multiPlace || !place.regionCode ? '0' : '1';

  // amounts: total, EU share, commitments <= total, payments <= commitments
  const total = metro ? rng.range(20_000_00, 5_000_000_00) : rng.chance(0.02) ? 0 : rng.range(1_000_00, 30_000_000_00);
  const ue = Math.round(total * (place.south ? 0.6 : 0.4));
  const state = rng.pick(STATES);
  const committed =
    state === 'Non avviato'
      ? rng.chance(0.5)
        ? 0
        : Math.round(total * rng.next() * 0.3)
      : state === 'In corso'
        ? Math.round(total * (0.3 + rng.next() * 0.7))
        : total;
  const paid =
    state === 'Non avviato'
      ? 0
      : state === 'In corso'
        ? Math.round(committed * rng.next())
        : state === 'Concluso'
          ? Math.round(committed * (0.8 + rng.next() * 0.2))
          : committed;
  cells[C.total] = formatAmount(total);
  cells[C.totalNet] = formatAmount(total);
  cells[C.cohesionCost] = formatAmount(total);
  cells[C.ue] = formatAmount(ue);
  cells[C.ueNet] = formatAmount(ue);
  cells[C.ueFse] = programme.fund.startsWith('FSE') ? formatAmount(ue) : '0,00';
  cells[C.ueFesr] = programme.fund === 'FESR' ? formatAmount(ue) : '0,00';
  cells[C.fdr] = formatAmount(total - ue);
  cells[C.comune] = '0,00';
  cells[C.commitments] = formatAmount(committed);
  cells[C.commitmentsBinding] = rng.chance(0.5) ? formatAmount(committed) : '';
  cells[C.payments] = paid === 0 && rng.chance(0.5) ? '' : formatAmount(paid);
  cells[C.paymentsBen] = paid === 0 ? '' : formatAmount(paid);

  // dates: start, planned end after it, actual end only when the project is over
  const start = randomDate(rng, metro ? 2022 : 2008, UPDATE_YEAR - 1);
  const notStarted = state === 'Non avviato';
  cells[C.start] = notStarted && rng.chance(0.6) ? '' : start.s;
  cells[C.endPlanned] = rng.chance(0.9) ? addMonths(start.y, start.m, start.d, rng.range(6, 48)) : '';
  if (state === 'Concluso' || state === 'Liquidato') {
    const end = addMonths(start.y, start.m, start.d, rng.range(1, 36));
    cells[C.endActual] = end < SYNTHETIC_UPDATE_DATE ? end : SYNTHETIC_UPDATE_DATE;
  } else {
    cells[C.endActual] = '';
  }
  cells[C.state] = q(state);
  cells[C.finState] = q(state === 'Non avviato' ? 'Non avviato' : paid >= total ? 'Concluso' : 'In corso');
  cells[C.procState] = q(
    rng.pick(['In esecuzione', 'Non avviato', 'Eseguito', 'In affidamento', 'In avvio di progettazione']),
  );
  const proc = rng.pick(PROCEDURES);
  cells[C.procCode] = q(proc[0]);
  cells[C.procName] = q(proc[1]);

  // subjects
  const ben = beneficiary(rng, place);
  cells[C.benCf] = q(ben.cf);
  cells[C.benName] = q(ben.name);
  cells[C.benForm] = q(ben.form[0]);
  cells[C.benFormName] = q(ben.form[1]);
  cells[C.benCount] = String(rng.chance(0.9) ? 1 : rng.range(2, 5));
  cells[C.progrCf] = q(fiscalCode(rng));
  cells[C.progrName] = q(
    metro ? 'AGENZIA PER LA COESIONE TERRITORIALE' : `REGIONE ${place.regionName.split(':::')[0] || 'LAZIO'}`,
  );
  if (rng.chance(0.7)) {
    cells[C.attCf] = cells[C.benCf] as string;
    cells[C.attName] = cells[C.benName] as string;
  }

  // indicators: 0-4, then empty
  const nInd = rng.int(5);
  cells[C.indicators] = String(nInd);
  for (let k = 0; k < 4; k++) {
    const base = C.indicator1 + k * 5;
    if (k < nInd) {
      const ind = rng.pick(INDICATORS);
      const planned = rng.range(1, 5000);
      cells[base] = q(ind[0]);
      cells[base + 1] = q(ind[1]);
      cells[base + 2] = q(ind[2]);
      cells[base + 3] = `${planned},00`;
      cells[base + 4] = state === 'Non avviato' ? '0,00' : `${rng.int(planned + 1)},00`;
    } else {
      for (let j = 0; j < 5; j++) cells[base + j] = '';
    }
  }

  cells[C.flagVisible] = rng.chance(0.95) ? '0' : '1';
  cells[C.flagPac] = '0';
  cells[C.flagCup] = cells[C.cup] && cells[C.cup] !== '""' && cells[C.cup] !== '" "' ? '1' : '0';
  cells[C.updated] = SYNTHETIC_UPDATE_DATE;

  return { line: cells.join(';'), cls };
}

/** The header line as the portal writes it (quoted names), without BOM and line end. */
export function headerLine(): string {
  return OC_ESTESO_HEADER.map((h) => `"${h}"`).join(';');
}

// ---------------------------------------------------------------- file

export interface SyntheticOptions {
  /** Stop once the file reaches this size (it ends at most one row beyond it). */
  targetBytes: number;
  seed: number;
  /** Called now and then with the bytes written so far. */
  onProgress?: (bytes: number) => void;
}

export interface SyntheticStats {
  seed: number;
  targetBytes: number;
  bytes: number;
  /** Data rows (header excluded). */
  rows: number;
  /** PN Metro Plus rows of Priority 4 (the importer should import them). */
  priority4Rows: number;
  /** PN Metro Plus rows of Priority 5 (the importer should skip them). */
  priority5Rows: number;
  /** Rows of other programmes (the importer should skip them). */
  otherRows: number;
}

const BOM = '\ufeff';
const EOL = '\n';
const FLUSH_CHARS = 1 << 20;

/**
 * Write the synthetic export to `path`, streaming (about 1 MB in memory at a time).
 * Same seed and target give the same bytes.
 */
export async function writeSyntheticExport(path: string, options: SyntheticOptions): Promise<SyntheticStats> {
  const { targetBytes, seed } = options;
  const rng = createRng(seed);
  const stats: SyntheticStats = {
    seed,
    targetBytes,
    bytes: 0,
    rows: 0,
    priority4Rows: 0,
    priority5Rows: 0,
    otherRows: 0,
  };
  const fh = await open(path, 'w');
  try {
    let batch: string[] = [];
    let batchChars = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await fh.write(Buffer.from(batch.join(''), 'utf8'));
      batch = [];
      batchChars = 0;
      options.onProgress?.(stats.bytes);
    };
    const head = BOM + headerLine() + EOL;
    batch.push(head);
    stats.bytes += Buffer.byteLength(head, 'utf8');
    while (stats.bytes < targetBytes) {
      const { line, cls } = generateRow(rng, stats.rows);
      const text = line + EOL;
      batch.push(text);
      batchChars += text.length;
      stats.bytes += Buffer.byteLength(text, 'utf8');
      stats.rows++;
      if (cls === 'p4') stats.priority4Rows++;
      else if (cls === 'p5') stats.priority5Rows++;
      else stats.otherRows++;
      if (batchChars >= FLUSH_CHARS) await flush();
    }
    await flush();
  } finally {
    await fh.close();
  }
  return stats;
}
