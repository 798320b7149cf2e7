import { cue, type Cue } from './cue';

/**
 * The talk moved to an app in the buyer's own words, from probe 78: "Ok I have added you on Signal", "added you on
 * Skype", Portuguese "te chamei no WhatsApp" (I called you on WhatsApp), Russian "Написал вам в телеграм" (I wrote to you
 * on Telegram), Indonesian "ok saya WA"; and Gulf Arabic "عطني رقم الواتساب" (give me the WhatsApp number). Part of
 * ASKS_IN_MORE_WORDINGS.
 */
export const MOVED_BY_THE_BUYER: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    '\\b(?:added\\s+you|messaged\\s+you|texted\\s+you|called\\s+you|pinged\\s+you|wrote\\s+to\\s+you)\\s+(?:on|in|at|via)\\s+(?:whats\\s?app|signal|skype|telegram|wechat|viber|line|imo)\\b' +
      '|\\b(?:te\\s+chamei|te\\s+liguei|te\\s+mandei\\s+mensagem|te\\s+escrevi)\\s+(?:no|pelo)\\s+(?:whats\\s?app|zap|telegram|signal)\\b' +
      '|(?<![\\p{L}])(?:написал|написала|добавил|добавила)\\s+(?:вам|тебе|вас|тебя)\\s+в\\s+(?:телеграм|телеграмм|ватсап|вотсап|whats\\s?app|telegram|wechat|вичат)' +
      '|\\bsaya\\s+wa\\s*(?:[.!]|$)' +
      '|(?:عطني|اعطني|أعطني|ارسل\\s+لي|أرسل\\s+لي)\\s+رقم\\s+(?:ال)?(?:واتساب|واتس|الواتس)',
    {
      anchors: [
        'added you',
        'messaged you',
        'texted you',
        'called you',
        'pinged you',
        'wrote to you',
        'te chamei',
        'te liguei',
        'te mandei mensagem',
        'te escrevi',
        'написал',
        'добавил',
        'saya wa',
        'رقم',
      ],
    },
  ),
];
