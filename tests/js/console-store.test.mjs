// The console's store (console/src/store.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStore } from '../../console/src/store.js';

const ME = { id: 'a1', name: 'Anna' };
const queued = (id) => ({ conversation_id: id, state: 'queued', customer: { name: id } });
const mine = (id, agentId = 'a1') => ({ conversation_id: id, state: 'agent', agent: { id: agentId } });

function recording(store) {
  const changes = [];
  const stop = store.subscribe((change) => changes.push(change));
  return { changes, stop, types: () => changes.map((c) => c.type) };
}

test('subscribers get every change until they unsubscribe; on() filters by type', () => {
  const store = createStore({ token: 't', me: ME });
  const all = recording(store);
  const views = [];
  const stopViews = store.on('view', ({ view }) => views.push(view));
  store.setView('tickets');
  store.setConnection('online');
  all.stop();
  store.setView('chats');
  stopViews();
  store.setView('tickets');
  assert.deepEqual(all.types(), ['view', 'connection']);
  assert.deepEqual(views, ['tickets', 'chats']);
  assert.equal(store.state.view, 'tickets');
});

test('queue: the first snapshot alerts once, later snapshots name only new conversations', () => {
  const store = createStore({ me: ME });
  const { changes } = recording(store);
  store.setQueue([queued('c1')]);
  store.setQueue([queued('c1'), queued('c2')]);
  store.setQueue([queued('c2'), queued('c1')]);
  const [first, second, third] = changes;
  assert.equal(first.first, true);
  assert.deepEqual(first.fresh, []);
  assert.equal(second.first, false);
  assert.deepEqual(second.fresh.map((s) => s.conversation_id), ['c2']);
  assert.deepEqual(third.fresh, []);
  assert.equal(store.state.queue.length, 2);
});

test('queue: my chats without a tab are named to open, others\' are not', () => {
  const store = createStore({ me: ME });
  const { changes } = recording(store);
  store.setQueue([mine('m1'), mine('m2', 'b2'), queued('q1')]);
  assert.deepEqual(changes[0].mine.map((s) => s.conversation_id), ['m1']);
  store.openChat({ conversation_id: 'm1' });
  store.setQueue([mine('m1')]);
  assert.deepEqual(changes.at(-1).mine, []);
});

test('a chat opens once; selecting it clears its unread count', () => {
  const store = createStore({ me: ME });
  const { types } = recording(store);
  const chat = store.openChat({ conversation_id: 'c1', customer: { name: 'Cora' }, state: 'agent' });
  assert.equal(store.openChat({ conversation_id: 'c1' }), chat);
  assert.deepEqual(types(), ['chat-opened']);
  store.addMessage('c1', { seq: 1, author: 'customer' }, { live: true });
  store.addMessage('c1', { seq: 2, author: 'agent' }, { live: true });
  store.addMessage('c1', { seq: 3, author: 'customer' }, { live: false });
  assert.equal(chat.unread, 1, 'only live customer messages count');
  store.selectChat('c1', true);
  assert.equal(store.state.active, 'c1');
  assert.equal(chat.unread, 0);
  store.addMessage('c1', { seq: 4, author: 'customer' }, { live: true });
  assert.equal(chat.unread, 0, 'the agent is looking at it');
});

test('a live customer message stops "typing" and alerts when the page is hidden', () => {
  const store = createStore({ me: ME });
  const { changes } = recording(store);
  const chat = store.openChat({ conversation_id: 'c1' });
  store.selectChat('c1');
  store.setTyping('c1', true);
  assert.equal(chat.customerTyping, true);
  store.addMessage('c1', { seq: 1, author: 'customer' }, { live: true, hidden: true });
  assert.equal(chat.customerTyping, false);
  assert.equal(chat.unread, 1);
  assert.equal(changes.at(-1).alert, true);
  store.addMessage('c1', { seq: 2, author: 'customer' }, { live: true });
  assert.equal(changes.at(-1).alert, false);
});

test('closing a tab selects the last one left; with none, nothing is active', () => {
  const store = createStore({ me: ME });
  for (const id of ['c1', 'c2', 'c3']) store.openChat({ conversation_id: id });
  store.selectChat('c3');
  assert.equal(store.neighbour('c3', 1), 'c1');
  assert.equal(store.neighbour('c1', -1), 'c3');
  store.closeChat('c3');
  assert.equal(store.state.active, 'c2');
  assert.deepEqual(store.state.order, ['c1', 'c2']);
  store.closeChat('c1');
  store.closeChat('c2');
  assert.equal(store.state.active, null);
  assert.equal(store.state.chats.size, 0);
});

test('changes for chats without a tab are ignored', () => {
  const store = createStore({ me: ME });
  const { changes } = recording(store);
  store.addMessage('nope', { seq: 1, author: 'customer' }, { live: true });
  store.addNote('nope', { id: 'n' });
  store.addPending('nope', { client_id: 'x' });
  store.setChatState('nope', { state: 'resolved' });
  store.selectChat('nope');
  assert.deepEqual(changes, []);
});

test('chat state, pending and failed replies, notes reach subscribers with their chat', () => {
  const store = createStore({ me: ME });
  const chat = store.openChat({ conversation_id: 'c1' });
  const { changes } = recording(store);
  store.setChatState('c1', { state: 'ticket', ticket: { number: 'OCA-000001' } });
  store.addPending('c1', { client_id: 'x' });
  store.failPending('c1', { client_id: 'x' }, 'too_long');
  store.addNote('c1', { id: 'n1' });
  assert.equal(chat.state, 'ticket');
  assert.equal(chat.ticket.number, 'OCA-000001');
  assert.deepEqual(changes.map((c) => [c.type, c.chat.id]), [
    ['chat-state', 'c1'], ['pending', 'c1'], ['failed', 'c1'], ['note', 'c1'],
  ]);
  assert.equal(changes[2].code, 'too_long');
});

test('canned shortcuts lose their slash; sign-in and sign-out', () => {
  const store = createStore();
  store.setCanned([{ shortcut: '/hello', text: 'Hi' }, { shortcut: 'bye', text: 'Bye' }]);
  assert.deepEqual(store.state.canned.map((c) => c.shortcut), ['hello', 'bye']);
  store.signIn('tok', ME);
  assert.equal(store.state.token, 'tok');
  store.setQueue([queued('c1')]);
  store.openChat({ conversation_id: 'c1' });
  store.selectChat('c1');
  const { changes } = recording(store);
  store.signOut('bye');
  assert.deepEqual(changes, [{ type: 'signed-out', message: 'bye' }]);
  assert.equal(store.state.token, null);
  assert.equal(store.state.chats.size, 0);
  assert.equal(store.state.active, null);
  // Signed in again: the queue's first snapshot is the first again.
  store.signIn('tok2', ME);
  store.setQueue([queued('c1')]);
  assert.equal(changes.at(-1).first, true);
});

test('a chat state older than the one shown is dropped; one without a version still applies', () => {
  const store = createStore({ me: ME });
  const chat = store.openChat({ conversation_id: 'c7' });
  const { changes } = recording(store);
  store.setChatState('c7', { state: 'resolved', version: 8 });
  store.setChatState('c7', { state: 'agent', version: 7 }); // sent before the resolve
  assert.equal(chat.state, 'resolved');
  store.setChatState('c7', { state: 'ticket', ticket: { number: 'OCA-000042' } });
  assert.equal(chat.state, 'ticket');
  assert.equal(chat.version, 8);
  store.setChatState('c7', { state: 'closed', version: 9 });
  assert.equal(chat.state, 'closed');
  assert.deepEqual(changes.map((c) => c.type), ['chat-state', 'chat-state', 'chat-state']);
});
