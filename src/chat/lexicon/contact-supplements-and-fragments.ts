import { cue } from './cue';

/** The apps a fragment names before a "pls": "wechat pls 👇", "tg pls, faster reply". */
const APPS_ASKED_FOR = ['wechat', 'whatsapp', 'telegram', 'tg', 'viber', 'wa'];
const PLEASE = ['pls', 'please', 'plz'];
const APP_PLEASE = APPS_ASKED_FOR.flatMap((app) => PLEASE.map((word) => `${app} ${word}`));
/**
 * "pls add wechat zoe-xaextract": an ID with a hyphen, which the ID patterns don't read; the next word must look like an
 * ID (a digit, "_", "-" or "."), not "pls add whatsapp logo on the box".
 */
const ADD_APP = ['wechat', 'whatsapp', 'wa', 'telegram', 'tg', 'viber', 'wx'].map((app) => `add ${app}`);

/**
 * Moving the talk off the platform in probe 66's fragments and supplements trade: "wechat pls", "tg pls", "pls add
 * wechat …", Thai "แอด Line มาครับ" (add my Line), Spanish "platicamos por Telegram". Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_SUPPLEMENTS_AND_FRAGMENTS = cue(
  'a request to talk on a messaging app',
  `\\b(?:${APP_PLEASE.map((words) => words.replaceAll(' ', '\\s+')).join('|')})\\b` +
    `|\\b(?:pls|please|plz|kindly)\\s+(?:${ADD_APP.map((words) => words.replaceAll(' ', '\\s+')).join('|')})\\s*[:：]?\\s+(?=[a-z]*[\\d_.-])` +
    '|แอด\\s?line\\b|\\b(?:platicamos|platiquemos)\\s+por\\s+(?:whats\\s?app|telegram|wechat)\\b',
  // Asks of their own: "alibaba not allow this kind payment, pls add wechat …" is not a refused list.
  { anchors: [...APP_PLEASE, ...ADD_APP, 'แอด', 'platicamos', 'platiquemos'], instruction: true },
);
