// The agent's side of the `/agent` protocol, without any DOM: the socket, and for every
// conversation the agent has open its messages by seq (duplicates dropped, gaps refilled)
// and its outbox of replies (sent in order, resent after a reconnect). Built on the
// protocol client the widget uses (widget/src/protocol.js). Listeners get:
//   connection (status: 'online' | 'reconnecting')   refused ()  (never connected yet)
//   queue (summaries)   message (id, m, {live})   note (id, n)   state (id, st)
//   typing (id, t)      pending (id, item)        failed (id, item, code, error)
import { io as socketIo } from 'socket.io-client';
import { Outbox, SeqLog, isMessage, newClientId, openSocket, request } from '../../widget/src/protocol.js';

export class AgentClient {
  /**
   * @param {object} opts token () -> str|null; loadConversation (id) -> Promise<detail> (the
   *   HTTP detail, for resyncs); fallbackConversation () -> id, for notes that name none;
   *   io (Socket.IO's `io`; tests pass a fake)
   */
  constructor({ token, loadConversation, fallbackConversation = () => null, io = socketIo }) {
    this.token = token;
    this.loadConversation = loadConversation;
    this.fallbackConversation = fallbackConversation;
    this.io = io;
    this.socket = null;
    this.everConnected = false;
    this.convs = new Map(); // conversation_id -> {log, notes, outbox, fillingGap}
    this.listeners = new Map();
  }

  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(fn);
    return () => this.listeners.get(name).delete(fn);
  }

  emit(name, ...args) {
    for (const fn of this.listeners.get(name) || []) fn(...args);
  }

  get connected() {
    return !!(this.socket && this.socket.connected);
  }

  connect() {
    const s = openSocket(this.io, '/agent', {
      withCredentials: true,
      auth: () => {
        const token = this.token();
        return token ? { token } : {};
      },
    });
    this.socket = s;
    s.on('connect', () => {
      const resumed = this.everConnected;
      this.everConnected = true;
      this.emit('connection', 'online');
      // Back after a drop: fetch what we missed in every open chat, resend unacked replies.
      for (const id of this.convs.keys()) {
        if (resumed) this.resync(id);
        this.convs.get(id).outbox.flush();
      }
    });
    s.on('disconnect', () => this.emit('connection', 'reconnecting'));
    s.on('connect_error', () => {
      this.emit('connection', 'reconnecting');
      if (!this.everConnected) this.emit('refused');
    });
    s.on('queue', (data) => this.emit('queue', (data && data.conversations) || []));
    s.on('message', (m) => m && this.convs.has(m.conversation_id) && this.receive(m.conversation_id, m, true));
    // A message shown before, masked anew (its next message named it a secret).
    s.on('message_redacted', (m) => m && this.convs.has(m.conversation_id) && this.redactAgain(m.conversation_id, m));
    // Notes that name no conversation (the contract's Note has no conversation_id) belong to
    // the chat the agent is in.
    s.on('note', (n) => n && this.receiveNote(n.conversation_id || this.fallbackConversation(), n));
    s.on('state', (st) => st && this.convs.has(st.conversation_id) && this.emit('state', st.conversation_id, st));
    s.on('typing', (t) => t && this.convs.has(t.conversation_id) && this.emit('typing', t.conversation_id, t));
  }

  disconnect() {
    if (!this.socket) return;
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.socket = null;
    for (const conv of this.convs.values()) conv.outbox.stop();
    this.convs.clear();
  }

  /** A request with an ack; never throws (see protocol.js `request`). */
  ask(event, body) {
    return request(this.socket, event, body);
  }

  // ---- conversations ----------------------------------------------------------------------
  has(id) {
    return this.convs.has(id);
  }

  /** Start following a conversation (or merge a fresher detail into one already followed). */
  track(detail) {
    const id = detail.conversation_id;
    if (!this.convs.has(id)) {
      const conv = { log: new SeqLog(), notes: new Set(), fillingGap: false };
      conv.outbox = new Outbox({
        transmit: (item) => this.ask('message', { conversation_id: id, client_id: item.client_id, text: item.text }),
        canSend: () => this.connected,
        onAck: (item, res) => this.receive(id, res.message, false),
        onFailed: (item, code, error) => this.emit('failed', id, item, code, error),
        rateLimitMs: 1000,
      });
      this.convs.set(id, conv);
    }
    this.merge(id, detail);
  }

  untrack(id) {
    const conv = this.convs.get(id);
    if (conv) conv.outbox.stop();
    this.convs.delete(id);
  }

  /** Merge a detail (accept's ack or `GET /api/conversations/{id}`): messages by seq, notes by id. */
  merge(id, detail) {
    const conv = this.convs.get(id);
    const history = detail.history || detail.messages || [];
    // The detail carries the newest page only: what lies before it is no gap to refill.
    if (detail.has_more && history.length) conv.log.startAt(history[0].seq);
    for (const m of history) this.receive(id, m, false);
    for (const n of detail.notes || []) this.receiveNote(id, n);
    if (detail.state) {
      const ticket = typeof detail.ticket === 'string' ? { number: detail.ticket } : detail.ticket;
      this.emit('state', id, { conversation_id: id, state: detail.state, ticket, version: detail.version });
    }
  }

  async resync(id) {
    try {
      const detail = await this.loadConversation(id);
      if (this.convs.has(id)) this.merge(id, detail);
    } catch {
      // The next reconnect or gap tries again.
    }
  }

  /** A message once per seq; one that names a queued reply's client_id replaces it. */
  receive(id, m, live) {
    const conv = this.convs.get(id);
    if (!conv || !isMessage(m) || conv.log.has(m.seq)) return;
    if (m.client_id) conv.outbox.drop(m.client_id);
    conv.log.add(m);
    this.emit('message', id, m, { live });
    if (live && conv.log.hasGap()) this.fillGap(id);
  }

  /** A known message's masked copy replaces it (same seq); an unknown one is just received. */
  redactAgain(id, m) {
    const conv = this.convs.get(id);
    if (!conv || !isMessage(m)) return;
    if (!conv.log.has(m.seq)) {
      this.receive(id, m, false);
      return;
    }
    conv.log.messages.set(m.seq, m);
    this.emit('message_redacted', id, m);
  }

  receiveNote(id, n) {
    const conv = this.convs.get(id);
    if (!conv || !n || conv.notes.has(n.id)) return;
    conv.notes.add(n.id);
    this.emit('note', id, n);
  }

  /** Ask for what follows the last contiguous seq (falls back to the HTTP detail). */
  async fillGap(id) {
    const conv = this.convs.get(id);
    if (!conv || conv.fillingGap) return;
    conv.fillingGap = true;
    try {
      const res = await this.ask('history', { conversation_id: id, after_seq: conv.log.lastSeq });
      if (res.ok) for (const m of res.messages || []) this.receive(id, m, false);
      else await this.resync(id);
    } finally {
      conv.fillingGap = false;
    }
  }

  // ---- commands ----------------------------------------------------------------------------
  /** Queue a reply: shown at once as pending, sent in order when connected. */
  reply(id, text) {
    const conv = this.convs.get(id);
    if (!conv) return null;
    const item = { client_id: newClientId(), text, ts: Date.now() / 1000 };
    conv.outbox.push(item);
    this.emit('pending', id, item);
    conv.outbox.flush();
    return item;
  }

  pending(id) {
    const conv = this.convs.get(id);
    return conv ? [...conv.outbox] : [];
  }

  typing(id, on) {
    if (this.connected) this.socket.emit('typing', { conversation_id: id, typing: !!on });
  }

  async note(id, text) {
    const res = await this.ask('note', { conversation_id: id, text });
    if (res.ok && res.note) this.receiveNote(id, res.note);
    return res;
  }

  accept(id) {
    return this.ask('accept', { conversation_id: id });
  }

  transfer(id) {
    return this.ask('transfer', { conversation_id: id });
  }

  resolve(id) {
    return this.ask('resolve', { conversation_id: id });
  }

  ticket(id, note) {
    const body = { conversation_id: id };
    if (note) body.note = note;
    return this.ask('ticket', body);
  }

  presence(status) {
    return this.ask('presence', { status });
  }
}
