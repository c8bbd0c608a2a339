import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opencupHref, projectLinksOut, reportErrorHref } from './links.ts';
import { SiteConfig } from './schema/site-config.ts';

const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/config/site.json'), 'utf8'),
) as unknown;
const configured = {
  reportError: { url: 'https://github.com/example/segnalazioni/issues/new?title={title}&body=Pagina:%20{url}' },
  accessibilityDeclaration: { url: 'https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000' },
  links: { opencup: 'https://opencup.gov.it/portale/progetto/-/cup/{cup}' },
};

describe('the site configuration', () => {
  it('accepts the bundled file and a fully configured one', () => {
    expect(SiteConfig.safeParse(bundled).success).toBe(true);
    expect(SiteConfig.safeParse(configured).success).toBe(true);
  });
  it('refuses addresses that are not what each link needs', () => {
    const bad = (path: 'reportError' | 'accessibilityDeclaration', url: string) =>
      SiteConfig.safeParse({ ...configured, [path]: { url } }).success;
    expect(bad('reportError', 'https://example.org/segnala')).toBe(false); // no {url}: not prefilled
    expect(bad('reportError', 'javascript:alert({url})')).toBe(false);
    expect(bad('reportError', 'https://example.org/?p={url}&x={user}')).toBe(false);
    expect(bad('reportError', 'mailto:dati@example.org?subject=Errore&body={url}')).toBe(true);
    expect(bad('accessibilityDeclaration', 'https://example.org/dichiarazione')).toBe(false); // not AgID's form service
    expect(bad('accessibilityDeclaration', 'http://form.agid.gov.it/view/x')).toBe(false);
    expect(
      SiteConfig.safeParse({ ...configured, links: { opencup: 'https://opencup.gov.it/portale/progetto/-/cup/' } })
        .success,
    ).toBe(false);
    expect(SiteConfig.safeParse({ ...configured, extra: 1 }).success).toBe(false);
  });
});

describe('reportErrorHref', () => {
  it("prefills the configured address with the page's URL and title, encoded", () => {
    const href = reportErrorHref(
      configured.reportError.url,
      'https://sito.test/citta/napoli/?a=1&b=2',
      'Napoli – «Priorità 4»',
    );
    expect(href).toBe(
      'https://github.com/example/segnalazioni/issues/new?title=Napoli%20%E2%80%93%20%C2%ABPriorit%C3%A0%204%C2%BB&body=Pagina:%20https%3A%2F%2Fsito.test%2Fcitta%2Fnapoli%2F%3Fa%3D1%26b%3D2',
    );
    expect(new URL(href!).searchParams.get('body')).toBe('Pagina: https://sito.test/citta/napoli/?a=1&b=2');
  });
  it('gives nothing when no address is configured', () => {
    expect(reportErrorHref(null, 'https://sito.test/', 'x')).toBeNull();
  });
});

describe('opencupHref', () => {
  it('links a well-formed CUP and nothing else', () => {
    expect(opencupHref(configured.links.opencup, 'J81H23000010006')).toBe(
      'https://opencup.gov.it/portale/progetto/-/cup/J81H23000010006',
    );
    expect(opencupHref(configured.links.opencup, 'J81H2300001000')).toBeNull();
    expect(opencupHref(configured.links.opencup, 'j81h23000010006')).toBeNull();
    expect(opencupHref(configured.links.opencup, null)).toBeNull();
    expect(opencupHref(null, 'J81H23000010006')).toBeNull();
  });
});

describe('projectLinksOut', () => {
  const pattern = configured.links.opencup;
  it("links a real project's CUP and keeps its OpenCoesione link", () => {
    expect(
      projectLinksOut(
        pattern,
        { cup: 'J81H23000010006', ocLink: 'https://opencoesione.gov.it/it/progetti/1misecup/' },
        false,
      ),
    ).toEqual({
      opencup: 'https://opencup.gov.it/portale/progetto/-/cup/J81H23000010006',
      opencoesione: 'https://opencoesione.gov.it/it/progetti/1misecup/',
      inventedCup: false,
    });
  });
  it('never links an invented CUP of demonstration data', () => {
    expect(projectLinksOut(pattern, { cup: 'J81H23000010006', ocLink: null }, true)).toEqual({
      opencup: null,
      opencoesione: null,
      inventedCup: true,
    });
    expect(projectLinksOut(pattern, { cup: null, ocLink: null }, true).inventedCup).toBe(false);
  });
});
