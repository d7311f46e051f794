// The sign-in screen (POST /api/login). Success goes to the store; the app starts the console.
import { clear, h, setText } from '../../../widget/src/dom.js';
import { askNotificationPermission, unlockAudio } from '../alerts.js';

export function showLogin(root, { api, onSignedIn }, message) {
  clear(root);
  const err = h('p', { class: 'error', role: 'alert' }, message || '');
  const email = h('input', { id: 'login-email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const onsubmit = async (e) => {
    e.preventDefault();
    unlockAudio();
    askNotificationPermission();
    submit.disabled = true;
    setText(err, '');
    try {
      const data = await api.login(email.value.trim(), password.value);
      onSignedIn(data.token, data.agent);
    } catch (e2) {
      if (e2.status) {
        setText(err, e2.status === 401 ? 'Wrong email or password.' : `Sign-in failed (HTTP ${e2.status}).`);
        password.focus();
      } else {
        setText(err, 'The server cannot be reached.');
      }
    } finally {
      submit.disabled = false;
    }
  };
  const form = h('form', { class: 'login', 'aria-labelledby': 'login-title', onsubmit },
    h('h1', { id: 'login-title' }, 'Support console'),
    err,
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'Email'), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    submit,
  );
  root.appendChild(h('main', {}, form));
  email.focus();
}
