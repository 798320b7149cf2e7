import { cue, type Cue } from './cue';

/**
 * Paying outside the order in Korean, as probe 83's chats asked it: Western Union and MoneyGram in Hangul, money sent
 * straight to the supplier's staff or manager, the account in an invoice sent by mail. Korean joins its particles to
 * the noun ("계좌로", to the account), so no word edges. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_IN_KOREAN: readonly Cue[] = [
  cue('Western Union', '웨스턴\\s?유니온', { anchors: ['웨스턴'] }),
  cue('MoneyGram', '머니\\s?그램', { anchors: ['머니'] }),
  cue(
    'a personal account',
    // "저희 한국 직원한테 바로 송금하시면" (send it straight to our Korean employee), "계약금은 매니저에게 보내주세요"
    // (the deposit to the manager); not "디자인 파일은 담당자에게 보내주세요" (the design file to the person in charge).
    '(?:직원|매니저|사장님|대표님|사장|와이프|아내|동생)(?:한테|에게|께)\\s?(?:바로\\s?|직접\\s?)?(?:송금|입금|이체)' +
      '|(?:돈|금액|계약금|잔금|대금|샘플비|수수료)[^.!?\\n]{0,25}?(?:직원|매니저|사장님|대표님|사장|와이프|아내|동생)(?:한테|에게|께)\\s?(?:바로\\s?|직접\\s?)?보내',
    { anchors: ['한테', '에게', '께'] },
  ),
  cue(
    'an account given in the chat',
    // "인보이스에 있는 계좌로 입금해 주세요" (pay into the account on the invoice), "메일로 보낸 계좌로 송금" (to the account
    // sent by mail); not the order page's own virtual account ("결제 페이지에 나오는 가상계좌").
    '(?:인보이스|송장|메일|이메일|pi)(?:에\\s?있는|에\\s?나온|상의|에\\s?적힌|로\\s?보낸|로\\s?보내드린)\\s?계좌(?:로|에|로\\s?송금|로\\s?입금)',
    { anchors: ['계좌'] },
  ),
];
