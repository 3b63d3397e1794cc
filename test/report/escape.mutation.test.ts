import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeTerminal } from '../../src/report/escape';

describe('[S4] escaping: line breaks of every kind', () => {
  it('Markdown: a lone carriage return (old Mac line break) is a line break too', () => {
    // The contract: "line breaks become spaces" — CR, LF and CRLF each become exactly one space.
    expect(escapeMarkdown('a\rb')).toBe('a b');
    expect(escapeMarkdown('a\r\nb\nc\rd')).toBe('a b c d');
    expect(escapeMarkdown('\r')).toBe(' ');
  });

  it('terminal: a lone carriage return becomes a space, not a visible control character', () => {
    // CR could move the cursor back to the line start; as a line break it becomes one space (not \u{d}).
    expect(escapeTerminal('a\rb')).toBe('a b');
    expect(escapeTerminal('a\r\nb\r\tc')).toBe('a b  c');
    expect(escapeTerminal('\r')).toBe(' ');
  });
});
