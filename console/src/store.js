// The console's state and the only place it changes. Every change notifies subscribers with
// a change record `{type, ...}`; views and listeners subscribe to the types they show or act
// on. No DOM here: `node --test` runs it as it is.
//
// Change types: signed-in, signed-out, connection, view, presence, canned, queue, chat-opened,
// chat-selected, chat-closed, chat-state, message, pending, failed, note, typing, tickets.
import { versionIsOlder } from '../../widget/src/protocol.js';

export function createStore({ token = null, me = null, presence = 'available' } = {}) {
  const state = {
    token,
    me,
    connection: 'connecting',
    view: 'chats',
    presence,
    canned: [],
    queue: [],
    seenQueued: new Set(),
    firstSnapshot: true,
    chats: new Map(), // conversation_id -> {id, customer, state, ticket, unread, customerTyping}
    order: [], // tab order
    active: null,
    ticketStatus: 'open',
  };
  const subscribers = new Set();

  const notify = (change) => {
    for (const fn of [...subscribers]) fn(change, state);
  };

  const store = {
    state,

    /** fn(change, state) after every change; returns the unsubscribe function. */
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },

    /** Subscribe to one change type: fn(change, state). */
    on(type, fn) {
      return store.subscribe((change, s) => {
        if (change.type === type) fn(change, s);
      });
    },

    signIn(newToken, agent) {
      state.token = newToken;
      state.me = agent;
      notify({ type: 'signed-in' });
    },

    signOut(message) {
      state.token = null;
      state.me = null;
      state.chats.clear();
      state.order = [];
      state.active = null;
      state.queue = [];
      state.seenQueued.clear();
      state.firstSnapshot = true;
      notify({ type: 'signed-out', message });
    },

    setConnection(connection) {
      state.connection = connection;
      notify({ type: 'connection', connection });
    },

    setView(view) {
      state.view = view;
      notify({ type: 'view', view });
    },

    setPresence(presence) {
      state.presence = presence;
      notify({ type: 'presence', presence });
    },

    /** Canned responses, shortcuts without their leading slash. */
    setCanned(list) {
      state.canned = list.map((c) => ({ ...c, shortcut: String(c.shortcut || '').replace(/^\//, '') }));
      notify({ type: 'canned' });
    },

    /**
     * A queue snapshot. The change names what is new since the last one (`fresh`: queued
     * conversations never seen before; none on the first snapshot, which `first` marks) and
     * the agent's own chats that have no tab yet (`mine`: after a reload or from another tab).
     */
    setQueue(list) {
      state.queue = list;
      const queued = list.filter((s) => s.state === 'queued');
      const fresh = [];
      for (const s of queued) {
        if (state.seenQueued.has(s.conversation_id)) continue;
        state.seenQueued.add(s.conversation_id);
        if (!state.firstSnapshot) fresh.push(s);
      }
      const first = state.firstSnapshot;
      state.firstSnapshot = false;
      const myId = state.me && state.me.id;
      const mine = list.filter(
        (s) => s.state === 'agent' && s.agent && myId && s.agent.id === myId && !state.chats.has(s.conversation_id),
      );
      notify({ type: 'queue', queued, fresh, first, mine });
    },

    // ---- chats in tabs ------------------------------------------------------------------------
    /** A tab for the conversation (once); returns its record. */
    openChat({ conversation_id: id, customer, state: st }) {
      let chat = state.chats.get(id);
      if (!chat) {
        chat = { id, customer: customer || null, state: st || 'agent', ticket: null, version: null, unread: 0, customerTyping: false };
        state.chats.set(id, chat);
        state.order.push(id);
        notify({ type: 'chat-opened', chat });
      }
      return chat;
    },

    selectChat(id, focus = false) {
      const chat = state.chats.get(id);
      if (!chat) return;
      state.active = id;
      chat.unread = 0;
      notify({ type: 'chat-selected', chat, focus });
    },

    /** The tab goes; the last one left (if any) is selected. */
    closeChat(id) {
      const chat = state.chats.get(id);
      if (!chat) return;
      state.chats.delete(id);
      state.order = state.order.filter((x) => x !== id);
      state.active = null;
      notify({ type: 'chat-closed', chat });
      const next = state.order[state.order.length - 1];
      if (next) store.selectChat(next, true);
    },

    /** The tab `delta` places from `id`, wrapping around. */
    neighbour(id, delta) {
      const i = state.order.indexOf(id);
      const n = state.order.length;
      return n ? state.order[(i + delta + n) % n] : null;
    },

    /** A chat's State; one older than the applied one (sent before it, arriving after) is dropped. */
    setChatState(id, st) {
      const chat = state.chats.get(id);
      if (!chat || versionIsOlder(st.version, chat.version)) return;
      chat.state = st.state;
      chat.ticket = st.ticket || null;
      if (Number.isInteger(st.version)) chat.version = st.version;
      notify({ type: 'chat-state', chat });
    },

    /**
     * A message in a chat. A live customer message clears "typing" and counts as unread
     * unless the agent is looking at that tab (`hidden`: the page is not visible).
     */
    addMessage(id, message, { live = false, hidden = false } = {}) {
      const chat = state.chats.get(id);
      if (!chat) return;
      let alert = false;
      if (live && message.author === 'customer') {
        chat.customerTyping = false;
        if (state.active !== id || hidden) {
          chat.unread += 1;
          alert = hidden;
        }
      }
      notify({ type: 'message', chat, message, live, alert });
    },

    /** A message shown before, masked anew: its copy on screen is replaced. */
    redactMessage(id, message) {
      const chat = state.chats.get(id);
      if (chat) notify({ type: 'message-redacted', chat, message });
    },

    addPending(id, item) {
      const chat = state.chats.get(id);
      if (chat) notify({ type: 'pending', chat, item });
    },

    failPending(id, item, code, error) {
      const chat = state.chats.get(id);
      if (chat) notify({ type: 'failed', chat, item, code, error });
    },

    addNote(id, note) {
      const chat = state.chats.get(id);
      if (chat) notify({ type: 'note', chat, note });
    },

    setTyping(id, typing) {
      const chat = state.chats.get(id);
      if (!chat) return;
      chat.customerTyping = !!typing;
      notify({ type: 'typing', chat });
    },

    setTicketStatus(status) {
      state.ticketStatus = status;
      notify({ type: 'tickets', status });
    },
  };
  return store;
}
