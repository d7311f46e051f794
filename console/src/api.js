// The chat server's HTTP API for agents (/api/*). A 401 from any call means the session has
// ended: `onUnauthorized` signs the console out.

export function createApi({ token, onUnauthorized }) {
  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    const t = token();
    if (t) headers.Authorization = `Bearer ${t}`;
    // The server takes state changes as JSON only (its cross-site request guard).
    if (body === undefined && method !== 'GET') body = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 401) {
      onUnauthorized('Your session has ended. Please sign in again.');
      throw new Error('unauthorized');
    }
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new Error((data && data.error && (data.error.message || data.error.code)) || `HTTP ${res.status}`);
    return data;
  }

  const enc = encodeURIComponent;
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    conversation: (id) => call('GET', `/api/conversations/${enc(id)}`),
    tickets: (status) => call('GET', `/api/tickets${status ? `?status=${enc(status)}` : ''}`),
    ticket: (number) => call('GET', `/api/tickets/${enc(number)}`),
    replyTicket: (number, text) => call('POST', `/api/tickets/${enc(number)}/reply`, { text }),
    closeTicket: (number) => call('POST', `/api/tickets/${enc(number)}/close`, {}),

    /** -> {token, agent}; throws Error with `status` (401: wrong email or password). */
    async login(email, password) {
      const res = await fetch('/api/login', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
      return res.json();
    },

    /** Signs the token out on the server too (every node, open sockets included). */
    async logout() {
      try {
        const headers = { 'Content-Type': 'application/json' };
        const t = token();
        if (t) headers.Authorization = `Bearer ${t}`;
        await fetch('/api/logout', { method: 'POST', credentials: 'same-origin', headers, body: '{}' });
      } catch {
        // Signing out locally is what matters here.
      }
    },
  };
}
