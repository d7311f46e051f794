// One chat's tab and panel: the customer, the state, the actions (transfer, ticket, resolve),
// the transcript (messages by seq, notes by time, pending replies last), "typing" and the
// composer. The chats view creates one per open chat and forwards the store's changes.
import { append, clear, h, setText } from '../../../widget/src/dom.js';
import { maskLabels } from '../../../widget/src/format.js';
import { catalogs } from '../../../widget/src/i18n.js';
import { STATE_TEXT, customerName, errorText, fmtTime, now, unverified } from '../format.js';
import { buildComposer } from './composer.js';

const AUTHOR_LABEL = { customer: null, bot: 'Bot', agent: null, system: 'System' };

/** A customer's log (Message.kind "log"): collapsed to its size and first line, monospace when opened. */
function logText(text) {
  const lines = String(text || '').split('\n');
  const size = `${lines.length} line${lines.length === 1 ? '' : 's'}, ${String(text || '').length} characters`;
  return h('details', { class: 'text log-text', 'data-log': '' },
    h('summary', {}, `Log (${size}): ${lines[0].slice(0, 100)}`),
    h('pre', { tabindex: '0' }, text));
}

function messageEl(chat, m, pending) {
  const author = m.author || 'system';
  const who = author === 'customer' ? customerName(chat.customer) : m.name || AUTHOR_LABEL[author] || author;
  const meta = h('div', { class: 'meta' }, pending ? 'Sending…' : fmtTime(m.ts));
  const li = h('li', { class: `m ${author}${pending ? ' pending' : ''}${m.kind === 'log' ? ' log' : ''}`, 'data-author': author },
    h('div', { class: 'who' }, who),
    m.kind === 'log' ? logText(m.text) : h('div', { class: 'text' }, m.text),
    meta,
  );
  if (typeof m.seq === 'number') li.dataset.seq = String(m.seq);
  li.dataset.key = String(m.ts || now());
  if (m.redactions && m.redactions.length) {
    // The customer's words for what was hidden (the widget's), not internal names.
    const words = maskLabels(m.redactions, catalogs.en.maskWords).join(', ');
    meta.appendChild(document.createTextNode(` · hidden: ${words}`));
  }
  if (Array.isArray(m.buttons) && m.buttons.length) {
    meta.appendChild(document.createTextNode(` · buttons: ${m.buttons.map((b) => b.title).join(' | ')}`));
  }
  return li;
}

function noteEl(n) {
  const li = h('li', { class: 'm note', 'data-note': n.id },
    h('div', { class: 'who' }, `Internal note · ${(n.agent && n.agent.name) || 'agent'} (customer never sees this)`),
    h('div', { class: 'text' }, n.text),
    h('div', { class: 'meta' }, fmtTime(n.ts)),
  );
  li.dataset.key = String(n.ts || now());
  return li;
}

export function buildChatPanel(chat, ctx) {
  const { store, actions } = ctx;
  const id = chat.id;
  const tabId = `tab-${id}`;
  const panelId = `panel-${id}`;
  const badge = h('span', { class: 'dot', hidden: true });
  const tab = h('button', {
    type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'aria-selected': 'false',
    tabindex: '-1', onclick: () => store.selectChat(id, true),
  }, customerName(chat.customer), badge);
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      store.selectChat(store.neighbour(id, e.key === 'ArrowRight' ? 1 : -1), true);
    }
  });

  const stateEl = h('span', { class: 'state' });
  const transcript = h('ol', { class: 'transcript' });
  const log = h('div', { class: 'logbox', role: 'log', 'aria-live': 'polite', 'aria-label': `Conversation with ${customerName(chat.customer)}`, tabindex: '0' }, transcript);
  const typing = h('div', { class: 'typing', 'aria-live': 'polite' });
  const composer = buildComposer(chat, ctx);
  const ticketNote = h('input', { id: `ticket-note-${id}`, type: 'text' });
  const ticketForm = h('form', { class: 'ticketform', hidden: true, onsubmit: async (e) => {
    e.preventDefault();
    if (await actions.ticket(id, ticketNote.value.trim())) ticketForm.hidden = true;
  } },
    h('div', { class: 'field' }, h('label', { for: `ticket-note-${id}` }, 'Note for the ticket (what is still open)'), ticketNote),
    h('button', { type: 'submit', class: 'primary' }, 'Create ticket'),
    h('button', { type: 'button', class: 'secondary', onclick: () => { ticketForm.hidden = true; } }, 'Cancel'),
  );
  const actionsRow = h('div', { class: 'row' },
    h('button', { type: 'button', class: 'secondary', onclick: () => actions.transfer(id) }, 'Transfer to queue'),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      ticketForm.hidden = false;
      ticketNote.focus();
    } }, 'Turn into ticket'),
    h('button', { type: 'button', class: 'primary', onclick: () => actions.resolve(id) }, 'Resolve'),
  );
  const ended = h('div', { class: 'ended', hidden: true });
  const c = chat.customer;
  const panel = h('section', { class: 'panel', role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, hidden: true },
    h('div', { class: 'chat-head' },
      h('div', { class: 'who' },
        h('h2', {}, customerName(c)),
        c && c.email ? h('div', { class: 'state' }, c.email, unverified(c) ? h('span', { class: 'unverified' }, ' unverified') : null) : null,
      ),
      stateEl,
      actionsRow,
    ),
    ticketForm, log, typing, composer.el, ended,
  );

  const pendingEls = new Map(); // client_id -> element
  const scrollDown = () => requestAnimationFrame(() => {
    log.scrollTop = log.scrollHeight;
  });
  /** Keep the transcript in order: messages by seq, notes by time, pending replies last. */
  const place = (li, seq, ts) => {
    let before = null;
    for (const child of transcript.children) {
      if (child.classList.contains('pending')) { before = child; break; }
      const cs = child.dataset.seq;
      if (seq !== null && cs !== undefined && Number(cs) > seq) { before = child; break; }
      if ((seq === null || cs === undefined) && Number(child.dataset.key) > ts) { before = child; break; }
    }
    transcript.insertBefore(li, before);
    scrollDown();
  };

  return {
    tab,
    panel,
    message(m) {
      const pending = m.client_id && pendingEls.get(m.client_id);
      if (pending) {
        pending.remove();
        pendingEls.delete(m.client_id);
      }
      place(messageEl(chat, m, false), m.seq, m.ts || now());
    },
    /** Masked anew: the element with its seq shows the masked copy instead. */
    redacted(m) {
      const old = [...transcript.children].find((c) => c.dataset.seq === String(m.seq));
      if (old) old.replaceWith(messageEl(chat, m, false));
    },
    pending(item) {
      const me = store.state.me;
      const el = messageEl(chat, { author: 'agent', name: me && me.name, text: item.text, ts: item.ts }, true);
      pendingEls.set(item.client_id, el);
      transcript.appendChild(el);
      scrollDown();
    },
    failed(item, code, error) {
      const el = pendingEls.get(item.client_id);
      if (!el) return;
      pendingEls.delete(item.client_id);
      el.classList.remove('pending');
      setText(el.querySelector('.meta'), `Not sent: ${errorText({ error: error || { code } })}`);
    },
    note(n) {
      place(noteEl(n), null, n.ts || now());
    },
    typing() {
      setText(typing, chat.customerTyping ? `${customerName(chat.customer)} is typing…` : '');
    },
    unread() {
      badge.hidden = chat.unread === 0;
      setText(badge, chat.unread ? String(chat.unread) : '');
    },
    state() {
      const ticket = chat.ticket && chat.ticket.number ? ` ${chat.ticket.number}` : '';
      const label = STATE_TEXT[chat.state] || chat.state;
      setText(stateEl, `${label}${ticket}`);
      const open = chat.state === 'agent';
      composer.setOpen(open);
      actionsRow.hidden = !open;
      ended.hidden = open;
      if (!open) {
        clear(ended);
        append(ended, [
          `This chat is ${String(label).toLowerCase()}${ticket}. `,
          h('button', { type: 'button', class: 'secondary', onclick: () => store.closeChat(id) }, 'Close tab'),
        ]);
      }
    },
    select(on, focus) {
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
      if (on) scrollDown();
      if (on && focus) (composer.input.disabled ? tab : composer.input).focus();
    },
    remove() {
      tab.remove();
      panel.remove();
    },
  };
}
