import { describe, expect, it } from 'vitest';
import { smallSite, smallSiteWith } from '../../tests/lib/site-small.ts';
import { actionPage } from './action.ts';
import { objectivePage, splitList } from './objective.ts';
import { targetGroupPage } from './target-group.ts';

const site = smallSite();
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).sort();

describe('objectivePage', () => {
  it("holds the objective's projects, its actions and target groups, and counts those without an action", () => {
    for (const o of site.objectives) {
      const page = objectivePage(site, o.code, 'it');
      const own = site.projects.filter((p) => p.objective === o.code);
      expect(page.funnel.projects).toBe(own.length);
      expect(ids(page.top.rows)).toEqual(ids(own));
      expect(page.actions.map((a) => a.code)).toEqual(
        site.actions.filter((a) => a.objective === o.code).map((a) => a.code),
      );
      for (const g of page.targetGroups) expect(g.objectives).toContain(o.code);
      expect(page.unclassified).toBe(own.filter((p) => p.action === null).length);
    }
  });

  it('counts nothing unclassified when every project has an action', () => {
    const classified = smallSiteWith((projects) => projects.filter((p) => p.action !== null));
    for (const o of classified.objectives) expect(objectivePage(classified, o.code, 'en').unclassified).toBe(0);
    // The fixture has unclassified projects in each objective: the count above is not zero by chance.
    for (const o of site.objectives) expect(objectivePage(site, o.code, 'en').unclassified).toBeGreaterThan(0);
  });

  it("splits the text on its target groups at the sentence ending in ':'", () => {
    expect(splitList(['Intro.', 'Per:', 'giovani', 'donne'])).toEqual({
      paragraphs: ['Intro.', 'Per:'],
      items: ['giovani', 'donne'],
    });
    expect(splitList(['Nessun elenco.'])).toEqual({ paragraphs: ['Nessun elenco.'], items: [] });
  });
});

describe('actionPage', () => {
  it("holds the action's projects and its objective's target groups, and hides nothing else", () => {
    for (const a of site.actions) {
      const page = actionPage(site, a.code, 'it');
      expect(page.objective.code).toBe(a.objective);
      expect(ids(page.top.rows)).toEqual(ids(site.projects.filter((p) => p.action === a.code)));
      for (const r of page.top.rows) expect(r.action).toBe(a.code);
      expect(page.targetGroups.map((g) => g.code)).toEqual(
        site.targetGroups.filter((g) => g.objectives.includes(a.objective)).map((g) => g.code),
      );
    }
  });
  it('adds up: the actions and the projects without one make the total', () => {
    const cost = site.actions.reduce((s, a) => s + actionPage(site, a.code, 'it').funnel.cost, 0);
    const unclassified = site.objectives.reduce((s, o) => s + site.unclassifiedByObjective.get(o.code)!.funnel.cost, 0);
    expect(cost + unclassified).toBe(site.total.funnel.cost);
  });
});

describe('targetGroupPage', () => {
  it('holds the projects that name the group, with no allocation, and the count of projects that name none', () => {
    for (const g of site.targetGroups) {
      const page = targetGroupPage(site, g.code, 'it');
      expect(ids(page.top.rows)).toEqual(ids(site.projects.filter((p) => p.targetGroups?.includes(g.code))));
      expect(page.funnel.allocated).toBeNull();
      expect(page.objectives.map((o) => o.code)).toEqual(g.objectives);
      expect(page.untagged).toBe(site.projects.filter((p) => p.targetGroups === null).length);
    }
  });
  it('counts no untagged project when every project names its groups', () => {
    const tagged = smallSiteWith((projects) => projects.filter((p) => p.targetGroups !== null));
    expect(targetGroupPage(tagged, 'giovani', 'it').untagged).toBe(0);
    expect(targetGroupPage(site, 'giovani', 'it').untagged).toBeGreaterThan(0);
  });
});
