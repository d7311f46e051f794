// Entry point of /widget.js. One script tag embeds the widget:
//   <script src="https://HOST/widget.js" async
//           data-color="#1f5fbf" data-position="right"
//           data-identity='{"name":"…","email":"…","signature":"hex HMAC-SHA256(email)"}'></script>
// or the same settings in `window.LivechatSettings = {color, position, identity, locale, server}`
// set before the script runs. The widget talks to the origin the script was loaded from.
import { ChatClient } from './chat.js';
import { pickLocale } from './i18n.js';
import { WidgetView } from './ui.js';

function scriptTag() {
  if (document.currentScript) return document.currentScript;
  const all = document.querySelectorAll('script[src*="widget.js"]');
  return all.length ? all[all.length - 1] : null;
}

function parseIdentity(raw) {
  if (!raw) return null;
  let v = raw;
  if (typeof raw === 'string') {
    try {
      v = JSON.parse(raw);
    } catch {
      return null; // e.g. the unreplaced placeholder: no signed-in customer
    }
  }
  if (v && typeof v.email === 'string' && typeof v.signature === 'string') {
    return { name: typeof v.name === 'string' ? v.name : null, email: v.email, signature: v.signature };
  }
  return null;
}

function start() {
  if (window.__ocaLivechat) return; // embedded twice: keep the first
  const tag = scriptTag();
  const data = tag ? tag.dataset : {};
  const settings = window.LivechatSettings || {};
  const server = String(
    settings.server || data.server || (tag && tag.src ? new URL(tag.src, location.href).origin : location.origin),
  ).replace(/\/+$/, '');
  const locale = pickLocale(settings.locale || data.locale || navigator.language);
  // Numbers and times follow the browser's own variant of that language (en-GB, de-AT).
  const timeLocale = pickLocale(navigator.language) === locale ? navigator.language : locale;
  const identity = parseIdentity(settings.identity || data.identity);
  const client = new ChatClient({ server, locale, identity });
  const view = new WidgetView(client, {
    locale,
    timeLocale,
    color: settings.color || data.color,
    position: settings.position || data.position,
    storeOpen: true,
  });
  const boot = () => {
    view.mount();
    client.connect();
  };
  if (document.body) boot();
  else document.addEventListener('DOMContentLoaded', boot);
  window.__ocaLivechat = { client, view, open: () => view.toggle(true), close: () => view.toggle(false) };
}

start();
