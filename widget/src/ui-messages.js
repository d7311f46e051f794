// The conversation as the customer sees it: the greeting with suggested topics while it is
// empty, then the messages in seq order (pending ones last), kept scrolled to the newest.
import { append, clear, h, setText } from './dom.js';
import { clockTime, maskLabels, maskSegments } from './format.js';

// Within this many pixels of the end counts as "reading the newest": layout changes (a queue
// box appearing, the keyboard opening on a phone) keep such a reader at the end.
const STICK_PX = 48;

export class MessageList {
  constructor(view) {
    this.view = view;
    this.t = view.t;
    this.elBySeq = new Map();
    this.elPending = new Map(); // client_id -> element
    this.stick = true;
  }

  build() {
    const t = this.t;
    this.list = h('ol', { class: 'list' });
    this.greeting = h('div', { class: 'greeting', 'data-greeting': '' },
      h('p', { class: 'hello' }, t.greeting(this.view.firstName())),
      h('p', {}, t.greetingHint),
      h('div', { class: 'buttons topics', role: 'group', 'aria-label': t.topicsLabel },
        t.topics.map((topic) =>
          h('button', { type: 'button', class: 'chip', 'data-topic': topic.payload, onclick: () => this.view.sendTopic(topic) }, topic.title),
        ),
      ),
    );
    // role=log on a wrapper: an <ol> given another role would orphan its <li> items.
    this.box = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.messagesLabel, tabindex: '0' },
      this.greeting, this.list);
    // A scroll event can arrive a frame late, after more content came or the box shrank
    // (the keyboard opening): judged then, the log's own move to the end would read as the
    // reader scrolling away. So the end is let go only when the reader scrolls above where
    // the log last put it; only reaching the end again takes it back.
    this.pinnedTop = 0;
    this.box.addEventListener('scroll', () => {
      const b = this.box;
      const atEnd = b.scrollTop + b.clientHeight >= b.scrollHeight - STICK_PX;
      this.stick = atEnd || (this.stick && b.scrollTop >= this.pinnedTop - 1);
      if (!this.stick) this.pinnedTop = Infinity;
    });
    if (typeof ResizeObserver !== 'undefined') {
      // The box (keyboard, banner) and the list (a status line, quick replies, a late
      // reply): either changing size must not push the newest message out of view.
      const keepEnd = new ResizeObserver(() => {
        if (this.stick) this.toEnd();
      });
      keepEnd.observe(this.box);
      keepEnd.observe(this.list);
    }
    this.renderGreeting();
    return this.box;
  }

  /** The greeting stays only while nothing has been said, in a fresh or bot conversation. */
  renderGreeting() {
    const st = this.view.client.state;
    const fresh = !st || st.state === 'bot';
    const show = fresh && this.list.children.length === 0;
    if (this.greeting.hidden === !show) return;
    this.greeting.hidden = !show;
    this.view.rescueFocus();
  }

  reset(outbox) {
    clear(this.list);
    this.elBySeq.clear();
    this.elPending.clear();
    for (const item of outbox) this.showPending(item);
    this.renderGreeting();
  }

  authorLabel(m) {
    const t = this.t;
    if (m.author === 'customer') return t.you;
    if (m.author === 'bot') return m.name || t.bot;
    if (m.author === 'agent') return m.name || t.agent;
    return t.system;
  }

  /** The text, with the server's placeholders ("[PASSWORD]") in the customer's words. */
  bubble(m) {
    const t = this.t;
    if (m.kind === 'log') return this.logBubble(m);
    if (!m.redactions || !m.redactions.length) return h('div', { class: 'bubble' }, m.text);
    const hidden = (type) => t.maskHidden(t.maskWords[type] || t.maskWords.other);
    return h('div', { class: 'bubble' },
      maskSegments(m.text || '', hidden).map((s) => (typeof s === 'string' ? s : h('span', { class: 'mask' }, s.mask))));
  }

  /** A log: collapsed to its first line and size; opened, in monospace and scrollable. */
  logBubble(m) {
    const t = this.t;
    const text = String(m.text || '');
    const lines = text.split('\n');
    return h('div', { class: 'bubble log-bubble' },
      h('details', { class: 'log-text' },
        h('summary', {}, t.logSummary(lines.length, lines[0].slice(0, 80))),
        h('pre', { tabindex: '0' }, text)));
  }

  build1(m, status) {
    const author = m.author || 'system';
    const li = h('li', { class: `msg ${author}`, 'data-author': author });
    if (typeof m.seq === 'number') li.dataset.seq = String(m.seq);
    if (m.client_id) li.dataset.clientId = m.client_id;
    const who = this.authorLabel(m);
    const bubble = this.bubble(m);
    if (author === 'system') {
      bubble.prepend(h('span', { class: 'sr-only' }, `${who}: `));
      li.appendChild(bubble);
    } else {
      append(li, [h('div', { class: 'who' }, who), bubble]);
    }
    if (m.redactions && m.redactions.length) {
      const words = maskLabels(m.redactions, this.t.maskWords).join(', ');
      li.appendChild(h('div', { class: 'masked' }, this.t.maskedNote(words)));
    }
    li.appendChild(h('div', { class: 'meta' }));
    this.setStatus(li, m, status);
    if (author !== 'customer' && Array.isArray(m.buttons) && m.buttons.length) {
      li.appendChild(
        h('div', { class: 'buttons' },
          m.buttons.map((b) =>
            h('button', { type: 'button', class: 'chip', onclick: () => this.view.quickReply(b) }, b.title),
          ),
        ),
      );
    }
    return li;
  }

  setStatus(li, m, status) {
    const meta = li.querySelector('.meta');
    const t = this.t;
    const client = this.view.client;
    li.classList.toggle('pending', status === 'pending');
    li.classList.toggle('failed', status === 'failed');
    li.dataset.status = status;
    let text = m.ts ? clockTime(m.ts, this.view.timeLocale) : '';
    if (status === 'pending') text = client.ready ? t.sending : t.waitingToSend;
    else if (status === 'failed') text = t.notSent(m.error || t.errors.generic);
    else if (m.author === 'customer') {
      // Said after the chat became a ticket: it went to the ticket, not to a person waiting.
      const ticket = client.state && client.state.state === 'ticket' && client.state.ticket;
      const since = ticket ? this.ticketSeq(ticket.number) : null;
      const added = since !== null && m.seq > since;
      text = `${text} · ${added ? t.ticketAdded(ticket.number) : t.sent}`;
      if (added) li.dataset.ticket = ticket.number;
    }
    setText(meta, text);
  }

  /** Seq of the system message that announced the ticket (it names the number), or null. */
  ticketSeq(number) {
    let first = null;
    for (const m of this.view.client.messages.values()) {
      if (m.author === 'system' && String(m.text).includes(number) && (first === null || m.seq < first)) first = m.seq;
    }
    return first;
  }

  /** Insert in seq order, before any still-pending message. */
  place(li, seq) {
    let before = null;
    for (const child of this.list.children) {
      const s = child.dataset.seq;
      if (s === undefined || Number(s) > seq) {
        before = child;
        break;
      }
    }
    this.list.insertBefore(li, before);
  }

  /** A stored message; returns false when it was shown already. */
  show(m) {
    if (this.elBySeq.has(m.seq)) return false;
    const own = m.client_id ? this.elPending.get(m.client_id) : null;
    if (own) {
      // Our own message, acknowledged: it takes its place by seq.
      this.elPending.delete(m.client_id);
      own.remove();
    }
    const li = this.build1(m, 'sent');
    this.elBySeq.set(m.seq, li);
    this.place(li, m.seq);
    this.pruneButtons();
    this.renderGreeting();
    this.scrollDown();
    return true;
  }

  /** A shown message masked anew: its element is rebuilt from the masked copy. */
  replace(m) {
    const old = this.elBySeq.get(m.seq);
    if (!old) return;
    const li = this.build1(m, 'sent');
    old.replaceWith(li);
    this.elBySeq.set(m.seq, li);
    this.pruneButtons();
  }

  /** Quick replies belong to the latest message only. */
  pruneButtons() {
    const items = [...this.list.children].filter((c) => c.dataset.seq !== undefined);
    items.forEach((li, i) => {
      const buttons = li.querySelector('.buttons');
      if (buttons) buttons.hidden = i !== items.length - 1;
    });
    this.view.rescueFocus();
  }

  showPending(item) {
    if (this.elPending.has(item.client_id)) return;
    const li = this.build1({ ...item, author: 'customer' }, 'pending');
    this.elPending.set(item.client_id, li);
    this.list.appendChild(li);
    this.renderGreeting();
    this.scrollDown();
  }

  showFailed(item, code) {
    const li = this.elPending.get(item.client_id);
    if (!li) return;
    this.elPending.delete(item.client_id);
    const why = this.t.errors[code] || this.t.errors.generic;
    this.setStatus(li, { ...item, author: 'customer', error: why }, 'failed');
    li.appendChild(
      h('button', { type: 'button', class: 'link', onclick: () => {
        li.remove();
        this.view.composer.edit(item.text);
      } }, this.t.retry),
    );
  }

  refreshPending() {
    for (const [cid, li] of this.elPending) this.setStatus(li, { client_id: cid, author: 'customer' }, 'pending');
  }

  scrollDown() {
    this.stick = true;
    this.pinnedTop = this.box.scrollTop; // a late event of an earlier move keeps the end
    requestAnimationFrame(() => this.toEnd());
  }

  toEnd() {
    this.box.scrollTop = this.box.scrollHeight;
    this.pinnedTop = this.box.scrollTop;
  }
}
