// The chart pool: drawing the figures' charts, keeping them once drawn, and sharing the projects' and the
// beneficiaries' with a worker thread (./chart-worker.ts). The page renderer is one thread, and drawing charts
// (Plot on linkedom) is a large share of its work (README, "Measured"). Once startChartPool has
// been called, the worker draws those charts ahead, in the order the pages ask for them; a
// page whose chart the worker has not reached draws it itself. Each chart is claimed once in
// memory both threads share, so none is drawn twice, and the renderer waits only for a chart the
// worker has taken and not yet posted. Without a start (astro dev, a page rendered alone),
// figureChart draws every chart itself.
//
// The worker imports this module too (CLAIM, AheadJob, keptChart), and Node runs it outside
// Vite: nothing here may use import.meta.env.
import { Worker } from 'node:worker_threads';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { siteData, type SiteData } from '../data.ts';
import { chartHeight, renderChart } from '../lib/charts/render.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { LANGS } from '../lib/i18n/locales.ts';
import {
  beneficiaryFigureId,
  beneficiaryFigureInput,
  beneficiaryFiguresOf,
  chartMark,
  projectFigure,
  projectFigureId,
  type BeneficiaryChart,
  type BeneficiaryFigureInput,
  type ProjectFigureInput,
} from './catalogue.ts';
import { siteAddress } from '../../scripts/lib/site-address.ts';
import type { FigureDef } from './types.ts';

type Chart = { svg: string; height: number };

/**
 * Draws a figure's chart: its SVG, with the demonstration mark when `mark` is given, and its height. Pure but for the
 * base path of the marks' links (BASE_PATH, as astro.config reads it).
 */
export function drawChart(f: FigureDef, mark: string | null): Chart {
  const opts = { demonstration: mark, base: siteAddress().base };
  const spec = f.spec();
  // The SVG is built by our renderer, which escapes every data-derived text (see render.test.ts).
  return { svg: renderChart(spec, opts, f.id.replace(/[^a-z0-9-]/gi, '-')), height: chartHeight(spec, opts) };
}

/** The demonstration mark of the site's charts in `lang`, or null for real data. */
function demoMark(lang: Lang): string | null {
  return chartMark(lang, siteData().meta.demonstration);
}

// Drawn charts, deflated: a chart's SVG is text with a few non-Latin-1 characters (€, –), which V8
// keeps at two bytes a character, and deflates to a fraction of that (README, "Measured"). This map
// holds every chart the build draws, one per figure and language, between its page and its embed
// page.
type Kept = { z: Uint8Array; height: number };
const charts = new Map<string, Kept>();
const chartKey = (f: Pick<FigureDef, 'lang' | 'id'>) => `${f.lang}|${f.id}`;

/**
 * A drawn chart as kept: deflated into a buffer of its own size (zlib's output is a view of a 16 KB buffer, a pooled
 * Buffer one of a 64 KB slab; either, kept, would cost more than the SVG).
 */
function keepChart(c: Chart): Kept {
  return { z: new Uint8Array(deflateRawSync(c.svg, { level: 1 })), height: c.height };
}

/** Who has claimed a project's chart, in the slots both threads share. */
export const CLAIM = { free: 0, renderer: 1, worker: 2 } as const;
type KeptChart = Kept & { key: string };
/** A chart the worker may draw ahead, as plain data: a project's, or one of a legal entity's two. */
export type AheadItem =
  | { figure: string; project: ProjectFigureInput }
  | { figure: string; beneficiary: BeneficiaryFigureInput; which: BeneficiaryChart };

/** The charts drawn ahead, in the order of the pages that show them: projects, then beneficiaries. */
export function aheadItems(d: SiteData): AheadItem[] {
  return [
    ...d.projects.map(({ id, code, cost, commitments, payments }) => ({
      figure: projectFigureId({ id }),
      project: { id, code, cost, commitments, payments },
    })),
    ...d.beneficiaries
      .filter((b) => b.kind === 'legal')
      .flatMap((b) => {
        const beneficiary = beneficiaryFigureInput(d, b.id);
        return (['byCity', 'byAction'] as const).map((which) => ({
          figure: beneficiaryFigureId(b.id, which),
          beneficiary,
          which,
        }));
      }),
  ];
}

/** An item's figure in `lang`. */
export function aheadFigure(item: AheadItem, lang: Lang): FigureDef {
  return 'project' in item
    ? projectFigure(item.project, lang)
    : beneficiaryFiguresOf(item.beneficiary, lang)[item.which];
}

/** What the worker is given: the charts to draw, the languages with their marks, and the claims. */
export type AheadJob = {
  items: AheadItem[];
  langs: { lang: Lang; mark: string | null }[];
  /** One slot per chart, language by language: slot = language index × items + item index. */
  claims: Int32Array;
};
type Ahead = {
  claims: Int32Array;
  slotOf: (f: FigureDef) => number | undefined;
  waiting: Map<string, { resolve: (k: Kept) => void; reject: (e: Error) => void }[]>;
  ended: Error | 'done' | null;
};
let ahead: Ahead | null = null;

/**
 * Starts the pool: a worker thread running `workerFile` (./chart-worker.ts) draws the `items`'
 * charts (aheadItems), in every language, which figureChart then shares with it. Called once, where the build
 * starts it (src/pages/[...path].astro says where and why); without a `workerFile` no worker
 * starts and figureChart draws every chart itself. Once per process: returns how many charts the
 * worker drew, when it has finished (null when no worker starts). A failure rejects the promise:
 * left unhandled, it fails the build, since the charts the worker had claimed cannot be drawn by
 * anyone else.
 */
export function startChartPool(items: AheadItem[], workerFile: string | undefined): Promise<number> | null {
  if (ahead || !workerFile) return null;
  const n = items.length;
  const index = new Map(items.map((item, i) => [item.figure, i]));
  const claims = new Int32Array(new SharedArrayBuffer(4 * LANGS.length * n));
  const state: Ahead = {
    claims,
    waiting: new Map(),
    ended: null,
    slotOf: (f) => {
      const i = index.get(f.id);
      return i === undefined ? undefined : LANGS.indexOf(f.lang) * n + i;
    },
  };
  ahead = state;
  const job: AheadJob = {
    items,
    langs: LANGS.map((lang) => ({ lang, mark: demoMark(lang) })),
    claims,
  };
  // Its heap is bounded: it keeps nothing but the job, and a chart's garbage is short-lived.
  const worker = new Worker(workerFile, {
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
  });
  let drawn = 0;
  const end = (e: Error | 'done') => {
    state.ended ??= e;
    for (const [key, ws] of state.waiting) for (const w of ws) w.reject(workerEnded(state, key));
    state.waiting.clear();
  };
  worker.on('message', (batch: KeptChart[]) => {
    drawn += batch.length;
    for (const { key, z, height } of batch) {
      const kept = { z, height };
      charts.set(key, kept);
      for (const w of state.waiting.get(key) ?? []) w.resolve(kept);
      state.waiting.delete(key);
    }
  });
  return new Promise((resolve, reject) => {
    worker.on('error', (e: Error) => {
      end(e);
      reject(e);
    });
    worker.on('exit', (code) => {
      end(code === 0 ? 'done' : new Error(`the chart worker stopped with exit code ${code}`));
      if (code === 0) resolve(drawn);
      else reject(state.ended);
    });
  });
}

/** A chart drawn and kept, with its key: what the worker posts. */
export function keptChart(f: FigureDef, mark: string | null): KeptChart {
  return { key: chartKey(f), ...keepChart(drawChart(f, mark)) };
}

/** Why the worker's chart `key` will never come: its failure, or its end without it. */
function workerEnded(state: Ahead, key: string): Error {
  return state.ended instanceof Error ? state.ended : new Error(`the chart worker ended without drawing ${key}`);
}

/** The worker's chart for `f`, once it has posted it. */
function fromWorker(state: Ahead, key: string): Promise<Kept> {
  if (state.ended !== null) return Promise.reject(workerEnded(state, key));
  return new Promise((resolve, reject) => {
    const ws = state.waiting.get(key) ?? [];
    ws.push({ resolve, reject });
    state.waiting.set(key, ws);
  });
}

/**
 * A figure's chart as the site draws it: the SVG (with the demonstration mark while the data is
 * demonstration data) and its height. Drawn once per figure and language: the page and the embed
 * page of a chart share it, and a project's chart may come from the worker.
 */
export async function figureChart(f: FigureDef): Promise<Chart> {
  const key = chartKey(f);
  let kept = charts.get(key);
  const slot = !kept && ahead ? ahead.slotOf(f) : undefined;
  if (
    ahead &&
    slot !== undefined &&
    Atomics.compareExchange(ahead.claims, slot, CLAIM.free, CLAIM.renderer) === CLAIM.worker
  ) {
    kept = charts.get(key) ?? (await fromWorker(ahead, key));
  }
  if (kept) return { svg: inflateRawSync(kept.z).toString('utf8'), height: kept.height };
  const chart = drawChart(f, demoMark(f.lang));
  charts.set(key, keepChart(chart));
  return chart;
}
