// Loads data/reference/*.csv (the programme's structure) into the Reference schema. The files
// are input like any other: a broken one stops the import with file, row and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Reference, type Action, type City, type Objective, type TargetGroup } from '../schema/index.ts';

export class ReferenceError extends Error {}

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\ufeff/, '');
  const parsed = Papa.parse<Row>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new ReferenceError(`${file}:${(e.row ?? 0) + 2}:: ${e.message}`);
  }
  return parsed.data;
}

function list(s: string | undefined, sep: string): string[] {
  return (s ?? '')
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function loadReference(dir: string): Reference {
  const objectivesRows = readCsv(dir, 'objectives.csv');
  const actionsRows = readCsv(dir, 'actions.csv');
  const interventionRows = readCsv(dir, 'interventions.csv');
  const cityRows = readCsv(dir, 'cities.csv');
  const aliasRows = readCsv(dir, 'city-aliases.csv');
  const groupRows = readCsv(dir, 'target-groups.csv');

  const objectives: Objective[] = objectivesRows.map((r) => ({
    code: r['codice'] as Objective['code'],
    title: { it: r['titolo'] ?? '', en: r['titolo_en'] ?? '' },
    description: r['descrizione'] ?? '',
    targetGroupsText: list(r['destinatari'], ' | '),
  }));
  const actions: Action[] = actionsRows.map((r) => ({
    code: r['codice'] as Action['code'],
    objective: r['obiettivo_specifico'] as Action['objective'],
    title: { it: r['titolo'] ?? '', en: r['titolo_en'] ?? '' },
    description: r['descrizione'] ?? '',
    interventions: interventionRows
      .filter((i) => i['azione'] === r['codice'])
      .sort((a, b) => Number(a['ordine']) - Number(b['ordine']))
      .map((i) => i['testo'] ?? ''),
  }));
  const cities: City[] = cityRows.map((r) => ({
    istat: r['istat'] ?? '',
    slug: r['slug'] ?? '',
    name: r['nome'] ?? '',
    region: r['regione'] ?? '',
    category: r['categoria_regione'] as City['category'],
    initials: r['sigla'] ?? '',
    aliases: aliasRows.filter((a) => a['istat'] === r['istat']).map((a) => a['alias'] ?? ''),
  }));
  const targetGroups: TargetGroup[] = groupRows.map((r) => ({
    code: r['codice'] ?? '',
    name: { it: r['nome'] ?? '', en: r['nome_en'] ?? '' },
    objectives: list(r['obiettivi'], '|') as TargetGroup['objectives'],
    fromText: r['dal_testo'] ?? '',
  }));

  const result = Reference.safeParse({ objectives, actions, cities, targetGroups });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [table, index, field] = issue.path as [string, number | undefined, string | undefined];
    const file =
      { objectives: 'objectives.csv', actions: 'actions.csv', cities: 'cities.csv', targetGroups: 'target-groups.csv' }[
        table
      ] ?? table;
    throw new ReferenceError(`${file}:${index === undefined ? '' : index + 2}:${field ?? ''}: ${issue.message}`);
  }
  const ref = result.data;
  const aliasUnknown = aliasRows.find((a) => !ref.cities.some((c) => c.istat === a['istat']));
  if (aliasUnknown)
    throw new ReferenceError(`city-aliases.csv::istat: '${aliasUnknown['istat']}' is not in cities.csv`);
  for (const a of ref.actions) {
    if (!ref.objectives.some((o) => o.code === a.objective))
      throw new ReferenceError(`actions.csv::obiettivo_specifico: unknown objective ${a.objective}`);
  }
  for (const [file, codes] of [
    ['cities.csv', ref.cities.map((c) => c.istat)],
    ['cities.csv', ref.cities.map((c) => c.initials)],
    ['target-groups.csv', ref.targetGroups.map((g) => g.code)],
  ] as const) {
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) throw new ReferenceError(`${file}::: the code '${dup}' appears twice`);
  }
  return ref;
}
