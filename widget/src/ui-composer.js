// Where the customer writes: the text box, the character counter as the limit nears, and
// what is said before sending (too long for one message; looks like a secret).
import { h, setText } from './dom.js';
import { charCount, splitText } from './text.js';
import { formatNumber } from './format.js';
import { sensitiveKind } from './sensitive.js';

const TYPING_IDLE_MS = 2500;
// The counter shows from this share of the limit on, so it never surprises.
const COUNTER_FROM = 0.8;

export class Composer {
  constructor(view) {
    this.view = view;
    this.t = view.t;
    this.typingTimer = null;
    this.typingSent = false;
  }

  build() {
    const t = this.t;
    this.input = h('textarea', {
      // No maxlength: a pasted log would be cut silently; the counter and submit() say why.
      id: 'lc-input', rows: '1', placeholder: t.placeholder,
      'aria-describedby': 'lc-sub lc-count', autocomplete: 'off',
    });
    this.counter = h('p', { id: 'lc-count', class: 'count', 'aria-live': 'polite', hidden: true });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('input', () => this.onInput());
    this.form = h(
      'form',
      { class: 'composer', onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      h('label', { class: 'sr-only', for: 'lc-input' }, t.messageLabel),
      this.input,
      h('button', { type: 'submit', class: 'primary' }, t.send),
    );
    return this.form;
  }

  /** In a ticket the box says where the words go. */
  renderState(state) {
    this.input.placeholder = state === 'ticket' ? this.t.placeholderTicket : this.t.placeholder;
  }

  focus() {
    this.input.focus();
  }

  /** Put a text back to edit (a failed message, a dismissed warning). */
  edit(text) {
    this.input.value = text;
    this.renderCount();
    this.input.focus();
  }

  onKey(e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.submit();
    }
  }

  /** Characters used and left near the limit, and how many too many over it (counted as the server counts). */
  renderCount() {
    const t = this.t;
    const loc = this.view.timeLocale;
    const max = this.view.client.maxChars;
    const n = charCount(this.input.value.trim());
    const near = n > max * COUNTER_FROM;
    this.counter.hidden = !near;
    this.counter.classList.toggle('over', n > max);
    const [ns, maxs] = [formatNumber(n, loc), formatNumber(max, loc)];
    let text = '';
    if (n > max) text = t.charOver(ns, maxs, formatNumber(n - max, loc));
    else if (near) text = t.charLeft(ns, maxs, formatNumber(max - n, loc));
    setText(this.counter, text);
    if (n <= max) this.view.forms.hide('toolong');
  }

  onInput() {
    this.renderCount();
    if (!this.typingSent) {
      this.typingSent = true;
      this.view.client.typing(true);
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.typingTimer);
    if (this.typingSent) {
      this.typingSent = false;
      this.view.client.typing(false);
    }
  }

  clear() {
    this.input.value = '';
    this.renderCount();
    this.stopTyping();
  }

  submit(force = false) {
    const text = this.input.value.trim();
    if (!text) return;
    if (charCount(text) > this.view.client.maxChars) {
      this.warnTooLong(text);
      return;
    }
    const kind = force ? null : sensitiveKind(text);
    if (kind) {
      this.warnSensitive(kind);
      return;
    }
    this.clear();
    this.view.forms.hide('warn');
    this.view.client.send(text);
    this.input.focus();
  }

  /** Said before sending: too long for one message; split it, or send it and get the
   * answer by email (a ticket, whose transcript holds every part). */
  warnTooLong(text) {
    const t = this.t;
    const loc = this.view.timeLocale;
    const max = this.view.client.maxChars;
    const parts = splitText(text, max);
    const sendParts = () => {
      this.clear();
      this.view.forms.hide('toolong');
      for (const part of parts) this.view.client.send(part);
    };
    // A pasted log goes whole, as one collapsed message, up to the server's log limit.
    const maxLog = this.view.client.maxLogChars;
    const asLog = charCount(text) <= maxLog
      ? h('button', { type: 'button', class: 'secondary', 'data-as-log': '', onclick: () => {
        this.clear();
        this.view.forms.hide('toolong');
        this.view.client.send(text, null, 'log');
        this.input.focus();
      } }, t.sendAsLog)
      : null;
    const box = h('div', { class: 'warn', role: 'alert', 'data-warning': 'too_long' },
      h('p', {}, t.tooLong(formatNumber(charCount(text), loc), formatNumber(max, loc))),
      maxLog && !asLog ? h('p', {}, t.logTooLong(formatNumber(maxLog, loc))) : null,
      h('div', { class: 'row' },
        asLog,
        h('button', { type: 'button', class: 'secondary', 'data-split': String(parts.length), onclick: () => {
          sendParts();
          this.input.focus();
        } }, t.splitInto(parts.length)),
        h('button', { type: 'button', class: 'secondary', 'data-by-email': '', onclick: async () => {
          sendParts();
          this.input.focus();
          await this.view.client.waitSent();
          await this.view.openTicket();
        } }, t.sendByEmail),
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.view.forms.hide('toolong');
          this.input.focus();
        } }, t.editMessage),
      ),
    );
    this.view.forms.show('toolong', box);
    box.querySelector('button').focus();
  }

  warnSensitive(kind) {
    const t = this.t;
    const box = h('div', { class: 'warn', role: 'alert', 'data-warning': kind },
      h('p', {}, kind === 'card' ? t.warnCard : t.warnPassword),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          this.view.forms.hide('warn');
          this.input.focus();
        } }, t.editMessage),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.submit(true) }, t.sendAnyway),
      ),
    );
    this.view.forms.show('warn', box);
    box.querySelector('button').focus();
  }
}
