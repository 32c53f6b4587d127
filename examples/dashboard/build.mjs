// Bundles the dashboard (main.js + korea-latam's ESM build + Observable Plot) into app.js.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('./main.js', import.meta.url).pathname],
  outfile: new URL('./app.js', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'error',
});
