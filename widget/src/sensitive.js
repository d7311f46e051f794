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

// Words customers use when they paste a secret, in English and German.
const PASSWORD_WORDS =
  /\b(pass ?words?|passwor[dt]e?|passwd|passcode|kennwort|pwd|pw\s*[:=]|pin\s*[:=]|pin (?:is|ist|code)|cvc|cvv|sicherheitscode|security code)/i;

export function looksLikePassword(text) {
  return PASSWORD_WORDS.test(String(text));
}

/** "card", "password" or null: which warning the text deserves. */
export function sensitiveKind(text) {
  if (looksLikeCard(text)) return 'card';
  if (looksLikePassword(text)) return 'password';
  return null;
}
