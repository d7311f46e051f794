// Sound and desktop notifications for new chats. The chime is Web Audio (no asset); the
// browser lets it play only after the agent has clicked or typed once (unlock()).
import { customerName, firstMessage } from './format.js';

let audio = null;

export function unlockAudio() {
  try {
    if (!audio) audio = new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state === 'suspended') audio.resume();
  } catch {
    audio = null;
  }
}

export function chime() {
  const ctx = audio;
  if (!ctx || ctx.state !== 'running') return;
  const t0 = ctx.currentTime;
  [880, 1320].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t0 + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.2, t0 + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + i * 0.18 + 0.3);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0 + i * 0.18);
    osc.stop(t0 + i * 0.18 + 0.32);
  });
}

export function notifyNewChat(summary) {
  chime();
  const first = firstMessage(summary);
  if ('Notification' in window && Notification.permission === 'granted') {
    try {
      const n = new Notification(`New chat waiting: ${customerName(summary.customer)}`, {
        body: first ? first.text : '', tag: summary.conversation_id,
      });
      n.onclick = () => window.focus();
    } catch {
      // Some browsers only allow notifications from a service worker.
    }
  }
}

export function askNotificationPermission() {
  if ('Notification' in window && Notification.permission === 'default') {
    Notification.requestPermission().catch(() => {});
  }
}

/** Chime for new chats (and for a queue already waiting at sign-in), and for unread messages while the page is hidden. */
export function listen(store) {
  const stops = [
    store.on('queue', ({ fresh, first, queued }) => {
      for (const s of fresh) notifyNewChat(s);
      if (first && queued.length) chime();
    }),
    store.on('message', ({ alert }) => {
      if (alert) chime();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
