// Keyboard use on the home page and a city page: the first Tab lands on a visible skip link
// to the main content, further Tabs go through the menu and then into <main>, and focus is
// always visible.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowser, pickPages, servedSite, visit } from './harness.ts';

const site = servedSite();
const { home, city } = pickPages(site);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Focused = {
  tag: string;
  href: string | null;
  text: string;
  inMenu: boolean;
  inMain: boolean;
  /** An outline or a box-shadow drawn around the focused element. */
  indicator: boolean;
  inViewport: boolean;
};

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', href: null, text: '', inMenu: false, inMain: false, indicator: false, inViewport: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      inMenu: el.closest('nav') === document.querySelector('nav'),
      inMain: el.closest('main') !== null,
      indicator: outline || shadow,
      inViewport:
        r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
}

describe.for([
  ['home', home],
  ['city', city],
])('keyboard on the %s page', ([, path]) => {
  it('Tab first reaches a visible skip link to the main content', async () => {
    const { context } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, path);
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip.tag, `${path}: first Tab`).toBe('a');
      expect(skip.href ?? '', `${path}: skip link points inside the page`).toMatch(/^#./);
      const target = await page.evaluate(
        (id) => {
          const t = document.getElementById(id);
          return t
            ? {
                isMain: t.tagName === 'MAIN',
                holdsMain: t.querySelector('main') !== null,
                inMain: t.closest('main') !== null,
              }
            : null;
        },
        decodeURIComponent(skip.href!.slice(1)),
      );
      expect(target, `${path}: the skip link's target ${skip.href} exists`).not.toBeNull();
      expect(
        target!.isMain || target!.holdsMain || target!.inMain,
        `${path}: the skip link's target is the main content`,
      ).toBe(true);
      expect(skip.inViewport, `${path}: skip link on screen when focused`).toBe(true);
      expect(skip.indicator, `${path}: skip link shows a focus outline`).toBe(true);

      // Following it moves focus to the main content: the next Tab is inside <main>.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect((await focused(page)).inMain, `${path}: Tab after the skip link lands in <main>`).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('further Tabs go through the menu, then into <main>, with focus always visible', async () => {
    const { context } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, path);
      const menu = await page
        .locator('nav')
        .first()
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(menu.length, `${path}: the first <nav> has links`).toBeGreaterThan(2);

      const seq: Focused[] = [];
      for (let i = 0; i < 60 && !seq.some((f) => f.inMain); i++) {
        await page.keyboard.press('Tab');
        seq.push(await focused(page));
      }
      const reachedMenu = seq.filter((f) => f.inMenu).map((f) => f.href);
      expect(reachedMenu, `${path}: every menu link is reached, in order`).toEqual(menu);
      const firstMain = seq.findIndex((f) => f.inMain);
      expect(firstMain, `${path}: a Tab reaches an element in <main>`).toBeGreaterThan(-1);
      expect(
        seq.findLastIndex((f) => f.inMenu),
        `${path}: the menu comes before <main>`,
      ).toBeLessThan(firstMain);
      const invisible = seq
        .filter((f) => !f.indicator || !f.inViewport)
        .map((f) => `${f.tag} ${f.href ?? ''} "${f.text}"`);
      expect(invisible, `${path}: focused elements without a visible focus indicator`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
