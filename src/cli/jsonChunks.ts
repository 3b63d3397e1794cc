/**
 * `JSON.stringify(value, null, 2)` in pieces, so that a very large evaluation is written without building one
 * string longer than JavaScript allows (about 512 MiB). The pieces join to exactly the same text.
 *
 * @module
 */

function reindent(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const container = typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!container || depth >= 2) {
    yield reindent(JSON.stringify(value, null, 2), indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v: unknown = value[i];
      if (skipped(v)) yield 'null';
      else yield* pieces(v, inner, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !skipped(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${inner}${JSON.stringify(k)}: `;
    yield* pieces(v, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * The text of `JSON.stringify(value, null, 2)` followed by a newline, as a sequence of pieces of about `batch`
 * characters (one element of a top-level list can be larger).
 *
 * @example
 * ```ts
 * [...jsonChunks({ rules: [{ id: 1 }] })].join('') === JSON.stringify({ rules: [{ id: 1 }] }, null, 2) + '\n'
 * //=> true
 * ```
 */
export function* jsonChunks(value: unknown, batch = 1 << 20): Generator<string> {
  let buf = '';
  for (const p of pieces(value, '', 0)) {
    buf += p;
    if (buf.length >= batch) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}\n`;
}
