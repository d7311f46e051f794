// Short-lived messages in the page's live region (#toasts in index.html).
import { h } from '../../../widget/src/dom.js';

export function toast(text, bad = false) {
  const el = h('div', { class: `toast${bad ? ' bad' : ''}` }, text);
  document.getElementById('toasts').appendChild(el);
  setTimeout(() => el.remove(), 6000);
}
