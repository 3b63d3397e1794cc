/**
 * A small, strict XML scanner for the parts of a workbook: elements, attributes and text, the five predefined entities
 * and character references, and nothing else. A document type declaration (where entities would be defined and
 * expanded: the "billion laughs") is refused, never expanded.
 *
 * @module
 */

/**
 * What the scanner reports, element by element. Names are local names: the namespace prefix is dropped
 * (`x:row` → `row`), as some writers prefix every SpreadsheetML element.
 *
 * @example
 * ```ts
 * const texts: string[] = [];
 * const h: XmlHandler = { open: () => undefined, close: () => undefined, text: (t) => texts.push(t) };
 * ```
 * @category Input · 输入数据
 */
export interface XmlHandler {
  /** An element opens; `selfClosing` for `<x/>` (no `close` follows). */
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  /** An element closes. */
  close(name: string): void;
  /** Text (entities decoded) between tags. */
  text(text: string): void;
}

/**
 * Why a part could not be scanned: `doctype` (a DTD, refused), `entity` (an undefined entity), `syntax`.
 *
 * @example
 * ```ts
 * new XmlError('doctype', 'DTD').reason
 * //=> 'doctype'
 * ```
 * @category Input · 输入数据
 */
export class XmlError extends Error {
  /** What went wrong. */
  readonly reason: 'doctype' | 'entity' | 'syntax';

  constructor(reason: 'doctype' | 'entity' | 'syntax', message: string) {
    super(message);
    this.name = 'XmlError';
    this.reason = reason;
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text with the five predefined entities and numeric character references decoded.
 *
 * @throws XmlError for any other entity (never looked up, never expanded).
 * @example
 * ```ts
 * decodeXmlText('a &amp; b &#x9647;&#24029;')
 * //=> 'a & b 陇川'
 * ```
 * @category Input · 输入数据
 */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&\s]{0,12});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlError('entity', `a bare & in the text: "${whole.slice(0, 12)}"`);
    const named = PREDEFINED[name];
    if (named !== undefined && Object.hasOwn(PREDEFINED, name)) return named;
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (m) {
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) return String.fromCodePoint(cp);
    }
    throw new XmlError('entity', `the entity &${name}; is not one XML defines`);
  });
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i === -1 ? qname : qname.slice(i + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(s); m !== null; m = ATTRIBUTE.exec(s)) {
    const qname = m[1]!;
    if (qname.startsWith('xmlns')) continue;
    // Under its written name (`r:id`) and, unless an unprefixed attribute has it, under its local name (`id`).
    const value = decodeXmlText(m[2] ?? m[3] ?? '');
    out[qname] = value;
    const local = localName(qname);
    if (!(local in out) || local === qname) out[local] = value;
  }
  return out;
}

/**
 * Scan `xml`, calling `handler` for each element and run of text. Comments, processing instructions and the XML
 * declaration are skipped; CDATA is text.
 *
 * @throws XmlError for a document type declaration, an unknown entity, or a tag that never closes.
 * @example
 * ```ts
 * const seen: string[] = [];
 * scanXml('<a x="1"><b>t&lt;</b><c/></a>', { open: (n) => seen.push(n), close: (n) => seen.push(`/${n}`), text: (t) => seen.push(t) });
 * seen
 * //=> ['a', 'b', 't<', '/b', 'c', '/a']
 * ```
 * @category Input · 输入数据
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) {
      handler.text(decodeXmlText(xml.slice(i, end)));
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close === -1) throw new XmlError('syntax', 'a comment never closes');
      i = close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close === -1) throw new XmlError('syntax', 'a CDATA section never closes');
      handler.text(xml.slice(lt + 9, close));
      i = close + 3;
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new XmlError('doctype', 'a document type declaration (<!DOCTYPE or <!ENTITY) is not allowed');
    if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2);
      if (close === -1) throw new XmlError('syntax', 'a processing instruction never closes');
      i = close + 2;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt === -1) throw new XmlError('syntax', 'a tag never closes');
    const body = xml.slice(lt + 1, gt);
    if (body.startsWith('/')) {
      handler.close(localName(body.slice(1).trim()));
    } else {
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const m = /^[^\s/>]+/.exec(inner);
      if (!m) throw new XmlError('syntax', 'an element without a name');
      handler.open(localName(m[0]), attributesOf(inner.slice(m[0].length)), selfClosing);
    }
    i = gt + 1;
  }
}

/** The `>` that ends a tag starting at `from`, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = '';
  for (let j = from; j < xml.length; j++) {
    const c = xml[j]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}
