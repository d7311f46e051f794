// Message length and splitting (widget/src/text.js): what the counter counts and how a long
// log becomes several messages with nothing lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charCount, splitText } from '../../widget/src/text.js';

test('length is counted in code points, as the server counts', () => {
  assert.equal(charCount('abc'), 3);
  assert.equal(charCount('😀😀'), 2);
  assert.equal(charCount(''), 0);
});

test('a long log splits at line ends into parts within the limit, and joins back whole', () => {
  const log = Array.from({ length: 120 }, (_, i) => `12:00:${String(i % 60).padStart(2, '0')} ERROR worker[${i}] KeyError: 'x'`).join('\n');
  const parts = splitText(log, 2000);
  assert.equal(parts.length, 3);
  assert.ok(parts.every((p) => charCount(p) <= 2000));
  assert.equal(parts.join('\n'), log);
});

test('a line longer than the limit is cut between code points, never inside one', () => {
  const line = '😀'.repeat(25);
  const parts = splitText(line, 10);
  assert.deepEqual(parts.map(charCount), [10, 10, 5]);
  assert.equal(parts.join(''), line);
});
