// data/config/site.json: the addresses the site links to that belong to whoever publishes it (where
// errors are reported, the accessibility declaration on AgID's form service) and the URL patterns
// of the links out to other public sites. Nothing here is invented by the code: an address that is
// not configured is null, and the page says where it would go instead (README, "Configuration").
import { z } from 'astro/zod';

/**
 * An absolute address that a reader's browser may follow from a plain link: https, or mailto for a report by e-mail.
 */
function address(schemes: readonly string[]) {
  return z.string().refine(
    (v) => {
      try {
        return schemes.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be an absolute ${schemes.join(' or ')} address`,
  );
}

/** A URL pattern holding `{name}` where a value goes (URL-encoded), and no other placeholder. */
function pattern(schemes: readonly string[], required: string, allowed: readonly string[]) {
  return address(schemes)
    .refine((v) => v.includes(`{${required}}`), `must hold {${required}}, where it goes`)
    .refine(
      (v) => [...v.matchAll(/\{([a-z]+)\}/gi)].every((m) => allowed.includes(m[1]!)),
      `may hold only ${allowed.map((a) => `{${a}}`).join(', ')}`,
    );
}

export const SiteConfig = z
  .object({
    reportError: z
      .object({
        url: pattern(['https:', 'mailto:'], 'url', ['url', 'title'])
          .nullable()
          .describe(
            "Where a reader reports an error, with {url} where the page's address goes and optionally {title} for its title (both URL-encoded), e.g. an issue form or a mailto: address; null: not configured, the footer links the explanation on the downloads page",
          ),
      })
      .strict(),
    accessibilityDeclaration: z
      .object({
        url: address(['https:'])
          .refine(
            (v) => new URL(v).hostname === 'form.agid.gov.it',
            "must be the declaration's address on AgID's form service (https://form.agid.gov.it/…)",
          )
          .nullable()
          .describe(
            "The site's accessibility declaration as published on AgID's form service; null: not configured, the footer links the accessibility page's section on it",
          ),
      })
      .strict(),
    links: z
      .object({
        opencup: pattern(['https:'], 'cup', ['cup'])
          .nullable()
          .describe("OpenCUP's page of a project, with {cup} where the CUP goes; null: no OpenCUP links"),
      })
      .strict(),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
