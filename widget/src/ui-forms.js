// The area under the conversation. It holds one thing at a time: a warning, the end-of-chat
// confirmation, "what is it about?" before a ticket, the email form or the rating form.
// A warning, a confirmation or an open question wins over the forms until dismissed.
import { clear, h, setText } from './dom.js';
import { splitText } from './text.js';
import { sensitiveKind } from './sensitive.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STICKY = new Set(['warn', 'end', 'toolong', 'about']);

export class Forms {
  constructor(view) {
    this.view = view;
    this.t = view.t;
    this.kind = null;
    this.rated = false;
  }

  build() {
    this.el = h('div', { class: 'extra', hidden: true });
    return this.el;
  }

  show(kind, node) {
    this.kind = kind;
    clear(this.el);
    this.el.appendChild(node);
    this.el.hidden = false;
  }

  hide(kind) {
    if (kind && this.kind !== kind) return;
    this.kind = null;
    clear(this.el);
    this.el.hidden = true;
    this.render();
    this.view.rescueFocus();
  }

  /** What the state asks for: the email form for a ticket without an address, the rating at the end. */
  render() {
    if (STICKY.has(this.kind)) return;
    const view = this.view;
    const state = view.client.state ? view.client.state.state : null;
    if (state === 'ticket' && !view.contactEmail) return this.showEmail();
    if ((state === 'resolved' || state === 'closed') && !this.rated) return this.showRating();
    if (this.kind === 'email' && view.contactEmail && state === 'ticket') return;
    if (this.kind === 'thanks') return;
    if (this.kind) {
      this.kind = null;
      clear(this.el);
      this.el.hidden = true;
      view.rescueFocus();
    }
  }

  /** A new state: a reopened chat can be rated again; an old thank-you note goes. */
  stateChanged(state) {
    if (state !== 'resolved' && state !== 'closed') this.rated = false;
    if (this.kind === 'thanks') this.hide('thanks');
  }

  confirmEnd() {
    const t = this.t;
    const box = h('div', { role: 'group', 'aria-label': t.endChat },
      h('p', {}, t.endChatConfirm),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', onclick: async () => {
          this.hide('end');
          await this.view.client.request('close', {});
        } }, t.yesEnd),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.hide('end') }, t.cancel),
      ),
    );
    this.show('end', box);
    box.querySelector('button').focus();
  }

  /** Fields for an address when none is known; [fields, read() -> {email, name} | error text]. */
  contactFields() {
    const t = this.t;
    const email = h('input', { id: 'lc-email', type: 'email', autocomplete: 'email', required: true });
    const name = h('input', { id: 'lc-name', type: 'text', autocomplete: 'name' });
    const fields = [
      h('div', { class: 'field' }, h('label', { for: 'lc-email' }, t.emailLabel), email),
      h('div', { class: 'field' }, h('label', { for: 'lc-name' }, t.nameLabel), name),
    ];
    const read = () => {
      const value = email.value.trim();
      if (!EMAIL_RE.test(value)) {
        email.focus();
        return t.emailInvalid;
      }
      return name.value.trim() ? { email: value, name: name.value.trim() } : { email: value };
    };
    return [fields, read];
  }

  /**
   * "Email me instead": what it is about (and where to answer, unless known) before the
   * ticket is made. The words go with `ticket {text}` (the ticket's subject and first entry);
   * only what is longer than one message follows as messages, which the server adds to the
   * ticket's thread. The address goes last, so the confirmation mail finds them there.
   */
  askAbout() {
    const t = this.t;
    const view = this.view;
    const err = h('p', { class: 'error', role: 'alert' });
    const about = h('textarea', { id: 'lc-about', rows: '3', 'aria-describedby': 'lc-about-hint' });
    const [fields, read] = view.contactEmail ? [[h('p', {}, t.answerAt(view.contactEmail))], null] : this.contactFields();
    let warned = null; // a secret-looking text is sent on the second try, as in the composer
    const form = h('form', { 'aria-labelledby': 'lc-about-title', 'data-form': 'about', novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      const text = about.value.trim();
      const wroteBefore = [...view.client.messages.values()].some((m) => m.author === 'customer');
      if (!text && !wroteBefore) {
        setText(err, t.aboutRequired);
        about.focus();
        return;
      }
      const kind = sensitiveKind(text);
      if (kind && warned !== text) {
        warned = text;
        setText(err, kind === 'card' ? t.warnCard : t.warnPassword);
        about.focus();
        return;
      }
      const contact = read ? read() : null;
      if (typeof contact === 'string') {
        setText(err, contact);
        return;
      }
      const [first, ...rest] = text ? splitText(text, view.client.maxChars) : [];
      const made = await view.openTicket(first);
      if (made !== true) {
        setText(err, t.errors[made] || t.errors.generic);
        return;
      }
      for (const part of rest) view.client.send(part);
      if (contact) {
        // The form stays until `contact` answers: its thanks, or the email form with the reason.
        await view.client.waitSent();
        await this.sendContact(contact, err);
      } else {
        this.hide('about');
      }
      view.composer.focus();
    } },
      h('h3', { id: 'lc-about-title' }, t.aboutTitle),
      h('p', { id: 'lc-about-hint' }, t.aboutHint),
      h('div', { class: 'field' }, h('label', { for: 'lc-about' }, t.aboutLabel), about),
      fields,
      err,
      h('div', { class: 'row' },
        h('button', { type: 'submit', class: 'primary' }, t.aboutSubmit),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.hide('about') }, t.cancel),
      ),
    );
    this.show('about', form);
    about.focus();
  }

  /** `contact`; on refusal the email form comes back with the reason. */
  async sendContact(body, err) {
    const t = this.t;
    const res = await this.view.client.request('contact', body);
    if (res.ok) {
      this.view.contactEmail = body.email;
      this.show('thanks', h('p', { role: 'status' }, t.emailSaved(body.email)));
      return true;
    }
    const why = t.errors[res.error && res.error.code] || (res.error && res.error.message) || t.errors.generic;
    if (this.kind !== 'email') this.showEmail();
    setText(this.el.querySelector('.error') || err, why);
    return false;
  }

  showEmail() {
    if (this.kind === 'email') return;
    const t = this.t;
    const err = h('p', { class: 'error', role: 'alert' });
    const [fields, read] = this.contactFields();
    const form = h('form', { 'aria-labelledby': 'lc-email-title', novalidate: true, onsubmit: async (e) => {
      e.preventDefault();
      const contact = read();
      if (typeof contact === 'string') {
        setText(err, contact);
        return;
      }
      if (await this.sendContact(contact, err)) this.view.composer.focus();
    } },
      h('h3', { id: 'lc-email-title' }, t.emailFormTitle),
      fields,
      err,
      h('button', { type: 'submit', class: 'primary' }, t.emailSubmit),
    );
    this.show('email', form);
  }

  /**
   * "Email me the transcript", offered only to a customer whose address the portal verified:
   * mail to a typed address carries none of the chat's words (docs/security.md).
   */
  transcriptOffer() {
    const t = this.t;
    const st = this.view.client.state;
    const customer = st && st.customer;
    if (!customer || !customer.email_verified || !customer.email) return null;
    const status = h('p', { role: 'status', class: 'small' });
    const button = h('button', { type: 'button', class: 'secondary', 'data-transcript': '', onclick: async () => {
      button.disabled = true;
      const res = await this.view.client.request('transcript', {});
      if (res.ok) setText(status, t.transcriptSent(customer.email));
      else {
        button.disabled = false;
        setText(status, t.errors[res.error && res.error.code] || t.errors.generic);
      }
    } }, t.transcriptButton);
    return h('div', { class: 'transcript-offer' }, button, status);
  }

  showRating() {
    if (this.kind === 'rating') return;
    const t = this.t;
    const stars = h('fieldset', { class: 'stars' }, h('legend', {}, t.ratingTitle));
    for (let i = 1; i <= 5; i++) {
      stars.appendChild(h('input', { type: 'radio', name: 'lc-score', id: `lc-score-${i}`, value: String(i) }));
      stars.appendChild(h('label', { for: `lc-score-${i}`, title: t.ratingStar(i) },
        h('span', { 'aria-hidden': 'true' }, `${i}★`), h('span', { class: 'sr-only' }, t.ratingStar(i))));
    }
    const comment = h('textarea', { id: 'lc-comment', rows: '2' });
    const err = h('p', { class: 'error', role: 'alert' });
    const form = h('form', { 'data-form': 'rating', onsubmit: async (e) => {
      e.preventDefault();
      const picked = form.querySelector('input[name="lc-score"]:checked');
      if (!picked) {
        form.querySelector('input').focus();
        return;
      }
      const body = { score: Number(picked.value) };
      if (comment.value.trim()) body.comment = comment.value.trim();
      const res = await this.view.client.request('rating', body);
      if (res.ok) {
        this.rated = true;
        this.show('thanks', h('p', { role: 'status' }, t.ratingThanks));
        this.view.composer.focus();
      } else {
        setText(err, t.errors[res.error && res.error.code] || t.errors.generic);
      }
    } },
      stars,
      h('div', { class: 'field' }, h('label', { for: 'lc-comment' }, t.ratingComment), comment),
      err,
      h('button', { type: 'submit', class: 'primary' }, t.ratingSubmit),
      this.transcriptOffer(),
    );
    this.show('rating', form);
  }
}
