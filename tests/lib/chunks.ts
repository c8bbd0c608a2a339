// Sources for the importer's tests: a file's bytes in chunks, as runImport's InputSource gives them.

/** The bytes in chunks of `size`, every one in the same buffer (as the CLI reads files), spoilt after the last. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const buf = new Uint8Array(size);
  for (let i = 0; i < bytes.length; i += size) {
    const n = Math.min(size, bytes.length - i);
    buf.set(bytes.subarray(i, i + n));
    yield buf.subarray(0, n);
  }
  buf.fill(0xee);
}

/** The same chunks as views of the bytes themselves: nothing is ever overwritten. */
export async function* views(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
