// Invented indicators for the demonstration's projects, in our own indicatori.csv format: ESF+
// common output indicators (Reg. (EU) 2021/1057, Annex I) such as EECO01, participants. Planned
// values follow the persons each project's description says it reaches; achieved values follow
// the project's state at the release date, so an earlier release shows less achieved.
import { OWN_INDICATOR } from '../import/indicators.ts';
import { csvText } from './format.ts';
import { reachOf, type ProjectSnapshot } from './projects.ts';
import { createRandom } from './random.ts';

/** The header of our indicatori.csv: the project's code, then the columns the importer reads an indicator from. */
const I = OWN_INDICATOR;
export const INDICATOR_COLUMNS = ['codice', I.code, I.description, I.unit, I.planned, I.achieved];

type Kind = { code: string; description: string; unit: 'Persone' | 'Numero' };

const PARTICIPANTS: Kind = { code: 'EECO01', description: 'Numero totale di partecipanti', unit: 'Persone' };
/** The common indicator that counts a target group, where there is one. */
const BY_GROUP: Record<string, Kind> = {
  migranti: { code: 'EECO13', description: 'Cittadini di paesi terzi', unit: 'Persone' },
  'rom-sinti-camminanti': {
    code: 'EECO15',
    description: 'Partecipanti appartenenti a minoranze (comprese le comunità emarginate come i Rom)',
    unit: 'Persone',
  },
  'senza-dimora': {
    code: 'EECO16',
    description: 'Persone senza dimora o colpite da esclusione abitativa',
    unit: 'Persone',
  },
  'emergenza-abitativa': {
    code: 'EECO16',
    description: 'Persone senza dimora o colpite da esclusione abitativa',
    unit: 'Persone',
  },
  disabili: { code: 'EECO12', description: 'Partecipanti con disabilità', unit: 'Persone' },
  minori: { code: 'EECO06', description: 'Minori di 18 anni', unit: 'Persone' },
  giovani: { code: 'EECO07', description: 'Giovani di età compresa tra 18 e 29 anni', unit: 'Persone' },
  anziani: { code: 'EECO08', description: 'Partecipanti di età pari o superiore a 55 anni', unit: 'Persone' },
  'terzo-settore': {
    code: 'EECO19',
    description: 'Micro, piccole e medie imprese sostenute (comprese cooperative e imprese sociali)',
    unit: 'Numero',
  },
  'enti-rete-servizi': {
    code: 'EECO18',
    description: 'Pubbliche amministrazioni o servizi pubblici sostenuti',
    unit: 'Numero',
  },
};

/** Share of the planned value achieved at the snapshot: none before the start, all (give or take) at the end. */
function progress(snapshot: ProjectSnapshot): number | null {
  const { plan, state, updatedDay } = snapshot;
  if (state.status === 'Non avviato') return null;
  if (state.status === 'In corso')
    return Math.max(0, Math.min(1, (updatedDay - plan.startDay) / (plan.actualEndDay - plan.startDay)));
  return 1;
}

export function indicatorsCsv(snapshots: readonly ProjectSnapshot[], seed: number): string {
  const rows: string[][] = [];
  for (const snapshot of snapshots) {
    const { plan, costCents } = snapshot;
    // One stream per project: the same project gets the same indicators in every release.
    const random = createRandom(seed, `indicators ${plan.code}`);
    if (random.chance(0.1)) continue;
    const reach = reachOf(plan, costCents);
    const done = progress(snapshot);
    const pace = random.between(0.8, 1.1);
    const achieved = (planned: number, concluded: number) =>
      done === null ? '' : String(done === 1 ? concluded : Math.min(planned, Math.round(planned * done * pace)));
    rows.push([
      plan.code,
      PARTICIPANTS.code,
      PARTICIPANTS.description,
      PARTICIPANTS.unit,
      String(reach),
      achieved(reach, reach),
    ]);
    const seen = new Set([PARTICIPANTS.code]);
    for (const group of plan.targetGroups) {
      const kind = BY_GROUP[group];
      if (!kind || seen.has(kind.code)) continue;
      seen.add(kind.code);
      const planned =
        kind.unit === 'Numero' ? random.int(1, 6) : Math.max(1, Math.round(reach * random.between(0.15, 0.5)));
      rows.push([
        plan.code,
        kind.code,
        kind.description,
        kind.unit,
        String(planned),
        achieved(planned, Math.round(planned * random.between(0.85, 1.1))),
      ]);
    }
  }
  return csvText(INDICATOR_COLUMNS, rows, { delimiter: ';', newline: '\n', bom: false });
}
