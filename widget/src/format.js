// Pure formatting for the widget's view (no DOM): colours, numbers, times and the words for
// masked details. `node --test` runs it as it is.

/** Text colour (black or white) with the better contrast on a given background. */
export function contrastText(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(String(hex || '').trim());
  if (!m) return '#ffffff';
  const n = parseInt(m[1], 16);
  const lin = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return (1.05 / (L + 0.05)) >= ((L + 0.05) / 0.05) ? '#ffffff' : '#000000';
}

/** A count as the customer writes numbers: 2,000 in English, 2.000 in German. */
export function formatNumber(n, locale) {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

function format(ts, locale, options) {
  try {
    return new Intl.DateTimeFormat(locale, options).format(new Date(ts * 1000));
  } catch {
    return '';
  }
}

/** A time of day, for message times: "07:41". */
export function clockTime(ts, locale, timeZone) {
  return format(ts, locale, { hour: '2-digit', minute: '2-digit', timeZone });
}

/**
 * The one format for a moment the customer waits for (a ticket's due time, the queue's
 * deadline): weekday, date, time and the time zone's name, so "07:41" is never ambiguous.
 * en: "Wed, 3 Dec, 07:41 CET" (en-US: "Wed, Dec 3, 07:41 AM CET"); de: "Mi., 3. Dez., 07:41 MEZ".
 */
export function dueTime(ts, locale, timeZone) {
  return format(ts, locale, {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
    timeZoneName: 'short', timeZone,
  });
}

/** "m:ss" of a number of seconds, never negative. */
export function minutesSeconds(seconds) {
  const left = Math.max(0, Math.round(seconds));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/**
 * The server's wait range (State.estimated_wait: {low_s, high_s, confidence}) in words:
 * "less than a minute", "about 3 minutes", "2–5 minutes", with "(uncertain)" when the
 * server is not sure; `t` holds the words (i18n.js).
 */
export function waitWords(est, t) {
  if (!est || typeof est.low_s !== 'number') return null;
  const high = Math.max(est.low_s, est.high_s || 0);
  let words;
  if (high < 60) words = t.lessThanMinute;
  else {
    const low = Math.max(1, Math.floor(est.low_s / 60));
    const top = Math.max(low, Math.ceil(high / 60));
    words = low === top ? t.minutes(low) : t.minutesRange(low, top);
  }
  return est.confidence === 'low' ? t.uncertain(words) : words;
}

// What the server's redaction puts in place of a secret (redaction/masking.py).
const MASK_TOKENS = { '[PASSWORD]': 'PASSWORD', '[CREDENTIAL]': 'CREDENTIAL', '[CVC]': 'CARD_CVC', '[EXPIRY]': 'CARD_EXPIRY' };
const MASK_RE = /\[(?:PASSWORD|CREDENTIAL|CVC|EXPIRY)\]/g;

/** Human words for the entity types in Message.redactions, each once, in the catalog's order. */
export function maskLabels(types, labels) {
  const known = Object.keys(labels);
  const rank = (type) => (known.includes(type) ? known.indexOf(type) : known.length);
  const sorted = [...(types || [])].map((x) => String(x).toUpperCase()).sort((a, b) => rank(a) - rank(b));
  const out = [];
  for (const type of sorted) {
    const word = labels[type] || labels.other;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * A masked text as segments: strings, and {mask: word} where the server put a placeholder,
 * so the view can show "[password hidden]" in the customer's language instead of "[PASSWORD]".
 */
export function maskSegments(text, hidden) {
  const out = [];
  let pos = 0;
  for (const m of String(text).matchAll(MASK_RE)) {
    if (m.index > pos) out.push(text.slice(pos, m.index));
    out.push({ mask: hidden(MASK_TOKENS[m[0]]) });
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}
