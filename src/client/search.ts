// Starts pagefind's search UI on the search page; pagefind-ui.js (loaded before this module)
// defines PagefindUI. A query in ?q= is run at once, so a search can be linked.
type PagefindUIOptions = { element: string; bundlePath?: string; showSubResults?: boolean; showImages?: boolean; resetStyles?: boolean };
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => { triggerSearch(q: string): void };
  }
}

const box = document.querySelector<HTMLElement>('#search');
if (box && window.PagefindUI) {
  const ui = new window.PagefindUI({ element: '#search', bundlePath: box.dataset.bundle ?? '/pagefind/', showSubResults: false, showImages: false, resetStyles: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}

export {};
