// The signed-in page: the top bar (views, connection, presence, alerts, sign out) and the
// layout the other views mount into. Returns those mount points.
import { append, clear, h, setText } from '../../../widget/src/dom.js';
import { askNotificationPermission, unlockAudio } from '../alerts.js';

export function mountShell(root, { store, actions }) {
  clear(root);
  const conn = h('span', { class: 'conn down', role: 'status' }, 'Connecting…');
  const presence = h('select', { id: 'presence', onchange: () => actions.setPresence(presence.value) },
    h('option', { value: 'available' }, 'Available'),
    h('option', { value: 'away' }, 'Away'),
  );
  presence.value = store.state.presence;
  const navChats = h('button', { type: 'button', onclick: () => store.setView('chats') }, 'Chats');
  const navTickets = h('button', { type: 'button', onclick: () => store.setView('tickets') }, 'Tickets');
  const notifyBtn = h('button', { type: 'button', class: 'link', onclick: () => {
    unlockAudio();
    askNotificationPermission();
    notifyBtn.hidden = true;
  } }, 'Enable alerts');
  notifyBtn.hidden = !('Notification' in window) || Notification.permission !== 'default';
  const me = store.state.me;
  const top = h('header', { class: 'topbar' },
    h('h1', {}, 'Support console'),
    h('nav', { 'aria-label': 'Views' }, navChats, navTickets),
    conn,
    h('label', { for: 'presence' }, (me && me.name) || 'Agent', presence),
    notifyBtn,
    h('button', { type: 'button', class: 'link', onclick: () => actions.logout() }, 'Sign out'),
  );
  const aside = h('aside', { 'aria-label': 'Queue and my chats' });
  const chatsView = h('main', { id: 'chats-view' });
  const ticketsView = h('main', { id: 'tickets-view', hidden: true });
  append(root, [top, h('div', { class: 'layout' }, aside, chatsView, ticketsView)]);

  const showView = (view) => {
    chatsView.hidden = view !== 'chats';
    ticketsView.hidden = view !== 'tickets';
    navChats.setAttribute('aria-current', view === 'chats' ? 'page' : 'false');
    navTickets.setAttribute('aria-current', view === 'tickets' ? 'page' : 'false');
  };
  const unsubscribe = [
    store.on('view', ({ view }) => showView(view)),
    store.on('connection', ({ connection }) => {
      setText(conn, connection === 'online' ? 'Online' : 'Reconnecting…');
      conn.classList.toggle('down', connection !== 'online');
    }),
    store.on('presence', ({ presence: p }) => {
      presence.value = p;
    }),
  ];
  showView(store.state.view);
  return { aside, chatsView, ticketsView, unmount: () => unsubscribe.forEach((u) => u()) };
}
