// The protocol client the widget and the console share (widget/src/protocol.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Outbox, SeqLog, isStaleState, request, versionIsOlder } from '../../widget/src/protocol.js';
import { FakeSocket, settle, until } from './fake-socket.mjs';

function connectedSocket(answer) {
  const s = new FakeSocket('/x', {});
  s.connected = true;
  if (answer) s.answer = answer;
  return s;
}

/** An outbox over a fake socket, recording what it reports. */
function outboxOn(socket, extra = {}) {
  const seen = { acked: [], failed: [], stored: [] };
  const box = new Outbox({
    transmit: (item) => request(socket, 'message', { client_id: item.client_id, text: item.text }),
    canSend: () => socket.connected,
    onAck: (item, res) => seen.acked.push([item.client_id, res.message]),
    onFailed: (item, code) => seen.failed.push([item.client_id, code]),
    persist: {
      add: (item) => seen.stored.push(item.client_id),
      remove: (id) => {
        seen.stored = seen.stored.filter((x) => x !== id);
      },
    },
    retryMs: 5,
    rateLimitMs: 5,
    transientTries: 3,
    ...extra,
  });
  return { box, seen };
}

test('request answers offline, timeout and generic instead of throwing', async () => {
  const s = new FakeSocket('/x', {});
  assert.deepEqual(await request(s, 'ping'), { ok: false, error: { code: 'offline' } });
  s.connected = true;
  s.answer = () => null;
  assert.deepEqual(await request(s, 'ping'), { ok: false, error: { code: 'generic' } });
  s.answer = () => undefined;
  const pending = request(s, 'ping');
  await settle();
  s.down();
  assert.deepEqual(await pending, { ok: false, error: { code: 'timeout' } });
  s.connected = true;
  s.answer = (event, body) => ({ ok: true, echo: body });
  assert.deepEqual(await request(s, 'ping', { a: 1 }), { ok: true, echo: { a: 1 } });
});

test('outbox sends in order, one ack at a time', async () => {
  const waiting = [];
  const s = connectedSocket(() => new Promise((resolve) => waiting.push(resolve)));
  const { box, seen } = outboxOn(s);
  for (const text of ['one', 'two', 'three']) box.push({ client_id: text, text });
  const done = box.flush();
  box.flush(); // a second flush while sending sends nothing twice
  for (let i = 0; i < 3; i++) {
    await until(() => s.acked.length === i + 1);
    await settle();
    assert.equal(s.acked.length, i + 1, 'the next message waited for the ack');
    waiting[i]({ ok: true, message: { seq: i + 1 } });
  }
  await done;
  assert.deepEqual(s.sent('message').map((b) => b.text), ['one', 'two', 'three']);
  assert.deepEqual(seen.acked.map(([id]) => id), ['one', 'two', 'three']);
  assert.equal(box.length, 0);
  assert.deepEqual(seen.stored, [], 'acknowledged messages leave storage');
});

test('outbox keeps unacknowledged messages and resends them, same client_id, after a reconnect', async () => {
  const s = connectedSocket(() => undefined); // the server never answers
  const { box, seen } = outboxOn(s);
  box.push({ client_id: 'a', text: 'first' });
  box.push({ client_id: 'b', text: 'second' });
  const sending = box.flush();
  await until(() => s.acked.length === 1);
  s.down();
  await sending;
  assert.equal(box.length, 2, 'nothing dropped while offline');
  assert.deepEqual(seen.stored, ['a', 'b']);
  assert.equal(await box.flush(), undefined);
  assert.equal(s.acked.length, 1, 'nothing sent while disconnected');

  s.answer = (event, body) => ({ ok: true, message: { seq: body.client_id === 'a' ? 1 : 2 } });
  s.up();
  await box.flush();
  assert.deepEqual(s.sent('message').map((b) => b.client_id), ['a', 'a', 'b']);
  assert.equal(box.length, 0);
  assert.deepEqual(seen.acked.map(([id]) => id), ['a', 'b']);
});

test('outbox retries on its own after a timeout while still connected', async () => {
  let calls = 0;
  const s = connectedSocket(() => {
    calls += 1;
    return calls === 1 ? { ok: false, error: { code: 'timeout' } } : { ok: true, message: { seq: 1 } };
  });
  const { box, seen } = outboxOn(s);
  box.push({ client_id: 'a', text: 'hello' });
  await box.flush();
  assert.equal(box.length, 1);
  await until(() => seen.acked.length === 1);
  assert.deepEqual(s.sent('message').map((b) => b.client_id), ['a', 'a']);
});

test('outbox resends after internal errors (Redis restarting), same client_id, then gives up', async () => {
  let calls = 0;
  const s = connectedSocket(() => {
    calls += 1;
    return calls <= 2 ? { ok: false, error: { code: 'internal' } } : { ok: true, message: { seq: 1 } };
  });
  const { box, seen } = outboxOn(s);
  box.push({ client_id: 'a', text: 'hello' });
  await box.flush();
  await until(() => seen.acked.length === 1);
  assert.deepEqual(s.sent('message').map((b) => b.client_id), ['a', 'a', 'a']);
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.stored, [], 'acknowledged: it leaves storage');

  // a lasting fault: after transientTries attempts the sender is told, nothing loops
  s.answer = () => ({ ok: false, error: { code: 'internal' } });
  box.push({ client_id: 'b', text: 'again' });
  await box.flush();
  await until(() => seen.failed.length === 1);
  assert.deepEqual(seen.failed, [['b', 'internal']]);
  assert.equal(s.sent('message').filter((b) => b.client_id === 'b').length, 3);
  assert.equal(box.length, 0);
}, { timeout: 5000 });

test('outbox waits and resends when rate limited', async () => {
  let calls = 0;
  const s = connectedSocket(() => {
    calls += 1;
    return calls < 3 ? { ok: false, error: { code: 'rate_limited' } } : { ok: true, message: { seq: 1 } };
  });
  const { box, seen } = outboxOn(s);
  box.push({ client_id: 'a', text: 'hello' });
  await box.flush();
  assert.equal(calls, 3);
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.acked.map(([id]) => id), ['a']);
});

test('outbox drops a refused message, reports it, and goes on with the next', async () => {
  const s = connectedSocket((event, body) =>
    body.text.length > 5 ? { ok: false, error: { code: 'too_long', message: 'too long' } } : { ok: true, message: { seq: 1 } });
  const { box, seen } = outboxOn(s);
  box.push({ client_id: 'long', text: 'far too long' });
  box.push({ client_id: 'ok', text: 'hi' });
  await box.flush();
  assert.deepEqual(seen.failed, [['long', 'too_long']]);
  assert.deepEqual(seen.acked.map(([id]) => id), ['ok']);
  assert.equal(box.length, 0);
  assert.deepEqual(seen.stored, []);
});

test('outbox drop removes a message that arrived another way', () => {
  const { box, seen } = outboxOn(new FakeSocket('/x', {}));
  box.push({ client_id: 'a', text: 'x' });
  box.push({ client_id: 'b', text: 'y' });
  assert.equal(box.drop('a').text, 'x');
  assert.equal(box.drop('a'), null);
  assert.deepEqual([...box].map((i) => i.client_id), ['b']);
  assert.deepEqual(seen.stored, ['b']);
});

test('seq log: once per seq, contiguous lastSeq, gaps seen', () => {
  const log = new SeqLog();
  assert.equal(log.add({ seq: 1 }), false);
  assert.equal(log.add({ seq: 1 }), true, 'a duplicate is known');
  assert.equal(log.add({ seq: 3 }), false);
  assert.equal(log.lastSeq, 1);
  assert.equal(log.hasGap(), true);
  log.add({ seq: 2 });
  assert.equal(log.lastSeq, 3);
  assert.equal(log.hasGap(), false);
  assert.equal(log.messages.size, 3);

  const page = new SeqLog();
  page.startAt(40); // only the newest page came
  page.add({ seq: 40 });
  page.add({ seq: 41 });
  assert.equal(page.lastSeq, 41);
  assert.equal(page.hasGap(), false);
  page.clear();
  assert.equal(page.lastSeq, 0);
});

test('isStaleState: a lower version of the same conversation only', () => {
  const held = { conversation_id: 'k', state: 'agent', version: 3 };
  assert.equal(isStaleState({ conversation_id: 'k', state: 'queued', version: 2 }, held), true);
  assert.equal(isStaleState({ conversation_id: 'k', state: 'agent', version: 3 }, held), false);
  assert.equal(isStaleState({ conversation_id: 'k', state: 'resolved', version: 4 }, held), false);
  assert.equal(isStaleState({ conversation_id: 'other', state: 'bot', version: 0 }, held), false);
  assert.equal(isStaleState({ conversation_id: 'k', state: 'queued' }, held), false);
  assert.equal(isStaleState({ conversation_id: 'k', state: 'queued', version: 2 }, null), false);
  assert.equal(versionIsOlder(1, undefined), false);
  assert.equal(versionIsOlder('1', 2), false);
  assert.equal(versionIsOlder(1, 2), true);
});
