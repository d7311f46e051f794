// Build widget/dist/widget.js: one minified IIFE including socket.io-client.
// Fails the build when the gzipped size goes over the 60 KB budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist', 'widget.js');
const BUDGET = 60 * 1024;

await build({
  entryPoints: [path.join(here, 'src', 'index.js')],
  outfile: out,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
});

const raw = readFileSync(out);
const gz = gzipSync(raw, { level: 9 }).length;
console.log(`widget/dist/widget.js: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
if (gz > BUDGET) {
  console.error(`widget.js is over its budget of ${BUDGET / 1024} KB gzipped`);
  process.exit(1);
}
