// Removes dist/ before a build. tsup's own `clean` is unsafe with an array config (the builds run in parallel).
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
