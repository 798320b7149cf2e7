// The Alibaba Messenger chat adapter: pure reading of chat pages (no messaging, no storage).
export { isChatPage, CHAT_MATCHES } from './pages';
export { readChat, type ChatReading } from './read-chat';
export { readRow, type RowReading, type SkipReason } from './read-row';
export { conversationOf, contactName, supplierNameOf } from './conversation';
export { ROW, COMPOSER, SEND_BOX, CONTACT_NAME } from './selectors';
