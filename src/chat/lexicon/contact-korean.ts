import { cue, type Cue } from './cue';

/**
 * Moving the talk off Alibaba.com in Korean, as probe 83's chats did: "위챗 있으세요?" (do you have WeChat?), the
 * account details promised by e-mail, the buyer's e-mail asked for. Part of ASKS_IN_MORE_WORDINGS.
 */
export const CONTACT_IN_KOREAN: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // "위챗 있으세요? 거기로 보내주세요", "카톡 하세요?".
    '(?:위챗|카톡|카카오톡|왓츠앱|텔레그램|라인|스카이프)\\s?(?:있으세요|있어요|있나요|있으신가요|하세요|하시나요|하시죠)',
    { anchors: ['위챗', '카톡', '카카오톡', '왓츠앱', '텔레그램', '라인', '스카이프'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "공장 계좌 정보는 이메일로 보내드릴게요" (the account details by e-mail), "이메일 주소 알려주세요" (your e-mail
    // address, please); not the courier's phone number ("택배 받으실 전화번호").
    '계좌\\s?(?:정보|번호)(?:는|은)?\\s?(?:이메일|메일|카톡|위챗)(?:로|으로)' +
      '|(?:이메일|메일|카톡|위챗|왓츠앱)\\s?(?:주소|아이디|id)\\s?(?:좀\\s?)?(?:알려|주세요|보내)',
    { anchors: ['계좌', '이메일', '메일', '카톡', '위챗', '왓츠앱'] },
  ),
];
