// All-or-nothing writes: files and folders are written beside their target, then renamed into
// place, so a reader (or a failed run) never sees half of them. And files read in chunks.
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Replaces the folder with exactly these files. */
export function writeFolderAtomic(dir: string, files: Record<string, string>): void {
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * A file's bytes in chunks of `chunk` bytes, as createReadStream gives them with that
 * highWaterMark, but read synchronously (the importer has nothing else to do while it waits) and
 * every one into the same buffer, which the importer's readers allow (InputSource): a national-size
 * file then costs no garbage and no fresh memory for each chunk.
 */
export async function* fileChunks(path: string, chunk = 1 << 16): AsyncGenerator<Uint8Array> {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafeSlow(chunk);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, chunk, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
