/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Path of src/figures/chart-worker.ts, given to the build by astro.config.mjs (unset in unit tests). */
  readonly CHART_WORKER?: string;
  /** Path of src/lib/downloads/xlsx-worker.ts, given to the build by astro.config.mjs (unset in unit tests). */
  readonly XLSX_WORKER?: string;
}
