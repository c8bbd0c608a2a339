// Indicators of operations, from three sources: our own indicatori.csv, OpenCoesione's indicator
// file, and the up to four indicators OpenCoesione's project export carries on each row. One
// record per project and indicator code; values are never added across codes or units.
import type { Indicator } from '../schema/index.ts';
import type { Row } from './row.ts';

export type IndicatorColumns = { code: string; description: string; unit: string; planned: string; achieved: string };

/** Our own indicatori.csv. */
export const OWN_INDICATOR: IndicatorColumns = {
  code: 'indicatore',
  description: 'descrizione',
  unit: 'unita_misura',
  planned: 'valore_programmato',
  achieved: 'valore_realizzato',
};
/** OpenCoesione's indicator file. */
export const OC_INDICATOR: IndicatorColumns = {
  code: 'cod_indicatore',
  description: 'descr_indicatore',
  unit: 'unita_misura',
  planned: 'valore_programmato',
  achieved: 'valore_realizzato',
};

/** The indicator a row gives for `project`, or null (with an error) when it cannot be read. */
export function readIndicator(r: Row, c: IndicatorColumns, project: string, file: string): Indicator | null {
  const code = r.text(c.code, true);
  const unit = r.text(c.unit);
  if (unit === null)
    r.error(c.unit, `${r.cols.label(c.unit)} is empty: an indicator's value means nothing without its unit`);
  const planned = r.quantity(c.planned);
  const achieved = r.quantity(c.achieved);
  const description = r.text(c.description);
  if (r.errors > 0 || code === null || unit === null) return null;
  return { project, code: code.toUpperCase(), description, unit, planned, achieved, source: { file, row: r.row } };
}

/** Collects indicators, one per project and code: the same one given twice must agree. */
export class IndicatorSet {
  readonly #byKey = new Map<string, Indicator>();

  /** False (with an issue on the row) when the project already has this indicator. */
  add(r: Row, codeColumn: string, i: Indicator, strict: boolean): boolean {
    const key = `${i.project}\u0000${i.code}`;
    const first = this.#byKey.get(key);
    if (!first) {
      this.#byKey.set(key, i);
      return true;
    }
    const same = first.unit === i.unit && first.planned === i.planned && first.achieved === i.achieved;
    const where = `(first in ${first.source.file}, row ${first.source.row})`;
    if (strict) r.error(codeColumn, `the indicator ${i.code} of project ${i.project} is given twice ${where}`);
    else if (!same)
      r.warn(
        codeColumn,
        `the indicator ${i.code} of project ${i.project} is given again with other values ${where}: the first is kept`,
      );
    return !strict;
  }

  values(): Indicator[] {
    return [...this.#byKey.values()];
  }
}
