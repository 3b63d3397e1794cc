/**
 * The mark of `evaluate --stream`'s worker threads in their `workerData` (src/cli/parallelStream.ts): a thread that
 * carries it serves the stream; any other thread that runs the command line runs it as the main thread would.
 *
 * @example
 * ```ts
 * STREAM_WORKER
 * //=> 'longchuan-community-plan/stream-worker'
 * ```
 */
export const STREAM_WORKER = 'longchuan-community-plan/stream-worker';
