// The aside: the live queue (who waits, for how long, until when) and "My chats".
import { clear, h, setText } from '../../../widget/src/dom.js';
import { customerName, firstMessage, fmtDuration, now, toTs, unverified } from '../format.js';

const URGENT_S = 60;

export const emailLine = (c, cls) =>
  c && c.email && (c.name || unverified(c))
    ? h('div', { class: cls }, c.email,
        unverified(c) ? h('span', { class: 'unverified', title: 'Typed by the customer, not confirmed by the portal' }, ' unverified') : null)
    : null;

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

function queueItem(s, actions) {
  const first = firstMessage(s);
  const accept = h('button', { type: 'button', class: 'primary', 'data-accept': s.conversation_id,
    onclick: async () => {
      accept.disabled = true;
      await actions.accept(s.conversation_id);
      accept.disabled = false;
    } }, 'Accept');
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

function mineItem(s, actions) {
  return h('li', { class: 'mine', 'data-conversation': s.conversation_id },
    h('button', { type: 'button', class: 'link', onclick: () => actions.openChatById(s.conversation_id, s, true) },
      customerName(s.customer)),
    s.last_message ? h('p', { class: 'first' }, s.last_message.text) : null,
  );
}

export function mountQueue(aside, { store, actions }) {
  const queueList = h('ul', { class: 'queue', 'aria-label': 'Waiting conversations' });
  const queueEmpty = h('p', { class: 'empty' }, 'No one is waiting.');
  const queueHeading = h('h2', { id: 'queue-title' }, 'Queue');
  const mineList = h('ul', { class: 'queue', 'aria-label': 'My conversations' });
  const mineEmpty = h('p', { class: 'empty' }, 'No chats assigned to you.');
  aside.appendChild(h('section', { 'aria-labelledby': 'queue-title' }, queueHeading, queueEmpty, queueList));
  aside.appendChild(h('section', { 'aria-labelledby': 'mine-title' }, h('h2', { id: 'mine-title' }, 'My chats'), mineEmpty, mineList));

  const render = (queue) => {
    const queued = queue.filter((s) => s.state === 'queued');
    const mine = queue.filter((s) => s.state === 'agent');
    clear(queueList);
    for (const s of queued) queueList.appendChild(queueItem(s, actions));
    queueEmpty.hidden = queued.length > 0;
    setText(queueHeading, queued.length ? `Queue (${queued.length})` : 'Queue');
    document.title = queued.length ? `(${queued.length}) Support console` : 'Support console · One Click Actions';
    clear(mineList);
    for (const s of mine) mineList.appendChild(mineItem(s, actions));
    mineEmpty.hidden = mine.length > 0;
    tick();
  };
  const unsubscribe = store.on('queue', (change, state) => render(state.queue));
  const ticker = setInterval(tick, 1000);
  render(store.state.queue);
  return () => {
    unsubscribe();
    clearInterval(ticker);
  };
}
