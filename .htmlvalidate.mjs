// html-validate's configuration for the built pages (tests/browser/html-validate.test.ts runs it
// over every page type; `node_modules/.bin/html-validate dist/` by hand). Its recommended rules,
// tuned only where a rule is wrong for this site, each with the reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A scrolling table sits in <div role="region" aria-label tabindex="0"> (keyboard users can
    // scroll it, WCAG 2.1.1), and the demonstration banner is a labelled region: neither is a
    // section of the document's outline, which is what <section> means. Other roles still must
    // use their native element.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Ids must be valid HTML, but may hold dots: a figure's id carries the action's code
    // (#action-4.4.8.1-funnel), and published citations and embeds link to it.
    'valid-id': ['error', { relaxed: true }],
    // A search-engine length hint, not validity: a page's title names the entity it is about as
    // the data writes it (a beneficiary's name runs to 100 characters) and the site; cutting it
    // would make two pages' titles alike.
    'long-title': 'off',
  },
};
