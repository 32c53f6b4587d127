import { MODULES, sourceFile } from '../../scripts/modules.js';

/** The public entry points under src/ (without `src/` and `.ts`), in the order of the package's exports. */
export const ENTRIES = MODULES.map((m) =>
  sourceFile(m)
    .replace(/^src\//, '')
    .replace(/\.ts$/, ''),
);
