// Limits the chat guard and the background share, apart from the schemas so the content script carries no zod.

/** How many messages checked before a batch are sent with it. */
export const EARLIER_MESSAGES = 20;
