// The chats screen: one tab and panel per open chat (ARIA tabs), or a welcome line when
// none is open. Forwards the store's chat changes to the right panel.
import { h } from '../../../widget/src/dom.js';
import { buildChatPanel } from './chat-panel.js';

export function mountChats(main, ctx) {
  const { store } = ctx;
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Open chats' });
  const panels = h('div', { class: 'panel' });
  const welcome = h('p', { class: 'welcome' }, 'Accept a chat from the queue to start. New chats play a sound.');
  main.append(tabs, welcome, panels);
  const views = new Map(); // conversation_id -> chat panel

  const showTabsArea = () => {
    const any = store.state.chats.size > 0;
    welcome.hidden = any;
    tabs.hidden = !any;
    panels.hidden = !any;
  };
  const forward = (type, fn) => store.on(type, (change) => {
    const view = views.get(change.chat.id);
    if (view) fn(view, change);
  });

  const unsubscribe = [
    store.on('chat-opened', ({ chat }) => {
      const view = buildChatPanel(chat, ctx);
      views.set(chat.id, view);
      tabs.appendChild(view.tab);
      panels.appendChild(view.panel);
      view.state();
    }),
    store.on('chat-selected', ({ chat, focus }) => {
      showTabsArea();
      for (const [id, view] of views) view.select(id === chat.id, focus);
      views.get(chat.id).unread();
    }),
    store.on('chat-closed', ({ chat }) => {
      views.get(chat.id).remove();
      views.delete(chat.id);
      showTabsArea();
    }),
    forward('chat-state', (view) => view.state()),
    forward('message', (view, { message }) => {
      view.message(message);
      view.typing();
      view.unread();
    }),
    forward('message-redacted', (view, { message }) => view.redacted(message)),
    forward('pending', (view, { item }) => view.pending(item)),
    forward('failed', (view, { item, code, error }) => view.failed(item, code, error)),
    forward('note', (view, { note }) => view.note(note)),
    forward('typing', (view) => view.typing()),
  ];
  showTabsArea();
  return () => unsubscribe.forEach((u) => u());
}
