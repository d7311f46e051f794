// The customer's side of the `/chat` protocol, without any DOM: the token, the outbox of
// unacknowledged messages (kept in localStorage, so a reload loses nothing), the messages by
// seq with gap detection, and the conversation state. The UI listens through `on*` hooks.
//
// Storage is kept per identity (the key holds a hash of the signed-in customer's email, or
// "anon"): on a shared browser the next customer never finds the previous one's token.
// A message leaves the outbox (and so browser storage) as soon as the server acknowledges it.
// The outbox, the seq log and requests are the protocol client the console shares
// (protocol.js).
import { io as socketIo } from 'socket.io-client';
import { sha256Hex } from './hash.js';
import { Outbox, SeqLog, isMessage, isStaleState, newClientId, openSocket, request } from './protocol.js';

export { newClientId };
const RATE_LIMIT_BACKOFF_MS = 1500;
export const DEFAULT_MAX_CHARS = 2000;

/** Where this browser keeps a customer's chat: per server and per identity. */
export function storagePrefix(server, identity) {
  const who = identity && identity.email ? sha256Hex(identity.email.trim().toLowerCase()).slice(0, 32) : 'anon';
  return `livechat:${server}:${who}:`;
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
   * @param {object} opts server (origin URL), locale, identity ({name,email,signature}|null),
   *   io (Socket.IO's `io`; tests pass a fake)
   */
  constructor({ server, locale, identity, io = socketIo }) {
    this.server = server;
    this.locale = locale;
    this.identity = identity;
    this.io = io;
    dropLegacyKeys(server);
    this.store = makeStore(storagePrefix(server, identity));
    this.conversationId = this.store.get('conversation', null);
    this.log = new SeqLog();
    this.messages = this.log.messages; // seq -> Message
    // [{client_id, text, payload?}], kept in browser storage until acknowledged
    this.outbox = new Outbox({
      items: this.store.get('outbox', []),
      transmit: (item) => {
        const body = { client_id: item.client_id, text: item.text };
        if (item.payload) body.payload = item.payload;
        if (item.kind) body.kind = item.kind;
        return request(this.socket, 'message', body);
      },
      canSend: () => this.ready,
      onAck: (item, res) => this.receive(res.message, false),
      onFailed: (item, code, error) => {
        this.failed.set(item.client_id, code);
        this.emit('failed', item, code, error);
      },
      persist: {
        add: (item) =>
          this.store.update('outbox', [], (stored) => [...stored.filter((o) => o.client_id !== item.client_id), item]),
        remove: (clientId) => {
          const stored = this.store.get('outbox', []);
          if (stored.some((o) => o.client_id === clientId)) {
            this.store.set('outbox', stored.filter((o) => o.client_id !== clientId));
          }
        },
      },
      rateLimitMs: RATE_LIMIT_BACKOFF_MS,
    });
    this.failed = new Map(); // client_id -> error
    this.state = null;
    this.ready = false; // connected and `session` received
    this.connection = 'connecting';
    this.fetchingGap = false;
    this.maxChars = DEFAULT_MAX_CHARS;
    this.maxLogChars = 0; // a server that takes logs says how long (session.limits)
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

  /** Highest seq with no gap before it. */
  get lastSeq() {
    return this.log.lastSeq;
  }

  connect() {
    this.socket = openSocket(this.io, `${this.server}/chat`, {
      // Every reconnect presents the current token and last seq.
      auth: () => {
        const auth = { locale: this.locale };
        const token = this.store.get('token', null);
        if (token) auth.token = token;
        if (this.lastSeq > 0) auth.after_seq = this.lastSeq;
        if (this.identity) auth.identity = this.identity;
        return auth;
      },
    });
    const s = this.socket;
    s.on('connect', () => this.setConnection('connected'));
    s.on('disconnect', () => {
      this.ready = false;
      this.setConnection('reconnecting');
    });
    s.on('connect_error', () => this.setConnection('reconnecting'));
    s.on('session', (data) => this.onSession(data));
    s.on('message', (m) => this.receive(m, true));
    s.on('message_redacted', (m) => this.redactAgain(m));
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
    if (limits && Number.isInteger(limits.max_log_chars)) this.maxLogChars = limits.max_log_chars;
    if (conversation_id !== this.conversationId) {
      // A new conversation (first visit, or the old token was unknown): start afresh,
      // but keep whatever the customer typed and has not been acknowledged yet.
      this.conversationId = conversation_id;
      this.store.set('conversation', conversation_id);
      this.log.clear();
      this.emit('reset');
    }
    const page = history || [];
    if (has_more && page.length && this.lastSeq < page[0].seq - 1) {
      // Only the newest page came: older messages are fetched on request, not as a gap.
      this.hasMore = true;
      this.oldestSeq = page[0].seq;
      this.log.startAt(page[0].seq);
      this.emit('more', true);
    }
    for (const m of page) this.receive(m, false);
    if (state) this.setState(state);
    this.ready = true;
    this.setConnection('connected');
    this.checkGap();
    this.flush();
  }

  /** A State from `session`, a `state` event or an ack; one older than the held one is dropped. */
  setState(st) {
    if (!st) return;
    // Another conversation's (the one this tab just left): not ours to show.
    if (st.conversation_id && this.conversationId && st.conversation_id !== this.conversationId) return;
    if (isStaleState(st, this.state)) return;
    this.state = st;
    this.emit('state', st);
  }

  /** Store a Message (from history, an ack or a live event) once per seq. */
  receive(m, live) {
    if (!isMessage(m)) return;
    if (m.conversation_id && this.conversationId && m.conversation_id !== this.conversationId) {
      return;
    }
    if (m.client_id) this.dropFromOutbox(m.client_id);
    const known = this.log.add(m);
    this.emit('message', m, { live: live && !known, known });
    if (live) this.checkGap();
  }

  /** A message shown before, masked anew (the next message named it a secret): the masked
   * copy replaces it; one not seen yet is simply received. */
  redactAgain(m) {
    if (!isMessage(m)) return;
    if (m.conversation_id && this.conversationId && m.conversation_id !== this.conversationId) return;
    if (!this.log.has(m.seq)) {
      this.receive(m, false);
      return;
    }
    this.log.messages.set(m.seq, m);
    this.emit('redacted', m);
  }

  /** A seq above lastSeq+1 means we missed something: ask for it. */
  async checkGap() {
    if (!this.ready || this.fetchingGap || !this.log.hasGap()) return;
    this.fetchingGap = true;
    try {
      // Timed out or disconnected: the next session brings the rest.
      for (let pages = 0; pages < 20; pages++) {
        const res = await request(this.socket, 'history', { after_seq: this.lastSeq });
        if (!res.ok) break;
        for (const m of res.messages || []) this.receive(m, false);
        if (!res.has_more) break;
      }
    } finally {
      this.fetchingGap = false;
    }
  }

  /** Older messages, a page at a time (the session brings only the newest page). */
  async loadEarlier() {
    if (!this.ready || !this.hasMore || this.oldestSeq === null) return;
    const res = await request(this.socket, 'history', { before_seq: this.oldestSeq });
    if (!res.ok) return; // timed out: the customer can ask again
    const page = res.messages || [];
    for (const m of page) this.messages.set(m.seq, m);
    if (page.length) this.oldestSeq = page[0].seq;
    this.hasMore = !!res.has_more && page.length > 0;
    for (const m of page) this.emit('message', m, { live: false, known: false });
    this.emit('more', this.hasMore);
  }

  /** Acknowledged (or refused): the text leaves browser storage, in every tab's view. */
  dropFromOutbox(clientId) {
    this.outbox.drop(clientId);
  }

  /** Queue a message; it is shown at once as "sending" and sent when connected. */
  send(text, payload, kind) {
    const item = { client_id: newClientId(), text, ts: Date.now() / 1000 };
    if (payload) item.payload = payload;
    if (kind) item.kind = kind;
    this.outbox.push(item);
    this.emit('pending', item);
    this.flush();
    return item;
  }

  /** Send the outbox in order, resending after a reconnect until acknowledged. */
  flush() {
    return this.outbox.flush();
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

  /**
   * Leave this conversation (e.g. a ticket, answered by email) and start a new one: the
   * contract starts a new conversation for a connect without a token. Unsent messages stay
   * in the outbox and go to the new conversation.
   */
  newConversation() {
    this.store.set('token', null);
    this.log.clear();
    this.hasMore = false;
    this.oldestSeq = null;
    this.state = null;
    this.ready = false;
    this.emit('more', false);
    if (!this.socket) return;
    this.socket.disconnect();
    this.socket.connect();
  }

  async request(event, body = {}) {
    const res = await request(this.socket, event, body);
    if (res.ok && res.state) this.setState(res.state);
    return res;
  }

  typing(on) {
    if (this.socket && this.socket.connected) this.socket.emit('typing', { typing: !!on });
  }
}
