import { cue, type Cue } from './cue';

/**
 * A changed receiving account in Korean, as probe 83's chats announced it: the company account under a tax audit, a
 * sister company or the factory receiving now, "this account from the next order on". Part of OTHER_ACCOUNTS.
 */
export const CHANGES_IN_KOREAN: readonly Cue[] = [
  cue(
    'a changed account',
    // "저희 회사 계좌가 지금 세무 감사 중이라 입금이 안 됩니다" (our company account is under a tax audit).
    '계좌(?:가|는)?\\s?(?:지금\\s?|현재\\s?|요즘\\s?)?(?:세무\\s?|은행\\s?)?(?:감사|조사|점검|동결)\\s?(?:중|때문|으로)',
    { anchors: ['계좌'] },
  ),
  cue(
    'payment to another company',
    // "홍콩 자매회사 계좌로 송금해 주세요" (to our Hong Kong sister company's account), "잔금은 … 공장이 직접 받게
    // 되었습니다" (the factory itself receives the balance now), "저희 무역회사 말고 공장이" (not our trading company).
    '(?:자매\\s?회사|관계사|계열사|홍콩\\s?법인|공장)(?:의)?\\s?계좌' +
      '|(?:잔금|대금|결제|금액|송금)[^.!?\\n]{0,30}?(?:공장이|자매\\s?회사가|다른\\s?회사가)\\s?직접\\s?(?:받|수령)' +
      '|(?:무역\\s?회사|저희\\s?회사|회사\\s?계좌)\\s?말고\\s?(?:공장|자매\\s?회사|다른\\s?회사|홍콩)',
    { anchors: ['계좌', '직접', '말고'] },
  ),
  cue(
    'a changed account',
    // "다음 주문부터도 계속 이 홍콩 계좌로 보내주시면 됩니다" (from the next order on, to this Hong Kong account).
    '(?:앞으로|다음\\s?주문부터|이번\\s?주문부터|이번부터|지금부터|다음부터)[^.!?\\n]{0,20}?(?:이|새|새로운|다른|홍콩|\\S+\\s)\\s?계좌로',
    { anchors: ['계좌로'] },
  ),
];
