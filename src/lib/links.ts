// Links that leave the site or that are made from configuration (data/config/site.json): plain
// addresses, built at build time; no page requests anything from them.
import { CUP_PATTERN } from './schema/project.ts';

/** A pattern with each `{name}` replaced by its value, URL-encoded. */
function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{([a-z]+)\}/gi, (m, name: string) =>
    name in values ? encodeURIComponent(values[name]!) : m,
  );
}

/** The error-report address prefilled with the page's absolute URL (and title), or null when none is configured. */
export function reportErrorHref(pattern: string | null, pageUrl: string, title: string): string | null {
  return pattern === null ? null : fill(pattern, { url: pageUrl, title });
}

/** OpenCUP's page of a well-formed CUP, or null (no pattern configured, no CUP, or a malformed one: never a guess). */
export function opencupHref(pattern: string | null, cup: string | null): string | null {
  return pattern === null || cup === null || !CUP_PATTERN.test(cup) ? null : fill(pattern, { cup });
}

/**
 * The links out of a project's page: OpenCUP from its CUP, and the OpenCoesione page its row came
 * with. A project read from a demonstration file gets no OpenCUP link: its CUP is invented (well
 * formed only), and might be a real, unrelated project's.
 */
export type LinksOut = { opencup: string | null; opencoesione: string | null; inventedCup: boolean };

export function projectLinksOut(
  opencupPattern: string | null,
  p: { cup: string | null; ocLink: string | null },
  demonstration: boolean,
): LinksOut {
  return {
    opencup: demonstration ? null : opencupHref(opencupPattern, p.cup),
    opencoesione: p.ocLink,
    inventedCup: demonstration && p.cup !== null,
  };
}
