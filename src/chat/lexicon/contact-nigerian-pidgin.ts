import { cue, type Cue } from './cue';

/** The chat apps a Pidgin chat moves to, each its own word (not imo: "for Imo" is a Nigerian state). */
const APPS = '(?:whats\\s?app|wechat|telegram|viber|skype|signal|messenger|instagram)';

/**
 * Talk moved off the chat in Nigerian Pidgin, as probe 85's chats said it: "fit we talk for WhatsApp?" (can we talk on
 * WhatsApp), "make we yarn for WhatsApp", "make I add you for WeChat", "buzz me for WhatsApp", "drop your number make I
 * call you". Pidgin's "for" is English "on"; its "make" is "let". Part of contact-more-wordings.ts's list.
 */
export const CONTACT_IN_NIGERIAN_PIDGIN: readonly Cue[] = [
  cue(
    'a request to talk on another app',
    // "Fit we talk for WhatsApp? E dey easier for me", "abeg make we continue for WeChat", "make I send you the video for
    // your WhatsApp"; not "make we no talk for WhatsApp".
    `\\b(?:fit|make|mek|abeg)\\s+(?:we|i|you|u|una)\\s+(?:(?!no\\b|nor\\b)[^\\s,.!?]+\\s+){0,4}?(?:for|inside|via|on|through)\\s+(?:your\\s+|my\\s+|our\\s+|una\\s+|di\\s+)?${APPS}\\b` +
      // "Buzz me for WhatsApp", "holla me for Telegram", "flash me for Viber".
      `|\\b(?:buzz|flash|holla|beep|ping|reach|find)\\s+(?:me|us)\\s+(?:up\\s+)?(?:for|on|inside)\\s+${APPS}\\b`,
    {
      anchors: [
        'whatsapp',
        'whats app',
        'wechat',
        'telegram',
        'viber',
        'skype',
        'signal',
        'messenger',
        'instagram',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "Drop your number make I call you", "send your digits make we yarn": a number asked to be called or written on.
    '\\b(?:drop|send|give\\s+me)\\s+(?:your|ur|una)\\s+(?:phone\\s+|whatsapp\\s+|personal\\s+)?(?:number|digits|line|contact)\\s+(?:make\\s+i|make\\s+we|mek\\s+i|mek\\s+we|so\\s+i|so\\s+we)\\s+(?:fit\\s+)?(?:call|text|message|chat|yarn|add|whatsapp|buzz)\\b',
    { anchors: ['make i', 'make we', 'mek i', 'mek we', 'so i', 'so we'] },
  ),
];
