import {
  BACK_TO_THE_CHAT_IN_OTHER_LANGUAGES,
  MOVED_IN_OTHER_LANGUAGES,
  NAMES_THE_CHAT_IN_OTHER_LANGUAGES,
} from './contact-thread-languages';
import type { ThreadSpec } from './request-thread';

// The replies that carry a supplier's request to talk elsewhere on: "added", "sure, added you", "texted u", "got it,
// talk there", "sent to the 163 email" (src/chat/request-thread.ts).

/** Done, or about to be: added on the app, written or called there, sent to the address given ("I sent hi on WhatsApp"). */
const MOVED =
  /^\W*(?:\S+\s+){0,2}?added\b|\badded\s+(?:you|u|on|there)\b|\b(?:texted|messaged|msged|dm'?d|pinged|called|rang)\s+(?:u|you|him|her|there)\b|\bwill\s+(?:text|message|msg|call|add)\s+(?:you|u|him|her)\s+(?:there|tonight|later|now)\b|\b(?:talk|chat|see\s+you|continue)\s+there\b|\bsent\s+(?:it\s+)?to\s+(?:the|your|ur|that)\s+(?:\S+\s+)?(?:e-?mail|mail|gmail|whatsapp|wechat|skype|telegram|number)\b|\bsent\s+(?:\S+\s+){0,2}?(?:to\s+\S+\s+(?:e-?mail|gmail|mail)|on\s+(?:whats\s?app|wechat|telegram|skype|viber|line|signal))\b|\bcheck\s+(?:your|ur)\s+(?:e-?mail|mail|gmail|inbox|whatsapp|wechat|skype|telegram)\b|\badd\s+(?:pls|please|plz)\b|\bmy\s+new\s+(?:one|number|no|id)\b|^\W*joined\b|\b(?:e-?mailed|mailed)\s+(?:you|u)\b|\b(?:send|sending)\s+(?:it\s+|the\s+\S+\s+|you\s+)?there\b|\b(?:skype|whats\s?app|telegram|viber|signal|e-?mail)\s+(?:ok|okay|fine|better)\s*\?/u;

/**
 * The move under way, as probe 83's chats carried it on: "sent you a hi", "ok texting you now", "reply you there",
 * "received, replied her", "Can't find you on LINE, is the id correct?", "request sent, my name there is Thabo",
 * "Accepted, calling you in 5 min"; the call arranged: "I'm free after 3pm Manila time", "he will call 6:30 IST"; the
 * number given: "0803 412 7765, same number on whatsapp"; probe 89's "ok I write you now", "ok sis scanning" (the QR
 * of a group), "I don't have wechat. whatsapp?".
 */
const UNDER_WAY =
  /\bsent\s+(?:you|u)\s+(?:a\s+)?(?:hi|hello|message|msg|text|request|friend\s+request)\b|\b(?:texting|messaging|calling|ringing)\s+(?:you|u)\b|\b(?:reply|replied|answer|answered)\s+(?:to\s+)?(?:you|u|him|her)\s+there\b|\b(?:replied|reply)\s+(?:to\s+)?(?:him|her)\b|\b(?:reply|replied|write|answer)\s+there\b|\bcan'?t\s+find\s+you\s+(?:on|in)\b|\b(?:id|number|handle)\s+(?:is\s+)?(?:correct|right|wrong)\b|\bwith\s+(?:underline|underscore)\b|\b(?:friend\s+)?request\s+(?:sent|accepted)\b|^\W*accepted\b|\bmy\s+name\s+there\b|\b(?:he|she|i|we)\s+(?:will|'ll)\s+call\b|\bi(?:'?m|'ll\s+be|\s+will\s+be)\s+free\s+(?:after|at|from|now|around)\b|^\W*\+?\d[\d\s().-]{6,}\d(?!\d)|\bchecking\s+(?:my\s+)?(?:inbox|e-?mail|mail|gmail|spam)\b|\bfound\s+it\s+in\s+(?:spam|my\s+inbox|junk)\b|\bi\s+(?:will\s+|'ll\s+)?write\s+(?:to\s+)?(?:you|u)\s+(?:now|there|today|soon)\b|\bwriting\s+(?:to\s+)?(?:you|u)\s+now\b|^\W*(?:\S+\s+){0,2}?scann(?:ing|ed)\b|\b(?:whats\s?app|telegram|viber|signal|skype|imo)\s*\?\s*$/u;

/** Back to the marketplace's chat, or no: "let's keep talking here", "only on alibaba", "no whatsapp". */
const BACK_TO_THE_CHAT =
  /\b(?:keep|stay|continue)\s+(?:\S+\s+){0,2}?(?:here|on\s+alibaba|in\s+(?:the\s+)?alibaba)\b|\bonly\s+(?:talk|chat|message|reply)?\s*(?:here|on\s+alibaba)\b|\bno\s+(?:whats\s?app|wechat|telegram|skype|e-?mail)\b|\b(?:i|we)\s+(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:add|use|move)\b/u;

/**
 * A reply that names the marketplace's chat is about it: "added you to my alibaba favourites"; so is one that checks
 * through the company's own office line ("I will call your office landline and confirm with your boss first").
 */
const NAMES_THE_CHAT = /\balibaba\b|\bhere\b|\boffice\s+(?:landline|line|phone|number|tel)\b/u;

/** Talking elsewhere, asked by the supplier and carried on. */
export const TALKING_ELSEWHERE_THREAD: ThreadSpec = {
  opensOn: ['off-platform-contact'],
  rule: 'off-platform-contact',
  label: 'a reply that goes on with moving the conversation elsewhere, as asked earlier in this chat',
  closes: new RegExp(`${BACK_TO_THE_CHAT.source}|${BACK_TO_THE_CHAT_IN_OTHER_LANGUAGES.source}`, 'u'),
  leftAlone: (letters) => NAMES_THE_CHAT.test(letters) || NAMES_THE_CHAT_IN_OTHER_LANGUAGES.test(letters),
  reply: (letters) =>
    MOVED.exec(letters) ?? UNDER_WAY.exec(letters) ?? MOVED_IN_OTHER_LANGUAGES.exec(letters),
};
