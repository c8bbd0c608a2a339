// Deterministic JSON: keys in schema order, a trailing newline, and arrays of records one per
// line, so the same input gives the same bytes and a release diff shows record changes.
import type { Dataset } from './run.ts';

export function serializeJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function serializeRecords(records: readonly unknown[]): string {
  return records.length === 0 ? '[]\n' : '[\n' + records.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

export function serializeDataset(d: Dataset): Record<string, string> {
  return {
    'reference.json': serializeJson(d.reference),
    'allocations.json': serializeRecords(d.allocations),
    'projects.json': serializeRecords(d.projects),
    'beneficiaries.json': serializeRecords(d.beneficiaries),
    'indicators.json': serializeRecords(d.indicators),
    'meta.json': serializeJson(d.meta),
  };
}
