import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes of one bundled entry, minified and gzipped at level 9. */
export interface BundleSize {
  readonly label: string;
  readonly code: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Brotli at its highest quality, as a CDN would serve it. */
  readonly brotliBytes: number;
  /** Whether zod ended up in the bundle. */
  readonly hasZod: boolean;
  /** The minified bundle, for checking what got in. */
  readonly text: string;
}

/**
 * Bundles `code` (an ES module importing from the package) with esbuild
 * (`--bundle --minify --format=esm`) and measures it. `resolveDir` is where
 * bare `korea-latam/*` imports resolve from (the repository root resolves
 * them to the built `dist/` through the package's own exports).
 */
export async function bundleSize(label: string, code: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.keys(result.metafile.inputs);
  return {
    label,
    code,
    minifiedBytes: output.byteLength,
    gzipBytes: gzipSync(output, { level: 9 }).byteLength,
    brotliBytes: brotliBytes(output),
    hasZod: inputs.some((path) => path.includes('node_modules/zod/')),
    text: new TextDecoder().decode(output),
  };
}

/** Brotli size at quality 11 (the most a server would use for static files). */
export function brotliBytes(data: Uint8Array | string): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
}
