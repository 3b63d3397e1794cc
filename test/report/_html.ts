// Small, independent checks of an HTML string for the report tests (no DOM in the unit tests).

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Check that every element is closed in order: returns the problems found (empty when balanced). Void elements and
 * self-closing SVG elements (`<line …/>`) need no end tag; the contents of `<style>` are skipped.
 */
export function unbalancedTags(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>').replace(/<!doctype html>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*?)(\/?)>/g)) {
    const [, close, rawName, , self] = m;
    const name = rawName!.toLowerCase();
    if (self === '/' || (close === '' && VOID.has(name))) continue;
    if (close === '') stack.push(name);
    else {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${m.index}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' ')}`);
  if (/<[^>]*</.test(body.replace(/<!--[\s\S]*?-->/g, ''))) problems.push('a "<" inside a tag');
  return problems;
}

/** The text content of an HTML fragment, with the entities the report uses decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every `<svg>…</svg>` of the page. */
export function svgsOf(html: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}
