// One search bundle, indexed in a worker thread: its pagefind process is this thread's own, so
// two bundles are indexed at once (see ./search-index.ts).
import { workerData } from 'node:worker_threads';
import { indexBundle, type BundleJob } from './search-index.ts';

await indexBundle(workerData as BundleJob);
