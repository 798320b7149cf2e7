import { APP } from './apps';
import { NAMED_HANDLE, NUMBER } from './contact-ids';
import { cue, inMessageWith, type Cue } from './cue';

/** An ID given after an app named earlier in the message, as its "new one". Part of MORE_APP_MOVES. */
export const ID_FOR_AN_APP_NAMED_BEFORE: Cue = cue(
  'a messaging app ID or number',
  // "Mr Li changed phone, the old WeChat is not used. Please add new one: jason_li_trade88": the app named before.
  `\\badd\\s+(?:the\\s+|my\\s+|our\\s+|his\\s+|her\\s+)?new\\s+(?:one|id|account|number)\\s*[:：]\\s*(?:${NAMED_HANDLE}|${NUMBER})`,
  { anchors: ['new one', 'new id', 'new account', 'new number'], near: [inMessageWith(APP, 200)] },
);

/** IDs that need no app named beside them: WeChat's own "wxid_" form, or an ID straight after "add me". Part of MORE_OTHER_MOVES. */
export const IDS_GIVEN_ALONE: readonly Cue[] = [
  cue(
    'a messaging app ID or number',
    // "Add him: wxid_q7h2k91": a WeChat ID as WeChat writes it, which names the app by itself.
    '\\bwxid_[a-z0-9_-]{4,}',
    { anchors: ['wxid_'] },
  ),
  cue(
    'a messaging app ID or number',
    // "Add me: lisa_hd2019", "Aggiungimi: lisa_hd2019", "mich hinzufügen: ID factory_zhao": an ID given straight after the ask.
    `\\b(?:add\\s+me|add\\s+us|aggiungimi|aggiungici|ajoutez[\\s-]moi|ajoute[\\s-]moi|agrégame|agregame|mich\\s+hinzuf(?:ü|u|ue)gen)\\s*[:：]\\s*(?:id\\s*[:：]?\\s*)?${NAMED_HANDLE}` +
      // Russian "мой ник @andrey_cn" (my nickname), Japanese "ID: hiro_oem88 を追加してください" (add this ID).
      `|(?:мой\\s+ник|мои\\s+ник)\\s*[:：]?\\s*@[\\p{L}][\\p{L}\\p{N}._-]{2,}|\\bid\\s*[:：]\\s*${NAMED_HANDLE}\\s*を\\s*(?:追加|登録)` +
      // "Write @autoVIPclub now", "DM @lily_textiles": a handle to write to, on whatever app it lives.
      '|\\b(?:write|dm|message|msg|text|ping|contact)\\s+(?:me\\s+|us\\s+)?(?:at\\s+|to\\s+|on\\s+)?@[\\p{L}][\\p{L}\\p{N}._]{3,}',
    {
      anchors: [
        'add me',
        'add us',
        'aggiung',
        'ajoute',
        'agrégame',
        'agregame',
        'hinzuf',
        'мой ник',
        'мои ник',
        '追加',
        '登録',
        '@',
      ],
    },
  ),
];
