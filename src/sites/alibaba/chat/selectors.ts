/**
 * Alibaba Messenger markup, from ../shared/notes/selectors__alibaba_messenger.md
 * (public userscripts and bots; no saved messenger HTML exists). The
 * fixtures tests/fixtures/alibaba/chat-*.html are written in this markup.
 */

/** One message row; its class says the direction. */
export const ROW = '.message-item-wrapper';
/** Row classes: incoming rows are the supplier's, outgoing rows the buyer's (own). */
export const INCOMING_CLASS = 'item-left';
export const OUTGOING_CLASS = 'item-right';
/** Where a direction class may sit when the wrapper itself has none. */
export const DIRECTION = '.item-left, .item-right';

/** The message's own text, and the wrapper of a translated message (original and translation). */
export const TEXT = '.session-rich-content.text';
export const TRANSLATION = '.content-with-translation';
export const TEXT_PARTS = `${TEXT}, ${TRANSLATION}`;
/** A quoted earlier message inside a reply: not part of the reply's text. */
export const QUOTE = '.quote-container';
/** Rows holding either take the general (slower) text path. */
export const QUOTE_OR_TRANSLATION = `${QUOTE}, ${TRANSLATION}`;
/** Sender name and time ("YYYY-MM-DD HH:MM(:SS)") of a row: the note goes in its column. */
export const BASE_INFO = '.item-base-info';

/** Classes of the system and flow cards drawn in the message list (on the row): not messages anyone typed. */
export const SYSTEM_ROW_CLASSES = ['flow-message-item-wrapper', 'message-summary'] as const;
/** Text the messenger puts on rows it sent by itself (system, auto-reception). */
export const SYSTEM_TEXT_MARKERS = ['系统自动发送', '自动接待发送'] as const;
/** Words of the messenger's translation UI that sit inside a translated row. */
export const TRANSLATION_UI_TEXT = ['由阿里翻译提供', '翻译中…', '翻译中'] as const;

/** Product cards, images, videos, files and business cards (messageType other than 1). */
export const CARD_PART =
  '.session-rich-content.card, .session-rich-content.media, [data-exp="card-file"], .description-container, div[view-name="ImageView"]';
/** data-expinfo's messageType for a plain text message. */
export const TEXT_MESSAGE_TYPE = 1;

/** The open conversation's header: the counterpart's name, and the company where shown. */
export const CONTACT_NAME = '.content-header .contact-name';
/** Not in the notes: any element of the header whose class names a company (inferred). */
export const COMPANY_NAME = '.content-header [class*="company"]';

/** The composer: a textarea or contenteditable, or the <pre> the send box mirrors the draft in. */
export const COMPOSER = '.send-textarea, #send-box-wrapper pre';
export const SEND_BOX = '#send-box-wrapper';

/** URL parameters that name the conversation's counterpart (search or hash query). */
export const CONVERSATION_PARAMS = ['activeAccountId', 'memberId'] as const;
