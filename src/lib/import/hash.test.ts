import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FileHash } from './hash.ts';

const MB = 1024 * 1024;

/** Feeds `bytes` in chunks of `size` through one reused buffer, as the importer's sources may. */
async function digest(bytes: Uint8Array, size: number, offload: boolean): Promise<string> {
  const hash = new FileHash();
  hash.offload(offload);
  const buf = new Uint8Array(size);
  for (let i = 0; i < bytes.length; i += size) {
    const n = Math.min(size, bytes.length - i);
    buf.set(bytes.subarray(i, i + n));
    await hash.update(buf.subarray(0, n));
    buf.fill(0xee);
  }
  return hash.digest();
}

describe('FileHash', () => {
  it('gives the SHA-256 of every byte, hashed where read or by its worker, whatever the chunks', async () => {
    for (const length of [0, 1, 65_536, 4 * MB, 4 * MB + 1, 23 * MB + 12_345]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 2654435761) >>> 24;
      const expected = createHash('sha256').update(bytes).digest('hex');
      for (const size of [65_536, 1_000_003]) {
        for (const offload of [true, false])
          expect(await digest(bytes, size, offload), `${length} in ${size}, ${offload}`).toBe(expected);
      }
    }
  }, 120_000);

  it('gives the same digest when asked twice, whether or not it was told about a worker', async () => {
    const hash = new FileHash();
    await hash.update(new Uint8Array(5 * MB).fill(7));
    hash.offload(true);
    await hash.update(new Uint8Array(MB).fill(8));
    const first = await hash.digest();
    expect(await hash.digest()).toBe(first);
  });
});
