import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Korean (thread-language-packs.ts). Korean joins its particles to the word before ("계좌로",
// to the account; "송금했어요", sent), so its words are phrases, read without word edges.

export const KOREAN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [],
    phrases: [
      // "오늘 오후에 송금했어요" (sent this afternoon), "입금 완료", "보냈습니다" (sent), "송금증 첨부합니다" (receipt attached),
      // "내일 바로 이체할게요" (I'll transfer tomorrow).
      '(?:송금|입금|이체)\\s?(?:했|하였|완료|됐|되었|해\\s?드렸)|^\\W*보냈(?:어요|습니다|어)|(?:송금증|입금증|이체\\s?확인증|영수증)\\s?(?:첨부|보내|보냈)|(?:오늘|내일|지금|바로)\\s?(?:바로\\s?)?(?:송금|입금|이체)(?:할게|하겠|해\\s?드릴게)',
    ],
  },
  asksWhere: {
    words: [],
    phrases: [
      // "어떤 계좌요?" (which account?), "정보 보내주세요" (send the details), "얼마 보내면 돼요?" (how much do I send?),
      // "수취인 이름이랑 주소 알려주세요" (the payee's name and address).
      '(?:어떤|어느|무슨)\\s?계좌|계좌\\s?(?:번호|정보)|(?:정보|계좌)\\s?(?:좀\\s?)?(?:보내|알려)\\s?주세요|얼마\\s?(?:보내|송금|입금|이체)|수취인\\s?(?:이름|정보|주소)|예금주|받는\\s?(?:사람|분)\\s?(?:이름|정보)',
    ],
  },
  pointsAt: {
    words: [],
    phrases: [
      // "이 계좌로 보내면 되죠?" (to this account, right?), "지난번 계좌" (last time's account).
      '(?:같은|그|이|저번|지난번|지난)\\s?계좌',
    ],
  },
  toPay: { words: [], phrases: ['송금|입금|이체|계약금|잔금|금액|보내'] },
  backToTheOrder: {
    words: [],
    phrases: [
      // "그냥 Trade Assurance 주문으로 결제할게요" (I'll pay in the Trade Assurance order), "알리바바 결제 페이지로만"
      // (only the Alibaba payment page), "알리바바로 결제하면 안 돼요?" (can't I pay through Alibaba?), "주문서 만들어 주세요"
      // (make me the order), "돈은 안 보냅니다" (I won't send money).
      '(?:알리바바|트레이드\\s?어슈어런스|trade\\s?assurance)\\s?(?:주문|결제\\s?페이지)?(?:으로|로)\\s?(?:만|결제할게|결제하겠|낼게)|(?:알리바바|트레이드\\s?어슈어런스|trade\\s?assurance)(?:으로|로)\\s?(?:결제|주문)\\S*\\s?안\\s?(?:돼|되)|주문서\\s?(?:만들어|보내)\\s?주세요|(?:돈|돈은|송금은)\\s?안\\s?보내|안\\s?보냅니다',
    ],
  },
  vouches: {
    words: [],
    phrases: [
      // "한국 고객님들 많이 이렇게 하세요" (many Korean customers do it this way), "걱정 안 하셔도 됩니다" (no need to worry).
      '(?:많이|다들|모두|전부)\\s?이렇게\\s?(?:하세요|해요|하십니다|합니다|결제)|걱정\\s?(?:안\\s?하셔도|마세요|하지\\s?마세요)|믿으셔도|안전합니다|안전해요',
    ],
  },
  doubts: { words: [], phrases: ['안전한가요|괜찮은가요|진짜요|정말요|사기|이상하'] },
  namesTheOrder: {
    words: [],
    phrases: [
      // "알리바바에서 결제 확인됐습니다", "결제 페이지에 나오는 가상계좌" (the order page's virtual account), "주문서".
      '(?:알리바바|트레이드\\s?어슈어런스)\\s?(?:주문|결제)|알리바바에서\\s?(?:결제|입금)|결제\\s?페이지|주문서',
    ],
  },
  moved: {
    words: [],
    phrases: [
      // "추가했어요" (added), "메시지 보냈어요" (sent a message), "메일 확인했어요" (checked the mail).
      '추가\\s?(?:했|완료|하였)|친구\\s?(?:추가|신청)|(?:메시지|메세지|문자|메일)\\s?(?:보냈|드렸|확인했)',
    ],
  },
  backToTheChat: {
    words: [],
    phrases: [
      '여기서\\s?(?:얘기|이야기|대화|연락)|(?:카톡|위챗|왓츠앱)(?:은|는)?\\s?(?:안\\s?해요|안\\s?합니다|없어요)',
    ],
  },
  namesTheChat: { words: [], phrases: ['여기|알리바바\\s?채팅'] },
  pageTakes: {
    words: [],
    phrases: [
      // "알리바바 아이디랑 비번 넣었어요" (put in my Alibaba ID and password), "인증번호 4821이요" (the code is 4821).
      '로그인|비번|비밀번호|카드\\s?(?:번호|정보)|인증\\s?번호|인증\\s?코드|입력했|넣었',
    ],
  },
  refusesThePage: { words: [], phrases: ['안\\s?(?:넣|입력)|입력\\s?안\\s?|취소했'] },
  asksWhy: { words: [], phrases: ['(?<![\\p{L}])왜(?![\\p{L}])'] },
};
