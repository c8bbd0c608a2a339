// The SHA-256 of a file's bytes as they stream by (meta.json lists it for every input file). A file
// the pre-filter reads (a national export: there is little else to do per byte) is hashed, past its
// first megabytes, by a worker thread on the machine's other core while the reader scans it; a few
// buffers go back and forth between the two, so memory stays flat. Every other file is hashed
// where it is read, as before.
import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** Bytes hashed where they are read: smaller files never start a worker. */
const INLINE_BYTES = 4 * 1024 * 1024;
const BATCH_BYTES = 1024 * 1024;
/** Buffers shared with the worker: past them the reader waits for the worker. */
const POOL = 4;

const WORKER = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (m) => {
  if (m === null) return parentPort.postMessage(hash.digest('hex'));
  hash.update(new Uint8Array(m.buffer, 0, m.length));
  parentPort.postMessage(m.buffer, [m.buffer]);
});`;

export class FileHash {
  /** Whether a worker may take over: unknown (null) until the reader has seen the header. */
  #offload: boolean | null = null;
  /** Copies of the bytes so far, until a worker takes over (the source may reuse its chunks). */
  #held: Uint8Array[] = [];
  #heldBytes = 0;
  #worker: Worker | null = null;
  /** Where the bytes go when no worker could be started. */
  #inline: Hash | null = null;
  #free: ArrayBuffer[] = [];
  #made = 0;
  #waiting: { done: (b: ArrayBuffer) => void; fail: (e: Error) => void } | null = null;
  #batch: Uint8Array | null = null;
  #filled = 0;
  #digest: Promise<string> | null = null;
  #failure: Error | null = null;

  /** Takes the next bytes (the caller may reuse `chunk` once this resolves). */
  async update(chunk: Uint8Array): Promise<void> {
    if (this.#worker !== null) return this.#copy(chunk);
    if (this.#inline !== null) {
      this.#inline.update(chunk);
      return;
    }
    this.#held.push(new Uint8Array(chunk));
    this.#heldBytes += chunk.length;
    if (this.#offload !== true || this.#heldBytes <= INLINE_BYTES) return;
    const held = this.#held;
    this.#held = [];
    try {
      this.#start();
    } catch {
      // no thread to be had: hash here, as for any other file
      this.#hashHere(held);
      return;
    }
    for (const c of held) await this.#copy(c);
  }

  /** Told once the reader knows: true when a worker may hash the rest of a large file. */
  offload(allowed: boolean): void {
    if (this.#offload !== null) return;
    this.#offload = allowed;
    if (!allowed) {
      this.#hashHere(this.#held);
      this.#held = [];
    }
  }

  #hashHere(held: Uint8Array[]): void {
    this.#inline = createHash('sha256');
    for (const c of held) this.#inline.update(c);
  }

  /** The hex digest of every byte taken; no byte may be taken after it. */
  digest(): Promise<string> {
    this.#digest ??= this.#finish();
    return this.#digest;
  }

  #start(): void {
    const worker = new Worker(WORKER, { eval: true });
    worker.on('message', (m: unknown) => {
      if (!(m instanceof ArrayBuffer)) return;
      const w = this.#waiting;
      this.#waiting = null;
      if (w) w.done(m);
      else this.#free.push(m);
    });
    worker.on('error', (e: Error) => {
      this.#failure = e;
      this.#waiting?.fail(e);
      this.#waiting = null;
    });
    this.#worker = worker;
  }

  async #copy(chunk: Uint8Array): Promise<void> {
    for (let at = 0; at < chunk.length;) {
      this.#batch ??= new Uint8Array(await this.#buffer());
      const n = Math.min(chunk.length - at, BATCH_BYTES - this.#filled);
      this.#batch.set(chunk.subarray(at, at + n), this.#filled);
      this.#filled += n;
      at += n;
      if (this.#filled === BATCH_BYTES) this.#send();
    }
  }

  /** A free buffer: one the worker gave back, a new one while the pool is not full, or the next to come back. */
  #buffer(): Promise<ArrayBuffer> {
    if (this.#failure) return Promise.reject(this.#failure);
    const free = this.#free.pop();
    if (free) return Promise.resolve(free);
    if (this.#made < POOL) {
      this.#made++;
      return Promise.resolve(new ArrayBuffer(BATCH_BYTES));
    }
    return new Promise((done, fail) => (this.#waiting = { done, fail }));
  }

  #send(): void {
    const buffer = this.#batch!.buffer as ArrayBuffer;
    this.#worker!.postMessage({ buffer, length: this.#filled }, [buffer]);
    this.#batch = null;
    this.#filled = 0;
  }

  async #finish(): Promise<string> {
    const worker = this.#worker;
    if (worker === null) {
      const hash = this.#inline ?? createHash('sha256');
      for (const c of this.#held) hash.update(c);
      this.#held = [];
      return hash.digest('hex');
    }
    try {
      if (this.#filled > 0) this.#send();
      return await new Promise<string>((done, fail) => {
        worker.on('message', (m: unknown) => {
          if (typeof m === 'string') done(m);
        });
        worker.once('error', fail);
        if (this.#failure) fail(this.#failure);
        worker.postMessage(null);
      });
    } finally {
      await worker.terminate();
    }
  }
}
