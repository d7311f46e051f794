// The agents' handoff console (/console): login, presence, the live queue, several chats
// in tabs, canned responses, internal notes, transfer / resolve / ticket, and the tickets
// view. Talks to the chat server's `/agent` Socket.IO namespace and its /api endpoints.
// Every text is rendered as text (see h() in widget/src/dom.js).
import { io } from 'socket.io-client';
import { append, clear, h, setText } from '../../widget/src/dom.js';

const ACK_TIMEOUT_MS = 10000;
const TYPING_IDLE_MS = 2500;
const URGENT_S = 60;
const TOKEN_KEY = 'livechat-agent-token';
const AGENT_KEY = 'livechat-agent';
const PRESENCE_KEY = 'livechat-agent-presence';

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
const errorText = (res) =>
  ERRORS[res && res.error && res.error.code] ||
  (res && res.error && res.error.message) || 'Something went wrong.';

const newClientId = () =>
  crypto.randomUUID ? crypto.randomUUID() : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const app = {
  token: sessionStorage.getItem(TOKEN_KEY),
  me: JSON.parse(sessionStorage.getItem(AGENT_KEY) || 'null'),
  socket: null,
  queue: [],
  seenQueued: new Set(),
  firstSnapshot: true,
  chats: new Map(), // conversation_id -> chat
  order: [], // tab order
  active: null,
  view: 'chats',
  canned: [],
  everConnected: false,
  audio: null,
};

// ---- small helpers ----------------------------------------------------------------------
function toast(text, bad = false) {
  const el = h('div', { class: `toast${bad ? ' bad' : ''}` }, text);
  document.getElementById('toasts').appendChild(el);
  setTimeout(() => el.remove(), 6000);
}

function fmtDuration(s) {
  s = Math.max(0, Math.floor(s));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

function fmtTime(ts) {
  if (!ts) return '';
  return new Date(ts * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function fmtDate(ts) {
  if (!ts) return '';
  return new Date(ts * 1000).toLocaleString([], {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  });
}

/** Unix seconds from a number or an ISO string. */
function toTs(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t / 1000;
}

const now = () => Date.now() / 1000;

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (app.token) headers.Authorization = `Bearer ${app.token}`;
  // The server takes state changes as JSON only (its cross-site request guard).
  if (body === undefined && method !== 'GET') body = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    signedOut('Your session has ended. Please sign in again.');
    throw new Error('unauthorized');
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error((data && data.error && (data.error.message || data.error.code)) || `HTTP ${res.status}`);
  return data;
}

async function ask(event, body) {
  if (!app.socket || !app.socket.connected) return { ok: false, error: { code: 'offline' } };
  try {
    return (await app.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, body)) || { ok: false };
  } catch {
    return { ok: false, error: { code: 'timeout' } };
  }
}

// ---- sound and desktop notifications ------------------------------------------------------
function unlockAudio() {
  try {
    if (!app.audio) app.audio = new (window.AudioContext || window.webkitAudioContext)();
    if (app.audio.state === 'suspended') app.audio.resume();
  } catch {
    app.audio = null;
  }
}

function chime() {
  const ctx = app.audio;
  if (!ctx || ctx.state !== 'running') return;
  const t0 = ctx.currentTime;
  [880, 1320].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t0 + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.2, t0 + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + i * 0.18 + 0.3);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0 + i * 0.18);
    osc.stop(t0 + i * 0.18 + 0.32);
  });
}

function notifyNewChat(summary) {
  chime();
  const who = customerName(summary.customer);
  const first = firstMessage(summary);
  if ('Notification' in window && Notification.permission === 'granted') {
    try {
      const n = new Notification(`New chat waiting: ${who}`, {
        body: first ? first.text : '', tag: summary.conversation_id,
      });
      n.onclick = () => window.focus();
    } catch {
      // Some browsers only allow notifications from a service worker.
    }
  }
}

function askNotificationPermission() {
  if ('Notification' in window && Notification.permission === 'default') {
    Notification.requestPermission().catch(() => {});
  }
}

// ---- login ----------------------------------------------------------------------------
function showLogin(message) {
  const root = clear(document.getElementById('app'));
  const err = h('p', { class: 'error', role: 'alert' }, message || '');
  const email = h('input', { id: 'login-email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'login', 'aria-labelledby': 'login-title', onsubmit: async (e) => {
    e.preventDefault();
    unlockAudio();
    askNotificationPermission();
    submit.disabled = true;
    setText(err, '');
    try {
      const res = await fetch('/api/login', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.value.trim(), password: password.value }),
      });
      if (!res.ok) {
        setText(err, res.status === 401 ? 'Wrong email or password.' : `Sign-in failed (HTTP ${res.status}).`);
        password.focus();
        return;
      }
      const data = await res.json();
      app.token = data.token;
      app.me = data.agent;
      sessionStorage.setItem(TOKEN_KEY, data.token);
      sessionStorage.setItem(AGENT_KEY, JSON.stringify(data.agent));
      startConsole();
    } catch {
      setText(err, 'The server cannot be reached.');
    } finally {
      submit.disabled = false;
    }
  } },
    h('h1', { id: 'login-title' }, 'Support console'),
    err,
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'Email'), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    submit,
  );
  root.appendChild(h('main', {}, form));
  email.focus();
}

function signedOut(message) {
  if (app.socket) {
    app.socket.removeAllListeners();
    app.socket.disconnect();
    app.socket = null;
  }
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(AGENT_KEY);
  app.token = null;
  app.me = null;
  app.chats.clear();
  app.order = [];
  app.active = null;
  showLogin(message);
}

async function logout() {
  try {
    // Signs the token out on the server too (every node, open sockets included).
    const headers = { 'Content-Type': 'application/json' };
    if (app.token) headers.Authorization = `Bearer ${app.token}`;
    await fetch('/api/logout', {
      method: 'POST', credentials: 'same-origin', headers, body: '{}',
    });
  } catch {
    // Signing out locally is what matters here.
  }
  signedOut('You have signed out.');
}

// ---- the shell ----------------------------------------------------------------------------
const ui = {};

function startConsole() {
  const root = clear(document.getElementById('app'));
  ui.conn = h('span', { class: 'conn down', role: 'status' }, 'Connecting…');
  ui.presence = h('select', { id: 'presence', onchange: () => setPresence(ui.presence.value) },
    h('option', { value: 'available' }, 'Available'),
    h('option', { value: 'away' }, 'Away'),
  );
  ui.presence.value = localStorage.getItem(PRESENCE_KEY) || 'available';
  ui.navChats = h('button', { type: 'button', onclick: () => showView('chats') }, 'Chats');
  ui.navTickets = h('button', { type: 'button', onclick: () => showView('tickets') }, 'Tickets');
  ui.notifyBtn = h('button', { type: 'button', class: 'link', onclick: () => {
    unlockAudio();
    askNotificationPermission();
    ui.notifyBtn.hidden = true;
  } }, 'Enable alerts');
  ui.notifyBtn.hidden = !('Notification' in window) || Notification.permission !== 'default';
  const top = h('header', { class: 'topbar' },
    h('h1', {}, 'Support console'),
    h('nav', { 'aria-label': 'Views' }, ui.navChats, ui.navTickets),
    ui.conn,
    h('label', { for: 'presence' }, (app.me && app.me.name) || 'Agent', ui.presence),
    ui.notifyBtn,
    h('button', { type: 'button', class: 'link', onclick: logout }, 'Sign out'),
  );
  ui.queueList = h('ul', { class: 'queue', 'aria-label': 'Waiting conversations' });
  ui.queueEmpty = h('p', { class: 'empty' }, 'No one is waiting.');
  ui.queueHeading = h('h2', { id: 'queue-title' }, 'Queue');
  ui.mineList = h('ul', { class: 'queue', 'aria-label': 'My conversations' });
  ui.mineEmpty = h('p', { class: 'empty' }, 'No chats assigned to you.');
  const aside = h('aside', { 'aria-label': 'Queue and my chats' },
    h('section', { 'aria-labelledby': 'queue-title' }, ui.queueHeading, ui.queueEmpty, ui.queueList),
    h('section', { 'aria-labelledby': 'mine-title' }, h('h2', { id: 'mine-title' }, 'My chats'), ui.mineEmpty, ui.mineList),
  );
  ui.tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Open chats' });
  ui.panels = h('div', { class: 'panel' });
  ui.welcome = h('p', { class: 'welcome' }, 'Accept a chat from the queue to start. New chats play a sound.');
  ui.chatsView = h('main', { id: 'chats-view' }, ui.tabs, ui.welcome, ui.panels);
  ui.ticketsView = h('main', { id: 'tickets-view', hidden: true });
  ui.layout = h('div', { class: 'layout' }, aside, ui.chatsView, ui.ticketsView);
  append(root, [top, ui.layout]);
  document.addEventListener('click', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });
  showView('chats');
  showTabsArea();
  api('GET', '/api/canned').then((data) => {
    const list = Array.isArray(data) ? data : (data && (data.canned || data.responses)) || [];
    app.canned = list.map((c) => ({ ...c, shortcut: String(c.shortcut || '').replace(/^\//, '') }));
  }).catch(() => {});
  // Presence is kept by the server; show the one it has.
  api('GET', '/api/me').then((data) => {
    if (data && data.presence) {
      ui.presence.value = data.presence;
      localStorage.setItem(PRESENCE_KEY, data.presence);
    }
  }).catch(() => {});
  connect();
  if (!app.ticker) app.ticker = setInterval(tick, 1000);
}

function showView(view) {
  app.view = view;
  ui.chatsView.hidden = view !== 'chats';
  ui.ticketsView.hidden = view !== 'tickets';
  ui.navChats.setAttribute('aria-current', view === 'chats' ? 'page' : 'false');
  ui.navTickets.setAttribute('aria-current', view === 'tickets' ? 'page' : 'false');
  if (view === 'tickets') loadTickets();
}

async function setPresence(status) {
  localStorage.setItem(PRESENCE_KEY, status);
  const res = await ask('presence', { status });
  if (!res.ok) toast(`Could not change presence: ${errorText(res)}`, true);
}

// ---- connection ---------------------------------------------------------------------------
function connect() {
  const s = io('/agent', {
    path: '/socket.io/',
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 3000,
    withCredentials: true,
    auth: (cb) => cb(app.token ? { token: app.token } : {}),
  });
  app.socket = s;
  s.on('connect', () => {
    setText(ui.conn, 'Online');
    ui.conn.classList.remove('down');
    const resumed = app.everConnected;
    app.everConnected = true;
    // Back after a drop: fetch what we missed in every open chat and resend unacked replies.
    if (resumed) for (const chat of app.chats.values()) resync(chat);
    for (const chat of app.chats.values()) flush(chat);
  });
  s.on('disconnect', (reason) => {
    setText(ui.conn, 'Reconnecting…');
    ui.conn.classList.add('down');
    if (reason === 'io server disconnect') s.connect();
  });
  s.on('connect_error', async () => {
    setText(ui.conn, 'Reconnecting…');
    ui.conn.classList.add('down');
    if (!app.everConnected) {
      // Refused at once: a stale token? The API tells (a 401 signs out).
      try {
        await api('GET', '/api/canned');
      } catch {
        // Server down: socket.io keeps trying.
      }
    }
  });
  s.on('queue', (data) => onQueue((data && data.conversations) || []));
  s.on('message', (m) => {
    const chat = app.chats.get(m.conversation_id);
    if (chat) addMessage(chat, m, true);
  });
  s.on('note', (n) => {
    const chat = app.chats.get(n.conversation_id) || (app.active && app.chats.get(app.active));
    if (chat) addNote(chat, n);
  });
  s.on('state', (st) => {
    const chat = app.chats.get(st.conversation_id);
    if (chat) setChatState(chat, st);
  });
  s.on('typing', (t) => {
    const chat = app.chats.get(t.conversation_id);
    if (chat && t.author === 'customer') {
      chat.customerTyping = !!t.typing;
      setText(chat.ui.typing, t.typing ? `${customerName(chat.customer)} is typing…` : '');
    }
  });
}

// ---- queue -----------------------------------------------------------------------------
const customerName = (c) => (c && (c.name || c.email)) || 'Anonymous customer';
// A typed email (`contact`) is not proof of identity: say so wherever it is shown.
const unverified = (c) => !!(c && c.email && c.email_verified === false);
const emailLine = (c, cls) =>
  c && c.email && (c.name || unverified(c))
    ? h('div', { class: cls }, c.email,
        unverified(c) ? h('span', { class: 'unverified', title: 'Typed by the customer, not confirmed by the portal' }, ' unverified') : null)
    : null;
/** The customer's first message (a Message or its text), else the last message. */
function firstMessage(s) {
  const f = s.first_message;
  if (typeof f === 'string' && f) return { text: f };
  if (f && f.text) return f;
  return s.last_message || null;
}

function onQueue(list) {
  app.queue = list;
  const queued = list.filter((s) => s.state === 'queued');
  for (const s of queued) {
    if (!app.seenQueued.has(s.conversation_id)) {
      app.seenQueued.add(s.conversation_id);
      if (!app.firstSnapshot) notifyNewChat(s);
    }
  }
  if (app.firstSnapshot && queued.length) chime();
  app.firstSnapshot = false;
  // My own chats (after a reload or on another tab) open as tabs.
  for (const s of list) {
    if (s.state === 'agent' && s.agent && app.me && s.agent.id === app.me.id && !app.chats.has(s.conversation_id)) {
      openChatById(s.conversation_id, s);
    }
  }
  renderQueue();
}

function renderQueue() {
  const queued = app.queue.filter((s) => s.state === 'queued');
  const mine = app.queue.filter((s) => s.state === 'agent');
  clear(ui.queueList);
  for (const s of queued) ui.queueList.appendChild(queueItem(s));
  ui.queueEmpty.hidden = queued.length > 0;
  setText(ui.queueHeading, queued.length ? `Queue (${queued.length})` : 'Queue');
  document.title = queued.length ? `(${queued.length}) Support console` : 'Support console · One Click Actions';
  clear(ui.mineList);
  for (const s of mine) ui.mineList.appendChild(mineItem(s));
  ui.mineEmpty.hidden = mine.length > 0;
  tick();
}

function queueItem(s) {
  const first = firstMessage(s);
  const accept = h('button', { type: 'button', class: 'primary', 'data-accept': s.conversation_id,
    onclick: () => accept_(s.conversation_id, accept) }, 'Accept');
  accept.setAttribute('aria-label', `Accept chat with ${customerName(s.customer)}`);
  return h('li', { 'data-conversation': s.conversation_id },
    h('div', { class: 'cust' }, customerName(s.customer)),
    emailLine(s.customer, 'email'),
    first ? h('p', { class: 'first' }, first.text) : null,
    h('div', { class: 'times' },
      h('span', { 'data-waiting': String(toTs(s.queued_at) || '') }, ''),
      h('span', { class: 'countdown', 'data-deadline': String(toTs(s.deadline_ts) || '') }, ''),
    ),
    accept,
  );
}

function mineItem(s) {
  return h('li', { class: 'mine', 'data-conversation': s.conversation_id },
    h('button', { type: 'button', class: 'link', onclick: () => openChatById(s.conversation_id, s, true) },
      customerName(s.customer)),
    s.last_message ? h('p', { class: 'first' }, s.last_message.text) : null,
  );
}

/** Once a second: waiting times, countdowns (red in the last minute). */
function tick() {
  const t = now();
  document.querySelectorAll('[data-waiting]').forEach((el) => {
    const q = Number(el.dataset.waiting);
    if (q) setText(el, `Waiting ${fmtDuration(t - q)}`);
  });
  document.querySelectorAll('.countdown[data-deadline]').forEach((el) => {
    const d = Number(el.dataset.deadline);
    if (!d) return;
    const left = d - t;
    setText(el, left > 0 ? `Ticket in ${fmtDuration(left)}` : 'Becoming a ticket');
    el.classList.toggle('urgent', left <= URGENT_S);
  });
}

async function accept_(conversationId, button) {
  button.disabled = true;
  const res = await ask('accept', { conversation_id: conversationId });
  button.disabled = false;
  if (!res.ok) {
    toast(errorText(res), true);
    return;
  }
  openChat(res.conversation, true);
}

// ---- chats --------------------------------------------------------------------------------
async function openChatById(id, summary, focus = false) {
  if (app.chats.has(id)) {
    selectTab(id, focus);
    return;
  }
  try {
    const conv = await api('GET', `/api/conversations/${encodeURIComponent(id)}`);
    openChat({ ...conv, customer: conv.customer || (summary && summary.customer) }, focus);
  } catch {
    if (summary) openChat({ conversation_id: id, state: summary.state, customer: summary.customer, history: [] }, focus);
  }
}

function openChat(conv, focus) {
  const id = conv.conversation_id;
  let chat = app.chats.get(id);
  if (!chat) {
    chat = {
      id, customer: conv.customer, state: conv.state || 'agent', messages: new Map(), lastSeq: 0,
      notes: new Map(), outbox: [], flushing: false, unread: 0, typingSent: false,
    };
    app.chats.set(id, chat);
    app.order.push(id);
    buildChat(chat);
  }
  mergeConversation(chat, conv);
  selectTab(id, focus);
}

function mergeConversation(chat, conv) {
  // The detail carries the newest page only: what lies before it is no gap to refill.
  const first = (conv.history || [])[0];
  if (conv.has_more && first && chat.lastSeq < first.seq - 1) chat.lastSeq = first.seq - 1;
  for (const m of conv.history || conv.messages || []) addMessage(chat, m, false);
  for (const n of conv.notes || []) addNote(chat, n);
  const ticket = typeof conv.ticket === 'string' ? { number: conv.ticket } : conv.ticket;
  if (conv.state) setChatState(chat, { state: conv.state, ticket });
}

async function resync(chat) {
  try {
    const conv = await api('GET', `/api/conversations/${encodeURIComponent(chat.id)}`);
    mergeConversation(chat, conv);
  } catch {
    // The next reconnect or gap tries again.
  }
}

/** A seq gap: ask for what follows the last contiguous seq (falls back to the HTTP detail). */
async function fillGap(chat) {
  if (chat.fillingGap) return;
  chat.fillingGap = true;
  try {
    const res = await ask('history', { conversation_id: chat.id, after_seq: chat.lastSeq });
    if (res.ok) for (const m of res.messages || []) addMessage(chat, m, false);
    else await resync(chat);
  } finally {
    chat.fillingGap = false;
  }
}

function buildChat(chat) {
  const id = chat.id;
  const tabId = `tab-${id}`;
  const panelId = `panel-${id}`;
  chat.ui = {};
  chat.ui.badge = h('span', { class: 'dot', hidden: true });
  chat.ui.tab = h('button', {
    type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'aria-selected': 'false',
    tabindex: '-1', onclick: () => selectTab(id, true),
  }, customerName(chat.customer), chat.ui.badge);
  chat.ui.tab.addEventListener('keydown', (e) => {
    const i = app.order.indexOf(id);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = app.order[(i + (e.key === 'ArrowRight' ? 1 : -1) + app.order.length) % app.order.length];
      selectTab(next, true);
    }
  });
  ui.tabs.appendChild(chat.ui.tab);

  chat.ui.state = h('span', { class: 'state' });
  chat.ui.transcript = h('ol', { class: 'transcript' });
  chat.ui.log = h('div', { class: 'logbox', role: 'log', 'aria-live': 'polite', 'aria-label': `Conversation with ${customerName(chat.customer)}`, tabindex: '0' }, chat.ui.transcript);
  chat.ui.typing = h('div', { class: 'typing', 'aria-live': 'polite' });
  const inputId = `reply-${id}`;
  chat.ui.input = h('textarea', { id: inputId, 'aria-describedby': `hint-${id}`, autocomplete: 'off' });
  chat.ui.suggest = h('ul', { class: 'suggest', role: 'listbox', id: `suggest-${id}`, 'aria-label': 'Canned responses', hidden: true });
  chat.ui.input.setAttribute('aria-controls', `suggest-${id}`);
  chat.ui.input.addEventListener('keydown', (e) => onComposerKey(chat, e));
  chat.ui.input.addEventListener('input', () => onComposerInput(chat));
  chat.ui.send = h('button', { type: 'button', class: 'primary', onclick: () => sendReply(chat) }, 'Send reply');
  chat.ui.noteBtn = h('button', { type: 'button', class: 'secondary', onclick: () => sendNote(chat) }, 'Add internal note');
  chat.ui.composer = h('div', { class: 'composer' },
    chat.ui.suggest,
    h('label', { for: inputId }, 'Reply to the customer, or write an internal note'),
    chat.ui.input,
    h('div', { class: 'row' }, chat.ui.send, chat.ui.noteBtn,
      h('span', { id: `hint-${id}`, class: 'hint' }, 'Enter sends · Shift+Enter new line · /shortcut inserts a canned response')),
  );
  const ticketNote = h('input', { id: `ticket-note-${id}`, type: 'text' });
  chat.ui.ticketForm = h('form', { class: 'ticketform', hidden: true, onsubmit: async (e) => {
    e.preventDefault();
    const body = { conversation_id: id };
    if (ticketNote.value.trim()) body.note = ticketNote.value.trim();
    const res = await ask('ticket', body);
    if (!res.ok) return toast(errorText(res), true);
    chat.ui.ticketForm.hidden = true;
    setChatState(chat, { state: 'ticket', ticket: res.ticket });
    toast(`Ticket ${res.ticket ? res.ticket.number : ''} created.`);
  } },
    h('div', { class: 'field' }, h('label', { for: `ticket-note-${id}` }, 'Note for the ticket (what is still open)'), ticketNote),
    h('button', { type: 'submit', class: 'primary' }, 'Create ticket'),
    h('button', { type: 'button', class: 'secondary', onclick: () => { chat.ui.ticketForm.hidden = true; } }, 'Cancel'),
  );
  chat.ui.actions = h('div', { class: 'row' },
    h('button', { type: 'button', class: 'secondary', onclick: () => transfer(chat) }, 'Transfer to queue'),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      chat.ui.ticketForm.hidden = false;
      ticketNote.focus();
    } }, 'Turn into ticket'),
    h('button', { type: 'button', class: 'primary', onclick: () => resolve(chat) }, 'Resolve'),
  );
  chat.ui.ended = h('div', { class: 'ended', hidden: true });
  chat.ui.panel = h('section', { class: 'panel', role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, hidden: true },
    h('div', { class: 'chat-head' },
      h('div', { class: 'who' },
        h('h2', {}, customerName(chat.customer)),
        chat.customer && chat.customer.email
          ? h('div', { class: 'state' }, chat.customer.email, unverified(chat.customer) ? h('span', { class: 'unverified' }, ' unverified') : null)
          : null,
      ),
      chat.ui.state,
      chat.ui.actions,
    ),
    chat.ui.ticketForm,
    chat.ui.log,
    chat.ui.typing,
    chat.ui.composer,
    chat.ui.ended,
  );
  ui.panels.appendChild(chat.ui.panel);
}

function showTabsArea() {
  const any = app.chats.size > 0;
  ui.welcome.hidden = any;
  ui.tabs.hidden = !any;
  ui.panels.hidden = !any;
}

function selectTab(id, focus) {
  app.active = id;
  showTabsArea();
  for (const [cid, chat] of app.chats) {
    const on = cid === id;
    chat.ui.tab.setAttribute('aria-selected', String(on));
    chat.ui.tab.tabIndex = on ? 0 : -1;
    chat.ui.panel.hidden = !on;
    if (on) {
      chat.unread = 0;
      chat.ui.badge.hidden = true;
      scrollDown(chat);
    }
  }
  if (focus) {
    const chat = app.chats.get(id);
    if (chat) (chat.ui.input.disabled ? chat.ui.tab : chat.ui.input).focus();
  }
}

function closeTab(chat) {
  chat.ui.tab.remove();
  chat.ui.panel.remove();
  app.chats.delete(chat.id);
  app.order = app.order.filter((x) => x !== chat.id);
  const next = app.order[app.order.length - 1];
  if (next) selectTab(next, true);
  else {
    app.active = null;
    showTabsArea();
  }
}

const AUTHOR_LABEL = { customer: null, bot: 'Bot', agent: null, system: 'System' };

function messageEl(chat, m, status) {
  const author = m.author || 'system';
  const who = author === 'customer' ? customerName(chat.customer) : m.name || AUTHOR_LABEL[author] || author;
  const li = h('li', { class: `m ${author}`, 'data-author': author },
    h('div', { class: 'who' }, who),
    h('div', { class: 'text' }, m.text),
    h('div', { class: 'meta' }, status === 'pending' ? 'Sending…' : fmtTime(m.ts)),
  );
  if (typeof m.seq === 'number') li.dataset.seq = String(m.seq);
  li.dataset.key = String(m.ts || now());
  if (m.redactions && m.redactions.length) {
    li.querySelector('.meta').appendChild(document.createTextNode(` · masked: ${m.redactions.join(', ').toLowerCase()}`));
  }
  if (Array.isArray(m.buttons) && m.buttons.length) {
    li.querySelector('.meta').appendChild(document.createTextNode(` · buttons: ${m.buttons.map((b) => b.title).join(' | ')}`));
  }
  return li;
}

/** Keep the transcript in order: messages by seq, notes by time, pending replies last. */
function place(chat, li, seq, ts) {
  let before = null;
  for (const child of chat.ui.transcript.children) {
    if (child.classList.contains('pending')) { before = child; break; }
    const cs = child.dataset.seq;
    if (seq !== null && cs !== undefined && Number(cs) > seq) { before = child; break; }
    if ((seq === null || cs === undefined) && Number(child.dataset.key) > ts) { before = child; break; }
  }
  chat.ui.transcript.insertBefore(li, before);
}

function addMessage(chat, m, live) {
  if (!m || typeof m.seq !== 'number' || chat.messages.has(m.seq)) return;
  chat.messages.set(m.seq, m);
  if (m.client_id) {
    const i = chat.outbox.findIndex((o) => o.client_id === m.client_id);
    if (i >= 0) {
      chat.outbox[i].el.remove();
      chat.outbox.splice(i, 1);
    }
  }
  place(chat, messageEl(chat, m, 'sent'), m.seq, m.ts || now());
  while (chat.messages.has(chat.lastSeq + 1)) chat.lastSeq += 1;
  if (live) {
    if (m.author === 'customer') {
      setText(chat.ui.typing, '');
      if (app.active !== chat.id || document.hidden) {
        chat.unread += 1;
        chat.ui.badge.hidden = false;
        setText(chat.ui.badge, String(chat.unread));
        if (document.hidden) chime();
      }
    }
    const highest = Math.max(...chat.messages.keys());
    if (highest > chat.lastSeq) fillGap(chat);
  }
  scrollDown(chat);
}

function addNote(chat, n) {
  if (!n || chat.notes.has(n.id)) return;
  chat.notes.set(n.id, n);
  const li = h('li', { class: 'm note', 'data-note': n.id },
    h('div', { class: 'who' }, `Internal note · ${(n.agent && n.agent.name) || 'agent'} (customer never sees this)`),
    h('div', { class: 'text' }, n.text),
    h('div', { class: 'meta' }, fmtTime(n.ts)),
  );
  li.dataset.key = String(n.ts || now());
  place(chat, li, null, n.ts || now());
  scrollDown(chat);
}

const STATE_TEXT = {
  agent: 'In chat',
  queued: 'Back in the queue',
  resolved: 'Resolved',
  ticket: 'Turned into a ticket',
  closed: 'Closed by the customer',
  bot: 'With the bot',
};

function setChatState(chat, st) {
  chat.state = st.state;
  const ticket = st.ticket && st.ticket.number ? ` ${st.ticket.number}` : '';
  setText(chat.ui.state, `${STATE_TEXT[st.state] || st.state}${ticket}`);
  const open = st.state === 'agent';
  chat.ui.input.disabled = !open;
  chat.ui.send.disabled = !open;
  chat.ui.actions.hidden = !open;
  chat.ui.ended.hidden = open;
  // Notes stay possible while the tab is open; replies only while the chat is ours.
  chat.ui.noteBtn.disabled = !open;
  if (!open) {
    clear(chat.ui.ended);
    append(chat.ui.ended, [
      `This chat is ${String(STATE_TEXT[st.state] || st.state).toLowerCase()}${ticket}. `,
      h('button', { type: 'button', class: 'secondary', onclick: () => closeTab(chat) }, 'Close tab'),
    ]);
  }
}

function scrollDown(chat) {
  requestAnimationFrame(() => {
    chat.ui.log.scrollTop = chat.ui.log.scrollHeight;
  });
}

// ---- composing ----------------------------------------------------------------------------
function cannedMatches(chat) {
  const el = chat.ui.input;
  const before = el.value.slice(0, el.selectionStart);
  const m = /(^|\s)\/([\w-]*)$/.exec(before);
  if (!m) return null;
  const prefix = m[2].toLowerCase();
  const list = app.canned.filter((c) => c.shortcut.toLowerCase().startsWith(prefix));
  return { start: before.length - prefix.length - 1, end: el.selectionStart, list };
}

function onComposerInput(chat) {
  if (!chat.typingSent) {
    chat.typingSent = true;
    app.socket && app.socket.emit('typing', { conversation_id: chat.id, typing: true });
  }
  clearTimeout(chat.typingTimer);
  chat.typingTimer = setTimeout(() => stopTyping(chat), TYPING_IDLE_MS);
  renderSuggestions(chat);
}

function stopTyping(chat) {
  clearTimeout(chat.typingTimer);
  if (chat.typingSent) {
    chat.typingSent = false;
    app.socket && app.socket.emit('typing', { conversation_id: chat.id, typing: false });
  }
}

function renderSuggestions(chat) {
  const found = cannedMatches(chat);
  const box = chat.ui.suggest;
  clear(box);
  chat.suggest = found && found.list.length ? { ...found, index: 0 } : null;
  box.hidden = !chat.suggest;
  chat.ui.input.setAttribute('aria-expanded', String(!!chat.suggest));
  if (!chat.suggest) {
    chat.ui.input.removeAttribute('aria-activedescendant');
    return;
  }
  chat.suggest.list.forEach((c, i) => {
    const opt = h('li', { role: 'option', id: `opt-${chat.id}-${i}`, 'aria-selected': String(i === chat.suggest.index),
      onmousedown: (e) => { e.preventDefault(); insertCanned(chat, c); } },
      `/${c.shortcut} · ${c.title || ''}`);
    box.appendChild(opt);
  });
  chat.ui.input.setAttribute('aria-activedescendant', `opt-${chat.id}-${chat.suggest.index}`);
}

function moveSuggestion(chat, delta) {
  const s = chat.suggest;
  s.index = (s.index + delta + s.list.length) % s.list.length;
  [...chat.ui.suggest.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === s.index)));
  chat.ui.input.setAttribute('aria-activedescendant', `opt-${chat.id}-${s.index}`);
}

function insertCanned(chat, c) {
  const el = chat.ui.input;
  const found = cannedMatches(chat);
  if (!found) return;
  // Canned texts may name the agent or the customer: {agent}, {customer}.
  const text = c.text
    .replaceAll('{agent}', (app.me && app.me.name) || '')
    .replaceAll('{customer}', (chat.customer && chat.customer.name) || '');
  el.value = el.value.slice(0, found.start) + text + el.value.slice(found.end);
  const caret = found.start + text.length;
  el.setSelectionRange(caret, caret);
  renderSuggestions(chat);
  el.focus();
}

function onComposerKey(chat, e) {
  if (chat.suggest) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveSuggestion(chat, e.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (e.key === 'Tab' || e.key === 'Enter') {
      e.preventDefault();
      insertCanned(chat, chat.suggest.list[chat.suggest.index]);
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      chat.suggest = null;
      chat.ui.suggest.hidden = true;
      return;
    }
  }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    sendReply(chat);
  }
}

function sendReply(chat) {
  const text = chat.ui.input.value.trim();
  if (!text || chat.state !== 'agent') return;
  chat.ui.input.value = '';
  stopTyping(chat);
  renderSuggestions(chat);
  const item = { client_id: newClientId(), text };
  item.el = messageEl(chat, { author: 'agent', name: app.me && app.me.name, text, ts: now() }, 'pending');
  item.el.classList.add('pending');
  chat.ui.transcript.appendChild(item.el);
  chat.outbox.push(item);
  scrollDown(chat);
  flush(chat);
}

/** Send a chat's replies in order, one ack at a time, resending after reconnects. */
async function flush(chat) {
  if (chat.flushing) return;
  chat.flushing = true;
  try {
    while (chat.outbox.length && app.socket && app.socket.connected) {
      const item = chat.outbox[0];
      const res = await ask('message', { conversation_id: chat.id, client_id: item.client_id, text: item.text });
      if (res.ok) {
        if (chat.outbox[0] === item) chat.outbox.shift();
        item.el.remove();
        addMessage(chat, res.message, false);
      } else if (res.error && (res.error.code === 'timeout' || res.error.code === 'offline')) {
        break; // resent on reconnect
      } else if (res.error && res.error.code === 'rate_limited') {
        await new Promise((r) => setTimeout(r, 1000));
      } else {
        chat.outbox.shift();
        item.el.classList.remove('pending');
        setText(item.el.querySelector('.meta'), `Not sent: ${errorText(res)}`);
      }
    }
  } finally {
    chat.flushing = false;
  }
}

async function sendNote(chat) {
  const text = chat.ui.input.value.trim();
  if (!text) return;
  const res = await ask('note', { conversation_id: chat.id, text });
  if (!res.ok) return toast(`Note not saved: ${errorText(res)}`, true);
  chat.ui.input.value = '';
  stopTyping(chat);
  if (res.note) addNote(chat, res.note);
}

async function transfer(chat) {
  const res = await ask('transfer', { conversation_id: chat.id });
  if (!res.ok) return toast(errorText(res), true);
  toast(`Chat with ${customerName(chat.customer)} is back in the queue.`);
  closeTab(chat);
}

async function resolve(chat) {
  const res = await ask('resolve', { conversation_id: chat.id });
  if (!res.ok) return toast(errorText(res), true);
  setChatState(chat, { state: 'resolved' });
}

// ---- tickets ------------------------------------------------------------------------------
const ticketCustomer = (t) =>
  (t.customer && (t.customer.name || t.customer.email)) || t.name || t.email || t.customer_email || '—';

async function loadTickets() {
  const view = clear(ui.ticketsView);
  const status = h('select', { id: 'ticket-status', onchange: () => fill() },
    h('option', { value: 'open' }, 'Open'),
    h('option', { value: 'answered' }, 'Answered'),
    h('option', { value: 'closed' }, 'Closed'),
    h('option', { value: '' }, 'All'),
  );
  status.value = app.ticketStatus || 'open';
  const body = h('tbody', {});
  const detail = h('div', { class: 'ticket-detail', hidden: true, tabindex: '-1' });
  const msg = h('p', { role: 'status' });
  append(view, [h('section', { class: 'tickets', 'aria-labelledby': 'tickets-title' },
    h('h2', { id: 'tickets-title' }, 'Tickets'),
    h('div', { class: 'field' }, h('label', { for: 'ticket-status' }, 'Status'), status),
    msg,
    h('table', {},
      h('thead', {}, h('tr', {}, ['Number', 'Subject', 'Customer', 'Status', 'Due'].map((c) => h('th', { scope: 'col' }, c)))),
      body),
    detail,
  )]);

  async function fill() {
    app.ticketStatus = status.value;
    clear(body);
    setText(msg, 'Loading…');
    let list;
    try {
      const data = await api('GET', `/api/tickets${status.value ? `?status=${encodeURIComponent(status.value)}` : ''}`);
      list = Array.isArray(data) ? data : (data && data.tickets) || [];
    } catch (e) {
      setText(msg, `Could not load tickets: ${e.message}`);
      return;
    }
    setText(msg, list.length ? `${list.length} ticket(s)` : 'No tickets.');
    list.sort((a, b) => (toTs(a.due_at ?? a.due_ts) || 0) - (toTs(b.due_at ?? b.due_ts) || 0));
    for (const t of list) {
      const due = toTs(t.due_at ?? t.due_ts);
      const overdue = due && due < now() && t.status !== 'closed';
      body.appendChild(h('tr', { 'data-ticket': t.number },
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showTicket(t.number, detail) }, t.number)),
        h('td', {}, t.subject || ''),
        h('td', {}, ticketCustomer(t)),
        h('td', {}, t.status || ''),
        h('td', { class: overdue ? 'overdue' : '' }, due ? `${fmtDate(due)}${overdue ? ' (overdue)' : ''}` : ''),
      ));
    }
  }
  fill();
}

function transcriptOf(t) {
  const raw = t.transcript ?? t.thread ?? t.messages ?? [];
  if (typeof raw === 'string') return [{ author: 'transcript', text: raw }];
  return raw;
}

async function showTicket(number, detail) {
  let t;
  try {
    t = await api('GET', `/api/tickets/${encodeURIComponent(number)}`);
    t = t.ticket || t;
  } catch (e) {
    toast(`Could not load ${number}: ${e.message}`, true);
    return;
  }
  clear(detail);
  detail.hidden = false;
  const due = toTs(t.due_at ?? t.due_ts);
  const list = h('ol', { class: 'transcript', 'aria-label': `Transcript of ${number}` });
  for (const m of transcriptOf(t)) {
    const author = m.author || (m.direction === 'in' ? 'customer' : m.direction === 'out' ? 'agent' : 'system');
    list.appendChild(h('li', { class: `m ${author}` },
      h('div', { class: 'who' }, m.name || m.from || author),
      h('div', { class: 'text' }, m.text ?? m.body ?? ''),
      h('div', { class: 'meta' }, fmtDate(toTs(m.ts ?? m.at ?? m.created_at))),
    ));
  }
  const reply = h('textarea', { id: 'ticket-reply' });
  const closeBtn = h('button', { type: 'button', class: 'danger', onclick: async () => {
    try {
      await api('POST', `/api/tickets/${encodeURIComponent(number)}/close`, {});
      toast(`${number} closed.`);
      loadTickets();
    } catch (e) {
      toast(`Could not close: ${e.message}`, true);
    }
  } }, 'Close ticket');
  append(detail, [
    h('h3', {}, `${number} · ${t.subject || ''}`),
    h('p', {}, `Customer: ${ticketCustomer(t)}${t.customer && t.customer.email ? ` <${t.customer.email}>` : t.email ? ` <${t.email}>` : ''} · Status: ${t.status || ''} · Due: ${due ? fmtDate(due) : '—'}`),
    t.note ? h('p', {}, `Agent note: ${t.note}`) : null,
    list,
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      if (!reply.value.trim()) return;
      try {
        await api('POST', `/api/tickets/${encodeURIComponent(number)}/reply`, { text: reply.value.trim() });
        toast(`Reply to ${number} sent by email.`);
        showTicket(number, detail);
      } catch (err) {
        toast(`Reply not sent: ${err.message}`, true);
      }
    } },
      h('div', { class: 'field' }, h('label', { for: 'ticket-reply' }, 'Reply by email'), reply),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Send reply'), closeBtn),
    ),
  ]);
  detail.focus();
}

// ---- start ----------------------------------------------------------------------------------
if (app.token) startConsole();
else showLogin();
