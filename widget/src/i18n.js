// Strings of the customer widget, English first. German is picked when the browser's
// language starts with "de" (or the portal sets data-locale="de").

const en = {
  title: 'Support chat',
  openChat: 'Open support chat',
  closeChat: 'Minimise chat',
  unread: (n) => `${n} unread`,
  you: 'You',
  bot: 'Assistant',
  agent: 'Support agent',
  system: 'Notice',
  placeholder: 'Write a message…',
  messageLabel: 'Message',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Sent',
  waitingToSend: 'Waiting for the connection…',
  notSent: (why) => `Not sent: ${why}`,
  retry: 'Edit and retry',
  messagesLabel: 'Conversation',
  talkToPerson: 'Talk to a person',
  emailInstead: 'Email me instead',
  endChat: 'End chat',
  endChatConfirm: 'End this chat?',
  yesEnd: 'Yes, end it',
  cancel: 'Cancel',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost. Reconnecting… Your messages will be sent when it is back.',
  offline: 'You are offline. Messages will be sent when you are back online.',
  typingAgent: (name) => `${name || 'The agent'} is typing…`,
  typingBot: 'The assistant is typing…',
  stateBot: 'You are chatting with our assistant.',
  stateQueued: 'Waiting for a person…',
  stateAgent: (name) => `You are chatting with ${name || 'an agent'}.`,
  stateResolved: 'This chat has been resolved.',
  stateClosed: 'This chat has ended.',
  stateTicket: 'Your request is now an email ticket.',
  noAgents: 'No one is available right now. You can wait or get an answer by email.',
  minutes: (m) => (m <= 1 ? 'about 1 minute' : `about ${m} minutes`),
  lessThanMinute: 'less than a minute',
  minutesRange: (a, b) => `${a}–${b} minutes`,
  uncertain: (w) => `${w} (uncertain)`,
  ticketNumber: (n) => `Your ticket number: ${n}`,
  ticketTarget:
    'We answer within 24 hours on working days, within 48 hours at weekends and on holidays.',
  ticketDue: (d) => `Expected answer by ${d}.`,
  emailFormTitle: 'Where should we send our answer?',
  emailLabel: 'Email address',
  nameLabel: 'Name (optional)',
  emailSubmit: 'Send to this address',
  emailSaved: (e) => `We will answer at ${e}.`,
  emailInvalid: 'Please enter a valid email address.',
  ratingTitle: 'How was your chat?',
  ratingStar: (n) => (n === 1 ? '1 star' : `${n} stars`),
  ratingComment: 'Comment (optional)',
  ratingSubmit: 'Send rating',
  ratingThanks: 'Thank you for your feedback!',
  warnCard:
    'This looks like payment card details (a card number or security code). Please do not ' +
    'share payment details in the chat: we never need them here.',
  warnPassword:
    'This looks like a password. Please never share passwords in the chat: we will never ask for one.',
  sendAnyway: 'Send anyway',
  editMessage: 'Edit message',
  masked: 'Sensitive details in this message were hidden.',
  limited: 'Support in this chat is limited.',
  earlier: 'Show earlier messages',
  tooLong: (n, max) =>
    `Your message has ${n} characters, but one chat message can hold at most ${max}. ` +
    'Nothing has been sent yet. Send it as several messages, or send it and get our answer by email.',
  splitInto: (k) => `Send as ${k} messages`,
  sendByEmail: 'Send it, answer me by email',
  sendAsLog: 'Send whole as a log',
  transcriptButton: 'Email me the transcript',
  transcriptSent: (e) => `We are sending the transcript to ${e}.`,
  logTooLong: (max) => `Even as a log it is too long (at most ${max} characters): send the part around the error.`,
  logSummary: (n, first) => `Log, ${n} ${n === 1 ? 'line' : 'lines'}: ${first}`,
  // ---- first view ----
  greeting: (name) => (name ? `Hello ${name}! How can we help you today?` : 'Hello! How can we help you today?'),
  greetingHint: 'Pick a topic or write your question below.',
  topicsLabel: 'Suggested topics',
  // Each topic sends its text (what the customer sees) and an intent payload the bot knows
  // in any language (bot/domain.yml; the intents are part of the contract).
  topics: [
    { title: 'A question about my bill', text: 'I have a question about my bill.', payload: '/billing_question' },
    { title: 'Something is not working', text: 'I have a technical problem.', payload: '/technical_problem' },
    { title: 'Status of my ticket', text: 'What is the status of my ticket?', payload: '/ask_ticket_status' },
    { title: 'How fast do you answer?', text: 'How quickly do you answer?', payload: '/ask_response_time' },
  ],
  // ---- long messages ----
  charLeft: (n, max, left) => `${n} / ${max} characters · ${left} left`,
  charOver: (n, max, over) => `${n} / ${max} characters · ${over} too many`,
  // ---- email instead ----
  aboutTitle: 'What is it about?',
  aboutHint: 'Tell us in a few words. We answer by email.',
  aboutLabel: 'Your question',
  aboutRequired: 'Please tell us what it is about.',
  aboutSubmit: 'Get an answer by email',
  answerAt: (e) => `We will answer at ${e}.`,
  // ---- after a ticket ----
  ticketFollowUp: 'Anything you write now is added to your ticket; we answer by email.',
  ticketAdded: (n) => `Added to ticket ${n}`,
  placeholderTicket: 'Add to your ticket…',
  newChat: 'Start a new chat',
  // ---- masking ----
  maskWords: {
    CREDIT_CARD: 'card number', CARD_CVC: 'security code (CVC)', CARD_EXPIRY: 'expiry date',
    PASSWORD: 'password', CREDENTIAL: 'login details', other: 'sensitive detail',
  },
  maskedNote: (words) => `Hidden for your safety: ${words}.`,
  maskHidden: (word) => `[${word} hidden]`,
  queueLine: (n, wait) => [n ? `No. ${n} in the queue` : null, wait ? `wait ${wait}` : null].filter(Boolean).join(' · '),
  queueTicketAt: (time, left) => `No one free by ${time} (${left})? Then we answer by email.`,
  errors: {
    too_long: 'the message is too long',
    rate_limited: 'too many messages, please slow down',
    conversation_closed: 'this conversation is closed',
    limited: 'support in this chat is limited',
    invalid_payload: 'the message could not be read',
    generic: 'something went wrong',
  },
};

const de = {
  title: 'Support-Chat',
  openChat: 'Support-Chat öffnen',
  closeChat: 'Chat minimieren',
  unread: (n) => `${n} ungelesen`,
  you: 'Sie',
  bot: 'Assistent',
  agent: 'Support-Mitarbeiter',
  system: 'Hinweis',
  placeholder: 'Nachricht schreiben…',
  messageLabel: 'Nachricht',
  send: 'Senden',
  sending: 'Wird gesendet…',
  sent: 'Gesendet',
  waitingToSend: 'Wartet auf die Verbindung…',
  notSent: (why) => `Nicht gesendet: ${why}`,
  retry: 'Bearbeiten und erneut senden',
  messagesLabel: 'Unterhaltung',
  talkToPerson: 'Mit einem Menschen sprechen',
  emailInstead: 'Antwort per E-Mail',
  endChat: 'Chat beenden',
  endChatConfirm: 'Diesen Chat beenden?',
  yesEnd: 'Ja, beenden',
  cancel: 'Abbrechen',
  connecting: 'Verbindung wird hergestellt…',
  connected: 'Verbunden',
  reconnecting:
    'Verbindung unterbrochen. Neuer Versuch läuft… Ihre Nachrichten werden danach gesendet.',
  offline: 'Sie sind offline. Nachrichten werden gesendet, sobald Sie wieder online sind.',
  typingAgent: (name) => `${name || 'Der Mitarbeiter'} schreibt…`,
  typingBot: 'Der Assistent schreibt…',
  stateBot: 'Sie chatten mit unserem Assistenten.',
  stateQueued: 'Wir suchen einen Mitarbeiter für Sie…',
  stateAgent: (name) => `Sie chatten mit ${name || 'einem Mitarbeiter'}.`,
  stateResolved: 'Dieser Chat wurde gelöst.',
  stateClosed: 'Dieser Chat ist beendet.',
  stateTicket: 'Ihre Anfrage ist jetzt ein E-Mail-Ticket.',
  noAgents:
    'Gerade ist niemand verfügbar. Sie können warten oder eine Antwort per E-Mail erhalten.',
  minutes: (m) => (m <= 1 ? 'etwa 1 Minute' : `etwa ${m} Minuten`),
  lessThanMinute: 'weniger als eine Minute',
  minutesRange: (a, b) => `${a}–${b} Minuten`,
  uncertain: (w) => `${w} (unsicher)`,
  ticketNumber: (n) => `Ihre Ticketnummer: ${n}`,
  ticketTarget:
    'Wir antworten an Werktagen innerhalb von 24 Stunden, an Wochenenden und Feiertagen ' +
    'innerhalb von 48 Stunden.',
  ticketDue: (d) => `Antwort voraussichtlich bis ${d}.`,
  emailFormTitle: 'Wohin sollen wir unsere Antwort senden?',
  emailLabel: 'E-Mail-Adresse',
  nameLabel: 'Name (optional)',
  emailSubmit: 'An diese Adresse senden',
  emailSaved: (e) => `Wir antworten an ${e}.`,
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  ratingTitle: 'Wie war Ihr Chat?',
  ratingStar: (n) => (n === 1 ? '1 Stern' : `${n} Sterne`),
  ratingComment: 'Kommentar (optional)',
  ratingSubmit: 'Bewertung senden',
  ratingThanks: 'Vielen Dank für Ihre Rückmeldung!',
  warnCard:
    'Das sieht nach Kartendaten aus (Kartennummer oder Sicherheitscode). Bitte teilen Sie ' +
    'keine Zahlungsdaten im Chat: wir brauchen sie hier nie.',
  warnPassword:
    'Das sieht nach einem Passwort aus. Bitte teilen Sie nie Passwörter im Chat: ' +
    'wir fragen nie danach.',
  sendAnyway: 'Trotzdem senden',
  editMessage: 'Nachricht bearbeiten',
  masked: 'Vertrauliche Angaben in dieser Nachricht wurden ausgeblendet.',
  limited: 'Der Support in diesem Chat ist eingeschränkt.',
  earlier: 'Frühere Nachrichten anzeigen',
  tooLong: (n, max) =>
    `Ihre Nachricht hat ${n} Zeichen, eine Chat-Nachricht darf aber höchstens ${max} haben. ` +
    'Noch wurde nichts gesendet. Senden Sie sie als mehrere Nachrichten, oder senden Sie sie ' +
    'und erhalten Sie unsere Antwort per E-Mail.',
  splitInto: (k) => `Als ${k} Nachrichten senden`,
  sendByEmail: 'Senden, Antwort per E-Mail',
  sendAsLog: 'Ganz als Protokoll senden',
  transcriptButton: 'Verlauf per E-Mail senden',
  transcriptSent: (e) => `Wir senden den Verlauf an ${e}.`,
  logTooLong: (max) => `Auch als Protokoll ist es zu lang (höchstens ${max} Zeichen): senden Sie den Teil um den Fehler.`,
  logSummary: (n, first) => `Protokoll, ${n} ${n === 1 ? 'Zeile' : 'Zeilen'}: ${first}`,
  // ---- first view ----
  greeting: (name) => (name ? `Hallo ${name}! Wie können wir Ihnen helfen?` : 'Hallo! Wie können wir Ihnen helfen?'),
  greetingHint: 'Wählen Sie ein Thema oder schreiben Sie Ihre Frage unten.',
  topicsLabel: 'Vorgeschlagene Themen',
  topics: [
    { title: 'Frage zu meiner Rechnung', text: 'Ich habe eine Frage zu meiner Rechnung.', payload: '/billing_question' },
    { title: 'Etwas funktioniert nicht', text: 'Ich habe ein technisches Problem.', payload: '/technical_problem' },
    { title: 'Stand meines Tickets', text: 'Wie ist der Stand meines Tickets?', payload: '/ask_ticket_status' },
    { title: 'Wie schnell antworten Sie?', text: 'Wie schnell antworten Sie?', payload: '/ask_response_time' },
  ],
  // ---- long messages ----
  charLeft: (n, max, left) => `${n} / ${max} Zeichen · noch ${left}`,
  charOver: (n, max, over) => `${n} / ${max} Zeichen · ${over} zu viel`,
  // ---- email instead ----
  aboutTitle: 'Worum geht es?',
  aboutHint: 'Beschreiben Sie es in wenigen Worten. Wir antworten per E-Mail.',
  aboutLabel: 'Ihre Frage',
  aboutRequired: 'Bitte schreiben Sie kurz, worum es geht.',
  aboutSubmit: 'Antwort per E-Mail erhalten',
  answerAt: (e) => `Wir antworten an ${e}.`,
  // ---- after a ticket ----
  ticketFollowUp: 'Was Sie jetzt schreiben, kommt zu Ihrem Ticket; wir antworten per E-Mail.',
  ticketAdded: (n) => `Zu Ticket ${n} hinzugefügt`,
  placeholderTicket: 'Zum Ticket hinzufügen…',
  newChat: 'Neuen Chat beginnen',
  // ---- masking ----
  maskWords: {
    CREDIT_CARD: 'Kartennummer', CARD_CVC: 'Sicherheitscode (CVC)', CARD_EXPIRY: 'Ablaufdatum',
    PASSWORD: 'Passwort', CREDENTIAL: 'Zugangsdaten', other: 'vertrauliche Angabe',
  },
  maskedNote: (words) => `Zu Ihrem Schutz ausgeblendet: ${words}.`,
  maskHidden: (word) => `[${word} ausgeblendet]`,
  queueLine: (n, wait) => [n ? `Platz ${n} in der Warteschlange` : null, wait ? `Wartezeit ${wait}` : null].filter(Boolean).join(' · '),
  queueTicketAt: (time, left) => `Bis ${time} (noch ${left}) niemand frei? Dann antworten wir per E-Mail.`,
  errors: {
    too_long: 'die Nachricht ist zu lang',
    rate_limited: 'zu viele Nachrichten, bitte etwas langsamer',
    conversation_closed: 'diese Unterhaltung ist geschlossen',
    limited: 'der Support in diesem Chat ist eingeschränkt',
    invalid_payload: 'die Nachricht konnte nicht gelesen werden',
    generic: 'etwas ist schiefgegangen',
  },
};

export const catalogs = { en, de };

/** Pick the catalog for a BCP 47 tag such as "de-DE"; English when unknown. */
export function pickLocale(tag) {
  const base = String(tag || 'en').toLowerCase().split(/[-_]/)[0];
  return base in catalogs ? base : 'en';
}
