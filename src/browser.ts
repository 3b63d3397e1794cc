/**
 * Browser entry: the same API as the package entry, built as an IIFE (global `LongchuanPlan`) and an ESM file with
 * every dependency inlined. It sets zod's jitless mode first so strict-CSP pages work.
 *
 * @module
 */
import './_lib/zodJitless';

export * from './index';
