import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileChunks } from './fs.ts';

const dir = mkdtempSync(join(os.tmpdir(), 'fs-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileChunks', () => {
  it('gives the file in 64 KB chunks, as createReadStream did, every one in the same buffer', async () => {
    const bytes = randomBytes(3 * 65_536 + 3_392);
    const path = join(dir, 'a.bin');
    writeFileSync(path, bytes);
    const copies: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for await (const chunk of fileChunks(path)) {
      copies.push(Buffer.from(chunk));
      buffers.add(chunk.buffer);
    }
    expect(copies.map((c) => c.length)).toEqual([65_536, 65_536, 65_536, 3_392]);
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    expect(buffers.size).toBe(1);
  });

  it('gives nothing for an empty file', async () => {
    const path = join(dir, 'empty.bin');
    writeFileSync(path, '');
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(path)) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });
});
