// Writes the XLSX downloads in a thread of its own while the build's main thread renders pages (./xlsx-pool.ts starts
// it and says why). Node runs this file as it is (type stripping), outside Vite: nothing it imports may use
// import.meta.env.
import { parentPort } from 'node:worker_threads';
import { DATASETS } from './datasets.ts';
import type { XlsxJob } from './xlsx-pool.ts';
import { writeXlsx } from './xlsx.ts';

parentPort!.on('message', (job: XlsxJob) => {
  const def = DATASETS.find((d) => d.id === job.dataset);
  const written = def ? writeXlsx(def, job.rows, job.pub) : Promise.reject(new Error(`no dataset ${job.dataset}`));
  written.then(
    (bytes) => {
      // A copy of its own, handed over rather than copied again (the writer's buffer may be a view of a larger one).
      const own = new Uint8Array(bytes);
      parentPort!.postMessage({ id: job.id, bytes: own }, [own.buffer]);
    },
    (e: unknown) =>
      parentPort!.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
