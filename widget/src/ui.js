// The widget's view: a launcher and a chat panel inside a shadow root. It renders what the
// ChatClient holds and turns the customer's clicks and keys into protocol calls.
import { catalogs } from './i18n.js';
import { sensitiveKind } from './sensitive.js';
import { css } from './styles.js';
import { append, clear, h, setText, svgIcon } from './dom.js';
import { charCount, splitText } from './chat.js';

const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8.4L4 21.6V18H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
const TYPING_IDLE_MS = 2500;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Text colour (black or white) with the better contrast on a given background. */
export function contrastText(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(String(hex || '').trim());
  if (!m) return '#ffffff';
  const n = parseInt(m[1], 16);
  const lin = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return (1.05 / (L + 0.05)) >= ((L + 0.05) / 0.05) ? '#ffffff' : '#000000';
}

export class WidgetView {
  constructor(client, { locale, color, position, storeOpen }) {
    this.client = client;
    this.t = catalogs[locale];
    this.locale = locale;
    this.color = /^#[0-9a-f]{6}$/i.test(color || '') ? color : null;
    this.position = position === 'left' ? 'left' : 'right';
    this.store = client.store;
    this.open = !!this.store.get('open', false);
    this.unread = Number(this.store.get('unread', 0)) || 0;
    this.elBySeq = new Map();
    this.elPending = new Map(); // client_id -> element
    this.typingTimer = null;
    this.typingSent = false;
    this.rated = false;
    this.emailKnown = !!client.identity;
    this.contactEmail = client.identity ? client.identity.email : null;
    this.ticket = null;
    this.storeOpen = storeOpen;
  }

  mount() {
    const host = h('div', { id: 'oca-livechat', 'data-livechat': '' });
    const shadow = host.attachShadow({ mode: 'open' });
    this.shadow = shadow;
    shadow.appendChild(h('style', {}, css));
    const t = this.t;

    this.badge = h('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
    this.launcher = h(
      'button',
      {
        class: 'launcher', type: 'button', 'aria-controls': 'lc-panel',
        'aria-expanded': 'false', onclick: () => this.toggle(),
      },
      svgIcon(CHAT_ICON), this.badge,
    );
    this.subtitle = h('p', { id: 'lc-sub' });
    this.conn = h('div', { class: 'conn', role: 'status', hidden: true });
    this.banner = h('div', { class: 'banner', hidden: true });
    // role=log on a wrapper: an <ol> given another role would orphan its <li> items.
    this.log = h('ol', { class: 'list' });
    this.logBox = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.messagesLabel, tabindex: '0' }, this.log);
    this.typingEl = h('div', { class: 'typing', 'aria-live': 'polite', hidden: true });
    this.extra = h('div', { class: 'extra', hidden: true });
    this.input = h('textarea', {
      // No maxlength: a pasted log would be cut silently; the counter and submit() say why.
      id: 'lc-input', rows: '1', placeholder: t.placeholder,
      'aria-describedby': 'lc-sub lc-count', autocomplete: 'off',
    });
    this.counter = h('p', { id: 'lc-count', class: 'count', 'aria-live': 'polite', hidden: true });
    this.earlierBtn = h('button', { type: 'button', class: 'link earlier', hidden: true, onclick: () => this.client.loadEarlier() }, t.earlier);
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('input', () => this.onInput());
    this.composer = h(
      'form',
      { class: 'composer', onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      h('label', { class: 'sr-only', for: 'lc-input' }, t.messageLabel),
      this.input,
      h('button', { type: 'submit', class: 'primary' }, t.send),
    );
    this.handoffBtn = h('button', { type: 'button', class: 'link', onclick: () => this.handoff() }, t.talkToPerson);
    this.ticketBtn = h('button', { type: 'button', class: 'link', onclick: () => this.askTicket() }, t.emailInstead);
    this.endBtn = h('button', { type: 'button', class: 'link', onclick: () => this.confirmEnd() }, t.endChat);
    this.panel = h(
      'section',
      { class: 'panel', id: 'lc-panel', role: 'dialog', 'aria-labelledby': 'lc-title', hidden: true },
      h('header', {},
        h('div', { class: 'titles' }, h('h2', { id: 'lc-title' }, t.title), this.subtitle),
        h('button', { type: 'button', class: 'icon-btn', 'aria-label': t.closeChat, onclick: () => this.toggle(false) }, '−'),
      ),
      this.conn, this.banner, this.earlierBtn, this.logBox, this.typingEl, this.extra, this.counter, this.composer,
      h('div', { class: 'actions' }, this.handoffBtn, this.ticketBtn, this.endBtn),
    );
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.toggle(false);
      }
    });
    this.root = h('div', { class: `root ${this.position}`, lang: this.locale }, this.panel, this.launcher);
    if (this.color) {
      this.root.style.setProperty('--brand', this.color);
      this.root.style.setProperty('--on-brand', contrastText(this.color));
    }
    shadow.appendChild(this.root);
    document.body.appendChild(host);
    this.renderConnection(this.client.connection);
    this.renderState(null);
    this.toggle(this.open, false);
    this.bindClient();
    setInterval(() => this.renderBanner(), 1000);
  }

  bindClient() {
    const c = this.client;
    c.on('connection', (s) => this.renderConnection(s));
    c.on('reset', () => {
      clear(this.log);
      this.elBySeq.clear();
      for (const item of c.outbox) this.elPending.delete(item.client_id);
      this.elPending.clear();
      for (const item of c.outbox) this.showPending(item);
    });
    c.on('message', (m, info) => this.showMessage(m, info));
    c.on('pending', (item) => this.showPending(item));
    c.on('failed', (item, code) => this.showFailed(item, code));
    c.on('state', (st) => this.renderState(st));
    c.on('typing', (t) => this.renderTyping(t));
    c.on('more', (more) => { this.earlierBtn.hidden = !more; });
    for (const item of c.outbox) this.showPending(item);
  }

  // ---- open / closed ------------------------------------------------------------------
  toggle(force, focus = true) {
    this.open = force === undefined ? !this.open : !!force;
    if (this.storeOpen) this.store.set('open', this.open);
    this.panel.hidden = !this.open;
    this.launcher.setAttribute('aria-expanded', String(this.open));
    if (this.open) {
      this.unread = 0;
      this.store.set('unread', 0);
      this.scrollDown();
      if (focus) this.input.focus();
    } else if (focus) {
      this.launcher.focus();
    }
    this.renderBadge();
  }

  renderBadge() {
    const t = this.t;
    this.badge.hidden = this.unread === 0;
    setText(this.badge, this.unread > 9 ? '9+' : String(this.unread));
    this.launcher.setAttribute(
      'aria-label',
      this.open ? t.closeChat : this.unread ? `${t.openChat} (${t.unread(this.unread)})` : t.openChat,
    );
  }

  // ---- messages -------------------------------------------------------------------------
  authorLabel(m) {
    const t = this.t;
    if (m.author === 'customer') return t.you;
    if (m.author === 'bot') return m.name || t.bot;
    if (m.author === 'agent') return m.name || t.agent;
    return t.system;
  }

  timeOf(ts) {
    try {
      return new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' }).format(
        new Date(ts * 1000),
      );
    } catch {
      return '';
    }
  }

  buildMessage(m, status) {
    const author = m.author || 'system';
    const li = h('li', { class: `msg ${author}`, 'data-author': author });
    if (typeof m.seq === 'number') li.dataset.seq = String(m.seq);
    if (m.client_id) li.dataset.clientId = m.client_id;
    const who = this.authorLabel(m);
    if (author === 'system') {
      append(li, [h('div', { class: 'bubble' }, h('span', { class: 'sr-only' }, `${who}: `), m.text)]);
    } else {
      append(li, [
        h('div', { class: 'who' }, who),
        h('div', { class: 'bubble' }, m.text),
      ]);
    }
    if (m.redactions && m.redactions.length) li.appendChild(h('div', { class: 'masked' }, this.t.masked));
    const meta = h('div', { class: 'meta' });
    li.appendChild(meta);
    this.setStatus(li, m, status);
    if (author !== 'customer' && Array.isArray(m.buttons) && m.buttons.length) {
      li.appendChild(
        h('div', { class: 'buttons' },
          m.buttons.map((b) =>
            h('button', { type: 'button', class: 'chip', onclick: () => this.quickReply(b) }, b.title),
          ),
        ),
      );
    }
    return li;
  }

  setStatus(li, m, status) {
    const meta = li.querySelector('.meta');
    const t = this.t;
    li.classList.toggle('pending', status === 'pending');
    li.classList.toggle('failed', status === 'failed');
    li.dataset.status = status;
    let text = m.ts ? this.timeOf(m.ts) : '';
    if (status === 'pending') text = this.client.ready ? t.sending : t.waitingToSend;
    else if (status === 'failed') text = t.notSent(m.error || t.errors.generic);
    else if (m.author === 'customer') text = `${text} · ${t.sent}`;
    setText(meta, text);
  }

  /** Insert in seq order, before any still-pending message. */
  place(li, seq) {
    let before = null;
    for (const child of this.log.children) {
      const s = child.dataset.seq;
      if (s === undefined || Number(s) > seq) {
        before = child;
        break;
      }
    }
    this.log.insertBefore(li, before);
  }

  showMessage(m, { live }) {
    const existing = this.elBySeq.get(m.seq);
    if (existing) return;
    let li = m.client_id ? this.elPending.get(m.client_id) : null;
    if (li) {
      // Our own message, acknowledged: it keeps its element and takes its place by seq.
      this.elPending.delete(m.client_id);
      li.remove();
      const fresh = this.buildMessage(m, 'sent');
      li = fresh;
    } else {
      li = this.buildMessage(m, 'sent');
    }
    this.elBySeq.set(m.seq, li);
    this.place(li, m.seq);
    this.pruneButtons();
    if (live && m.author !== 'customer') {
      if (!this.open || document.hidden) {
        this.unread += 1;
        this.store.set('unread', this.unread);
        this.renderBadge();
      }
      if (m.author === 'agent' || m.author === 'bot') this.renderTyping({ author: m.author, typing: false });
    }
    this.scrollDown();
  }

  /** Quick replies belong to the latest bot message only. */
  pruneButtons() {
    const items = [...this.log.children].filter((c) => c.dataset.seq !== undefined);
    items.forEach((li, i) => {
      const buttons = li.querySelector('.buttons');
      if (buttons) buttons.hidden = i !== items.length - 1;
    });
  }

  showPending(item) {
    if (this.elPending.has(item.client_id)) return;
    const li = this.buildMessage({ ...item, author: 'customer' }, 'pending');
    this.elPending.set(item.client_id, li);
    this.log.appendChild(li);
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
        this.input.value = item.text;
        this.input.focus();
      } }, this.t.retry),
    );
  }

  refreshPending() {
    for (const [cid, li] of this.elPending) this.setStatus(li, { client_id: cid, author: 'customer' }, 'pending');
  }

  scrollDown() {
    requestAnimationFrame(() => {
      this.logBox.scrollTop = this.logBox.scrollHeight;
    });
  }

  // ---- composing ----------------------------------------------------------------------
  onKey(e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.submit();
    }
  }

  /** Characters left, shown near and over the limit (counted as the server counts them). */
  renderCount() {
    const max = this.client.maxChars;
    const n = charCount(this.input.value.trim());
    const near = n > max * 0.8;
    this.counter.hidden = !near;
    this.counter.classList.toggle('over', n > max);
    setText(this.counter, near ? this.t.charCount(n, max) : '');
    if (n <= max) this.hideExtra('toolong');
  }

  onInput() {
    this.renderCount();
    if (!this.typingSent) {
      this.typingSent = true;
      this.client.typing(true);
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.typingTimer);
    if (this.typingSent) {
      this.typingSent = false;
      this.client.typing(false);
    }
  }

  submit(force = false) {
    const text = this.input.value.trim();
    if (!text) return;
    if (charCount(text) > this.client.maxChars) {
      this.warnTooLong(text);
      return;
    }
    const kind = force ? null : sensitiveKind(text);
    if (kind) {
      this.warnSensitive(kind);
      return;
    }
    this.input.value = '';
    this.renderCount();
    this.stopTyping();
    this.hideExtra('warn');
    this.client.send(text);
    this.input.focus();
  }

  /** Said before sending: too long for one message; split it, or send it and get the
   * answer by email (a ticket, whose transcript holds every part). */
  warnTooLong(text) {
    const t = this.t;
    const max = this.client.maxChars;
    const parts = splitText(text, max);
    const sendParts = () => {
      this.input.value = '';
      this.renderCount();
      this.stopTyping();
      this.hideExtra('toolong');
      for (const part of parts) this.client.send(part);
    };
    const box = h('div', { class: 'warn', role: 'alert', 'data-warning': 'too_long' },
      h('p', {}, t.tooLong(charCount(text), max)),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', 'data-split': String(parts.length), onclick: () => {
          sendParts();
          this.input.focus();
        } }, t.splitInto(parts.length)),
        h('button', { type: 'button', class: 'secondary', 'data-by-email': '', onclick: async () => {
          sendParts();
          await this.client.waitSent();
          await this.askTicket();
        } }, t.sendByEmail),
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.hideExtra('toolong');
          this.input.focus();
        } }, t.editMessage),
      ),
    );
    this.showExtra('toolong', box);
    box.querySelector('button').focus();
  }

  warnSensitive(kind) {
    const t = this.t;
    const box = h('div', { class: 'warn', role: 'alert', 'data-warning': kind },
      h('p', {}, kind === 'card' ? t.warnCard : t.warnPassword),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.hideExtra('warn');
          this.input.focus();
        } }, t.editMessage),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.submit(true) }, t.sendAnyway),
      ),
    );
    this.showExtra('warn', box);
    box.querySelector('button').focus();
  }

  quickReply(b) {
    this.client.send(b.title, b.payload);
    this.input.focus();
  }

  async handoff() {
    await this.client.request('handoff', {});
  }

  async askTicket() {
    const res = await this.client.request('ticket', {});
    if (res.ok && res.ticket) {
      this.ticket = res.ticket;
      this.renderState(this.client.state);
    }
  }

  confirmEnd() {
    const t = this.t;
    const box = h('div', { role: 'group', 'aria-label': t.endChat },
      h('p', {}, t.endChatConfirm),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', onclick: async () => {
          this.hideExtra('end');
          await this.client.request('close', {});
          this.renderState(this.client.state);
        } }, t.yesEnd),
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.hideExtra('end');
          this.endBtn.focus();
        } }, t.cancel),
      ),
    );
    this.showExtra('end', box);
    box.querySelector('button').focus();
  }

  // The extra area holds one thing at a time: a warning, a confirmation, the email form
  // or the rating form. A warning or confirmation wins over the forms until dismissed.
  showExtra(kind, node) {
    this.extraKind = kind;
    clear(this.extra);
    this.extra.appendChild(node);
    this.extra.hidden = false;
  }

  hideExtra(kind) {
    if (kind && this.extraKind !== kind) return;
    this.extraKind = null;
    clear(this.extra);
    this.extra.hidden = true;
    this.renderForms();
  }

  // ---- state --------------------------------------------------------------------------
  renderConnection(s) {
    const t = this.t;
    this.conn.classList.toggle('offline', s === 'offline');
    if (s === 'connected') {
      this.conn.hidden = true;
      setText(this.conn, '');
    } else {
      this.conn.hidden = false;
      setText(this.conn, s === 'offline' ? t.offline : s === 'connecting' ? t.connecting : t.reconnecting);
    }
    this.root && this.root.setAttribute('data-connection', s);
    this.refreshPending();
  }

  renderTyping({ author, typing }) {
    const t = this.t;
    if (!typing) {
      this.typingEl.hidden = true;
      setText(this.typingEl, '');
      return;
    }
    const st = this.client.state;
    const name = st && st.agent ? st.agent.name : null;
    setText(this.typingEl, author === 'bot' ? t.typingBot : t.typingAgent(name));
    this.typingEl.hidden = false;
  }

  renderState(st) {
    const t = this.t;
    const state = st ? st.state : null;
    if (st && st.ticket) this.ticket = st.ticket;
    this.root.setAttribute('data-state', state || 'none');
    const sub = {
      bot: t.stateBot,
      queued: t.stateQueued,
      agent: t.stateAgent(st && st.agent ? st.agent.name : null),
      resolved: t.stateResolved,
      closed: t.stateClosed,
      ticket: t.stateTicket,
    }[state] || '';
    setText(this.subtitle, sub);
    const inChat = state === 'bot' || state === 'queued' || state === 'agent';
    this.handoffBtn.hidden = state === 'queued' || state === 'agent' || state === 'ticket';
    this.ticketBtn.hidden = !(state === 'queued' || state === 'bot' || state === 'agent');
    this.endBtn.hidden = !inChat;
    if (state !== this.lastState) {
      // A reopened chat can be rated again; an old thank-you note goes once the state moves.
      if (state !== 'resolved' && state !== 'closed') this.rated = false;
      if (this.extraKind === 'thanks') this.hideExtra('thanks');
      this.lastState = state;
    }
    this.renderBanner();
    this.renderForms();
  }

  renderBanner() {
    const st = this.client.state;
    const t = this.t;
    const lines = [];
    if (st && st.limited) lines.push(h('p', {}, t.limited));
    if (st && st.state === 'queued') {
      if (st.queue_position) lines.push(h('p', {}, h('strong', {}, t.queuePosition(st.queue_position))));
      if (typeof st.estimated_wait_s === 'number') {
        const m = Math.ceil(st.estimated_wait_s / 60);
        lines.push(h('p', {}, t.queueWait(st.estimated_wait_s < 60 ? t.lessThanMinute : t.minutes(m))));
      }
      if (st.deadline_ts) {
        const left = Math.max(0, Math.round(st.deadline_ts - Date.now() / 1000));
        const mmss = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
        lines.push(h('p', { 'data-deadline': '' }, t.queueDeadline(this.timeOf(st.deadline_ts), mmss)));
      }
      if (st.agents_available === 0) lines.push(h('p', {}, t.noAgents));
    }
    const ticket = st && st.state === 'ticket' ? st.ticket || this.ticket : null;
    if (ticket && ticket.number) {
      lines.push(h('p', {}, h('strong', { 'data-ticket': ticket.number }, t.ticketNumber(ticket.number))));
      lines.push(h('p', {}, t.ticketTarget));
      if (ticket.due_ts) lines.push(h('p', {}, t.ticketDue(this.dateOf(ticket.due_ts))));
    }
    const sig = lines.map((l) => l.textContent).join('\n');
    if (sig === this.bannerSig) return;
    this.bannerSig = sig;
    clear(this.banner);
    append(this.banner, lines);
    this.banner.hidden = lines.length === 0;
  }

  dateOf(ts) {
    try {
      return new Intl.DateTimeFormat(this.locale, {
        weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
      }).format(new Date(ts * 1000));
    } catch {
      return '';
    }
  }

  renderForms() {
    if (this.extraKind === 'warn' || this.extraKind === 'end' || this.extraKind === 'toolong') return;
    const st = this.client.state;
    const state = st ? st.state : null;
    if (state === 'ticket' && !this.emailKnown) return this.showEmailForm();
    if ((state === 'resolved' || state === 'closed') && !this.rated) return this.showRating();
    if (this.extraKind === 'email' && this.emailKnown && state === 'ticket') return;
    if (this.extraKind === 'thanks') return;
    if (this.extraKind) {
      this.extraKind = null;
      clear(this.extra);
      this.extra.hidden = true;
    }
  }

  showEmailForm() {
    if (this.extraKind === 'email') return;
    const t = this.t;
    const err = h('p', { class: 'error', role: 'alert' });
    const email = h('input', { id: 'lc-email', type: 'email', autocomplete: 'email', required: true });
    const name = h('input', { id: 'lc-name', type: 'text', autocomplete: 'name' });
    const form = h('form', { 'aria-labelledby': 'lc-email-title', onsubmit: async (e) => {
      e.preventDefault();
      const value = email.value.trim();
      if (!EMAIL_RE.test(value)) {
        setText(err, t.emailInvalid);
        email.focus();
        return;
      }
      const body = { email: value };
      if (name.value.trim()) body.name = name.value.trim();
      const res = await this.client.request('contact', body);
      if (res.ok) {
        this.emailKnown = true;
        this.contactEmail = value;
        this.showExtra('thanks', h('p', { role: 'status' }, t.emailSaved(value)));
      } else {
        setText(err, t.errors[res.error && res.error.code] || t.errors.generic);
      }
    } },
      h('h3', { id: 'lc-email-title' }, t.emailFormTitle),
      h('div', { class: 'field' }, h('label', { for: 'lc-email' }, t.emailLabel), email),
      h('div', { class: 'field' }, h('label', { for: 'lc-name' }, t.nameLabel), name),
      err,
      h('button', { type: 'submit', class: 'primary' }, t.emailSubmit),
    );
    this.showExtra('email', form);
  }

  showRating() {
    if (this.extraKind === 'rating') return;
    const t = this.t;
    const stars = h('fieldset', { class: 'stars' }, h('legend', {}, t.ratingTitle));
    for (let i = 1; i <= 5; i++) {
      stars.appendChild(h('input', { type: 'radio', name: 'lc-score', id: `lc-score-${i}`, value: String(i) }));
      stars.appendChild(h('label', { for: `lc-score-${i}`, title: t.ratingStar(i) },
        h('span', { 'aria-hidden': 'true' }, `${i}★`), h('span', { class: 'sr-only' }, t.ratingStar(i))));
    }
    const comment = h('textarea', { id: 'lc-comment', rows: '2' });
    const err = h('p', { class: 'error', role: 'alert' });
    const form = h('form', { onsubmit: async (e) => {
      e.preventDefault();
      const picked = form.querySelector('input[name="lc-score"]:checked');
      if (!picked) {
        form.querySelector('input').focus();
        return;
      }
      const body = { score: Number(picked.value) };
      if (comment.value.trim()) body.comment = comment.value.trim();
      const res = await this.client.request('rating', body);
      if (res.ok) {
        this.rated = true;
        this.showExtra('thanks', h('p', { role: 'status' }, t.ratingThanks));
      } else {
        setText(err, t.errors[res.error && res.error.code] || t.errors.generic);
      }
    } },
      stars,
      h('div', { class: 'field' }, h('label', { for: 'lc-comment' }, t.ratingComment), comment),
      err,
      h('button', { type: 'submit', class: 'primary' }, t.ratingSubmit),
    );
    this.showExtra('rating', form);
  }
}
