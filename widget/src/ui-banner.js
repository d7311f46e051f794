// The box under the header: the queue (compact: two short lines, so a phone keeps room for
// the conversation) and, once the chat is a ticket, its number, due time and what happens next.
import { append, clear, h } from './dom.js';
import { dueTime, minutesSeconds, waitWords } from './format.js';

export class Banner {
  constructor(view) {
    this.view = view;
    this.t = view.t;
    this.sig = null;
  }

  build() {
    this.el = h('div', { class: 'banner', hidden: true });
    return this.el;
  }

  queueLines(st) {
    const t = this.t;
    const view = this.view;
    const lines = [];
    // The range with how sure it is; a server without it sends only the median.
    let wait = waitWords(st.estimated_wait, t);
    if (!wait && typeof st.estimated_wait_s === 'number') {
      wait = st.estimated_wait_s < 60 ? t.lessThanMinute : t.minutes(Math.ceil(st.estimated_wait_s / 60));
    }
    const head = t.queueLine(st.queue_position, wait);
    if (head) lines.push(h('p', {}, h('strong', {}, head)));
    const small = [];
    if (st.agents_available === 0) small.push(t.noAgents);
    if (st.deadline_ts) {
      const left = minutesSeconds(st.deadline_ts - Date.now() / 1000);
      small.push(t.queueTicketAt(view.shortTime(st.deadline_ts), left));
    }
    if (small.length) lines.push(h('p', { class: 'small', 'data-deadline': '' }, small.join(' ')));
    return lines;
  }

  ticketLines(ticket) {
    const t = this.t;
    const view = this.view;
    const lines = [h('p', {}, h('strong', { 'data-ticket': ticket.number }, t.ticketNumber(ticket.number)))];
    if (ticket.due_ts) lines.push(h('p', { 'data-due': '' }, t.ticketDue(dueTime(ticket.due_ts, view.timeLocale))));
    lines.push(h('p', { class: 'small' }, t.ticketTarget));
    if (view.contactEmail && view.forms.kind !== 'thanks') lines.push(h('p', { class: 'small' }, t.answerAt(view.contactEmail)));
    lines.push(h('p', { class: 'small', 'data-follow-up': '' }, t.ticketFollowUp));
    return lines;
  }

  render() {
    const st = this.view.client.state;
    const t = this.t;
    const lines = [];
    if (st && st.limited) lines.push(h('p', {}, t.limited));
    if (st && st.state === 'queued') lines.push(...this.queueLines(st));
    const ticket = st && st.state === 'ticket' ? st.ticket || this.view.ticket : null;
    if (ticket && ticket.number) lines.push(...this.ticketLines(ticket));
    const sig = lines.map((l) => l.textContent).join('\n');
    if (sig === this.sig) return;
    this.sig = sig;
    clear(this.el);
    append(this.el, lines);
    // The log shrinks or grows with this box; MessageList keeps a reader at the newest.
    this.el.hidden = lines.length === 0;
  }
}
