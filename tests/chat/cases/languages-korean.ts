import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 83's cues in Korean, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const KOREAN_CASES: ChatCase[] = [
  { text: '샘플비는 금액이 작으니까 웨스턴 유니온으로 보내주세요.', rules: [PAY] },
  { text: '머니그램으로 송금하시면 수수료가 없어요.', rules: [PAY] },
  { text: '저희는 웨스턴유니온 결제는 받지 않습니다. 알리바바 주문으로만 결제해 주세요.', rules: [] },
  { text: '계약금은 저희 중국 직원한테 바로 송금하시면 환전 수수료가 없어요.', rules: [PAY] },
  { text: '잔금은 저희 사장님께 직접 보내주시면 됩니다.', rules: [PAY] },
  { text: '디자인 파일은 담당 직원에게 보내주시면 바로 샘플 만들어 드릴게요.', rules: [] },
  { text: '토스로 보내주시면 바로 확인할게요. 받는 사람: 이수진', rules: [PAY] },
  { text: '토스트기 샘플은 다음 주에 DHL로 보내드릴게요.', rules: [] },
  { text: '메일로 보내드린 인보이스에 있는 계좌로 입금해 주세요.', rules: [PAY] },
  { text: '알리바바 결제 페이지에 나오는 가상계좌로 입금하시면 됩니다.', rules: [] },
  { text: '저희 회사 계좌가 현재 세무 조사 중이라 입금이 안 됩니다.', rules: [PAY, CHANGE] },
  { text: '작년 세무 조사는 문제없이 끝났습니다. 인증서 첨부합니다.', rules: [] },
  { text: '이번 잔금은 홍콩 자매회사 계좌로 송금해 주세요.', rules: [PAY, CHANGE] },
  { text: '홍콩 자매회사에서 포장을 하고, 결제는 알리바바 주문으로 하시면 됩니다.', rules: [] },
  { text: '이번 대금은 저희 무역회사 말고 공장이 직접 받기로 했습니다.', rules: [CHANGE] },
  { text: '샘플은 공장에서 직접 받으셔도 됩니다.', rules: [] },
  { text: '앞으로는 이 싱가포르 계좌로 보내주시면 됩니다.', rules: [CHANGE] },
  { text: '카톡 있으세요? 사진 거기로 보내드릴게요.', rules: [CONTACT] },
  { text: '이메일 주소 좀 알려주세요, 카탈로그 보내드릴게요.', rules: [CONTACT] },
  { text: '공장 계좌 정보는 이메일로 보내드릴게요.', rules: [CHANGE, CONTACT] },
  { text: '저희는 카톡을 사용하지 않으니 여기 채팅으로 연락 주세요.', rules: [] },
  { text: '수요일까지 결제 안 하시면 생산 일정이 한 달 밀립니다.', rules: [PRESSURE] },
  {
    text: '월말까지 입금해 주세요. 그 후엔 원자재 단가가 5% 올라서 견적을 다시 드려야 합니다.',
    rules: [PRESSURE],
  },
  { text: '20분 지나면 주문이 자동 취소되니 빨리 해 주세요.', rules: [PRESSURE] },
  { text: '금요일까지 디자인 확정해 주시면 국경절 전에 출고 가능합니다.', rules: [] },
  { text: '생산은 20일 후에 끝나고 바로 출고합니다.', rules: [] },
];
