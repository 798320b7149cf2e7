import { cue, type Cue } from './cue';

/**
 * The quieter kind of pressure: keep the deal from Alibaba's eyes (don't
 * tell, don't discuss it there, delete the chat), or drop the check that
 * would catch a bad order (no samples, no inspection, "trust me"). Part of
 * PRESSURE, at its end.
 */
export const SECRECY_AND_SKIPPED_SAFEGUARDS: readonly Cue[] = [
  cue(
    'a request for secrecy',
    "\\b(?:don't|do\\s+not)\\s+tell\\b|\\bkeep\\s+(?:it\\s+|this\\s+)?(?:quiet|secret|between\\s+us)\\b|\\bsecret\\s+(?:price|deal|discount)\\b" +
      "|\\b(?:don't|do\\s+not)\\s+(?:discuss|mention|talk\\s+about)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:on|with|to|in)\\s+alibaba\\b|\\bdelete\\s+(?:the|this|our)\\s+(?:chat|message|conversation)s?\\b" +
      // "Don't leave any message about the payment on Alibaba."
      "|\\b(?:don't|do\\s+not)\\s+leave\\s+(?:any\\s+)?(?:messages?|words?|anything|records?)\\s+(?:about|of|on)\\s+(?:the\\s+)?(?:payment|price|discount|account|bank)\\b[^.!?]{0,20}?\\b(?:on|in)\\s+(?:alibaba|the\\s+platform|this\\s+chat|the\\s+chat)\\b" +
      '|别告诉|不要告诉|删除聊天|(?:不要|别)在阿里(?:巴巴)?(?:上面|里面|上|里)?(?:提|说|聊|谈|留)',
    {
      anchors: [
        'tell',
        'keep',
        'secret',
        'discuss',
        'mention',
        'talk about',
        'delete',
        'leave',
        '告诉',
        '删除聊天',
        '阿里',
      ],
    },
  ),
  cue(
    'a push to skip a safeguard',
    '\\b(?:inspection|samples?|qc)\\s+(?:is\\s+|are\\s+)?(?:not\\s+necessary|unnecessary|not\\s+needed)\\b|\\bno\\s+(?:time|need)\\s+for\\s+(?:an?\\s+|the\\s+)?(?:third[\\s-]party\\s+)?(?:samples?|inspection|qc)\\b' +
      // "No need to inspect", "you don't need a third-party inspection".
      "|\\bno\\s+need\\s+to\\s+inspect\\b|\\b(?:don'?t|do\\s+not)\\s+need\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:third[\\s-]party\\s+)?inspections?\\b" +
      '|\\bskip\\s+(?:the\\s+)?inspection\\b|\\btrust\\s+me\\b|不用验货|不需要验货',
    { anchors: ['inspect', 'sample', 'qc', 'time for', 'need for', 'trust me', '验货'] },
  ),
];
