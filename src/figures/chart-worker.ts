// Draws every project's chart, in each language, in a thread of its own, while the build's main
// thread renders pages (drawProjectChartsAhead in ./index.ts starts it). Node runs this file as
// it is (type stripping), outside Vite: nothing it imports may use import.meta.env.
//
// The charts go back in batches, in the order the pages ask for them (the projects in route
// order, Italian first), each deflated in a buffer handed over to the main thread, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { keptBatch, projectFigure, type AheadJob } from './index.ts';

const BATCH = 50;
const { projects, langs } = workerData as AheadJob;
const marks = new Map(langs.map((l) => [l.lang, l.mark]));
for (const { lang } of langs) {
  for (let i = 0; i < projects.length; i += BATCH) {
    const { batch, transfer } = keptBatch(projects.slice(i, i + BATCH).map((p) => projectFigure(p, lang)), (l) => marks.get(l) ?? null);
    parentPort!.postMessage(batch, transfer);
  }
}
