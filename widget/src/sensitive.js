// Spot what looks like a secret before the customer sends it (policy 1.2: no passwords or
// full payment details in chat). The server masks these anyway; this is only a warning.

/** Luhn checksum over a string of digits. */
export function luhnValid(digits) {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// 13 to 19 digits, optionally grouped by spaces or dashes, as card numbers are written.
const CARD_CANDIDATE = /\d(?:[ -]?\d){12,18}/g;

export function looksLikeCard(text) {
  for (const m of String(text).matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return true;
  }
  return false;
}

// Words that name a secret, in English and German. Naming one is no secret: "how do I reset
// my password?" and "Passwort vergessen" ask for help. A warning needs a value given for it.
const SECRET_WORD =
  '(?:pass ?words?|passw(?:ord|ort)e?s?|passwd|passcode|kennw(?:ort|oerter|örter)|pwd|pw|pin(?:[- ]?code)?|zugangscode|login code)';
// "password is X", "Passwort lautet X", "changed my password to X", "password: X", "pw=X".
const SECRET_GIVEN = new RegExp(
  `\\b${SECRET_WORD}\\b[^.?!\\n:=]{0,40}?(?:\\s(?:is|was|ist|war|lautet|to|auf|now|jetzt)\\s+|\\s*[:=]\\s*)(["'“„]?)(\\S+)`,
  'giu',
);
// Words that follow "password is" when someone describes a problem rather than giving one.
const NOT_A_VALUE = new Set(
  ('not no wrong incorrect invalid expired too the my a an correct right weak strong still being now ' +
    'always something same case reset in on at for where how locked blocked empty required missing changed forgotten ' +
    'nicht kein keine falsch ungültig abgelaufen zu der die das mein meine ein eine noch immer ' +
    'etwas gleich gesperrt im für wo wie leer richtig korrekt vergessen geändert').split(' '),
);
// A security code given as such: "CVC 123", "Prüfnummer: 4567". "What is a CVC?" is not one.
const CODE_GIVEN = /\b(?:cvc2?|cvv2?|sicherheitscode|security code|kartenprüfnummer|prüfnummer)\b\D{0,12}\b\d{3,4}\b/iu;

/** Does a value after "password is" look like one: a digit, a symbol or mixed case, or quoted / after ':'. */
function looksLikeValue(raw, quoted, byColon) {
  const value = raw.replace(/[.,;!?)"'”“]+$/u, '');
  if (!value) return false;
  if (quoted) return true;
  if (NOT_A_VALUE.has(value.toLowerCase())) return false;
  if (byColon) return true;
  return /\d/.test(value) || /[^\p{L}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
}

export function looksLikePassword(text) {
  for (const m of String(text).matchAll(SECRET_GIVEN)) {
    const byColon = /[:=]\s*["'“„]?\S+$/u.test(m[0]);
    if (looksLikeValue(m[2], !!m[1], byColon)) return true;
  }
  return false;
}

/** "card", "password" or null: which warning the text deserves. */
export function sensitiveKind(text) {
  if (looksLikeCard(text) || CODE_GIVEN.test(String(text))) return 'card';
  if (looksLikePassword(text)) return 'password';
  return null;
}
