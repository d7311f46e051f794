// The agents' handoff console (/console): login, presence, the live queue, several chats
// in tabs, canned responses, internal notes, transfer / resolve / ticket, and the tickets
// view. This entry only wires the parts together:
//   client.js   the `/agent` protocol client (shares widget/src/protocol.js with the widget)
//   store.js    the console's state; every change is a record its subscribers receive
//   actions.js  what the views may do (client or HTTP API, then the store)
//   views/*     one module per screen (login, shell, queue, chats, tickets)
// A new feature is a new view or a new store listener. Every text is rendered as text (see
// h() in widget/src/dom.js).
import { listen as listenAlerts, unlockAudio } from './alerts.js';
import { createActions, rememberPresence, savedPresence } from './actions.js';
import { createApi } from './api.js';
import { AgentClient } from './client.js';
import { createStore } from './store.js';
import { mountChats } from './views/chats.js';
import { showLogin } from './views/login.js';
import { mountQueue } from './views/queue.js';
import { mountShell } from './views/shell.js';
import { mountTickets } from './views/tickets.js';

const TOKEN_KEY = 'livechat-agent-token';
const AGENT_KEY = 'livechat-agent';

const root = document.getElementById('app');
const store = createStore({
  token: sessionStorage.getItem(TOKEN_KEY),
  me: JSON.parse(sessionStorage.getItem(AGENT_KEY) || 'null'),
  presence: savedPresence(),
});
const api = createApi({ token: () => store.state.token, onUnauthorized: (message) => store.signOut(message) });
let session = null; // {client, stop: [unsubscribe, …]} while signed in

/** The agent client's events, recorded in the store. */
function wireClient(client) {
  return [
    client.on('connection', (c) => store.setConnection(c)),
    // Refused at once: a stale token? The API tells (a 401 signs out).
    client.on('refused', () => api.get('/api/canned').catch(() => {})),
    client.on('queue', (list) => store.setQueue(list)),
    client.on('message', (id, m, { live }) => store.addMessage(id, m, { live, hidden: document.hidden })),
    client.on('message_redacted', (id, m) => store.redactMessage(id, m)),
    client.on('pending', (id, item) => store.addPending(id, item)),
    client.on('failed', (id, item, code, error) => store.failPending(id, item, code, error)),
    client.on('note', (id, n) => store.addNote(id, n)),
    client.on('state', (id, st) => store.setChatState(id, st)),
    client.on('typing', (id, t) => t.author === 'customer' && store.setTyping(id, t.typing)),
  ];
}

function startConsole() {
  const client = new AgentClient({
    token: () => store.state.token,
    loadConversation: api.conversation,
    fallbackConversation: () => store.state.active,
  });
  const actions = createActions({ store, client, api });
  const ctx = { store, actions, api };
  const shell = mountShell(root, ctx);
  session = {
    client,
    stop: [
      ...wireClient(client),
      shell.unmount,
      mountQueue(shell.aside, ctx),
      mountChats(shell.chatsView, ctx),
      mountTickets(shell.ticketsView, ctx),
      listenAlerts(store),
      // My own chats (after a reload or on another tab) open as tabs.
      store.on('queue', ({ mine }) => mine.forEach((s) => actions.openChatById(s.conversation_id, s))),
      store.on('chat-closed', ({ chat }) => client.untrack(chat.id)),
    ],
  };
  document.addEventListener('click', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });
  store.setView('chats');
  api.get('/api/canned').then((data) => {
    const list = Array.isArray(data) ? data : (data && (data.canned || data.responses)) || [];
    store.setCanned(list);
  }).catch(() => {});
  // Presence is kept by the server; show the one it has.
  api.get('/api/me').then((data) => {
    if (data && data.presence) {
      rememberPresence(data.presence);
      store.setPresence(data.presence);
    }
  }).catch(() => {});
  client.connect();
}

store.on('signed-in', (change, state) => {
  sessionStorage.setItem(TOKEN_KEY, state.token);
  sessionStorage.setItem(AGENT_KEY, JSON.stringify(state.me));
  startConsole();
});

store.on('signed-out', ({ message }) => {
  if (session) {
    session.client.disconnect();
    session.stop.forEach((stop) => stop());
    session = null;
  }
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(AGENT_KEY);
  showLogin(root, { api, onSignedIn: (token, agent) => store.signIn(token, agent) }, message);
});

if (store.state.token) startConsole();
else showLogin(root, { api, onSignedIn: (token, agent) => store.signIn(token, agent) });
