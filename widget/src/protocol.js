// The protocol client both bundles share (the widget's `/chat` and the console's `/agent`):
// the socket's options, requests with an ack and a timeout, the outbox that sends messages in
// order one ack at a time and resends them after a reconnect, and the log of messages by seq
// that drops duplicates and sees gaps. No DOM here: `node --test` runs it as it is.

export const ACK_TIMEOUT_MS = 10000;
// A request that never reached the server (or whose answer never came back): the outbox
// keeps the message and sends it again; any other refusal is final.
const UNSENT = new Set(['offline', 'timeout']);
// The server could not store it just now (Redis restarting): the same client_id is stored
// once, so resending is safe; a few tries, then the sender decides (a lasting fault).
const TRANSIENT = new Set(['internal']);

export function newClientId() {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * A Socket.IO connection with the options both clients use. `auth` is a function, so every
 * reconnect presents the current token (and whatever else it adds).
 */
export function openSocket(io, url, { auth, withCredentials = false }) {
  const socket = io(url, {
    path: '/socket.io/',
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 3000,
    withCredentials,
    auth: (cb) => cb(auth()),
  });
  // The server closed us on purpose (a node shutting down): come back on our own.
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') socket.connect();
  });
  return socket;
}

/**
 * Emit `event` and wait for its ack. Never throws: a closed socket answers `offline`, no
 * answer in time `timeout`, an empty answer `generic`.
 */
export async function request(socket, event, body = {}, timeoutMs = ACK_TIMEOUT_MS) {
  if (!socket || !socket.connected) return { ok: false, error: { code: 'offline' } };
  try {
    const res = await socket.timeout(timeoutMs).emitWithAck(event, body);
    return res || { ok: false, error: { code: 'generic' } };
  } catch {
    return { ok: false, error: { code: 'timeout' } };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Messages waiting for the server's ack, sent in order one at a time (the server may handle
 * events concurrently, so waiting keeps the sender's order). An item is `{client_id, ...}`;
 * the server stores each client_id once, so resending after a lost ack is safe.
 *
 *   transmit(item) -> Promise<ack>  one attempt (see `request`)
 *   canSend() -> bool               connected and ready to send
 *   onAck(item, ack)                the server stored it (ack.message)
 *   onFailed(item, code, error)     the server refused it for good
 *   persist {add(item), remove(clientId)}  optional, e.g. browser storage
 */
export class Outbox {
  constructor({
    transmit,
    canSend,
    onAck,
    onFailed,
    persist = null,
    items = [],
    retryMs = 1000,
    rateLimitMs = 1500,
    transientTries = 5,
  }) {
    this.transmit = transmit;
    this.canSend = canSend;
    this.onAck = onAck || (() => {});
    this.onFailed = onFailed || (() => {});
    this.persist = persist;
    this.items = [...items];
    this.retryMs = retryMs;
    this.rateLimitMs = rateLimitMs;
    this.transientTries = transientTries;
    this.tries = new Map(); // client_id -> transient failures so far
    this.flushing = false;
    this.retryTimer = null;
  }

  get length() {
    return this.items.length;
  }

  /** Queue an item; `flush()` sends it. */
  push(item) {
    this.items.push(item);
    if (this.persist) this.persist.add(item);
    return item;
  }

  [Symbol.iterator]() {
    return this.items[Symbol.iterator]();
  }

  /** Acknowledged, refused, or seen arriving from the server: it leaves the outbox. */
  drop(clientId) {
    const i = this.items.findIndex((o) => o.client_id === clientId);
    const item = i >= 0 ? this.items.splice(i, 1)[0] : null;
    this.tries.delete(clientId);
    if (this.persist) this.persist.remove(clientId);
    return item;
  }

  /** Send what is queued; resolves when the outbox is empty or sending has to wait. */
  async flush() {
    if (this.flushing || !this.canSend()) return;
    this.flushing = true;
    let retryLater = false;
    try {
      while (this.items.length && this.canSend()) {
        const item = this.items[0];
        const res = await this.transmit(item);
        if (res && res.ok) {
          this.drop(item.client_id);
          this.onAck(item, res);
          continue;
        }
        const code = (res && res.error && res.error.code) || 'generic';
        const tries = TRANSIENT.has(code) ? (this.tries.get(item.client_id) || 0) + 1 : 0;
        if (tries) this.tries.set(item.client_id, tries);
        if (UNSENT.has(code) || (tries && tries < this.transientTries)) {
          // Still connected: try again shortly; otherwise the next connect flushes.
          retryLater = this.canSend();
          break;
        }
        if (code === 'rate_limited') {
          await sleep(this.rateLimitMs);
          continue;
        }
        this.drop(item.client_id);
        this.onFailed(item, code, res && res.error);
      }
    } finally {
      this.flushing = false;
    }
    if (retryLater && !this.retryTimer) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.flush();
      }, this.retryMs);
    }
  }

  stop() {
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

/**
 * A conversation's messages by seq. `lastSeq` is the highest seq with none missing before
 * it; a message above lastSeq + 1 means one was missed (`hasGap`).
 */
export class SeqLog {
  constructor() {
    this.messages = new Map();
    this.lastSeq = 0;
  }

  has(seq) {
    return this.messages.has(seq);
  }

  /** Store a message (once per seq); returns whether that seq was known already. */
  add(m) {
    const known = this.messages.has(m.seq);
    this.messages.set(m.seq, m);
    while (this.messages.has(this.lastSeq + 1)) this.lastSeq += 1;
    return known;
  }

  /** Only the newest page came: what lies before `seq` is no gap to refill. */
  startAt(seq) {
    if (this.lastSeq < seq - 1) this.lastSeq = seq - 1;
  }

  hasGap() {
    let highest = 0;
    for (const seq of this.messages.keys()) if (seq > highest) highest = seq;
    return highest > this.lastSeq;
  }

  clear() {
    this.messages.clear();
    this.lastSeq = 0;
  }
}

/**
 * Whether a State with `version` is older than the one held (`heldVersion`). The server
 * raises a conversation's `version` with every change its State shows, so a State computed
 * before a change (a queue place sent after the accept that ended the wait) carries a lower
 * one and must not win, whatever order the two arrive in. Equal versions differ at most in
 * the queue place, estimate or agents' count: the later one applies. Without both versions
 * (an older server, a state the client made up itself) nothing is older.
 */
export function versionIsOlder(version, heldVersion) {
  return Number.isInteger(version) && Number.isInteger(heldVersion) && version < heldVersion;
}

/** Whether State `next` is older than `held`, the one applied (see `versionIsOlder`). */
export function isStaleState(next, held) {
  if (!next || !held || next.conversation_id !== held.conversation_id) return false;
  return versionIsOlder(next.version, held.version);
}

/** Valid Message objects only (a seq is what dedupe and gap detection stand on). */
export const isMessage = (m) => !!m && typeof m.seq === 'number';
