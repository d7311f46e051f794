// A stand-in for socket.io-client's `io` in `node --test`: no network. The test plays the
// server: `answer(event, body)` returns the ack (or undefined to leave it unanswered),
// `up()` / `down()` connect and drop the socket, `push(event, data)` is a server event.

export class FakeSocket {
  constructor(url, opts) {
    this.url = url;
    this.opts = opts;
    this.connected = false;
    this.handlers = new Map();
    this.acked = []; // [{event, body}] every emitWithAck, in order
    this.plain = []; // [{event, body}] every emit without an ack
    this.unanswered = []; // rejects of acks still waiting
    this.reconnects = 0;
    this.answer = () => ({ ok: true });
  }

  on(event, fn) {
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push(fn);
    return this;
  }

  removeAllListeners() {
    this.handlers.clear();
  }

  push(event, ...args) {
    for (const fn of this.handlers.get(event) || []) fn(...args);
  }

  /** What the client presents as `auth` on (re)connect. */
  auth() {
    let out;
    this.opts.auth((a) => {
      out = a;
    });
    return out;
  }

  up() {
    this.connected = true;
    this.push('connect');
  }

  /** The connection drops: every ack still waiting times out. */
  down(reason = 'transport close') {
    this.connected = false;
    for (const reject of this.unanswered.splice(0)) reject(new Error('operation has timed out'));
    this.push('disconnect', reason);
  }

  connect() {
    this.reconnects += 1;
  }

  disconnect() {
    this.connected = false;
  }

  emit(event, body) {
    this.plain.push({ event, body });
  }

  timeout() {
    return {
      emitWithAck: (event, body) => {
        this.acked.push({ event, body });
        return new Promise((resolve, reject) => {
          Promise.resolve(this.answer(event, body)).then((res) => {
            if (res === undefined) this.unanswered.push(reject);
            else resolve(res);
          });
        });
      },
    };
  }

  /** Events sent with an ack, by name. */
  sent(event) {
    return this.acked.filter((a) => a.event === event).map((a) => a.body);
  }
}

/** A fake `io` that remembers the sockets it made. */
export function fakeIo() {
  const io = (url, opts) => {
    const s = new FakeSocket(url, opts);
    io.sockets.push(s);
    return s;
  };
  io.sockets = [];
  return io;
}

/** Wait until `cond()` holds (the clients are asynchronous); fails after `ms`. */
export async function until(cond, ms = 2000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${cond}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Let pending promise callbacks run. */
export const settle = () => new Promise((r) => setTimeout(r, 5));

/** A Message object as the server sends it. */
export const msg = (seq, extra = {}) => ({
  id: `m${seq}`, conversation_id: 'conv-1', seq, client_id: null, author: 'customer',
  name: null, text: `text ${seq}`, redactions: [], ts: 1764050000 + seq, ...extra,
});

/** A Map-backed localStorage for the widget's client. */
export function memoryStorage() {
  const data = new Map();
  return {
    data,
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => data.set(k, String(v)),
    removeItem: (k) => data.delete(k),
  };
}
