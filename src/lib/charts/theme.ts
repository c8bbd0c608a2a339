// Colours and type of every chart: the Designers Italia palette. Each colour used for a mark
// has at least 3:1 contrast with the white background (WCAG 1.4.11) and every series also
// differs in shape (bar height, outline, pattern) or carries a direct label.
export const THEME = {
  font: "'Titillium Web', system-ui, sans-serif",
  fontSize: 14,
  text: '#1A1A1A',
  muted: '#5C6F82', // 5.1:1 on white
  grid: '#D9DADB',
  primary: '#0066CC', // 5.6:1
  dark: '#003366', // 12.6:1
  allocatedFill: '#CCE0F5', // light fill, always drawn with the dark outline below
  allocatedStroke: '#004D99',
  highlight: '#A66300', // 4.6:1, used with a pattern and a bold label, never alone
  land: '#EEF3F8',
  landStroke: '#8A99A8',
  demoText: '#A8001C', // 7.3:1
  demoFill: '#FFF0F2',
} as const;

export const PATTERN = 'hatch';
/** Pattern for highlighted marks; its id is made unique per chart by the renderer. */
export function hatchFill(): string {
  return `url(#${PATTERN})`;
}

/**
 * What a data item of any chart may carry when its mark stands for something the site has a page
 * for (a city, an action, an objective, a target group, a beneficiary) or an explorer view (a city
 * and an action): `href`, a root-relative path from the route table (routePath) or an explorer
 * query, and `title`, its label and value in the page's language. Spec builders hand both to
 * Plot's href and title channels (markLinks): the mark becomes an SVG <a> with a <title>,
 * reachable by keyboard; items without them stay plain marks.
 */
export type Linked = { href?: string | undefined; title?: string | undefined };

/** Plot's href and title channels for items that may carry them (spread into a mark's options). */
export function markLinks<T extends Linked>(): { href: (d: T) => string | null; title: (d: T) => string | null } {
  return { href: (d) => d.href ?? null, title: (d) => d.title ?? null };
}
