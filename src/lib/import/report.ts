// Collects what the importer finds, per file: counts every error and warning, lists the first
// N of each in report.json, and hands each error to a listener (the CLI prints it to stderr).
import type { FileReport, Issue, Report } from '../schema/index.ts';
import type { IssueSink } from './row.ts';

export class ReportBuilder {
  readonly files: FileReport[] = [];
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  readonly omitted = { errors: 0, warnings: 0 };
  errorCount = 0;

  readonly maxPerFile: number;
  readonly onError: (issue: Issue) => void;

  constructor(maxPerFile: number, onError: (issue: Issue) => void = () => {}) {
    this.maxPerFile = maxPerFile;
    this.onError = onError;
  }

  sinkFor(file: string): IssueSink {
    let errors = 0;
    let warnings = 0;
    return {
      error: (row, column, message) => {
        const issue = { file, row, column, message };
        this.errorCount++;
        this.onError(issue);
        if (errors++ < this.maxPerFile) this.errors.push(issue);
        else this.omitted.errors++;
      },
      warning: (row, column, message) => {
        if (warnings++ < this.maxPerFile) this.warnings.push({ file, row, column, message });
        else this.omitted.warnings++;
      },
    };
  }

  build(): Report {
    const order = new Map(this.files.map((f, i) => [f.file, i]));
    const byPlace = (a: Issue, b: Issue) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      cmp(a.column ?? '', b.column ?? '') ||
      cmp(a.message, b.message);
    return {
      ok: this.errorCount === 0,
      files: this.files,
      errors: [...this.errors].sort(byPlace),
      warnings: [...this.warnings].sort(byPlace),
      omitted: { ...this.omitted },
    };
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FILE:ROW:COLUMN: message, the stderr form of an issue; FILE::: message for a whole file. */
export function issueLine(i: Issue): string {
  return `${i.file}:${i.row ?? ''}:${i.column ?? ''}: ${i.message}`;
}
