// Build console/dist/: index.html, app.js (minified, socket.io-client included), app.css.
// The chat server serves them at /console and /console/{file}.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [path.join(here, 'src', 'app.js')],
  outfile: path.join(dist, 'app.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
});
await build({
  entryPoints: [path.join(here, 'src', 'app.css')],
  outfile: path.join(dist, 'app.css'),
  minify: true,
  logLevel: 'warning',
});
// index.html last: the Makefile treats it as the build's stamp.
copyFileSync(path.join(here, 'src', 'index.html'), path.join(dist, 'index.html'));

for (const f of ['app.js', 'app.css', 'index.html']) {
  const raw = readFileSync(path.join(dist, f));
  console.log(`console/dist/${f}: ${(raw.length / 1024).toFixed(1)} KB, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
}
