// The demonstration dataset as files: the allocations, the projects, their indicators and the
// manifest that tells the importer these files (by name and hash) are invented. A real export dropped in their
// place has another hash, so it is never labelled demonstration by mistake.
import { createHash } from 'node:crypto';
import type { DemoManifest } from '../schema/meta.ts';
import { allocationsCsv, generateAllocations, type AllocationSet } from './allocations.ts';
import { addMonths, dayOf, isoOf, italianOf } from './dates.ts';
import { indicatorsCsv } from './indicators.ts';
import {
  PREVIOUS_RELEASE_MONTHS,
  generateProjects,
  projectsCsv,
  snapshotAt,
  type ProjectSet,
  type ProjectSnapshot,
} from './projects.ts';

export const DEFAULT_SEED = 20211027;
export const DEFAULT_PROJECTS = 1000;
export const DEFAULT_REFERENCE_DATE = '2026-10-31';
export const GENERATOR = 'scripts/demo-data.ts';

/**
 * Which release: the current one, the previous one (one monitoring cycle, 4 months, earlier), or `monthsBefore` the
 * reference date.
 */
export type Release = 'current' | 'previous' | { monthsBefore: number };

/** Months between a release and the reference date. */
export function monthsBefore(release: Release): number {
  return release === 'current' ? 0 : release === 'previous' ? PREVIOUS_RELEASE_MONTHS : release.monthsBefore;
}

export interface DemoOptions {
  seed: number;
  projects: number;
  referenceDate: string;
  release: Release;
}

export interface DemoDataset {
  /** The date the release describes (the previous release's is earlier than the options'). */
  releaseDate: string;
  allocations: AllocationSet;
  projects: ProjectSet;
  snapshots: ProjectSnapshot[];
  /** File name -> content, in the order they should be written (the manifest last). */
  files: Record<string, string>;
  manifest: DemoManifest;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function generateDemo(options: DemoOptions): DemoDataset {
  const referenceDay = dayOf(options.referenceDate);
  const releaseDay = addMonths(referenceDay, -monthsBefore(options.release));
  const allocations = generateAllocations(options.seed);
  const projects = generateProjects(options.seed, options.projects, allocations, referenceDay);
  const snapshots = snapshotAt(projects, releaseDay);
  const dotazioni = allocationsCsv(allocations, options.seed, releaseDay);
  const progetti = projectsCsv(snapshots);
  const indicatori = indicatorsCsv(snapshots, options.seed);

  const release = releaseDay < referenceDay ? ` Versione precedente: situazione al ${italianOf(releaseDay)}.` : '';
  const manifest: DemoManifest = {
    demonstration: true,
    generator: GENERATOR,
    seed: options.seed,
    projects: snapshots.length,
    note:
      `Dati dimostrativi generati da ${GENERATOR} (seed ${options.seed}): importi e progetti sono inventati ` +
      'e coerenti solo con il totale reale della Priorità 4 (842,06 milioni di euro). ' +
      `Beneficiari (anche le persone fisiche, che il sito non nomina mai), codici fiscali, CUP e indicatori sono fittizi.${release}`,
    files: {
      'dotazioni.csv': sha256(dotazioni),
      'indicatori.csv': sha256(indicatori),
      'progetti.csv': sha256(progetti),
    },
  };
  return {
    releaseDate: isoOf(releaseDay),
    allocations,
    projects,
    snapshots,
    files: {
      'dotazioni.csv': dotazioni,
      'indicatori.csv': indicatori,
      'progetti.csv': progetti,
      'demonstration.json': JSON.stringify(manifest, null, 2) + '\n',
    },
    manifest,
  };
}
