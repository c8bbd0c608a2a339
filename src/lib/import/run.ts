// The importer: reads every input file, validates every row, and returns the site's data
// (reference, allocations, projects, meta) with the report, or only the report when any
// error was found. It reads the bytes it is given; where files live is the caller's business.
import type { Allocation, DemoManifest, FileKind, FileReport, ImportConfig, InputFile, Issue, Meta, Project, Reference, Report } from '../schema/index.ts';
import { CityMatcher } from './cities.ts';
import { daysBetween } from './dates.ts';
import { cupProblem } from './fields.ts';
import { Columns, detectKind } from './kinds.ts';
import { ocScope, readOcRow } from './opencoesione.ts';
import { CsvFileError, CsvReader, isBlank } from './read.ts';
import { contextOf, readAllocation, readProject, type AllocationDraft, type ProjectDraft } from './records.ts';
import { cmp, ReportBuilder } from './report.ts';
import { euro, Row, type IssueSink } from './row.ts';
import { slugify } from './text.ts';

export type InputSource = { name: string; open: () => AsyncIterable<Uint8Array> };

export type ImportOptions = {
  files: InputSource[];
  reference: Reference;
  config: ImportConfig;
  manifest: DemoManifest | null;
  onError?: (issue: Issue) => void;
};

export type Dataset = { reference: Reference; allocations: Allocation[]; projects: Project[]; meta: Meta };
export type ImportResult = { report: Report; dataset: Dataset | null };

type Outcome = 'imported' | 'skipped' | 'rejected';

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
  const report = new ReportBuilder(opts.config.report.maxIssuesPerFile, opts.onError);
  const ctx = contextOf(opts.reference, new CityMatcher(opts.reference.cities));
  const allocations = new Map<string, AllocationDraft>();
  const projects = new Map<string, ProjectDraft>();
  const inputs: InputFile[] = [];
  const files = [...opts.files].sort((a, b) => cmp(a.name, b.name));

  for (const file of files) {
    const sink = report.sinkFor(file.name);
    const fr: FileReport = { file: file.name, kind: null, encoding: null, delimiter: null, rows: 0, imported: 0, skipped: 0, rejected: 0 };
    report.files.push(fr);
    const reader = new CsvReader();
    try {
      await readFile(file, reader, sink, fr, (cols) => handlerFor(file.name, cols, sink, fr, ctx, opts.config, allocations, projects));
    } catch (e) {
      if (!(e instanceof CsvFileError)) throw e;
      sink.error(null, null, e.message);
    }
    fr.encoding = reader.info?.encoding ?? null;
    fr.delimiter = reader.info?.delimiter ?? null;
    if (fr.kind !== null && fr.encoding !== null && fr.delimiter !== null) {
      const sha256 = reader.sha256();
      inputs.push({
        file: file.name, kind: fr.kind, sha256, bytes: reader.bytes, encoding: fr.encoding, delimiter: fr.delimiter,
        rows: fr.rows, imported: fr.imported, skipped: fr.skipped, rejected: fr.rejected,
        demonstration: opts.manifest?.files[file.name] === sha256,
      });
    }
  }

  if (files.length === 0) report.sinkFor('(input folder)').error(null, null, 'there is no .csv file in the input folder');
  if (report.errorCount > 0) return { report: report.build(), dataset: null };
  const dataset = assemble(opts, [...allocations.values()], [...projects.values()], inputs, report);
  return { report: report.build(), dataset };
}

/** Classifies one data row; `quote` is papaparse's complaint about the row's quoting, if any. */
type Handler = (cells: string[], row: number, quote?: string) => Outcome;

/** Reads one file row by row: the first record is the header, which picks the handler. */
async function readFile(file: InputSource, reader: CsvReader, sink: IssueSink, fr: FileReport, pick: (cols: Columns) => Handler | null): Promise<void> {
  let handle: Handler | null = null;
  for await (const batch of reader.batches(file.open())) {
    let row = reader.records - batch.rows.length;
    for (let i = 0; i < batch.rows.length; i++) {
      const cells = batch.rows[i]!;
      row++;
      if (handle === null) {
        handle = pick(new Columns(cells));
        if (handle === null) return;
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
  file: string, cols: Columns, sink: IssueSink, fr: { kind: FileKind | null }, ctx: ReturnType<typeof contextOf>,
  config: ImportConfig, allocations: Map<string, AllocationDraft>, projects: Map<string, ProjectDraft>,
): Handler | null {
  const detected = detectKind(cols);
  if (detected.kind === null) { sink.error(null, null, detected.message); return null; }
  fr.kind = detected.kind;
  const used = new Set(cols.duplicates.map((d) => d.toLowerCase().trim()));
  if (detected.kind !== 'opencoesione' && used.size > 0) {
    sink.error(null, null, `the column${used.size > 1 ? 's' : ''} ${cols.duplicates.join(', ')} appear${used.size > 1 ? '' : 's'} more than once in the header`);
    return null;
  }
  const width = cols.header.length;
  const checkWidth = (r: Row, quote: string | undefined) => {
    if (quote !== undefined) r.error(null, quote);
    else if (r.cells.length !== width) r.error(null, `the row has ${r.cells.length} cells but the header has ${width}: a delimiter is missing or in excess`);
    return r.errors === 0;
  };

  if (detected.kind === 'allocations') {
    return (cells, row, quote) => {
      const r = new Row(cells, cols, row, sink);
      if (!checkWidth(r, quote)) return 'rejected';
      const a = readAllocation(r, ctx, file);
      if (a === null) return 'rejected';
      const key = `${a.city}|${a.action}`;
      const first = allocations.get(key);
      if (first) {
        r.error(null, `the allocation of ${ctx.cities.byIstat(a.city)?.name} for action ${a.action} is given twice (first in ${first.source.file}, row ${first.source.row})`);
        return 'rejected';
      }
      allocations.set(key, a);
      return 'imported';
    };
  }
  const addProject = (r: Row, p: ProjectDraft): Outcome => {
    const first = projects.get(p.code);
    if (first) {
      r.error(r.cols.has('codice') ? 'codice' : 'cod_locale_progetto', `the project code '${p.code}' is used twice (first in ${first.source.file}, row ${first.source.row})`);
      return 'rejected';
    }
    projects.set(p.code, p);
    return 'imported';
  };
  if (detected.kind === 'projects') {
    return (cells, row, quote) => {
      const r = new Row(cells, cols, row, sink);
      if (!checkWidth(r, quote)) return 'rejected';
      const p = readProject(r, ctx, file);
      return p === null ? 'rejected' : addProject(r, p);
    };
  }
  const scope = ocScope(config.opencoesione, cols);
  return (cells, row, quote) => {
    // Rows of other programmes are counted and left alone: most of a national file.
    if (!scope.isProgramme(cells)) return 'skipped';
    const r = new Row(cells, cols, row, sink);
    if (!checkWidth(r, quote)) return 'rejected';
    const out = readOcRow(r, ctx, scope, file);
    return out.kind === 'project' ? addProject(r, out.project) : out.kind;
  };
}

function assemble(opts: ImportOptions, allocs: AllocationDraft[], drafts: ProjectDraft[], files: InputFile[], report: ReportBuilder): Dataset {
  const ref = opts.reference;
  const dates = [...allocs.map((a) => a.referenceDate), ...drafts.map((p) => p.updatedAt)].filter((d): d is string => d !== null);
  const referenceDate = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;

  const cityOrder = new Map(ref.cities.map((c, i) => [c.istat, i]));
  const actionOrder = new Map(ref.actions.map((a, i) => [a.code, i]));
  const allocations: Allocation[] = allocs
    .sort((a, b) => cityOrder.get(a.city)! - cityOrder.get(b.city)! || actionOrder.get(a.action)! - actionOrder.get(b.action)!)
    .map(({ euCents, nationalCents, ...a }) => ({
      city: a.city, action: a.action, objective: a.objective,
      eu: euro(euCents), national: euro(nationalCents), total: euro(euCents + nationalCents),
      referenceDate: a.referenceDate, source: a.source,
    }));

  const warn = (p: ProjectDraft, column: string, message: string) =>
    report.sinkFor(p.source.file).warning(p.source.row, column, message);
  const ids = new Set<string>();
  const projects: Project[] = drafts
    .sort((a, b) => cmp(a.code, b.code))
    .map((p) => {
      const flags: Project['flags'] = [];
      const own = p.sourceKind === 'projects';
      if (p.paymentsCents !== null && p.paymentsCents > p.costCents) {
        flags.push('payments-above-cost');
        warn(p, own ? 'pagamenti' : 'TOT_PAGAMENTI', `payments (${fmt(p.paymentsCents)}) are above the total cost (${fmt(p.costCents)})`);
      }
      if (p.commitmentsCents !== null && p.commitmentsCents > p.costCents) {
        flags.push('commitments-above-cost');
        warn(p, own ? 'impegni' : 'IMPEGNI', `commitments (${fmt(p.commitmentsCents)}) are above the total cost (${fmt(p.costCents)})`);
      }
      const cup = cupProblem(p.cup);
      if (cup) flags.push(cup);
      if (referenceDate && p.updatedAt && daysBetween(p.updatedAt, referenceDate) > opts.config.quality.staleAfterDays) flags.push('stale');
      let id = slugify(p.code);
      for (let n = 2; ids.has(id); n++) id = `${slugify(p.code)}-${n}`;
      ids.add(id);
      const { costCents, euCents, commitmentsCents, paymentsCents, ...rest } = p;
      return {
        id, code: rest.code, cup: rest.cup, title: rest.title, description: rest.description, city: rest.city,
        objective: rest.objective, action: rest.action, beneficiary: rest.beneficiary, beneficiaryTaxCode: rest.beneficiaryTaxCode,
        targetGroups: rest.targetGroups, cost: euro(costCents), euFunding: euro(euCents), commitments: euro(commitmentsCents),
        payments: euro(paymentsCents), startDate: rest.startDate, plannedEndDate: rest.plannedEndDate, actualEndDate: rest.actualEndDate,
        status: rest.status, interventionCategory: rest.interventionCategory, lat: rest.lat, lon: rest.lon, updatedAt: rest.updatedAt,
        ocLink: rest.ocLink, flags, sourceKind: rest.sourceKind, source: rest.source,
      };
    });

  const demonstration = files.some((f) => f.demonstration);
  const sources: Meta['sources'] = [];
  if (files.some((f) => f.demonstration)) {
    sources.push({ name: `Dati dimostrativi generati da ${opts.manifest!.generator} (seed ${opts.manifest!.seed})`, url: null, licence: 'CC0 1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' });
  }
  if (files.some((f) => !f.demonstration && f.kind !== 'opencoesione')) sources.push(opts.config.source);
  if (files.some((f) => f.kind === 'opencoesione')) {
    sources.push({ name: 'OpenCoesione', url: 'https://opencoesione.gov.it/', licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' });
  }
  const meta: Meta = {
    referenceDate,
    demonstration,
    demonstrationNote: demonstration ? opts.manifest!.note : null,
    sources,
    files,
    staleAfterDays: opts.config.quality.staleAfterDays,
    counts: { allocations: allocations.length, projects: projects.length },
  };
  return { reference: ref, allocations, projects, meta };
}

function fmt(cents: number): string {
  return `${(cents / 100).toFixed(2)} €`;
}
