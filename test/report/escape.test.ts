import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../../src/report/escape';

describe('[S4] escaping data for each format', () => {
  it('HTML: the five special characters, nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a> 章凤镇 ≥80%`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; 章凤镇 ≥80%');
  });

  it('Markdown: pipes, inline markup and line breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('[x](y) *z* _w_ `c` ~~s~~ <b> &amp; \\')).toBe('\\[x\\](y) \\*z\\* \\_w\\_ \\`c\\` \\~\\~s\\~\\~ \\<b\\> \\&amp; \\\\');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
    expect(escapeMarkdown('陇川县 (533124) ≥20')).toBe('陇川县 (533124) ≥20');
  });

  it('terminal: control characters shown, never sent', () => {
    expect(escapeTerminal('a\u001b[31mb\u0007c\u009bd')).toBe('a\\u{1b}[31mb\\u{7}c\\u{9b}d');
    expect(escapeTerminal('x\ty\nz')).toBe('x y z');
  });
});
