/**
 * Browser-only side effect: switch zod to jitless mode before any schema is built, so that a page with a strict
 * Content-Security-Policy (no 'unsafe-eval') sees no `new Function` probe. Imported first by `src/browser.ts`;
 * listed in package.json `sideEffects` so bundlers keep it. The Node builds do not import it: there zod is shared
 * with the app, whose global zod configuration the library must not change.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
