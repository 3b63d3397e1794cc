import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTerminal, showInvisible } from '../../src/report/escape';

// Characters an adversarial review found shown as themselves (issue 16): each is invisible or reorders text.
const HIDDEN: ReadonlyArray<[string, string]> = [
  ['\u{E0041}', 'e0041'], // TAG LATIN CAPITAL LETTER A (the "ASCII smuggling" range)
  ['\u{E0001}', 'e0001'], // LANGUAGE TAG
  ['\u{E007F}', 'e007f'], // CANCEL TAG
  ['\uFE0F', 'fe0f'], // VARIATION SELECTOR-16
  ['\u{E0100}', 'e0100'], // VARIATION SELECTOR-17
  ['\u061C', '61c'], // ARABIC LETTER MARK
  ['\u2060', '2060'], // WORD JOINER
  ['\u2064', '2064'], // INVISIBLE PLUS
  ['\u034F', '34f'], // COMBINING GRAPHEME JOINER
  ['\u3164', '3164'], // HANGUL FILLER
  ['\u{1D173}', '1d173'], // MUSICAL SYMBOL BEGIN BEAM
  ['\u{110BD}', '110bd'], // KAITHI NUMBER SIGN
  ['\u202E', '202e'], // RIGHT-TO-LEFT OVERRIDE
  ['\u2067', '2067'], // RIGHT-TO-LEFT ISOLATE
  ['\u00AD', 'ad'], // SOFT HYPHEN
  ['\uD800', 'd800'], // a high surrogate alone
  ['\uDC00', 'dc00'], // a low surrogate alone
];

describe('[S4] every invisible character is shown, in the reports and in the CLI alike', () => {
  it.each(HIDDEN)('U+%s… is written as its code point', (c, hex) => {
    expect(showInvisible(`a${c}b`)).toBe(`a\\u{${hex}}b`);
    expect(escapeHtml(`a${c}b`)).toBe(`a\\u{${hex}}b`);
    expect(escapeTerminal(`a${c}b`)).toBe(`a\\u{${hex}}b`);
  });

  it('a tag-character message ("ignore") is shown whole, one escape per code point', () => {
    const smuggled = [...'ignore'].map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join('');
    expect(escapeTerminal(`名称${smuggled}`)).toBe('名称\\u{e0069}\\u{e0067}\\u{e006e}\\u{e006f}\\u{e0072}\\u{e0065}');
  });

  it('leaves visible text alone: Chinese, symbols, emoji without selectors, a surrogate pair', () => {
    for (const s of ['陇川县章凤镇', '≥ 80% m² ≤', '😀', '\u{20000}']) {
      expect(showInvisible(s)).toBe(s);
    }
  });

  it('property: after escaping, nothing invisible is left (reports and CLI)', () => {
    const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(invisible.test(showInvisible(s))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('[S4] Markdown: a bare domain in data never becomes a link', () => {
  it('breaks the dot before a top-level domain with a word joiner; numbers and field paths stay as they are', () => {
    expect(escapeMarkdown('evil.com')).toBe('evil.\u2060com');
    expect(escapeMarkdown('a.co.uk/x')).toBe('a.\u2060co.\u2060uk/x');
    expect(escapeMarkdown('陇川.cn')).toBe('陇川.\u2060cn');
    expect(escapeMarkdown('shop.xn--p1ai and x.рф')).toBe('shop.\u2060xn--p1ai and x.\u2060рф');
    expect(escapeMarkdown('19.98 m²')).toBe('19.98 m²');
    expect(escapeMarkdown('7500.5')).toBe('7500.5');
    expect(escapeMarkdown('records.serviceOutlets[0].openingHours')).toBe('records.serviceOutlets\\[0\\].openingHours');
    expect(escapeMarkdown('end. Next')).toBe('end. Next');
  });

  it('property: no letter or digit, dot, top-level label survives (what bare-domain linkers need)', () => {
    const label = fc.constantFrom('com', 'org', 'cn', 'uk', 'info', 'name', 'xn--p1ai', 'serviceOutlets', '98', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b1', '中', ' ', '/', ''), fc.constantFrom('.', '..', ''), label)), (parts) => {
        const s = parts.map(([h, d, l]) => h + d + l).join('');
        expect(/[\p{L}\p{N}]\.(?:[a-z]{2}|com|org|info|name|xn--p1ai)(?![\p{L}\p{N}-])/iu.test(escapeMarkdown(s))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
