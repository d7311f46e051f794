// The customer's side of the `/chat` protocol, without any DOM: the token, the outbox of
// unacknowledged messages (kept in localStorage, so a reload loses nothing), the messages by
// seq with gap detection, and the conversation state. The UI listens through `on*` hooks.
//
// Storage is kept per identity (the key holds a hash of the signed-in customer's email, or
// "anon"): on a shared browser the next customer never finds the previous one's token.
// A message leaves the outbox (and so browser storage) as soon as the server acknowledges it.
import { io } from 'socket.io-client';
import { sha256Hex } from './hash.js';

const ACK_TIMEOUT_MS = 10000;
const RATE_LIMIT_BACKOFF_MS = 1500;
export const DEFAULT_MAX_CHARS = 2000;

/** Length as the server counts it (code points, not UTF-16 units). */
export function charCount(text) {
  let n = 0;
  for (const _ of String(text)) n += 1;
  return n;
}

/** Split a long text into parts of at most `max` characters, at line ends where possible. */
export function splitText(text, max) {
  const parts = [];
  let current = '';
  const push = () => {
    if (current.trim()) parts.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of String(text).split('\n')) {
    const chars = [...line];
    if (charCount(current) + chars.length + 1 <= max) {
      current += (current ? '\n' : '') + line;
      continue;
    }
    push();
    for (let i = 0; i < chars.length; i += max) {
      const piece = chars.slice(i, i + max).join('');
      if (i + max < chars.length) parts.push(piece);
      else current = piece;
    }
  }
  push();
  return parts;
}

/** Where this browser keeps a customer's chat: per server and per identity. */
export function storagePrefix(server, identity) {
  const who = identity && identity.email ? sha256Hex(identity.email.trim().toLowerCase()).slice(0, 32) : 'anon';
  return `livechat:${server}:${who}:`;
}

export function newClientId() {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function makeStore(prefix) {
  const get = (k, fallback) => {
    try {
      const raw = localStorage.getItem(prefix + k);
      return raw === null ? fallback : JSON.parse(raw);
    } catch {
      return fallback;
    }
  };
  const set = (k, v) => {
    try {
      if (v === null || v === undefined) localStorage.removeItem(prefix + k);
      else localStorage.setItem(prefix + k, JSON.stringify(v));
    } catch {
      // Private mode or a full quota: the widget still works for this page load.
    }
  };
  /** Read-modify-write, so another tab's newer list is never overwritten by a stale one. */
  const update = (k, fallback, fn) => {
    const next = fn(get(k, fallback));
    set(k, next);
    return next;
  };
  return { get, set, update };
}

/** Unscoped keys of older widget versions: one token per server, whoever signed in. */
function dropLegacyKeys(server) {
  try {
    for (const k of ['token', 'conversation', 'outbox']) localStorage.removeItem(`livechat:${server}:${k}`);
  } catch {
    // Storage unavailable: nothing to drop.
  }
}

export class ChatClient {
  /**
   * @param {object} opts server (origin URL), locale, identity ({name,email,signature}|null)
   */
  constructor({ server, locale, identity }) {
    this.server = server;
    this.locale = locale;
    this.identity = identity;
    dropLegacyKeys(server);
    this.store = makeStore(storagePrefix(server, identity));
    this.conversationId = this.store.get('conversation', null);
    this.messages = new Map(); // seq -> Message
    this.lastSeq = 0; // highest seq with no gap before it
    this.outbox = this.store.get('outbox', []); // [{client_id, text, payload?}]
    this.failed = new Map(); // client_id -> error
    this.state = null;
    this.ready = false; // connected and `session` received
    this.connection = 'connecting';
    this.flushing = false;
    this.fetchingGap = false;
    this.maxChars = DEFAULT_MAX_CHARS;
    this.hasMore = false; // older messages exist on the server (`history` with before_seq)
    this.oldestSeq = null;
    this.hooks = {};
  }

  on(name, fn) {
    this.hooks[name] = fn;
    return this;
  }

  emit(name, ...args) {
    const fn = this.hooks[name];
    if (fn) fn(...args);
  }

  connect() {
    this.socket = io(`${this.server}/chat`, {
      path: '/socket.io/',
      transports: ['websocket', 'polling'],
      reconnectionDelayMax: 3000,
      // A function, so every reconnect presents the current token and last seq.
      auth: (cb) => {
        const auth = { locale: this.locale };
        const token = this.store.get('token', null);
        if (token) auth.token = token;
        if (this.lastSeq > 0) auth.after_seq = this.lastSeq;
        if (this.identity) auth.identity = this.identity;
        cb(auth);
      },
    });
    const s = this.socket;
    s.on('connect', () => this.setConnection('connected'));
    s.on('disconnect', (reason) => {
      this.ready = false;
      this.setConnection('reconnecting');
      // The server closed us on purpose (a node shutting down): come back on our own.
      if (reason === 'io server disconnect') s.connect();
    });
    s.on('connect_error', () => this.setConnection('reconnecting'));
    s.on('session', (data) => this.onSession(data));
    s.on('message', (m) => this.receive(m, true));
    s.on('state', (st) => this.setState(st));
    s.on('typing', (t) => this.emit('typing', t));
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => {
        this.setConnection(s.connected ? 'connected' : 'reconnecting');
        if (!s.connected) s.connect();
      });
      window.addEventListener('offline', () => this.setConnection('offline'));
    }
  }

  setConnection(c) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false && c !== 'connected') {
      c = 'offline';
    }
    this.connection = c;
    this.emit('connection', c);
  }

  onSession({ conversation_id, token, state, history, has_more, limits }) {
    if (token) this.store.set('token', token);
    if (limits && Number.isInteger(limits.max_message_chars)) this.maxChars = limits.max_message_chars;
    if (conversation_id !== this.conversationId) {
      // A new conversation (first visit, or the old token was unknown): start afresh,
      // but keep whatever the customer typed and has not been acknowledged yet.
      this.conversationId = conversation_id;
      this.store.set('conversation', conversation_id);
      this.messages.clear();
      this.lastSeq = 0;
      this.emit('reset');
    }
    const page = history || [];
    if (has_more && page.length && this.lastSeq < page[0].seq - 1) {
      // Only the newest page came: older messages are fetched on request, not as a gap.
      this.hasMore = true;
      this.oldestSeq = page[0].seq;
      this.lastSeq = page[0].seq - 1;
      this.emit('more', true);
    }
    for (const m of page) this.receive(m, false);
    if (state) this.setState(state);
    this.ready = true;
    this.setConnection('connected');
    this.checkGap();
    this.flush();
  }

  setState(st) {
    this.state = st;
    this.emit('state', st);
  }

  /** Store a Message (from history, an ack or a live event) once per seq. */
  receive(m, live) {
    if (!m || typeof m.seq !== 'number') return;
    if (m.conversation_id && this.conversationId && m.conversation_id !== this.conversationId) {
      return;
    }
    if (m.client_id) this.dropFromOutbox(m.client_id);
    const known = this.messages.has(m.seq);
    this.messages.set(m.seq, m);
    while (this.messages.has(this.lastSeq + 1)) this.lastSeq += 1;
    this.emit('message', m, { live: live && !known, known });
    if (live) this.checkGap();
  }

  /** A seq above lastSeq+1 means we missed something: ask for it. */
  async checkGap() {
    if (!this.ready || this.fetchingGap) return;
    const highest = Math.max(0, ...this.messages.keys());
    if (highest <= this.lastSeq) return;
    this.fetchingGap = true;
    try {
      for (let pages = 0; pages < 20; pages++) {
        const res = await this.socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('history', { after_seq: this.lastSeq });
        if (!res || !res.ok) break;
        for (const m of res.messages || []) this.receive(m, false);
        if (!res.has_more) break;
      }
    } catch {
      // Timed out or disconnected: the next session brings the rest.
    } finally {
      this.fetchingGap = false;
    }
  }

  /** Older messages, a page at a time (the session brings only the newest page). */
  async loadEarlier() {
    if (!this.ready || !this.hasMore || this.oldestSeq === null) return;
    try {
      const res = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('history', { before_seq: this.oldestSeq });
      if (!res || !res.ok) return;
      const page = res.messages || [];
      for (const m of page) this.messages.set(m.seq, m);
      if (page.length) this.oldestSeq = page[0].seq;
      this.hasMore = !!res.has_more && page.length > 0;
      for (const m of page) this.emit('message', m, { live: false, known: false });
      this.emit('more', this.hasMore);
    } catch {
      // Timed out: the customer can ask again.
    }
  }

  /** Acknowledged (or refused): the text leaves browser storage, in every tab's view. */
  dropFromOutbox(clientId) {
    this.outbox = this.outbox.filter((o) => o.client_id !== clientId);
    const stored = this.store.get('outbox', []);
    if (stored.some((o) => o.client_id === clientId)) {
      this.store.set('outbox', stored.filter((o) => o.client_id !== clientId));
    }
  }

  /** Queue a message; it is shown at once as "sending" and sent when connected. */
  send(text, payload) {
    const item = { client_id: newClientId(), text, ts: Date.now() / 1000 };
    if (payload) item.payload = payload;
    this.outbox.push(item);
    this.store.update('outbox', [], (stored) => [...stored.filter((o) => o.client_id !== item.client_id), item]);
    this.emit('pending', item);
    this.flush();
    return item;
  }

  /**
   * Send the outbox in order, one ack at a time (the server may handle events
   * concurrently, so waiting keeps the customer's order). Resent with the same client_id
   * after a reconnect until acknowledged; the server stores each client_id once.
   */
  async flush() {
    if (this.flushing || !this.ready) return;
    this.flushing = true;
    let retryLater = false;
    try {
      while (this.ready && this.outbox.length) {
        const item = this.outbox[0];
        const body = { client_id: item.client_id, text: item.text };
        if (item.payload) body.payload = item.payload;
        let res;
        try {
          res = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message', body);
        } catch {
          retryLater = this.ready;
          break;
        }
        if (res && res.ok) {
          this.dropFromOutbox(item.client_id);
          this.receive(res.message, false);
          continue;
        }
        const code = (res && res.error && res.error.code) || 'generic';
        if (code === 'rate_limited') {
          await new Promise((r) => setTimeout(r, RATE_LIMIT_BACKOFF_MS));
          continue;
        }
        this.dropFromOutbox(item.client_id);
        this.failed.set(item.client_id, code);
        this.emit('failed', item, code, res && res.error);
      }
    } finally {
      this.flushing = false;
    }
    if (retryLater) setTimeout(() => this.flush(), 1000);
  }

  /** Resolves once every queued message is acknowledged (or after `ms`). */
  waitSent(ms = 30000) {
    const until = Date.now() + ms;
    return new Promise((resolve) => {
      const check = () => {
        if (!this.outbox.length || Date.now() > until) resolve();
        else setTimeout(check, 100);
      };
      check();
    });
  }

  async request(event, body = {}) {
    if (!this.socket || !this.socket.connected) return { ok: false, error: { code: 'offline' } };
    try {
      const res = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, body);
      if (res && res.ok && res.state) this.setState(res.state);
      return res || { ok: false, error: { code: 'generic' } };
    } catch {
      return { ok: false, error: { code: 'timeout' } };
    }
  }

  typing(on) {
    if (this.socket && this.socket.connected) this.socket.emit('typing', { typing: !!on });
  }
}
