// What the agent can do, as the views call it: each asks the server (through the agent
// client or the HTTP API), then records the outcome in the store or says what went wrong.
import { customerName, errorText } from './format.js';
import { toast } from './views/toast.js';

const PRESENCE_KEY = 'livechat-agent-presence';

export function createActions({ store, client, api }) {
  const refused = (res, prefix = '') => {
    toast(`${prefix}${errorText(res)}`, true);
    return false;
  };

  const actions = {
    /** A tab for the conversation (merged into the one already open), then selected. */
    openChat(detail, focus) {
      store.openChat(detail);
      client.track(detail);
      store.selectChat(detail.conversation_id, focus);
    },

    async openChatById(id, summary, focus = false) {
      if (store.state.chats.has(id)) {
        store.selectChat(id, focus);
        return;
      }
      try {
        const conv = await api.conversation(id);
        actions.openChat({ ...conv, customer: conv.customer || (summary && summary.customer) }, focus);
      } catch {
        if (summary) actions.openChat({ conversation_id: id, state: summary.state, customer: summary.customer, history: [] }, focus);
      }
    },

    async accept(id) {
      const res = await client.accept(id);
      if (!res.ok) return refused(res);
      actions.openChat(res.conversation, true);
      return true;
    },

    reply: (id, text) => client.reply(id, text),
    typing: (id, on) => client.typing(id, on),

    async note(id, text) {
      const res = await client.note(id, text);
      return res.ok || refused(res, 'Note not saved: ');
    },

    async transfer(id) {
      const res = await client.transfer(id);
      if (!res.ok) return refused(res);
      const chat = store.state.chats.get(id);
      toast(`Chat with ${customerName(chat && chat.customer)} is back in the queue.`);
      store.closeChat(id);
      return true;
    },

    async resolve(id) {
      const res = await client.resolve(id);
      if (!res.ok) return refused(res);
      // The ack's State carries its version: a late, older `state` cannot undo it.
      store.setChatState(id, res.state || { state: 'resolved' });
      return true;
    },

    async ticket(id, note) {
      const res = await client.ticket(id, note);
      if (!res.ok) return refused(res);
      store.setChatState(id, { state: 'ticket', ticket: res.ticket });
      toast(`Ticket ${res.ticket ? res.ticket.number : ''} created.`);
      return true;
    },

    async setPresence(status) {
      rememberPresence(status);
      store.setPresence(status);
      const res = await client.presence(status);
      return res.ok || refused(res, 'Could not change presence: ');
    },

    async logout() {
      await api.logout();
      store.signOut('You have signed out.');
    },
  };
  return actions;
}

export const savedPresence = () => localStorage.getItem(PRESENCE_KEY) || 'available';
export const rememberPresence = (status) => localStorage.setItem(PRESENCE_KEY, status);
