// A chat's composer: the reply box, canned responses (`/shortcut`, arrows, Tab or Enter),
// `typing` while writing, "Send reply" and "Add internal note".
import { clear, h } from '../../../widget/src/dom.js';

const TYPING_IDLE_MS = 2500;

export function buildComposer(chat, { store, actions }) {
  const id = chat.id;
  const input = h('textarea', { id: `reply-${id}`, 'aria-describedby': `hint-${id}`, autocomplete: 'off' });
  const box = h('ul', { class: 'suggest', role: 'listbox', id: `suggest-${id}`, 'aria-label': 'Canned responses', hidden: true });
  input.setAttribute('aria-controls', `suggest-${id}`);
  let suggest = null; // {start, end, list, index}
  let typingSent = false;
  let typingTimer = null;

  function matches() {
    const before = input.value.slice(0, input.selectionStart);
    const m = /(^|\s)\/([\w-]*)$/.exec(before);
    if (!m) return null;
    const prefix = m[2].toLowerCase();
    const list = store.state.canned.filter((c) => c.shortcut.toLowerCase().startsWith(prefix));
    return { start: before.length - prefix.length - 1, end: input.selectionStart, list };
  }

  function renderSuggestions() {
    const found = matches();
    clear(box);
    suggest = found && found.list.length ? { ...found, index: 0 } : null;
    box.hidden = !suggest;
    input.setAttribute('aria-expanded', String(!!suggest));
    if (!suggest) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    suggest.list.forEach((c, i) => {
      box.appendChild(h('li', { role: 'option', id: `opt-${id}-${i}`, 'aria-selected': String(i === suggest.index),
        onmousedown: (e) => { e.preventDefault(); insertCanned(c); } },
        `/${c.shortcut} · ${c.title || ''}`));
    });
    input.setAttribute('aria-activedescendant', `opt-${id}-${suggest.index}`);
  }

  function moveSuggestion(delta) {
    suggest.index = (suggest.index + delta + suggest.list.length) % suggest.list.length;
    [...box.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === suggest.index)));
    input.setAttribute('aria-activedescendant', `opt-${id}-${suggest.index}`);
  }

  function insertCanned(c) {
    const found = matches();
    if (!found) return;
    // Canned texts may name the agent or the customer: {agent}, {customer}.
    const me = store.state.me;
    const text = c.text
      .replaceAll('{agent}', (me && me.name) || '')
      .replaceAll('{customer}', (chat.customer && chat.customer.name) || '');
    input.value = input.value.slice(0, found.start) + text + input.value.slice(found.end);
    const caret = found.start + text.length;
    input.setSelectionRange(caret, caret);
    renderSuggestions();
    input.focus();
  }

  function stopTyping() {
    clearTimeout(typingTimer);
    if (typingSent) {
      typingSent = false;
      actions.typing(id, false);
    }
  }

  function onInput() {
    if (!typingSent) {
      typingSent = true;
      actions.typing(id, true);
    }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
    renderSuggestions();
  }

  function sendReply() {
    const text = input.value.trim();
    if (!text || chat.state !== 'agent') return;
    input.value = '';
    stopTyping();
    renderSuggestions();
    actions.reply(id, text);
  }

  async function sendNote() {
    const text = input.value.trim();
    if (!text) return;
    if (!(await actions.note(id, text))) return;
    input.value = '';
    stopTyping();
  }

  input.addEventListener('keydown', (e) => {
    if (suggest) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        moveSuggestion(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (e.key === 'Tab' || e.key === 'Enter') {
        e.preventDefault();
        insertCanned(suggest.list[suggest.index]);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        suggest = null;
        box.hidden = true;
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sendReply();
    }
  });
  input.addEventListener('input', onInput);
  const send = h('button', { type: 'button', class: 'primary', onclick: sendReply }, 'Send reply');
  const noteBtn = h('button', { type: 'button', class: 'secondary', onclick: sendNote }, 'Add internal note');
  const el = h('div', { class: 'composer' },
    box,
    h('label', { for: `reply-${id}` }, 'Reply to the customer, or write an internal note'),
    input,
    h('div', { class: 'row' }, send, noteBtn,
      h('span', { id: `hint-${id}`, class: 'hint' }, 'Enter sends · Shift+Enter new line · /shortcut inserts a canned response')),
  );
  return {
    el,
    input,
    /** Replies (and notes) only while the chat is the agent's. */
    setOpen(open) {
      input.disabled = !open;
      send.disabled = !open;
      noteBtn.disabled = !open;
    },
  };
}
