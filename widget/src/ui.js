// The widget's view: a launcher and a chat panel inside a shadow root. It renders what the
// ChatClient holds and turns the customer's clicks and keys into protocol calls. The parts:
// MessageList (ui-messages.js), Composer (ui-composer.js), Banner (ui-banner.js) and the
// forms under the conversation (ui-forms.js).
import { catalogs } from './i18n.js';
import { css } from './styles.js';
import { h, setText, svgIcon } from './dom.js';
import { clockTime, contrastText } from './format.js';
import { MessageList } from './ui-messages.js';
import { Composer } from './ui-composer.js';
import { Banner } from './ui-banner.js';
import { Forms } from './ui-forms.js';

export { contrastText };

const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8.4L4 21.6V18H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';

export class WidgetView {
  /**
   * @param {object} opts locale (catalog: en|de), timeLocale (BCP 47 tag for numbers and
   *   times, e.g. en-GB), color, position, storeOpen (remember open/closed in storage)
   */
  constructor(client, { locale, timeLocale, color, position, storeOpen }) {
    this.client = client;
    this.t = catalogs[locale];
    this.locale = locale;
    this.timeLocale = timeLocale || locale;
    this.color = /^#[0-9a-f]{6}$/i.test(color || '') ? color : null;
    this.position = position === 'left' ? 'left' : 'right';
    this.store = client.store;
    this.open = !!this.store.get('open', false);
    this.unread = Number(this.store.get('unread', 0)) || 0;
    // The address answers go to: the portal's signed identity, or one given in this chat.
    this.contactEmail = client.identity ? client.identity.email : null;
    this.ticket = null;
    this.storeOpen = storeOpen;
    this.lastFocus = null;
    this.messages = new MessageList(this);
    this.composer = new Composer(this);
    this.banner = new Banner(this);
    this.forms = new Forms(this);
  }

  firstName() {
    const name = this.client.identity && this.client.identity.name;
    return name ? String(name).split(/\s+/)[0] : null;
  }

  shortTime(ts) {
    return clockTime(ts, this.timeLocale) + this.zoneSuffix(ts);
  }

  zoneSuffix(ts) {
    try {
      const parts = new Intl.DateTimeFormat(this.timeLocale, { timeZoneName: 'short' }).formatToParts(new Date(ts * 1000));
      const zone = parts.find((p) => p.type === 'timeZoneName');
      return zone ? ` ${zone.value}` : '';
    } catch {
      return '';
    }
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
    this.typingEl = h('div', { class: 'typing', 'aria-live': 'polite', hidden: true });
    this.earlierBtn = h('button', { type: 'button', class: 'link earlier', hidden: true, onclick: () => this.client.loadEarlier() }, t.earlier);
    const link = (label, onclick) => h('button', { type: 'button', class: 'link', onclick }, label);
    this.handoffBtn = link(t.talkToPerson, () => this.handoff());
    this.ticketBtn = link(t.emailInstead, () => this.forms.askAbout());
    this.endBtn = link(t.endChat, () => this.forms.confirmEnd());
    this.newChatBtn = link(t.newChat, () => this.newChat());
    this.newChatBtn.dataset.newChat = '';
    const composer = this.composer.build();
    this.panel = h(
      'section',
      { class: 'panel', id: 'lc-panel', role: 'dialog', 'aria-labelledby': 'lc-title', hidden: true },
      h('header', {},
        h('div', { class: 'titles' }, h('h2', { id: 'lc-title' }, t.title), this.subtitle),
        h('button', { type: 'button', class: 'icon-btn', 'aria-label': t.closeChat, onclick: () => this.toggle(false) }, '−'),
      ),
      this.conn, this.banner.build(), this.earlierBtn, this.messages.build(), this.typingEl,
      this.forms.build(), this.composer.counter, composer,
      h('div', { class: 'actions' }, this.handoffBtn, this.ticketBtn, this.endBtn, this.newChatBtn),
    );
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.toggle(false);
      }
    });
    this.panel.addEventListener('focusin', (e) => {
      this.lastFocus = e.composedPath()[0];
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
    setInterval(() => this.banner.render(), 1000);
  }

  bindClient() {
    const c = this.client;
    c.on('connection', (s) => this.renderConnection(s));
    c.on('reset', () => this.messages.reset(c.outbox));
    c.on('message', (m, info) => this.showMessage(m, info));
    c.on('redacted', (m) => this.messages.replace(m));
    c.on('pending', (item) => this.messages.showPending(item));
    c.on('failed', (item, code) => this.messages.showFailed(item, code));
    c.on('state', (st) => this.renderState(st));
    c.on('typing', (t) => this.renderTyping(t));
    c.on('more', (more) => { this.earlierBtn.hidden = !more; });
    for (const item of c.outbox) this.messages.showPending(item);
  }

  /**
   * A focused button that went away (hidden, replaced, removed) would leave keyboard focus
   * on the page body, outside the chat: bring it back to the text box.
   */
  rescueFocus() {
    requestAnimationFrame(() => {
      const last = this.lastFocus;
      if (!this.open || !last || this.shadow.activeElement) return;
      const active = document.activeElement;
      if (active && active !== document.body && active.id !== 'oca-livechat') return;
      if (!last.isConnected || last.getClientRects().length === 0) this.composer.focus();
    });
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
      this.messages.scrollDown();
      if (focus) this.composer.focus();
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

  showMessage(m, { live }) {
    if (!this.messages.show(m)) return;
    if (live && m.author !== 'customer') {
      if (!this.open || document.hidden) {
        this.unread += 1;
        this.store.set('unread', this.unread);
        this.renderBadge();
      }
      if (m.author === 'agent' || m.author === 'bot') this.renderTyping({ author: m.author, typing: false });
    }
  }

  // ---- actions --------------------------------------------------------------------------
  quickReply(b) {
    this.client.send(b.title, b.payload);
    this.composer.focus();
  }

  sendTopic(topic) {
    this.client.send(topic.text, topic.payload);
    this.composer.focus();
  }

  async handoff() {
    await this.client.request('handoff', {});
    this.composer.focus();
  }

  /** `ticket` with what it is about (its subject and first entry): true once made, else the error code. */
  async openTicket(text) {
    const res = await this.client.request('ticket', text ? { text } : {});
    if (!(res.ok && res.ticket)) return (res.error && res.error.code) || 'generic';
    this.ticket = res.ticket;
    this.renderState(this.client.state);
    return true;
  }

  /** The chat stays a ticket (answered by email); the customer starts afresh here. */
  newChat() {
    this.forms.hide();
    this.ticket = null;
    this.client.newConversation();
    this.composer.focus();
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
    this.messages.refreshPending();
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
    // State.customer (extension): an address the server already has is never asked again.
    if (st && st.customer && st.customer.email) this.contactEmail = st.customer.email;
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
    this.ticketBtn.hidden = !inChat;
    this.endBtn.hidden = !inChat;
    this.newChatBtn.hidden = state !== 'ticket';
    this.composer.renderState(state);
    if (state !== this.lastState) {
      this.forms.stateChanged(state);
      this.lastState = state;
      // A transfer, an accept or a ticket adds lines above the log: keep the newest in view.
      this.messages.scrollDown();
    }
    this.messages.renderGreeting();
    this.banner.render();
    this.forms.render();
    this.rescueFocus();
  }
}
