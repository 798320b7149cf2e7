import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 84: the threads of src/chat/request-thread.ts in Ukrainian, Romanian, Hebrew and Greek
// (src/chat/thread-words-ukrainian-romanian.ts and thread-words-hebrew-greek.ts).

describe('requests carried on in Ukrainian', () => {
  const request =
    'Аванс 30% краще переказати на картку нашого менеджера, так без комісії: 4441 1144 5566 7788.';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      "На чиє ім'я картка?",
      'Куди саме переказувати, на цю картку?',
      'Перерахував 2 100 $, ось квитанція.',
      'Чек уже надіслав.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads a supplier vouching for it as carrying it on, and leaves the order and the doubts alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Не хвилюйтесь, все легально, так платять усі клієнти.'],
      ['buyer', 'Чому на картку? Це безпечно?'],
      ['buyer', 'Оплатив у замовленні на Alibaba.'],
    );
    expect(checked[1]).toEqual([PAY]);
    expect(checked.slice(2)).toEqual([[], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Напишіть мені в Телеграм, нік @olena_led, там швидше.'],
      ['buyer', 'Додав вас, напишу ввечері.'],
      ['buyer', 'Не можу знайти такий нік.'],
      ['buyer', 'Краще спілкуймось тут, на Alibaba.'],
      ['buyer', 'Написав вам.'],
    );
    expect(checked[1]).toEqual([CONTACT]);
    expect(checked[2]).toEqual([CONTACT]);
    expect(checked.slice(3)).toEqual([[], []]);
  });
});

describe('requests carried on in Romanian', () => {
  const request = 'Avansul îl puteți trimite prin Western Union pe numele colegului nostru, e mai simplu.';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      'Pe numele cui exact?',
      'Cât trimit acum?',
      'Am plătit azi dimineață, atașez chitanța.',
      'Trimis.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('leaves the doubts and the turn back to the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'De ce pe numele unei persoane? E sigur?'],
      ['buyer', 'Plătesc doar prin Trade Assurance.'],
      ['buyer', 'Am plătit.'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });

  it('flags the replies to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', 'Plătiți aici: https://alibaba-escrow.pay-secure.top/ro/4410 și confirmați cu cardul.'],
      ['buyer', 'M-am conectat, acum cere parola.'],
      ['buyer', 'Codul din SMS e 5531.'],
    );
    expect(checked[1]).toContain(LINK);
    expect(checked[2]).toContain(LINK);
  });
});

describe('requests carried on in Hebrew', () => {
  const request = 'את המקדמה אפשר להעביר ישירות לחשבון הפרטי של המנהלת שלנו, בלי עמלות של עליבאבא.';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      'לאיזה חשבון בדיוק?',
      'כמה להעביר עכשיו?',
      'העברתי, מצרף את האסמכתא.',
      'שלחתי 1,200 דולר',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('leaves the doubts and the order named alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'זה בטוח לגמרי, כל הלקוחות שלנו משלמים ככה.'],
      ['buyer', 'למה לחשבון פרטי? זה מוזר.'],
      ['buyer', 'שילמתי בהזמנה בכרטיס אשראי.'],
    );
    expect(checked[1]).toEqual([PAY]);
    expect(checked.slice(2)).toEqual([[], []]);
  });

  it('flags the replies to a move to WhatsApp and to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', 'תוסיף אותי בוואטסאפ: +86 139 2211 4455'],
      ['buyer', 'הוספתי אותך, שלחתי הודעה.'],
      [
        'supplier',
        'לתשלום היכנס לקישור: https://alibaba-paycenter.secure-ta.info/il/7781 והזן את פרטי הכרטיס',
      ],
      ['buyer', 'הכנסתי את פרטי הכרטיס, ביקש קוד.'],
      ['buyer', 'הקוד 4410'],
    );
    expect(checked[1]).toEqual([CONTACT]);
    expect(checked[3]).toContain(LINK);
    expect(checked[4]).toContain(LINK);
  });
});

describe('requests carried on in Greek', () => {
  const request =
    'Την προκαταβολή στείλτε τη με Western Union στο όνομα της λογίστριάς μας, είναι πιο γρήγορο.';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      'Σε ποιο όνομα ακριβώς;',
      'Πόσο να στείλω τώρα;',
      'Πλήρωσα σήμερα, σας στέλνω το αποδεικτικό.',
      'Plirosa, sas stelno tin apodeixi.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('leaves the order named and the turn back to it alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Όχι, θα πληρώσω μόνο μέσω Trade Assurance.'],
      ['buyer', 'Πλήρωσα στην παραγγελία.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to Viber, and leaves a turn back to the chat alone', () => {
    const checked = rulesIn(
      ['supplier', 'Γράψτε μου στο Viber: +86 158 4420 1133, εκεί στέλνω τα σχέδια.'],
      ['buyer', 'Σας πρόσθεσα, σας έγραψα.'],
      ['buyer', 'Δεν έχω Viber, συνεχίζουμε εδώ.'],
      ['buyer', 'Σας έγραψα.'],
    );
    expect(checked[1]).toEqual([CONTACT]);
    expect(checked.slice(2)).toEqual([[], []]);
  });

  // Greek asks with ";", which reads as a question mark.
  it("leaves the buyer's questions alone: why a personal account, and is what someone asked true", () => {
    const checked = rulesIn(
      ['supplier', 'Πληρώστε τα 2.400 € σε προσωπικό λογαριασμό του διευθυντή μας.'],
      ['buyer', 'Γιατί σε προσωπικό λογαριασμό;'],
      [
        'buyer',
        'Ένας κύριος μου έγραψε στο Viber ότι είναι ο αντιπρόσωπός σας και ζήτησε 80 € με IRIS για δείγματα. Ισχύει;',
      ],
    );
    expect(checked).toEqual([[PAY], [], []]);
  });
});
