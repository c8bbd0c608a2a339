// The site's configuration (data/config/site.json, or the file SITE_CONFIG names), read and checked
// once per build. See src/lib/schema/site-config.ts for what it holds.
import { resolve } from 'node:path';
import { parseJsonFile } from './lib/json-file.ts';
import { SiteConfig } from './lib/schema/site-config.ts';

let cached: SiteConfig | null = null;

export function siteConfig(): SiteConfig {
  cached ??= parseJsonFile(resolve(process.env.SITE_CONFIG ?? 'data/config/site.json'), SiteConfig);
  return cached;
}
