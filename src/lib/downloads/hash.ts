// SHA-256 with Web Crypto (global `crypto` in browsers and in Node 20+): no Node-only API.
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
