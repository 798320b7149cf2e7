import { cue, type Cue } from './cue';

/**
 * Pressure to pay in Korean, as probe 83's chats put it: "금요일까지 송금 안 하시면 …" (unless you pay by Friday), "30분
 * 지나면 주문 자동 취소" (after 30 minutes the order is cancelled), a price rise after the deadline. Part of
 * MORE_OFFERS_ENDING.
 */
export const PRESSURE_IN_KOREAN: readonly Cue[] = [
  cue(
    'a deadline to pay, and a loss if it is missed',
    '까지\\s?(?:결제|입금|송금)\\s?(?:안|않)\\s?(?:하시면|하면|되면|해\\s?주시면)' +
      '|까지[^.!?\\n]{0,30}?(?:결제|입금|송금)[^]{0,80}?(?:그\\s?후|이후|지나면)[^.!?\\n]{0,20}?(?:가격|단가)\\S*\\s?(?:\\d+\\s?%\\s?)?(?:올라|인상)',
    { anchors: ['까지'] },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    '\\d+\\s?(?:분|시간)\\s?(?:지나면|후에|뒤에|안에|내에|이내에|이내)[^.!?\\n]{0,20}?(?:취소|올라|인상|팔려|넘어가|반송)',
    { anchors: ['지나면', '후에', '뒤에', '안에', '내에', '이내'] },
  ),
];
