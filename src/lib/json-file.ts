// Reads a JSON file the build depends on and checks it with its zod schema: an unreadable file or
// one that does not match says which, where, and (with `hint`) what to do about it.
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';

export function parseJsonFile<T>(path: string, schema: z.ZodType<T>, hint = ''): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read it (${(e as Error).message}).${hint ? ` ${hint}` : ''}`, { cause: e });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues
      .slice(0, 5)
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`${path} does not match its schema:\n${first}`);
  }
  return r.data;
}
