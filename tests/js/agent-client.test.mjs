// The console's `/agent` client (console/src/client.js) over a fake socket.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AgentClient } from '../../console/src/client.js';
import { fakeIo, msg, settle, until } from './fake-socket.mjs';

const detail = (extra = {}) => ({
  conversation_id: 'conv-1', state: 'agent', customer: { name: 'Cora' }, history: [msg(1), msg(2)], notes: [], ...extra,
});

/** A client following conv-1; the fake server acks replies with the next seq. */
function start({ answer, loadConversation, active = null } = {}) {
  const io = fakeIo();
  const loads = [];
  const client = new AgentClient({
    token: () => 'agent-token',
    loadConversation: async (id) => {
      loads.push(id);
      return loadConversation ? loadConversation(id) : detail();
    },
    fallbackConversation: () => active,
    io,
  });
  const events = [];
  for (const name of ['connection', 'refused', 'queue', 'message', 'note', 'state', 'typing', 'pending', 'failed']) {
    client.on(name, (...args) => events.push([name, ...args]));
  }
  client.connect();
  const s = io.sockets[0];
  let seq = 2;
  s.answer = answer || ((event, body) => {
    if (event !== 'message') return { ok: true, messages: [] };
    seq += 1;
    return { ok: true, message: msg(seq, { author: 'agent', client_id: body.client_id, text: body.text }) };
  });
  const of = (name) => events.filter(([n]) => n === name).map(([, ...args]) => args);
  return { client, s, events, of, loads };
}

test('presents its token and reports the connection', () => {
  const { s, of } = start();
  assert.equal(s.url, '/agent');
  assert.equal(s.opts.withCredentials, true);
  assert.deepEqual(s.auth(), { token: 'agent-token' });
  s.push('connect_error', new Error('refused'));
  s.up();
  s.down();
  assert.deepEqual(of('connection').map(([c]) => c), ['reconnecting', 'online', 'reconnecting']);
  assert.equal(of('refused').length, 1, 'refused only before the first connect');
});

test('a server disconnect reconnects on its own', () => {
  const { s } = start();
  s.up();
  s.down('io server disconnect');
  assert.equal(s.reconnects, 1);
});

test('replies are sent in order, one ack at a time, and each shown once', async () => {
  const { client, s, of } = start();
  s.up();
  client.track(detail());
  const a = client.reply('conv-1', 'first');
  const b = client.reply('conv-1', 'second');
  assert.deepEqual(of('pending').map(([id, item]) => [id, item.text]), [['conv-1', 'first'], ['conv-1', 'second']]);
  await until(() => client.pending('conv-1').length === 0);
  assert.deepEqual(s.sent('message'), [
    { conversation_id: 'conv-1', client_id: a.client_id, text: 'first' },
    { conversation_id: 'conv-1', client_id: b.client_id, text: 'second' },
  ]);
  const seqs = of('message').map(([, m]) => m.seq);
  assert.deepEqual(seqs, [1, 2, 3, 4]);
  // The agent's other tab echoes the reply: the same seq is not shown twice.
  s.push('message', msg(3, { author: 'agent' }));
  assert.equal(of('message').length, 4);
});

test('replies written while offline, and unacknowledged ones, go out again after a reconnect', async () => {
  const { client, s, of, loads } = start();
  const answer = s.answer;
  s.answer = () => undefined;
  s.up();
  client.track(detail());
  const a = client.reply('conv-1', 'lost ack');
  await until(() => s.acked.length === 1);
  s.down();
  const b = client.reply('conv-1', 'written offline');
  await settle();
  assert.equal(s.acked.length, 1, 'nothing sent while offline');
  assert.deepEqual(client.pending('conv-1').map((i) => i.client_id), [a.client_id, b.client_id]);

  s.answer = answer;
  s.up();
  await until(() => client.pending('conv-1').length === 0);
  assert.deepEqual(s.sent('message').map((x) => x.client_id), [a.client_id, a.client_id, b.client_id]);
  assert.deepEqual(loads, ['conv-1'], 'the open chat is refetched after the drop');
  assert.deepEqual(of('message').map(([, m]) => m.text), ['text 1', 'text 2', 'lost ack', 'written offline']);
});

test('a refused reply is reported and the next one still goes out', async () => {
  const { client, s, of } = start({
    answer: (event, body) => (body.text === 'bad'
      ? { ok: false, error: { code: 'forbidden', message: 'no' } }
      : { ok: true, message: msg(3, { client_id: body.client_id, text: body.text }) }),
  });
  s.up();
  client.track(detail());
  client.reply('conv-1', 'bad');
  client.reply('conv-1', 'good');
  await until(() => client.pending('conv-1').length === 0);
  const failed = of('failed');
  assert.equal(failed.length, 1);
  assert.equal(failed[0][1].text, 'bad');
  assert.equal(failed[0][2], 'forbidden');
  assert.ok(of('message').some(([, m]) => m.text === 'good'));
});

test('a live message past a gap asks history; a refused history falls back to the HTTP detail', async () => {
  const { client, s, loads } = start({
    answer: (event, body) => (body.after_seq === 2 ? { ok: true, messages: [msg(3)] } : { ok: false, error: { code: 'not_found' } }),
    loadConversation: () => detail({ history: [msg(5), msg(6), msg(7)] }),
  });
  s.up();
  client.track(detail());
  s.push('message', msg(4));
  await until(() => s.sent('history').length === 1);
  assert.deepEqual(s.sent('history'), [{ conversation_id: 'conv-1', after_seq: 2 }]);
  await settle();
  s.push('message', msg(7)); // lastSeq is 4 now: history after 4 is refused
  await until(() => loads.length === 1);
  await settle();
  assert.equal(client.convs.get('conv-1').log.lastSeq, 7);
});

test('the newest page of a long history is no gap', async () => {
  const { client, s } = start();
  s.up();
  client.track(detail({ has_more: true, history: [msg(50), msg(51)] }));
  s.push('message', msg(52));
  await settle();
  assert.deepEqual(s.sent('history'), []);
});

test("notes once per id; a note naming no conversation goes to the active one, another chat's nowhere", () => {
  const { client, s, of } = start({ active: 'conv-1' });
  s.up();
  client.track(detail({ notes: [{ id: 'n1', text: 'hi' }] }));
  s.push('note', { id: 'n1', text: 'hi' });
  s.push('note', { id: 'n2', text: 'second' });
  s.push('note', { id: 'n3', conversation_id: 'other', text: 'not this chat' });
  assert.deepEqual(of('note').map(([id, n]) => [id, n.id]), [['conv-1', 'n1'], ['conv-1', 'n2']]);
});

test('events of conversations not followed are ignored; untrack stops following', () => {
  const { client, s, of } = start();
  s.up();
  s.push('message', msg(1, { conversation_id: 'other' }));
  s.push('state', { conversation_id: 'other', state: 'queued' });
  client.track(detail());
  s.push('typing', { conversation_id: 'conv-1', author: 'customer', typing: true });
  client.untrack('conv-1');
  s.push('message', msg(3));
  assert.deepEqual(of('message').map(([id, m]) => [id, m.seq]), [['conv-1', 1], ['conv-1', 2]]);
  assert.deepEqual(of('state').map(([id, st]) => [id, st.state]), [['conv-1', 'agent']]);
  assert.equal(of('typing').length, 1);
});

test('commands carry the conversation and return the ack', async () => {
  const { client, s } = start({ answer: (event, body) => ({ ok: true, event, body }) });
  s.up();
  assert.equal((await client.accept('c')).event, 'accept');
  await client.transfer('c');
  await client.resolve('c');
  await client.ticket('c', 'still open');
  await client.presence('away');
  assert.deepEqual(s.acked.map((a) => [a.event, a.body]), [
    ['accept', { conversation_id: 'c' }],
    ['transfer', { conversation_id: 'c' }],
    ['resolve', { conversation_id: 'c' }],
    ['ticket', { conversation_id: 'c', note: 'still open' }],
    ['presence', { status: 'away' }],
  ]);
  s.down();
  assert.deepEqual(await client.resolve('c'), { ok: false, error: { code: 'offline' } });
});
