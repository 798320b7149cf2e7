import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 83: the threads of src/chat/request-thread.ts in Korean (src/chat/thread-words-korean.ts).

describe('requests carried on in Korean', () => {
  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      '어느 계좌요? 계좌 정보 알려주세요',
      '얼마 송금하면 되나요?',
      '방금 입금했어요. 입금증 첨부합니다',
      '보냈어요',
    ];
    expectRepliesCarryOn('알리바바 말고 저희 사장님 개인 계좌로 송금하시면 3% 할인해 드려요.', replies);
  });

  it('reads a supplier vouching for it as carrying it on', () => {
    const checked = rulesIn(
      ['supplier', '웨스턴유니온으로 보내주시면 됩니다.'],
      ['supplier', '다른 고객님들도 다 이렇게 하세요. 걱정 안 하셔도 됩니다'],
    );
    expect(checked[1]).toEqual([PAY]);
  });

  it('leaves the doubts, the turn back to the order and the order named alone', () => {
    const checked = rulesIn(
      ['supplier', '알리바바 말고 저희 사장님 개인 계좌로 송금하시면 3% 할인해 드려요.'],
      ['buyer', '개인 계좌요? 왜 회사 계좌가 아니죠?'],
      ['buyer', '그 계좌 안전한가요?'],
      ['buyer', '그냥 Trade Assurance 주문으로 결제할게요'],
      ['buyer', '송금했어요'],
    );
    expect(checked.slice(1)).toEqual([[], [], [], []]);
  });

  it('flags the replies to a move to KakaoTalk and to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', '카톡 ID: hana_trade88 추가해 주세요'],
      ['buyer', '친구 추가했어요'],
      ['supplier', '이 링크에서 결제해 주세요: https://alibaba-tradepay.net/kr/pay?order=5512'],
      ['buyer', '비밀번호 넣었어요'],
      ['buyer', '인증번호 9917이요'],
    );
    expect(checked[1]).toEqual([CONTACT]);
    expect(checked[3]).toContain(LINK);
    expect(checked[4]).toContain(LINK);
  });
});
