// Draws projects' and beneficiaries' charts in a thread of its own while the build's main thread renders pages
// (startChartPool in ./chart-pool.ts starts it and explains the sharing). Node runs this file
// as it is (type stripping), outside Vite: nothing it imports may use import.meta.env.
//
// It takes the charts in the order the pages ask for them (Italian first, projects in route
// order), claiming each in the shared `claims` before drawing it and skipping those the renderer
// has claimed; it posts them a few at a time (the renderer may be waiting for one), each deflated
// in a buffer handed over to the main thread, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { aheadFigure, CLAIM, keptChart, type AheadJob } from './chart-pool.ts';

const BATCH = 4;
const { items, langs, claims } = workerData as AheadJob;
const n = items.length;
let batch: ReturnType<typeof keptChart>[] = [];
const post = () => {
  parentPort!.postMessage(
    batch,
    batch.map((c) => c.z.buffer as ArrayBuffer),
  );
  batch = [];
};
for (let slot = 0; slot < langs.length * n; slot++) {
  if (Atomics.compareExchange(claims, slot, CLAIM.free, CLAIM.worker) !== CLAIM.free) continue;
  const { lang, mark } = langs[Math.floor(slot / n)]!;
  batch.push(keptChart(aheadFigure(items[slot % n]!, lang), mark));
  if (batch.length === BATCH) post();
}
if (batch.length > 0) post();
