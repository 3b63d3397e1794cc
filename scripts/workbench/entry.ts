// The workbench page's script (bundled and inlined into dist/workbench.html by scripts/workbench/build.ts). zod is
// switched to jitless mode first, before any schema is built: the page's CSP allows no eval.
import '../../src/_lib/zodJitless';
import { startWorkbench } from '../../src/workbench/startWorkbench';

startWorkbench(document);
