// The build's steps as package.json declares them ("data", "site", "site-index": `node [flags] script [args]`), for
// scripts/build.ts, the tests and the benchmark to run each step exactly as `npm run build` does, with the same Node
// flags, adding only their own arguments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

function packageScripts(root: string): Record<string, string> {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
}

/** The arguments after `node` of a package.json script that runs one Node command, its script path made absolute. */
export function nodeScriptArgs(name: string, root = ROOT): string[] {
  const scripts = packageScripts(root);
  const parts = (scripts[name] ?? '').trim().split(/\s+/);
  if (parts[0] !== 'node' || parts.length < 2 || parts.includes('&&'))
    throw new Error(`package.json script "${name}" is not one \`node ...\` command`);
  const args = parts.slice(1);
  // Node's flags come first, then the script, made absolute, then the script's own arguments.
  const script = args.findIndex((a) => !a.startsWith('-'));
  if (script === -1) throw new Error(`package.json script "${name}" names no script`);
  return [...args.slice(0, script), join(root, args[script]!), ...args.slice(script + 1)];
}

/** The steps `npm run build` runs, in order: the package.json scripts that `node scripts/build.ts STEP...` names. */
export function buildSteps(root = ROOT): string[] {
  const m = /^\s*node scripts\/build\.ts((?:\s+[\w:-]+)+)\s*$/.exec(packageScripts(root)['build'] ?? '');
  if (!m) throw new Error('package.json script "build" is not `node scripts/build.ts STEP...`');
  return m[1]!.trim().split(/\s+/);
}
