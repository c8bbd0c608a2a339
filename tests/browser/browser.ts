// The one place that knows where Chromium comes from. The browser tests need no download at
// test time: a system Chromium (/usr/bin/chromium) when the machine has one, otherwise the
// binary that @sparticuz/chromium ships inside node_modules (so `npm ci` alone is enough).
import { existsSync } from 'node:fs';
import chromium from '@sparticuz/chromium';
import { chromium as pw, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// @sparticuz/chromium's defaults are tuned for AWS Lambda. Two of them would weaken what the
// tests check (cross-origin rules must stay as a visitor's browser has them) and one makes
// several pages in one browser fragile, so they are dropped.
const DROPPED_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export type ChromiumLaunch = { executablePath: string; args: string[] };

/**
 * Where Chromium is and how to start it. The bundled binary is unpacked into the temp folder
 * on first use; call this once (the global setup does) before workers launch in parallel.
 */
export async function chromiumLaunch(): Promise<ChromiumLaunch> {
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS };
  const executablePath = await chromium.executablePath();
  return { executablePath, args: chromium.args.filter((a) => !DROPPED_ARGS.has(a)) };
}

/** A headless Chromium; pass the result of chromiumLaunch() when a worker already has it. */
export async function launchBrowser(launch?: ChromiumLaunch): Promise<Browser> {
  const l = launch ?? (await chromiumLaunch());
  return pw.launch({ executablePath: l.executablePath, args: l.args, headless: true });
}
