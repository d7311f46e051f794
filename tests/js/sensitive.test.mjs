// The widget's warning before sending a secret (widget/src/sensitive.js): one table of what
// warns and what does not, in English and German.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sensitiveKind } from '../../widget/src/sensitive.js';

const CASES = [
  // Asking about a password is no secret.
  ['how do I reset my password?', null],
  ['Passwort vergessen', null],
  ['Ich habe mein Passwort vergessen, was nun?', null],
  ['my password is not working', null],
  ['my password is wrong, can you help?', null],
  ['Mein Passwort ist abgelaufen.', null],
  ['Where do I change the password: in settings?', null],
  ['I forgot my PIN', null],
  ['what is a CVC?', null],
  ['my order number is 1234567890123', null],
  // Giving one is.
  ['my password is hunter2', 'password'],
  ['Mein Passwort ist Sommer2024!', 'password'],
  ['Passwort: geheim', 'password'],
  ['password = "correct horse"', 'password'],
  ['pw: x7!kq', 'password'],
  ['I changed my password to Winter#24 yesterday', 'password'],
  ['Kennwort lautet MeinHund2020', 'password'],
  ['the pin is 4711', 'password'],
  ['card 4111 1111 1111 1111 exp 12/29', 'card'],
  ['CVC 123', 'card'],
  ['meine Kartenprüfnummer ist 987', 'card'],
];

test('the warning is for secrets given, not for questions about them', () => {
  const wrong = CASES.filter(([text, kind]) => sensitiveKind(text) !== kind).map(
    ([text, kind]) => `${JSON.stringify(text)}: expected ${kind}, got ${sensitiveKind(text)}`,
  );
  assert.deepEqual(wrong, []);
});
