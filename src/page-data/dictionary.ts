// /dati/dizionario/: every column of every download, from the zod schemas the importer validates
// with (src/lib/schema), so the dictionary cannot drift from the data.
import { DATASETS, type DatasetDefinition } from '../lib/downloads/datasets.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { FieldSource } from '../lib/schema/project-fields.ts';

/** A column as the dictionary shows it: where it comes from, one [kind of input file, its columns] a line. */
export type DictionaryColumn = DatasetDefinition['columns'][number] & { typeName: string; sources: [string, string][] };

export type DictionaryPage = {
  datasets: { def: DatasetDefinition; columns: DictionaryColumn[]; hasSources: boolean }[];
};

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  it: { string: 'testo', number: 'numero', integer: 'intero', boolean: 'sì/no', date: 'data (AAAA-MM-GG)' },
  en: { string: 'text', number: 'number', integer: 'integer', boolean: 'yes/no', date: 'date (YYYY-MM-DD)' },
};

/** Where a column comes from, in each kind of input file (schema/project-fields.ts). */
function sourceLines(src: FieldSource | null | undefined, lang: Lang): [string, string][] {
  if (!src) return [];
  const it = lang === 'it';
  return [
    ...(src.own
      ? [
          ['progetti.csv', `${src.own}${src.required ? (it ? ' (obbligatoria)' : ' (required)') : ''}`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(src.opencoesione ? [['OpenCoesione', src.opencoesione.join(', ')] as [string, string]] : []),
    ...(src.operations
      ? [[it ? 'Elenco delle operazioni' : 'List of operations', src.operations] as [string, string]]
      : []),
  ];
}

export function dictionaryPage(lang: Lang): DictionaryPage {
  return {
    datasets: DATASETS.map((def) => ({
      def,
      columns: def.columns.map((c) => ({
        ...c,
        typeName: TYPE_NAMES[lang][c.type]!,
        sources: sourceLines(c.source, lang),
      })),
      hasSources: def.columns.some((c) => c.source),
    })),
  };
}
