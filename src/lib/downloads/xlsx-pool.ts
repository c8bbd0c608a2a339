// The XLSX downloads, written by a worker thread during a build. A workbook is the slowest download to write (the
// sheet's XML, then its compression, all in JavaScript: 1.8 s of astro build's main thread for the bundled data's 90
// workbooks, README "Measured"), and the main thread is the build's critical path: once startXlsxWorker has been
// called, each workbook of a dataset of DATASETS is written by the worker while the main thread goes on rendering
// pages. Without a start (astro dev, the unit tests), or for a dataset the worker does not know, xlsxBytes writes it
// on the calling thread. The bytes are the same either way (xlsx-pool.test.ts).
import { Worker } from 'node:worker_threads';
import { DATASETS, type DatasetDefinition } from './datasets.ts';
import type { Row } from './dictionary.ts';
import type { Publication } from './metadata.ts';
import { writeXlsx } from './xlsx.ts';

/** What the worker is asked: a dataset by its id, its rows and the publication (plain data). */
export type XlsxJob = { id: number; dataset: string; rows: readonly Row[]; pub: Publication };
type Answer = { id: number; bytes?: Uint8Array; error?: string };

type Pool = {
  worker: Worker;
  next: number;
  pending: Map<number, { ok: (b: Uint8Array) => void; fail: (e: Error) => void }>;
};
let pool: Pool | null = null;

/** Starts the worker running `workerFile` (./xlsx-worker.ts); without a file, or once started, does nothing. */
export function startXlsxWorker(workerFile: string | undefined): void {
  if (pool || !workerFile) return;
  const worker = new Worker(workerFile);
  const state: Pool = { worker, next: 0, pending: new Map() };
  pool = state;
  // Idle, the worker does not keep the process alive; it does while a workbook is asked for.
  worker.unref();
  const failAll = (e: Error) => {
    for (const p of state.pending.values()) p.fail(e);
    state.pending.clear();
  };
  worker.on('message', (a: Answer) => {
    const p = state.pending.get(a.id);
    state.pending.delete(a.id);
    if (state.pending.size === 0) worker.unref();
    if (a.bytes) p?.ok(a.bytes);
    else p?.fail(new Error(`the XLSX worker: ${a.error}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the XLSX worker stopped with exit code ${code}`)));
}

/** A dataset's workbook: written by the worker when it runs, on this thread otherwise. */
export function xlsxBytes(def: DatasetDefinition, rows: readonly Row[], pub: Publication): Promise<Uint8Array> {
  if (!pool || !DATASETS.includes(def)) return writeXlsx(def, rows, pub);
  const state = pool;
  const id = state.next++;
  return new Promise((ok, fail) => {
    state.pending.set(id, { ok, fail });
    state.worker.ref();
    try {
      state.worker.postMessage({ id, dataset: def.id, rows, pub } satisfies XlsxJob);
    } catch (e) {
      state.pending.delete(id);
      if (state.pending.size === 0) state.worker.unref();
      throw e;
    }
  });
}
