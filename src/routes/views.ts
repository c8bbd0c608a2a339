// The views of src/views/ by name: what renders each HTML page of the route table (its `view`),
// for src/pages/[...path].astro and src/pages/404.astro. Views link their own stylesheets
// (Layout, Embed, Explorer): Astro would link every stylesheet imported here into every page.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { PageProps } from './paths.ts';
import { ROUTES, type RouteDef } from './table.ts';

const VIEWS = import.meta.glob<{ default: AstroComponentFactory }>('../views/*.astro', { eager: true });

/** The view that renders a page: src/views/<its route's view>.astro. */
export function viewOf(props: PageProps): AstroComponentFactory {
  const { view }: RouteDef = ROUTES[props.name];
  const module = VIEWS[`../views/${view}.astro`];
  if (!module)
    throw new Error(
      `src/routes/table.ts: the route "${props.name}" names the view "${view}", and src/views/${view}.astro does not exist`,
    );
  return module.default;
}
