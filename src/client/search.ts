// Starts pagefind's search UI on the search page; pagefind-ui.js (loaded before this module)
// defines PagefindUI. The index of a language may come in several bundles (scripts/lib/search-index.ts):
// the first is searched and the others merged into it, as pagefind/bundles.json lists them. A query
// in ?q= is run at once, so a search can be linked.
import { searchTerm } from './search-term.ts';

type PagefindUIOptions = {
  element: string;
  bundlePath: string;
  mergeIndex?: { bundlePath: string }[];
  processTerm?: (term: string) => string;
  showSubResults?: boolean;
  showImages?: boolean;
  resetStyles?: boolean;
};
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => { triggerSearch(q: string): void };
  }
}

async function bundlesOf(base: string, lang: string): Promise<string[]> {
  try {
    const res = await fetch(`${base}bundles.json`);
    const all = (await res.json()) as Record<string, string[]>;
    if (Array.isArray(all[lang]) && all[lang].length > 0) return all[lang].map((dir) => base + dir);
  } catch {
    // no list: the language's first bundle alone
  }
  return [`${base}${lang}/`];
}

async function start(box: HTMLElement, PagefindUI: NonNullable<Window['PagefindUI']>) {
  const base = box.dataset.bundles ?? '/pagefind/';
  const [first, ...rest] = await bundlesOf(base, box.dataset.lang ?? 'it');
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: first!,
    mergeIndex: rest.map((bundlePath) => ({ bundlePath })),
    processTerm: searchTerm,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}

const box = document.querySelector<HTMLElement>('#search');
if (box && window.PagefindUI) void start(box, window.PagefindUI);

export {};
