// Whether a text is well-formed XML, by sax in strict mode (the parser stops at the first error):
// the SVG downloads must open in any XML tool, not only in a forgiving browser.
import sax from 'sax';

/** The first well-formedness error of `xml`, or null when it has none. */
export function xmlError(xml: string): string | null {
  const parser = sax.parser(true);
  let error: string | null = null;
  parser.onerror = (e) => {
    error ??= e.message.split('\n')[0]!;
    throw e;
  };
  try {
    parser.write(xml).close();
  } catch {
    // error holds the first one
  }
  return error;
}
