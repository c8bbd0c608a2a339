// The project explorer's browser script (bundled by Astro from src/components/Explorer.astro into
// an external file: no inline script, CSP `script-src 'self'` friendly). Plain DOM, no framework.
// It loads /progetti/indice.json, reads the view from the URL (src/lib/explorer/state.ts), renders
// the table, counts and pager, and keeps the URL in step with history.pushState / popstate.
import { decodeIndex, type CompactIndex, type Row } from '../lib/explorer/compact.ts';
import { paidShare } from '../lib/model/project-row.ts';
import { filterRows, pageInfo, sortRows } from '../lib/explorer/filter.ts';
import { emptyState, FACETS, parseQuery, toQuery, type Domain, type Facet, type State } from '../lib/explorer/state.ts';
import {
  MEDIA_TYPES,
  selectionCsv,
  selectionExcelCsv,
  selectionFileName,
  selectionJson,
  selectionRows,
  type SelectionFormat,
} from '../lib/explorer/download.ts';
import type { Lang } from '../lib/i18n/locales.ts';
import type { Strings } from '../lib/i18n/strings.ts';
import { explorer as itStrings } from '../lib/i18n/it.ts';
import { explorer as enStrings } from '../lib/i18n/en.ts';
import { formatDate, formatEuro, formatNumber, formatPercent } from '../lib/i18n/format.ts';
import type { DatasetDefinition } from '../lib/downloads/datasets.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import type { Row as CellRow } from '../lib/downloads/dictionary.ts';

type Attrs = Record<string, string | undefined>;
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null,
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

/** The explorer's words in both languages: of each language file, only this namespace is bundled. */
const EXPLORER_STRINGS: Record<Lang, Strings['explorer']> = { it: itStrings, en: enStrings };

function q<T extends Element>(root: ParentNode, sel: string): T {
  const e = root.querySelector<T>(sel);
  if (!e) throw new Error(`explorer: missing ${sel}`);
  return e;
}

async function start(root: HTMLElement): Promise<void> {
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'it';
  const s = EXPLORER_STRINGS[lang];
  const loading = q<HTMLElement>(root, '[data-explorer-loading]');
  const ui = q<HTMLElement>(root, '[data-explorer-ui]');
  const fallback = q<HTMLElement>(root, '[data-explorer-fallback]');
  loading.hidden = false;

  let index: CompactIndex;
  let all: Row[];
  try {
    const res = await fetch(root.dataset.src ?? '', { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    ({ index, rows: all } = decodeIndex(await res.json()));
  } catch (e) {
    loading.hidden = true;
    q<HTMLElement>(root, '[data-explorer-error]').hidden = false;
    console.error('explorer:', e);
    return;
  }

  const form = q<HTMLFormElement>(root, '[data-explorer-form]');
  const tbody = q<HTMLTableSectionElement>(root, '[data-rows]');
  const caption = q<HTMLElement>(root, '[data-caption]');
  const live = q<HTMLElement>(root, '[data-live]');
  const empty = q<HTMLElement>(root, '[data-empty]');
  const pager = q<HTMLElement>(root, '[data-pager]');
  const prev = q<HTMLAnchorElement>(pager, '[data-prev]');
  const next = q<HTMLAnchorElement>(pager, '[data-next]');
  const pageOf = q<HTMLElement>(pager, '[data-pageof]');
  const tableWrap = q<HTMLElement>(root, '.table-wrap');
  const dlLead = q<HTMLElement>(root, '[data-dl-lead]');
  const dlStatus = q<HTMLElement>(root, '[data-dl-status]');
  const projectHref = root.dataset.projectHref ?? '';
  const cityName = new Map(index.cities.map(([slug, , name]) => [slug, name]));
  const istatOf = new Map(index.cities.map(([slug, istat]) => [slug, istat]));
  const total = all.length;
  const fmt = (n: number) => formatNumber(n, lang);

  const boxes = (f: Facet) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${f}"]`)];
  // The values the form offers are the only ones a URL may select.
  const domain: Domain = {};
  for (const f of FACETS) domain[f] = new Set(boxes(f).map((b) => b.value));
  const costMin = q<HTMLInputElement>(form, '[name="costo-min"]');
  const costMax = q<HTMLInputElement>(form, '[name="costo-max"]');
  const search = q<HTMLInputElement>(form, '[name="q"]');
  const ord = q<HTMLSelectElement>(form, '[name="ord"]');

  function readForm(): State {
    const st = emptyState();
    for (const f of FACETS)
      st.facets[f] = boxes(f)
        .filter((b) => b.checked)
        .map((b) => b.value)
        .sort();
    const num = (i: HTMLInputElement) => (/^\d{1,13}$/.test(i.value.trim()) ? Number(i.value.trim()) : null);
    let min = num(costMin);
    let max = num(costMax);
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    st.cost = { min, max };
    st.q = search.value.trim().slice(0, 100);
    // The select's values are the URL's own `ord` values.
    st.sort = parseQuery(`ord=${encodeURIComponent(ord.value)}`).sort;
    return st;
  }

  function writeForm(st: State): void {
    for (const f of FACETS) {
      const on = new Set(st.facets[f]);
      for (const b of boxes(f)) b.checked = on.has(b.value);
      const n = st.facets[f].length;
      q<HTMLElement>(form, `[data-selected="${f}"]`).textContent = n ? `(${n})` : '';
      if (n) q<HTMLDetailsElement>(form, `details[data-facet="${f}"]`).open = true;
    }
    costMin.value = st.cost.min === null ? '' : String(st.cost.min);
    costMax.value = st.cost.max === null ? '' : String(st.cost.max);
    const costSet = st.cost.min !== null || st.cost.max !== null;
    q<HTMLElement>(form, '[data-selected="costo"]').textContent = costSet
      ? `(${st.cost.min === null ? '…' : fmt(st.cost.min)}–${st.cost.max === null ? '…' : fmt(st.cost.max)})`
      : '';
    if (costSet) q<HTMLDetailsElement>(form, 'details[data-facet="costo"]').open = true;
    search.value = st.q;
    ord.value = `${st.sort.desc ? '-' : ''}${st.sort.key}`;
  }

  function rowOf(r: Row): HTMLTableRowElement {
    const muted = (t: string) => el('span', { class: 'muted' }, t);
    const share = paidShare(r.cost, r.payments);
    const paid =
      r.payments === null
        ? el('td', { class: 'num', 'data-label': s.colPaid }, muted(s.notAvailable))
        : el(
            'td',
            { class: 'num', 'data-label': s.colPaid },
            formatEuro(r.payments, lang),
            ...(share !== null ? [el('br', null), muted(formatPercent(share, lang, 0))] : []),
          );
    const flags = r.flags.length
      ? [
          el('br', null),
          el(
            'span',
            { class: 'badge badge-warn', title: r.flags.map((f) => s.flags[f] ?? f).join('; ') },
            s.flagsCount(r.flags.length),
          ),
        ]
      : [];
    return el(
      'tr',
      null,
      el(
        'th',
        { scope: 'row', class: 't' },
        el('a', { href: projectHref.replace('__ID__', r.id) }, r.title),
        el('span', { class: 'code-cell' }, r.code),
      ),
      el('td', { 'data-label': s.colCity }, cityName.get(r.city) ?? r.city),
      el('td', { 'data-label': s.colAction }, r.action ?? muted(s.notClassified)),
      el('td', { 'data-label': s.colBeneficiary }, r.beneficiary),
      el('td', { class: 'num', 'data-label': s.colCost }, formatEuro(r.cost, lang)),
      paid,
      el(
        'td',
        { 'data-label': s.colStart, class: 'xp-date' },
        r.startDate ? formatDate(r.startDate, lang) : muted(s.notAvailable),
      ),
      el(
        'td',
        { 'data-label': s.colStatus },
        r.status ? (s.statuses[r.status] ?? r.status) : muted(s.notAvailable),
        ...flags,
      ),
    );
  }

  let current = emptyState();
  let selection: Row[] = [];
  /** The charts of the selection, once their chunk has loaded (after the list's first render). */
  let charts: { update: (st: State, selection: readonly Row[]) => void } | null = null;
  /** The rows of the view shown, in the data's order (what the charts sum). */
  let matched: Row[] = [];

  const link = (st: State) => `${location.pathname}${toQuery(st)}${location.hash}`;

  function render(st: State, announce: boolean): void {
    const res = filterRows(all, st);
    selection = sortRows(res.rows, st.sort);
    const pi = pageInfo(selection.length, st.page);
    st = { ...st, page: pi.page };
    current = st;
    writeForm(st);
    // Counts beside every value, given the other filters.
    for (const f of FACETS) {
      const counts = res.counts[f];
      for (const b of boxes(f)) {
        const c = b.closest('label')?.querySelector('[data-count]');
        if (c) c.textContent = `(${fmt(counts.get(b.value) ?? 0)})`;
      }
    }
    tbody.replaceChildren(...selection.slice(pi.start, pi.end).map(rowOf));
    const n = fmt(selection.length);
    caption.textContent = s.caption(n, pi.page, pi.pages);
    empty.hidden = selection.length > 0;
    tableWrap.hidden = selection.length === 0;
    const msg = selection.length === total ? s.count(n) : s.countOf(n, fmt(total));
    if (announce || live.textContent === '') live.textContent = msg;
    pageOf.textContent = s.pageOf(pi.page, pi.pages);
    pager.hidden = pi.pages <= 1;
    const setLink = (a: HTMLAnchorElement, page: number | null) => {
      // No page to go to: the link is hidden, never left without an address.
      a.hidden = page === null;
      if (page !== null) a.href = link({ ...st, page });
    };
    setLink(prev, pi.page > 1 ? pi.page - 1 : null);
    setLink(next, pi.page < pi.pages ? pi.page + 1 : null);
    dlLead.textContent = s.downloadLead(n);
    dlStatus.textContent = '';
    matched = res.rows;
    charts?.update(st, matched);
  }

  function commit(st: State, focusTable = false): void {
    const url = link(st);
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    render(st, true);
    if (url !== link(current)) history.replaceState(null, '', link(current));
    if (focusTable) {
      tableWrap.focus();
      tableWrap.scrollIntoView({ block: 'start' });
    }
  }

  form.addEventListener('change', (e) => {
    const t = e.target as HTMLElement;
    if (t === search) return; // the text filter applies on Enter or with the button
    commit({ ...readForm(), page: 1 });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    commit({ ...readForm(), page: 1 });
  });
  q<HTMLAnchorElement>(form, '[data-reset]').addEventListener('click', (e) => {
    e.preventDefault();
    commit(emptyState());
    search.focus();
  });
  for (const a of [prev, next]) {
    a.addEventListener('click', (e) => {
      if (!a.hasAttribute('href')) return;
      e.preventDefault();
      commit(parseQuery(new URL(a.href).search, domain), true);
    });
  }
  window.addEventListener('popstate', () => render(parseQuery(location.search, domain), true));

  // Downloads.
  const xlsxInfo = index.download.xlsx;
  const xlsxNote = q<HTMLElement>(root, '[data-xlsx-note]');
  const xlsxFull = q<HTMLAnchorElement>(root, '[data-xlsx-full]');
  const showXlsxFallback = (): boolean => {
    if (!index.download.fullXlsx) return false;
    xlsxFull.href = index.download.fullXlsx;
    xlsxNote.hidden = false;
    return true;
  };
  if (!xlsxInfo) {
    q<HTMLElement>(root, '[data-download="xlsx"]').closest('li')!.hidden = true;
    showXlsxFallback();
  }

  function save(data: BlobPart, format: SelectionFormat): string {
    const name = selectionFileName(lang, format, index.demonstration);
    const a = el('a', {
      href: URL.createObjectURL(new Blob([data], { type: MEDIA_TYPES[format] })),
      download: name,
      hidden: '',
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
    return name;
  }

  async function xlsx(rows: CellRow[]): Promise<Uint8Array> {
    const { writeXlsx } = await import('../lib/downloads/xlsx.ts');
    return writeXlsx(xlsxInfo!.def as unknown as DatasetDefinition, rows, xlsxInfo!.pub as unknown as Publication);
  }

  root.addEventListener('click', async (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-download]');
    if (!b) return;
    const format = b.dataset.download as SelectionFormat;
    const rows = selectionRows(selection, istatOf);
    dlStatus.textContent = s.preparing;
    try {
      let data: BlobPart;
      if (format === 'csv') data = selectionCsv(rows);
      else if (format === 'excel-csv') data = selectionExcelCsv(rows) as Uint8Array<ArrayBuffer>;
      else if (format === 'json')
        data = selectionJson(rows, index.download.metadata, { query: toQuery(current), url: location.href });
      else data = (await xlsx(rows)) as Uint8Array<ArrayBuffer>;
      dlStatus.textContent = s.ready(save(data, format));
    } catch (err) {
      console.error('explorer download:', err);
      dlStatus.textContent = s.failed;
      if (format === 'xlsx') showXlsxFallback();
    }
  });

  // First view: from the URL; a malformed URL is replaced by its canonical form.
  const initial = parseQuery(location.search, domain);
  render(initial, false);
  if (link(current) !== `${location.pathname}${location.search}${location.hash}`)
    history.replaceState(null, '', link(current));
  loading.hidden = true;
  ui.hidden = false;
  fallback.hidden = true;

  // The charts: Observable Plot is a chunk of its own, fetched once the list has been painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      import('./explorer-charts.ts')
        .then((m) => {
          charts = m.mountCharts({
            root,
            all,
            lang,
            s,
            index,
            link,
            values: {
              citta: boxes('citta').map((b) => b.value),
              az: boxes('az').map((b) => b.value),
              stato: boxes('stato').map((b) => b.value),
            },
            demo: index.demonstration ? s.charts.demoMark : null,
            go: (url) => commit(parseQuery(new URL(url, location.href).search, domain)),
          });
          charts.update(current, matched);
        })
        .catch((err: unknown) => {
          console.error('explorer charts:', err);
          q<HTMLElement>(root, '[data-charts-error]').hidden = false;
        });
    }, 0),
  );
}

const root = document.querySelector<HTMLElement>('[data-explorer]');
if (root) void start(root);
