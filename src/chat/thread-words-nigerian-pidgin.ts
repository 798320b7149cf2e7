import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Nigerian Pidgin (thread-language-packs.ts), as probe 85's chats wrote them. Pidgin is written
// in English words, which the English lists read (payment-thread.ts, contact-thread.ts); these are its own: "don" marks
// what is done ("I don send am": I have sent it), "go" what will be ("I go pay tomorrow"), "wey" is "that/which", "na"
// is "it is", "for" is "on/in", "am" is "it/him", "abi" asks "right?".

/** What else is sent in an order's talk: "I don send the PI", "I don send you message" are no money. */
const THINGS_SENT =
  '(?:order|pi|invoice|photos?|pictures?|pics?|videos?|samples?|designs?|logo|address|artwork|files?|catalogu?e|message|msg|price|quotation|list|details|waybill|tracking)';
/** A sum in naira, alone as the answer to "how much?": "N31,760,000 at 1,600 rate", "₦4.2m", "NGN 3,400,000". */
const NAIRA_ALONE =
  '^[\\s\\p{P}]*(?:(?:n|₦|ngn)\\s?\\d[\\d,.]*(?:m|k)?|\\d[\\d,.]*\\s?(?:naira|ngn))(?:\\s+(?:at|for)\\s+(?:the\\s+)?(?:n|₦)?\\d[\\d,.]*\\s+rate)?[\\s\\p{P}]*$';

export const NIGERIAN_PIDGIN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "I don send am from my GTBank dom account", "I don pay Mr Wang", "we don transfer the balance"; not "I don send the
      // PI", "I don send you message".
      `(?:i|we)\\s+(?:don|done)\\s+(?:send|pay|transfer|wire|remit|drop|deposit)(?!\\s+(?:(?:you|u|una|dem|them|the|di|all|my|our|your)\\s+){0,2}${THINGS_SENT}(?![\\p{L}]))`,
      // "I go send am tomorrow", "we go pay the balance Monday".
      '(?:i|we)\\s+go\\s+(?:pay|send|transfer|wire|remit|drop)\\s+(?:(?:am|the\\s+money|the\\s+balance|the\\s+deposit|di\\s+money|\\d[\\d,.]*\\s?%?)\\s+)?(?:today|tomorrow|tonight|now|later|next\\s+week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      // "The money don go", "payment don comot"; asked: "e don enter?" (has it arrived?).
      '(?:the\\s+money|money|payment|transfer)\\s+don\\s+(?:go|comot)|(?:e|am|the\\s+money|money|payment|alert)\\s+don\\s+(?:enter|land|reach)\\s*\\?',
    ],
  },
  asksWhere: {
    words: [
      // "How much exactly I go send?", "how much for naira?", "wetin be the account number?", "which account I go pay enter?".
      'how\\s+much\\s+(?:(?:exactly|again|total|na|e\\s+go\\s+be)\\s+)?(?:(?:i|we)\\s+go\\s+(?:send|pay|transfer|remit|drop)|(?:for|in)\\s+(?:naira|ngn|dollar|usd|usdt|cash))',
      'wetin\\s+be\\s+(?:the\\s+|your\\s+|him\\s+|her\\s+|una\\s+)?(?:account|acct|bank|wallet|number|name|rate|amount)|(?:which|wetin)\\s+(?:account|acct|acc|bank|number|wallet)\\s+(?:(?:i|we)\\s+go|make\\s+(?:i|we))',
    ],
    phrases: [NAIRA_ALONE],
  },
  pointsAt: {
    words: [
      // "Na the HSBC one I go use abi?", "yes this one", "na dis one", "the account wey I send", "see the slip".
      'na\\s+(?:the\\s+|this\\s+|dis\\s+|that\\s+|dat\\s+)?(?:\\S+\\s+){0,3}?(?:one|account|acct)\\s+(?:i|we|you|una)\\s+go\\s+(?:use|pay|send)',
      '(?:yes|yeah|yep|ehen|ehn|na|oya)\\s*,?\\s+(?:na\\s+)?(?:this|dis|that|dat)\\s+(?:one|account|acct)(?!\\s+(?:no|never)\\b)',
      '(?:account|acct|one|number|wallet)\\s+wey\\s+(?:i|we)\\s+(?:don\\s+)?(?:send|give|drop|share)',
      '(?:see|check|find)\\s+(?:the\\s+|my\\s+|di\\s+)?(?:slip|receipt|alert|teller|screenshot|proof)',
    ],
  },
  toPay: { words: ['abeg|remain|naira|rate'] },
  backToTheOrder: {
    words: [
      // "I go pay through the order", "na only Alibaba I go use", "I no go send am anything", "make we use Trade Assurance".
      '(?:i|we)\\s+go\\s+(?:only\\s+)?(?:pay|use)\\s+(?:\\S+\\s+){0,3}?(?:through|for|inside|with)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|order|pay\\s+button)',
      'na\\s+only\\s+(?:alibaba|trade\\s+assurance|the\\s+order)|make\\s+we\\s+(?:use|pass)\\s+(?:alibaba|trade\\s+assurance|the\\s+order)',
      '(?:i|we)\\s+no\\s+go\\s+(?:pay|send|transfer)\\s+(?:am|that|dat|una|you|to|enter|the\\s+money|anything|any\\s+money)',
    ],
  },
  vouches: {
    words: [
      // "HK company na our sister company, same boss", "all our Naija customers dey pay am like this", "e safe well well".
      'same\\s+(?:boss|owner|oga|management|ogas)|na\\s+our\\s+(?:own\\s+)?(?:sister|mother|partner|hk|hong\\s+kong)\\s+company',
      '(?:all|many|most)\\s+(?:our\\s+)?(?:\\S+\\s+)?(?:customers?|buyers?|clients?)\\s+(?:\\S+\\s+){0,2}?(?:dey|don)\\s+(?:pay|use|do)\\s+(?:am|like\\s+this|this\\s+way)',
      '(?:e|it)\\s+(?:dey\\s+)?safe\\s+(?:well\\s+well|die|100)',
    ],
  },
  doubts: {
    // Asked with "?": "e safe?", "na wa o, why?", "this one no be wayo?".
    words: ['e\\s+(?:dey\\s+)?safe|na\\s+wa|wayo|419|wetin\\s+happen|wetin\\s+make'],
  },
  namesTheOrder: {
    words: ['pay\\s+button|my\\s+orders|(?:inside|for)\\s+(?:the\\s+)?(?:alibaba\\s+)?(?:order|app)'],
  },
  moved: {
    words: [
      // "I don send you message for WhatsApp", "I don add you", "Ok I see you", "talk to me there", "make we continue for there".
      '(?:i|we)\\s+(?:don\\s+)?(?:send|sent)\\s+(?:you|u)\\s+(?:a\\s+|one\\s+)?(?:message|msg|text|hi|hello|request|voice\\s+note)',
      '(?:i|we)\\s+don\\s+(?:add|message|msg|text|call|chat|buzz|flash|ping)\\s+(?:you|u)',
      'i\\s+(?:don\\s+)?see\\s+(?:you|u|your\\s+(?:message|msg|request|text))(?!\\s+(?:for|on|in)\\s+(?:alibaba|here)\\b)',
      '(?:talk|chat|reply|answer|yarn|write|message|text|continue)\\s+(?:(?:to\\s+)?(?:me|us|you|u)\\s+)?(?:for\\s+)?there',
      '(?:i|we|he|she)\\s+go\\s+(?:call|text|message|buzz|flash|add)\\s+(?:you|u)\\s+(?:there|now|later|tonight)',
    ],
  },
  backToTheChat: {
    words: [
      // "Make we continue here", "I no get WhatsApp", "we no dey use WeChat".
      'make\\s+we\\s+(?:dey\\s+)?(?:talk|yarn|chat|continue)\\s+(?:for\\s+)?here',
      '(?:i|we)\\s+no\\s+(?:get|dey\\s+use|use|go\\s+add|go\\s+use)\\s+(?:whats\\s?app|wechat|telegram|imo|viber|skype)',
    ],
  },
  namesTheChat: { words: ['for\\s+here|alibaba\\s+chat'] },
  pageTakes: {
    // "I don login and put my card", "enter am", "OTP na 482917".
    words: [
      '(?:i|we)\\s+don\\s+(?:login|log\\s+in|enter|put|type|fill)|put\\s+(?:my|the|your)\\s+(?:card|password|otp|pin|code|bvn)|enter\\s+am|otp\\s+na|bvn',
    ],
  },
  refusesThePage: {
    words: [
      '(?:i|we)\\s+no\\s+(?:go\\s+)?(?:put|enter|type|login|log\\s+in|click|open|give)|(?:i|we)\\s+never\\s+(?:put|enter|login|click|open)',
    ],
  },
  asksWhy: { words: ['wetin\\s+make|why\\s+una'] },
};
