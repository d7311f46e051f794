// Texts and formats the console's views share. No DOM here.

const ERRORS = {
  already_assigned: 'Another agent accepted this chat first.',
  not_queued: 'This chat is no longer waiting in the queue.',
  at_capacity: 'You already have as many chats as you may take at once.',
  not_found: 'This conversation no longer exists.',
  forbidden: 'You may not do that in this conversation.',
  invalid_payload: 'The server could not read the request.',
  too_long: 'The message is too long.',
  rate_limited: 'Too many messages at once; slowing down.',
  timeout: 'The server did not answer in time.',
  offline: 'Not connected to the server.',
};

/** What to tell the agent about a refused request (an ack with `ok: false`). */
export const errorText = (res) =>
  ERRORS[res && res.error && res.error.code] || (res && res.error && res.error.message) || 'Something went wrong.';

export const now = () => Date.now() / 1000;

export function fmtDuration(s) {
  s = Math.max(0, Math.floor(s));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export function fmtTime(ts) {
  if (!ts) return '';
  return new Date(ts * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function fmtDate(ts) {
  if (!ts) return '';
  return new Date(ts * 1000).toLocaleString([], {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  });
}

/** Unix seconds from a number or an ISO string. */
export function toTs(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t / 1000;
}

export const customerName = (c) => (c && (c.name || c.email)) || 'Anonymous customer';
// A typed email (`contact`) is not proof of identity: say so wherever it is shown.
export const unverified = (c) => !!(c && c.email && c.email_verified === false);

/** The customer's first message (a Message or its text), else the last message. */
export function firstMessage(s) {
  const f = s.first_message;
  if (typeof f === 'string' && f) return { text: f };
  if (f && f.text) return f;
  return s.last_message || null;
}

export const STATE_TEXT = {
  agent: 'In chat',
  queued: 'Back in the queue',
  resolved: 'Resolved',
  ticket: 'Turned into a ticket',
  closed: 'Closed by the customer',
  bot: 'With the bot',
};
