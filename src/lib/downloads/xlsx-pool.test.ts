import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, pub } from '../../../tests/lib/downloads-fixture.ts';
import { DATASETS, rowsOf, type DatasetDefinition } from './datasets.ts';
import { startXlsxWorker, xlsxBytes } from './xlsx-pool.ts';
import { writeXlsx } from './xlsx.ts';

describe('xlsxBytes', () => {
  it('gives the same workbook from the worker as from the calling thread, for every dataset, and keeps the rest here', async () => {
    const here = await Promise.all(DATASETS.map((def) => writeXlsx(def, rowsOf(def, data), pub)));
    startXlsxWorker(resolve(import.meta.dirname, 'xlsx-worker.ts'));
    // All asked at once: each answer goes to its own request.
    const there = await Promise.all(DATASETS.map((def) => xlsxBytes(def, rowsOf(def, data), pub)));
    expect(there.map((b) => Buffer.from(b).toString('base64'))).toEqual(
      here.map((b) => Buffer.from(b).toString('base64')),
    );
    // They did come from the worker: what cannot be handed to a thread is refused (here it would be written).
    await expect(xlsxBytes(DATASETS[0]!, [{ title: () => 'x' }] as never, pub)).rejects.toThrow(/could not be cloned/);
    // A definition that is not one of DATASETS (a test's own, here a copy) is written on this thread.
    const own: DatasetDefinition = { ...DATASETS[0]! };
    expect(Buffer.from(await xlsxBytes(own, rowsOf(own, data), pub)).equals(Buffer.from(here[0]!))).toBe(true);
  }, 60_000);
});
