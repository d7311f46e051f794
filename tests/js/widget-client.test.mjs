// The widget's `/chat` client (widget/src/chat.js) over a fake socket.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { ChatClient } from '../../widget/src/chat.js';
import { fakeIo, memoryStorage, msg, settle, until } from './fake-socket.mjs';

let storage;
beforeEach(() => {
  storage = memoryStorage();
  globalThis.localStorage = storage;
});

/** A connected client after its first `session`; the fake server acks every message. */
function start({ answer, history = [] } = {}) {
  const io = fakeIo();
  const client = new ChatClient({ server: 'http://chat.test', locale: 'en', identity: null, io });
  const events = [];
  for (const name of ['message', 'pending', 'failed', 'state', 'reset']) {
    client.on(name, (...args) => events.push([name, ...args]));
  }
  client.connect();
  const s = io.sockets[0];
  let seq = history.length;
  s.answer = answer || ((event, body) => {
    if (event !== 'message') return { ok: true, messages: [] };
    seq += 1;
    return { ok: true, message: msg(seq, { client_id: body.client_id, text: body.text }) };
  });
  const session = (extra = {}) =>
    s.push('session', { conversation_id: 'conv-1', token: 'tok-1', state: { state: 'bot' }, history, ...extra });
  return { client, s, events, session };
}

const storedOutbox = () => JSON.parse(storage.getItem('livechat:http://chat.test:anon:outbox') || '[]');

test('messages typed before the session are sent after it, in order, and leave storage', async () => {
  const { client, s, session } = start();
  client.send('one');
  client.send('two');
  assert.equal(storedOutbox().length, 2, 'kept in browser storage until acknowledged');
  await settle();
  assert.equal(s.acked.length, 0, 'nothing sent before the session');
  s.up();
  session();
  await until(() => client.outbox.length === 0);
  assert.deepEqual(s.sent('message').map((b) => b.text), ['one', 'two']);
  assert.deepEqual([...client.messages.keys()], [1, 2]);
  assert.deepEqual(storedOutbox(), []);
});

test('an unacknowledged message is resent with its client_id after a reconnect, and shown once', async () => {
  const { client, s, events, session } = start();
  s.up();
  session();
  const answer = s.answer;
  s.answer = () => undefined; // the node goes away before answering
  const item = client.send('hello');
  await until(() => s.acked.length === 1);
  s.down();
  await settle();
  assert.equal(client.ready, false);
  assert.deepEqual(storedOutbox().map((o) => o.client_id), [item.client_id]);

  s.answer = answer;
  s.up();
  session();
  await until(() => client.outbox.length === 0);
  assert.deepEqual(s.sent('message').map((b) => b.client_id), [item.client_id, item.client_id]);
  // The customer's other tab tells us too: the same seq is not a new message.
  s.push('message', client.messages.get(1));
  const shown = events.filter(([name, m, info]) => name === 'message' && m.seq === 1 && !info.known);
  assert.equal(shown.length, 1);
  assert.equal(client.messages.size, 1);
});

test('a live message naming a queued client_id takes it out of the outbox', async () => {
  const { client, s, session } = start({ answer: () => undefined });
  s.up();
  session();
  const item = client.send('from this tab');
  await until(() => s.acked.length === 1);
  s.push('message', msg(1, { client_id: item.client_id }));
  assert.equal(client.outbox.length, 0);
  assert.deepEqual(storedOutbox(), []);
});

test('a refused message is reported and dropped', async () => {
  const { client, s, events, session } = start({
    answer: () => ({ ok: false, error: { code: 'too_long', message: 'Too long' } }),
  });
  s.up();
  session();
  const item = client.send('x'.repeat(5000));
  await until(() => events.some(([name]) => name === 'failed'));
  const [, failedItem, code] = events.find(([name]) => name === 'failed');
  assert.equal(failedItem.client_id, item.client_id);
  assert.equal(code, 'too_long');
  assert.equal(client.failed.get(item.client_id), 'too_long');
  assert.equal(client.outbox.length, 0);
  assert.deepEqual(storedOutbox(), []);
});

test('a seq gap asks history for what follows the last contiguous seq', async () => {
  const { client, s, session } = start({ history: [msg(1), msg(2)] });
  s.answer = (event, body) => (event === 'history' && body.after_seq === 2
    ? { ok: true, messages: [msg(3), msg(4)] } : { ok: true, messages: [] });
  s.up();
  session();
  assert.equal(client.lastSeq, 2);
  s.push('message', msg(5));
  await until(() => client.lastSeq === 5);
  assert.deepEqual(s.sent('history'), [{ after_seq: 2 }]);
});

test('reconnects present the token and the last seq', () => {
  const { client, s, session } = start({ history: [msg(1), msg(2), msg(3)] });
  assert.deepEqual(s.auth(), { locale: 'en' });
  s.up();
  session();
  assert.equal(client.lastSeq, 3);
  assert.deepEqual(s.auth(), { locale: 'en', token: 'tok-1', after_seq: 3 });
});

test('a session for another conversation starts afresh but keeps what was typed', async () => {
  const { client, s, events, session } = start({ history: [msg(1)], answer: () => undefined });
  s.up();
  session();
  client.send('still mine');
  await until(() => s.acked.length === 1);
  s.down();
  s.up();
  session({ conversation_id: 'conv-2', history: [] });
  assert.ok(events.some(([name]) => name === 'reset'));
  assert.equal(client.messages.size, 0);
  assert.equal(client.lastSeq, 0);
  assert.equal(client.outbox.length, 1);
});

test('a new conversation reconnects without the old token or seq, and keeps unsent text', async () => {
  const { client, s, events, session } = start();
  s.up();
  session({ state: { state: 'ticket', ticket: { number: 'OCA-000001' } } });
  client.receive(msg(1, { author: 'system' }), true);
  await settle();
  s.down();
  client.send('still to send');
  client.newConversation();
  assert.equal(s.reconnects, 1, 'the socket reconnects at once');
  const auth = s.auth();
  assert.equal(auth.token, undefined, 'no token: the server starts a new conversation');
  assert.equal(auth.after_seq, undefined, 'no seq of the old conversation');
  assert.equal(client.state, null);
  s.up();
  s.push('session', { conversation_id: 'conv-2', token: 'tok-2', state: { state: 'bot' }, history: [] });
  assert.equal(client.conversationId, 'conv-2');
  assert.ok(events.some(([name]) => name === 'reset'), 'the view starts afresh');
  await until(() => client.outbox.length === 0);
  assert.deepEqual(s.sent('message').map((b) => b.text), ['still to send']);
});

test('a state older than the one shown is dropped, whichever way it arrives', async () => {
  const { client, s, events, session } = start();
  s.up();
  const st = (version, extra) => ({ conversation_id: 'conv-1', version, ...extra });
  session({ state: st(4, { state: 'bot' }) });
  s.push('state', st(5, { state: 'queued', queue_position: 3 }));
  s.push('state', st(6, { state: 'agent', agent: { name: 'Mirela' } }));
  // A queue round computed before the accept, delivered after it.
  s.push('state', st(5, { state: 'queued', queue_position: 2 }));
  assert.equal(client.state.state, 'agent');
  // Same version: only places, estimates or counts differ there; the later one applies.
  s.push('state', st(6, { state: 'agent', agent: { name: 'Mirela' }, agents_available: 2 }));
  assert.equal(client.state.agents_available, 2);
  // An ack's state is held to the same rule.
  s.answer = () => ({ ok: true, state: st(5, { state: 'queued', queue_position: 1 }) });
  const res = await client.request('handoff');
  assert.equal(res.ok, true);
  assert.equal(client.state.state, 'agent');
  // Another conversation's state is not this tab's to show.
  s.push('state', { conversation_id: 'conv-0', version: 9, state: 'closed' });
  assert.equal(client.state.state, 'agent');
  const shown = events.filter(([name]) => name === 'state').map(([, x]) => [x.state, x.version]);
  assert.deepEqual(shown, [['bot', 4], ['queued', 5], ['agent', 6], ['agent', 6]]);
});

test('states without a version (an older server) still apply in arrival order', () => {
  const { client, s, session } = start();
  s.up();
  session({ state: { conversation_id: 'conv-1', state: 'queued', queue_position: 1 } });
  s.push('state', { conversation_id: 'conv-1', state: 'agent' });
  s.push('state', { conversation_id: 'conv-1', state: 'resolved' });
  assert.equal(client.state.state, 'resolved');
});

test('a new conversation starts its versions afresh', () => {
  const { client, s, session } = start();
  s.up();
  session({ state: { conversation_id: 'conv-1', state: 'closed', version: 12 } });
  session({ conversation_id: 'conv-2', token: 'tok-2', state: { conversation_id: 'conv-2', state: 'bot', version: 0 } });
  assert.equal(client.state.conversation_id, 'conv-2');
  s.push('state', { conversation_id: 'conv-2', state: 'queued', version: 1 });
  assert.equal(client.state.state, 'queued');
});

test('a message masked anew replaces the held copy; an unseen one is received', async () => {
  const { client, s, events, session } = start();
  const redacted = [];
  client.on('redacted', (m) => redacted.push([m.seq, m.text]));
  s.up();
  session();
  client.send('Bramble88');
  await until(() => client.outbox.length === 0);
  s.push('message_redacted', msg(1, { text: '[PASSWORD]', redactions: ['PASSWORD'] }));
  assert.deepEqual(redacted, [[1, '[PASSWORD]']]);
  assert.equal(client.messages.get(1).text, '[PASSWORD]');
  s.push('message_redacted', msg(2, { text: '[PASSWORD]' }));
  assert.equal(client.messages.get(2).text, '[PASSWORD]');
  assert.ok(events.some(([name, m]) => name === 'message' && m.seq === 2));
  s.push('message_redacted', msg(3, { conversation_id: 'elsewhere', text: 'x' }));
  assert.ok(!client.messages.has(3));
});
