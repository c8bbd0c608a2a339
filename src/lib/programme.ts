// The only programme figures the site states that do not come from the input data. Each one
// was taken with its source from the programme's facts (in its working folder); the site prints
// the source beside it.
export const PRIORITY4 = {
  /** Priority 4 resources: 842,06 million euro (EU ESF+ plus national co-financing). */
  resourcesCents: 84_206_000_000,
  /** Share of the programme's total resources. */
  shareOfProgramme: 0.28,
  sources: [
    { label: 'PN Metro Plus – Priorità 4 Inclusione sociale', url: 'https://pnmetroplus.piattaforma.eu/?p=650' },
  ],
  cities: 14,
} as const;
