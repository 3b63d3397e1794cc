/**
 * `schema`: print the JSON Schema of the input (a snapshot) or of the output (an evaluation).
 *
 * @module
 */
import { snapshotJsonSchema } from '../../snapshot/snapshotJsonSchema';
import { UsageError } from '../CliError';
import { parseCommand } from '../args';
import type { CliIO } from '../CliIO';
import { writeOutput } from '../files';
import { NotAvailableError, type Engine } from './evaluate';

/**
 * `schema [--input | --output] [--out FILE]`: the snapshot's schema by default (`--input`), the evaluation's with `--output`.
 *
 * @example
 * ```ts
 * await schemaCommand(['--input'], io, engine)
 * //=> 0
 * ```
 */
export async function schemaCommand(argv: readonly string[], io: CliIO, engine: () => Promise<Engine>): Promise<number> {
  const { values } = parseCommand('schema', argv, { input: { type: 'boolean' }, output: { type: 'boolean' }, out: { type: 'string' } }, 0);
  if (values.input === true && values.output === true) {
    throw new UsageError('--input 与 --output 只能选一个', 'give --input or --output, not both', 'schema');
  }
  let schema: Record<string, unknown>;
  if (values.output === true) {
    const e = await engine();
    if (e.evaluationJsonSchema === undefined) throw new NotAvailableError("the evaluation's JSON Schema");
    schema = e.evaluationJsonSchema();
  } else {
    schema = snapshotJsonSchema();
  }
  await writeOutput(`${JSON.stringify(schema, null, 2)}\n`, values.out, io);
  return 0;
}
