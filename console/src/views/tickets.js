// The tickets screen: a list by status (due soonest first, red when overdue), a ticket's
// thread, reply by email, close.
import { append, clear, h, setText } from '../../../widget/src/dom.js';
import { fmtDate, now, toTs } from '../format.js';
import { toast } from './toast.js';

const ticketCustomer = (t) =>
  (t.customer && (t.customer.name || t.customer.email)) || t.name || t.email || t.customer_email || '—';

function transcriptOf(t) {
  const raw = t.transcript ?? t.thread ?? t.messages ?? [];
  if (typeof raw === 'string') return [{ author: 'transcript', text: raw }];
  return raw;
}

function ticketRow(t, open) {
  const due = toTs(t.due_at ?? t.due_ts);
  const overdue = due && due < now() && t.status !== 'closed';
  return h('tr', { 'data-ticket': t.number },
    h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => open(t.number) }, t.number)),
    h('td', {}, t.subject || ''),
    h('td', {}, ticketCustomer(t)),
    h('td', {}, t.status || ''),
    h('td', { class: overdue ? 'overdue' : '' }, due ? `${fmtDate(due)}${overdue ? ' (overdue)' : ''}` : ''),
  );
}

async function showTicket(number, detail, { api, reload }) {
  let t;
  try {
    t = await api.ticket(number);
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
      await api.closeTicket(number);
      toast(`${number} closed.`);
      reload();
    } catch (e) {
      toast(`Could not close: ${e.message}`, true);
    }
  } }, 'Close ticket');
  const email = t.customer && t.customer.email ? ` <${t.customer.email}>` : t.email ? ` <${t.email}>` : '';
  append(detail, [
    h('h3', {}, `${number} · ${t.subject || ''}`),
    h('p', {}, `Customer: ${ticketCustomer(t)}${email} · Status: ${t.status || ''} · Due: ${due ? fmtDate(due) : '—'}`),
    t.note ? h('p', {}, `Agent note: ${t.note}`) : null,
    list,
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      if (!reply.value.trim()) return;
      try {
        await api.replyTicket(number, reply.value.trim());
        toast(`Reply to ${number} sent by email.`);
        showTicket(number, detail, { api, reload });
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

/** Rebuilt (and reloaded) every time the agent opens the tickets view. */
function render(view, { store, api }) {
  clear(view);
  const reload = () => render(view, { store, api });
  const status = h('select', { id: 'ticket-status', onchange: () => fill() },
    h('option', { value: 'open' }, 'Open'),
    h('option', { value: 'answered' }, 'Answered'),
    h('option', { value: 'closed' }, 'Closed'),
    h('option', { value: '' }, 'All'),
  );
  status.value = store.state.ticketStatus;
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
    store.setTicketStatus(status.value);
    clear(body);
    setText(msg, 'Loading…');
    let list;
    try {
      const data = await api.tickets(status.value);
      list = Array.isArray(data) ? data : (data && data.tickets) || [];
    } catch (e) {
      setText(msg, `Could not load tickets: ${e.message}`);
      return;
    }
    setText(msg, list.length ? `${list.length} ticket(s)` : 'No tickets.');
    list.sort((a, b) => (toTs(a.due_at ?? a.due_ts) || 0) - (toTs(b.due_at ?? b.due_ts) || 0));
    for (const t of list) body.appendChild(ticketRow(t, (number) => showTicket(number, detail, { api, reload })));
  }
  fill();
}

export function mountTickets(view, ctx) {
  return ctx.store.on('view', ({ view: name }) => {
    if (name === 'tickets') render(view, ctx);
  });
}
