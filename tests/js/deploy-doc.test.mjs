// docs/deploy.md's "Run it" block writes a `.env` with real secrets, never `$(…)` literally:
// the block runs in `sh` (docker and make stubbed) and the file it leaves is checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const doc = readFileSync(path.join(root, 'docs/deploy.md'), 'utf8');

test('the .env example writes four real secrets and no shell syntax', () => {
  const block = /```sh\n([\s\S]*?> \.env[\s\S]*?)```/.exec(doc);
  assert.ok(block, 'a sh block that writes .env');
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-doc-'));
  // What must not run here: builds and containers.
  const stubs = 'make() { :; }\ndocker() { :; }\n';
  writeFileSync(path.join(dir, 'run.sh'), stubs + block[1]);
  const out = execFileSync('sh', ['-e', 'run.sh'], { cwd: dir, encoding: 'utf8' });
  assert.equal(out.trim(), '4', 'the block\'s own check prints 4');
  const env = readFileSync(path.join(dir, '.env'), 'utf8');
  assert.doesNotMatch(env, /\$/, 'nothing left for a shell to expand');
  const values = Object.fromEntries(env.trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
  for (const name of ['SECRET_KEY', 'RASA_TOKEN', 'REDIS_PASSWORD', 'METRICS_TOKEN']) {
    assert.match(values[name], /^[A-Za-z0-9_-]{64}$/, name);
  }
  assert.equal(new Set(['SECRET_KEY', 'RASA_TOKEN', 'REDIS_PASSWORD', 'METRICS_TOKEN'].map((n) => values[n])).size, 4);
  assert.equal(statSync(path.join(dir, '.env')).mode & 0o077, 0, '.env is readable by its owner only');
});

test('the first-production checklist names the settings an operator must set', () => {
  const i = doc.indexOf('## First production run');
  assert.ok(i > 0, 'a checklist section');
  const list = doc.slice(i, doc.indexOf('\n## ', i + 1));
  for (const word of ['TRUSTED_PROXIES', 'SECRET_KEY', 'STARTTLS', 'SMTP_USER', 'requirepass', 'protected mode',
    'noeviction', 'appendfsync', 'Backups', 'METRICS_TOKEN', 'AGENT_ORIGINS', 'ALLOWED_ORIGINS',
    'SESSION_COOKIE_SECURE', 'agents add', '/readyz', 'Smoke test']) {
    assert.ok(list.includes(word), `the checklist mentions ${word}`);
  }
});
