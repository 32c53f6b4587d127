import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../scripts/perf/lib/bundle-size.js';
import { ENTRIES } from '../helpers/entries.js';
import { repoRoot } from '../helpers/raw.js';

// Bundles snippets from src/ with esbuild (minified ESM) and inspects what got in.
// Byte counts are deterministic; timings are never measured here.
const bundle = (code: string) => bundleSize(code, code, repoRoot);

describe('what an import pulls into a bundle', () => {
  it('no module but schemas pulls in zod', async () => {
    for (const module of ENTRIES.filter((entry) => entry !== 'schemas/index')) {
      const result = await bundle(`import * as m from './src/${module}.ts'; console.log(m);`);
      expect(result.hasZod, module).toBe(false);
    }
    expect(
      (await bundle(`import { parseTradeFlow } from './src/schemas/index.ts'; console.log(parseTradeFlow);`)).hasZod,
    ).toBe(true);
  });

  it('importing challenges pulls in no country or source data', async () => {
    const result = await bundle(`import * as m from './src/challenges/index.ts'; console.log(m);`);
    const text = new TextDecoder().decode(
      await bundleText(`import * as m from './src/challenges/index.ts'; console.log(m);`),
    );
    expect(text).not.toContain('Antigua and Barbuda'); // country table
    expect(text).not.toContain('Direction of Trade Statistics'); // bibliography
    expect(text).toContain('Competition from China');
    expect(result.gzipBytes).toBeLessThan(8_000);
  });

  it('a helper pulls in no dataset, and the root barrel tree-shakes to the same size', async () => {
    const sub = await bundle(`import { tradeBalance } from './src/trade/index.ts'; console.log(tradeBalance);`);
    const root = await bundle(`import { tradeBalance } from './src/index.ts'; console.log(tradeBalance);`);
    expect(sub.gzipBytes).toBeLessThan(4_000);
    expect(Math.abs(root.gzipBytes - sub.gzipBytes) / sub.gzipBytes).toBeLessThanOrEqual(0.05);
    const text = new TextDecoder().decode(
      await bundleText(`import { tradeBalance } from './src/trade/index.ts'; console.log(tradeBalance);`),
    );
    expect(text).not.toContain('9089949001'); // a value of the trade dataset (KOR→MEX exports, 2008)
    expect(text).not.toContain('Antigua and Barbuda');
  });
});

async function bundleText(code: string): Promise<Uint8Array> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: code, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

describe('claims', () => {
  it('importing the precomputed claims pulls in no dataset', async () => {
    const text = new TextDecoder().decode(
      await bundleText(`import { claims } from './src/claims/index.ts'; console.log(claims);`),
    );
    expect(text).not.toContain('9089949001');
    expect(text).not.toContain('Antigua and Barbuda');
    expect(text).toContain('korea-sixth-partner-of-mexico');
  });
});
