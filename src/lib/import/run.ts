// The importer: reads every input file, validates every row, and returns the site's data
// (reference, allocations, projects, beneficiaries, indicators, meta) with the report, or only
// the report when any error was found. It reads the bytes it is given; where files live is the
// caller's business.
import type {
  Allocation,
  Beneficiary,
  DemoManifest,
  FileKind,
  FileReport,
  ImportConfig,
  Indicator,
  InputFile,
  Issue,
  Meta,
  Project,
  Reference,
  Report,
} from '../schema/index.ts';
import { partiesLabel, registerBeneficiaries } from './beneficiaries.ts';
import { CityMatcher } from './cities.ts';
import { daysBetween } from './dates.ts';
import { cupProblem } from './fields.ts';
import { IndicatorSet, OC_INDICATOR, OWN_INDICATOR, readIndicator } from './indicators.ts';
import { Columns, detectKind, isBilingual, operationKey } from './kinds.ts';
import { ocScope, readOcRow } from './opencoesione.ts';
import { operationScope, readOperationRow } from './operations.ts';
import { CsvFileError, CsvReader, isBlank, type RecordReader } from './read.ts';
import {
  contextOf,
  readAllocation,
  readProject,
  type AllocationDraft,
  type Context,
  type ProjectDraft,
} from './records.ts';
import { cmp, ReportBuilder } from './report.ts';
import { Row, type IssueSink } from './row.ts';
import { slugify } from './text.ts';
import { isWorkbook, XlsxReader } from './xlsx.ts';

/** A file: its bytes in chunks, each of which the source may overwrite once the next is asked for. */
export type InputSource = { name: string; open: () => AsyncIterable<Uint8Array> };

export type ImportOptions = {
  files: InputSource[];
  reference: Reference;
  config: ImportConfig;
  manifest: DemoManifest | null;
  onError?: (issue: Issue) => void;
  /**
   * Count the rows of national-size files that cannot be in scope without parsing them (default
   * true). The outcome is the same either way; false is for tests and the benchmark.
   */
  prefilter?: boolean;
};

export type Dataset = {
  reference: Reference;
  allocations: Allocation[];
  projects: Project[];
  beneficiaries: Beneficiary[];
  indicators: Indicator[];
  meta: Meta;
};
export type ImportResult = { report: Report; dataset: Dataset | null };

type Outcome = 'imported' | 'skipped' | 'rejected';

/** What the files read so far hold. */
type State = {
  ctx: Context;
  config: ImportConfig;
  allocations: Map<string, AllocationDraft>;
  projects: Map<string, ProjectDraft>;
  indicators: IndicatorSet;
  /** Official lists in OpenCoesione's bilingual layout (republished by OpenCoesione). */
  republished: Set<string>;
};

/** Indicator files name projects that any file may hold: they are read after every other file. */
const READ_LAST = new Set<FileKind>(['indicators', 'opencoesione-indicators']);

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
  const report = new ReportBuilder(opts.config.report.maxIssuesPerFile, opts.onError);
  const state: State = {
    ctx: contextOf(opts.reference, new CityMatcher(opts.reference.cities), opts.config),
    config: opts.config,
    allocations: new Map(),
    projects: new Map(),
    indicators: new IndicatorSet(),
    republished: new Set(),
  };
  const inputs: InputFile[] = [];
  const files = [...opts.files].sort((a, b) => cmp(a.name, b.name));
  const last: Array<() => Promise<unknown>> = [];

  const importFile = async (
    file: InputSource,
    sink: IssueSink,
    fr: FileReport,
    lastPass: boolean,
  ): Promise<'read' | 'later'> => {
    const reader: RecordReader = isWorkbook(file.name) ? new XlsxReader() : new CsvReader();
    let later = false;
    try {
      await readFile(file, reader, sink, fr, opts.prefilter ?? true, (cols) => {
        const handler = handlerFor(file.name, cols, sink, fr, state);
        if (handler === null || lastPass || fr.kind === null || !READ_LAST.has(fr.kind)) return handler;
        later = true;
        return null;
      });
    } catch (e) {
      if (!(e instanceof CsvFileError)) throw e;
      sink.error(null, null, e.message);
    }
    if (later) return 'later';
    fr.encoding = reader.info?.encoding ?? null;
    fr.delimiter = reader.info?.delimiter ?? null;
    if (fr.kind !== null && (reader.info !== null || isWorkbook(file.name))) {
      const sha256 = reader.sha256();
      inputs.push({
        file: file.name,
        kind: fr.kind,
        sha256,
        bytes: reader.bytes,
        encoding: fr.encoding,
        delimiter: fr.delimiter,
        rows: fr.rows,
        imported: fr.imported,
        skipped: fr.skipped,
        rejected: fr.rejected,
        demonstration: opts.manifest?.files[file.name] === sha256,
      });
    }
    return 'read';
  };

  for (const file of files) {
    const sink = report.sinkFor(file.name);
    const fr: FileReport = {
      file: file.name,
      kind: null,
      encoding: null,
      delimiter: null,
      rows: 0,
      imported: 0,
      skipped: 0,
      rejected: 0,
    };
    report.files.push(fr);
    if ((await importFile(file, sink, fr, false)) === 'later') last.push(() => importFile(file, sink, fr, true));
  }
  for (const read of last) await read();

  if (files.length === 0)
    report.sinkFor('(input folder)').error(null, null, 'there is no .csv or .xlsx file in the input folder');
  if (report.errorCount > 0) return { report: report.build(), dataset: null };
  inputs.sort((a, b) => cmp(a.file, b.file));
  const dataset = assemble(opts, state, inputs, report);
  return { report: report.build(), dataset };
}

/**
 * Classifies one data row; `quote` is papaparse's complaint about the row's quoting, if any.
 * `prefilter`: needles such that the handler skips, with no other effect, every row that is not
 * blank and holds none of them in any case: the reader may then count such rows without parsing.
 */
type Handler = ((cells: string[], row: number, quote?: string) => Outcome) & { prefilter?: readonly string[] };

/** Reads one file row by row: the first record is the header, which picks the handler. */
async function readFile(
  file: InputSource,
  reader: RecordReader,
  sink: IssueSink,
  fr: FileReport,
  prefilter: boolean,
  pick: (cols: Columns) => Handler | null,
): Promise<void> {
  let handle: Handler | null = null;
  for await (const batch of reader.batches(file.open())) {
    if (batch.skipped) {
      fr.rows += batch.skipped;
      fr.skipped += batch.skipped;
    }
    let row = reader.records - batch.rows.length;
    for (let i = 0; i < batch.rows.length; i++) {
      const cells = batch.rows[i]!;
      row++;
      if (handle === null) {
        handle = pick(new Columns(cells));
        if (handle === null) return;
        if (prefilter && handle.prefilter) reader.prefilter?.(handle.prefilter);
        continue;
      }
      if (isBlank(cells)) continue;
      fr.rows++;
      fr[handle(cells, row, batch.quoteErrors.get(i))]++;
    }
  }
  if (handle === null) sink.error(null, null, 'the file has no header row');
  else if (fr.rows === 0) sink.warning(null, null, 'the file has a header but no data rows');
}

function handlerFor(
  file: string,
  detectedCols: Columns,
  sink: IssueSink,
  fr: { kind: FileKind | null },
  state: State,
): Handler | null {
  const detected = detectKind(detectedCols);
  if (detected.kind === null) {
    sink.error(null, null, detected.message);
    return null;
  }
  const kind = detected.kind;
  fr.kind = kind;
  const cols = kind === 'operations' ? new Columns(detectedCols.header, operationKey) : detectedCols;
  const used = new Set(cols.duplicates.map((d) => d.toLowerCase().trim()));
  if (kind !== 'opencoesione' && kind !== 'opencoesione-indicators' && used.size > 0) {
    sink.error(
      null,
      null,
      `the column${used.size > 1 ? 's' : ''} ${cols.duplicates.join(', ')} appear${used.size > 1 ? '' : 's'} more than once in the header`,
    );
    return null;
  }
  const { ctx, config, allocations, projects, indicators } = state;
  const width = cols.header.length;
  const rowOf = (cells: string[], row: number, quote: string | undefined): Row | null => {
    const r = new Row(cells, cols, row, sink);
    if (quote !== undefined) r.error(null, quote);
    else if (r.cells.length !== width)
      r.error(
        null,
        `the row has ${r.cells.length} cells but the header has ${width}: a delimiter is missing or in excess`,
      );
    return r.errors === 0 ? r : null;
  };
  const addProject = (r: Row, codeColumn: string, p: ProjectDraft): Outcome => {
    const first = projects.get(p.code);
    if (first) {
      r.error(
        codeColumn,
        `the project code '${p.code}' is used twice (first in ${first.source.file}, row ${first.source.row})`,
      );
      return 'rejected';
    }
    projects.set(p.code, p);
    return 'imported';
  };

  switch (kind) {
    case 'allocations':
      return (cells, row, quote) => {
        const r = rowOf(cells, row, quote);
        const a = r === null ? null : readAllocation(r, ctx, file);
        if (r === null || a === null) return 'rejected';
        const key = `${a.city}|${a.action}`;
        const first = allocations.get(key);
        if (first) {
          r.error(
            null,
            `the allocation of ${ctx.cities.byIstat(a.city)?.name} for action ${a.action} is given twice (first in ${first.source.file}, row ${first.source.row})`,
          );
          return 'rejected';
        }
        allocations.set(key, a);
        return 'imported';
      };
    case 'projects':
      return (cells, row, quote) => {
        const r = rowOf(cells, row, quote);
        const p = r === null ? null : readProject(r, ctx, file);
        return r === null || p === null ? 'rejected' : addProject(r, 'codice', p);
      };
    case 'opencoesione': {
      const scope = ocScope(config.opencoesione, cols);
      const handler: Handler = (cells, row, quote) => {
        // Rows of other programmes are counted and left alone: most of a national file.
        if (!scope.isProgramme(cells)) return 'skipped';
        const r = rowOf(cells, row, quote);
        const out = r === null ? null : readOcRow(r, ctx, scope, file);
        if (r === null || out === null) return 'rejected';
        if (out.kind !== 'project') return out.kind;
        const added = addProject(r, 'cod_locale_progetto', out.project);
        if (added === 'imported') for (const i of out.indicators) indicators.add(r, 'cod_locale_progetto', i, false);
        return added;
      };
      handler.prefilter = scope.needles;
      return handler;
    }
    case 'operations': {
      if (isBilingual(cols.header)) state.republished.add(file);
      const inScope = operationScope(config.opencoesione, cols);
      return (cells, row, quote) => {
        if (!inScope(cells)) return 'skipped';
        const r = rowOf(cells, row, quote);
        const out = r === null ? null : readOperationRow(r, ctx, file);
        if (r === null || out === null) return 'rejected';
        return out.kind === 'project' ? addProject(r, 'codicelocaleprogetto', out.project) : out.kind;
      };
    }
    case 'indicators':
      return (cells, row, quote) => {
        const r = rowOf(cells, row, quote);
        if (r === null) return 'rejected';
        const code = r.text('codice', true);
        if (code !== null && !projects.has(code))
          r.error(
            'codice',
            `no project has the code '${code}': an indicator must name a project of the projects files`,
          );
        const i = code === null ? null : readIndicator(r, OWN_INDICATOR, code, file);
        return i !== null && r.errors === 0 && indicators.add(r, 'indicatore', i, true) ? 'imported' : 'rejected';
      };
    case 'opencoesione-indicators': {
      const codeIdx = cols.index.get('cod_locale_progetto')!;
      return (cells, row, quote) => {
        // Every programme's indicators: only those of the projects imported are read.
        const code = (cells[codeIdx] ?? '').trim();
        if (!projects.has(code)) return 'skipped';
        const r = rowOf(cells, row, quote);
        const i = r === null ? null : readIndicator(r, OC_INDICATOR, code, file);
        if (r === null || i === null) return 'rejected';
        indicators.add(r, 'cod_indicatore', i, false);
        return 'imported';
      };
    }
  }
}

function assemble(opts: ImportOptions, state: State, files: InputFile[], report: ReportBuilder): Dataset {
  const ref = opts.reference;
  const allocs = [...state.allocations.values()];
  const drafts = [...state.projects.values()].sort((a, b) => cmp(a.code, b.code));
  const dates = [...allocs.map((a) => a.referenceDate), ...drafts.map((p) => p.updatedAt)].filter(
    (d): d is string => d !== null,
  );
  const referenceDate = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;

  const cityOrder = new Map(ref.cities.map((c, i) => [c.istat, i]));
  const actionOrder = new Map(ref.actions.map((a, i) => [a.code, i]));
  const allocations: Allocation[] = allocs
    .sort(
      (a, b) =>
        cityOrder.get(a.city)! - cityOrder.get(b.city)! || actionOrder.get(a.action)! - actionOrder.get(b.action)!,
    )
    .map(({ euCents, nationalCents, ...a }) => ({
      city: a.city,
      action: a.action,
      objective: a.objective,
      eu: euCents,
      national: nationalCents,
      total: euCents + nationalCents,
      referenceDate: a.referenceDate,
      source: a.source,
    }));

  const registry = registerBeneficiaries(drafts);
  const naturalByFile = new Map<string, number>();
  for (const p of drafts) {
    if (p.parties.some((x) => x.kind === 'natural'))
      naturalByFile.set(p.source.file, (naturalByFile.get(p.source.file) ?? 0) + 1);
  }
  for (const [file, n] of naturalByFile) {
    report
      .sinkFor(file)
      .warning(
        null,
        null,
        `${n} project${n > 1 ? 's have' : ' has'} a natural person among the beneficiaries: published as "Persona fisica", never with name or tax code`,
      );
  }

  const warn = (p: ProjectDraft, column: string, message: string) =>
    report.sinkFor(p.source.file).warning(p.source.row, column, message);
  const ids = new Set<string>();
  const projects: Project[] = drafts.map((p) => {
    const flags: Project['flags'] = [];
    const own = p.sourceKind === 'projects';
    if (p.paymentsCents !== null && p.paymentsCents > p.costCents) {
      flags.push('payments-above-cost');
      warn(
        p,
        own ? 'pagamenti' : 'TOT_PAGAMENTI',
        `payments (${fmt(p.paymentsCents)}) are above the total cost (${fmt(p.costCents)})`,
      );
    }
    if (p.commitmentsCents !== null && p.commitmentsCents > p.costCents) {
      flags.push('commitments-above-cost');
      warn(
        p,
        own ? 'impegni' : 'IMPEGNI',
        `commitments (${fmt(p.commitmentsCents)}) are above the total cost (${fmt(p.costCents)})`,
      );
    }
    const cup = cupProblem(p.cup);
    if (cup) flags.push(cup);
    if (referenceDate && p.updatedAt && daysBetween(p.updatedAt, referenceDate) > opts.config.quality.staleAfterDays)
      flags.push('stale');
    let id = slugify(p.code);
    for (let n = 2; ids.has(id); n++) id = `${slugify(p.code)}-${n}`;
    ids.add(id);
    const named = partiesLabel(p.parties);
    return {
      id,
      code: p.code,
      cup: p.cup,
      title: p.title,
      description: p.description,
      city: p.city,
      objective: p.objective,
      action: p.action,
      actionSource: p.actionSource,
      beneficiary: named.name,
      beneficiaryTaxCode: named.taxCode,
      beneficiaries: registry.idsOf.get(p.code)!,
      targetGroups: p.targetGroups,
      cost: p.costCents,
      eligibleCost: p.eligibleCents,
      euFunding: p.euCents,
      commitments: p.commitmentsCents,
      payments: p.paymentsCents,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      actualEndDate: p.actualEndDate,
      status: p.status,
      interventionCategory: p.interventionCategory,
      lat: p.lat,
      lon: p.lon,
      updatedAt: p.updatedAt,
      ocLink: p.ocLink,
      flags,
      sourceKind: p.sourceKind,
      source: p.source,
    };
  });
  const indicators = state.indicators.values().sort((a, b) => cmp(a.project, b.project) || cmp(a.code, b.code));

  const demonstration = files.some((f) => f.demonstration);
  const sources: Meta['sources'] = [];
  if (demonstration) {
    sources.push({
      name: `Dati dimostrativi generati da ${opts.manifest!.generator} (seed ${opts.manifest!.seed})`,
      url: null,
      licence: 'CC0 1.0',
      licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    });
  }
  const fromOc = (f: InputFile) =>
    f.kind === 'opencoesione' || f.kind === 'opencoesione-indicators' || state.republished.has(f.file);
  if (files.some((f) => !f.demonstration && f.kind === 'operations' && !fromOc(f))) sources.push(LIST_OF_OPERATIONS);
  if (files.some((f) => !f.demonstration && !fromOc(f) && f.kind !== 'operations')) sources.push(opts.config.source);
  if (files.some(fromOc)) {
    sources.push({
      name: 'OpenCoesione',
      url: 'https://opencoesione.gov.it/',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    });
  }
  const meta: Meta = {
    referenceDate,
    demonstration,
    demonstrationNote: demonstration ? opts.manifest!.note : null,
    sources,
    files,
    staleAfterDays: opts.config.quality.staleAfterDays,
    counts: {
      allocations: allocations.length,
      projects: projects.length,
      beneficiaries: registry.beneficiaries.length,
      naturalPersons: registry.naturalPersons,
      indicators: indicators.length,
    },
  };
  return { reference: ref, allocations, projects, beneficiaries: registry.beneficiaries, indicators, meta };
}

/** The programme's own list of operations, when it does not come from OpenCoesione. */
const LIST_OF_OPERATIONS: Meta['sources'][number] = {
  name: 'Elenco delle operazioni del PN Metro Plus 2021-2027 (Reg. UE 2021/1060, art. 49(3))',
  url: null,
  licence: null,
  licenceUrl: null,
};

function fmt(cents: number): string {
  return `${(cents / 100).toFixed(2)} €`;
}
