// The widget's pure formatting (widget/src/format.js): numbers, due times with their time
// zone, and the customer's words for what the server masked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogs } from '../../widget/src/i18n.js';
import { dueTime, formatNumber, maskLabels, maskSegments, minutesSeconds } from '../../widget/src/format.js';

// Wednesday 3 December 2025, 06:41 UTC: 07:41 in Berlin (CET).
const TS = Date.UTC(2025, 11, 3, 6, 41) / 1000;

test('a due time has one format per language, with weekday, date, time and time zone', () => {
  assert.equal(dueTime(TS, 'en-GB', 'Europe/Berlin'), 'Wed 3 Dec, 07:41 CET');
  assert.equal(dueTime(TS, 'de-DE', 'Europe/Berlin'), 'Mi., 3. Dez., 07:41 MEZ');
  assert.match(dueTime(TS, 'en-US', 'Europe/Berlin'), /^Wed, Dec 3, 07:41 AM GMT\+1$/);
});

test('counts are written as the customer reads them', () => {
  assert.equal(formatNumber(2000, 'en-US'), '2,000');
  assert.equal(formatNumber(2000, 'de-DE'), '2.000');
  assert.equal(minutesSeconds(299.6), '5:00');
  assert.equal(minutesSeconds(-3), '0:00');
});

test('masked details are named in human words, never by their internal names', () => {
  for (const [lang, words] of [
    ['en', ['card number', 'security code (CVC)', 'expiry date', 'password']],
    ['de', ['Kartennummer', 'Sicherheitscode (CVC)', 'Ablaufdatum', 'Passwort']],
  ]) {
    const labels = catalogs[lang].maskWords;
    assert.deepEqual(maskLabels(['PASSWORD', 'CARD_EXPIRY', 'CARD_CVC', 'CREDIT_CARD', 'CARD_CVC'], labels), words);
    assert.deepEqual(maskLabels(['SOMETHING_NEW'], labels), [labels.other]);
    for (const word of Object.values(labels)) assert.doesNotMatch(word, /_/);
  }
  const hidden = (type) => `<${type}>`;
  assert.deepEqual(maskSegments('pw [PASSWORD], cvc [CVC].', hidden), ['pw ', { mask: '<PASSWORD>' }, ', cvc ', { mask: '<CARD_CVC>' }, '.']);
  assert.deepEqual(maskSegments('nothing hidden', hidden), ['nothing hidden']);
});

test('German has every string English has, and the same topics for the bot', () => {
  const { en, de } = catalogs;
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  assert.deepEqual(de.topics.map((x) => x.payload), en.topics.map((x) => x.payload));
  assert.deepEqual(Object.keys(de.maskWords), Object.keys(en.maskWords));
  assert.deepEqual(Object.keys(de.errors).sort(), Object.keys(en.errors).sort());
});

test('a wait range is told with how sure the server is', async () => {
  const { waitWords } = await import('../../widget/src/format.js');
  const en = catalogs.en;
  const de = catalogs.de;
  assert.equal(waitWords(null, en), null);
  assert.equal(waitWords({ low_s: 10, high_s: 30, confidence: 'high' }, en), 'less than a minute');
  assert.equal(waitWords({ low_s: 120, high_s: 300, confidence: 'medium' }, en), '2–5 minutes');
  assert.equal(waitWords({ low_s: 300, high_s: 600, confidence: 'low' }, en), '5–10 minutes (uncertain)');
  assert.equal(waitWords({ low_s: 300, high_s: 600, confidence: 'low' }, de), '5–10 Minuten (unsicher)');
  assert.equal(waitWords({ low_s: 60, high_s: 60, confidence: 'high' }, de), 'etwa 1 Minute');
});
