// Bundles the dashboard (main.js + korea-latam's ESM build + Observable Plot) into app.js, one classic
// script: a browser runs it from a page opened straight from disk (file://), where module scripts are blocked.
import { build } from 'esbuild';

export async function buildDashboard() {
  await build({
    entryPoints: [new URL('./main.js', import.meta.url).pathname],
    outfile: new URL('./app.js', import.meta.url).pathname,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'error',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDashboard();
