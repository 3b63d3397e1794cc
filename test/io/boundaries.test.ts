/**
 * The readers of src/io run in a browser as they do in Node: they import no Node built-in, nothing of the CLI, and no
 * package but fflate; they use no Node global (Buffer, process, require).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const IO = join(import.meta.dirname, '../../src/io');

describe('src/io is browser-safe', () => {
  const files = readdirSync(IO).filter((f) => f.endsWith('.ts'));

  it('has its modules', () => expect(files.length).toBeGreaterThan(10));

  for (const f of files) {
    it(`${f} imports only src modules outside the CLI, and fflate`, () => {
      const text = readFileSync(join(IO, f), 'utf8');
      const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of specs) {
        expect(`${f} → ${spec}`).toMatch(/→ (?:\.\/[\w.]+|\.\.\/(?!cli\/)[\w/.]+|fflate)$/);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(/\b(?:Buffer|process|require|__dirname)\b/);
    });
  }
});
