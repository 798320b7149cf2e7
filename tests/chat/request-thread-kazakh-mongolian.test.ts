import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 86: the threads of src/chat/request-thread.ts in Kazakh and Mongolian
// (src/chat/thread-words-kazakh-mongolian.ts and its -2 file), typed with the languages' own letters or without them.

describe('requests carried on in Kazakh', () => {
  const request = 'Комиссия болмас үшін алдын ала төлемді бухгалтеріміздің жеке картасына аударыңыз.';

  it('flags the replies to a request to pay outside the order, typed with its letters or without', () => {
    const replies = [
      'Қай картаға?',
      'Теңгемен аударсам бола ма?',
      'Аудардым, 1 540 000 теңге.',
      'Жибердим, чекти салдым',
      'Ертең таңертең Jusan арқылы жіберемін.',
      'отправил',
      'Жарайды, ертең жіберемін',
      'Төлеп қойдым, ақша түсті ме?',
      '[сурет: jusan_chek_1540.jpg]',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it and pointing at the card, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Көп клиент Алматыдан осылай төлейді, алаңдамаңыз.'],
      ['supplier', 'Иә, дұрыс.'],
      ['buyer', 'Неге жеке картаға? Бұл қауіпсіз бе?'],
      ['buyer', 'Тапсырыс бетінде төлеймін, Trade Assurance арқылы.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Жоқ, тек Alibaba арқылы ғана төлейміз.'],
      ['buyer', 'Аудардым.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Прайсты Telegram-ға жіберейін, @aigerim_trade деп іздеңіз.'],
      ['buyer', 'Қостым, сәлем жаздым.'],
      ['buyer', 'Таба алмадым, ники дұрыс па?'],
      ['buyer', 'Осында сөйлесейік, Telegram керек емес.'],
      ['buyer', 'Қостым.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', 'Тапсырысты растау үшін кіріңіз: http://alibaba-orderpay.top/login'],
      ['buyer', 'Кірдім, енді SMS код сұрап тұр.'],
      ['supplier', 'Иә, кодты енгізіңіз.'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toEqual([LINK]);
  });
});

describe('requests carried on in Mongolian', () => {
  const request = 'Шимтгэл гарахгүйн тулд үлдэгдлийг манай менежерийн Хас банкны данс руу шилжүүлээрэй.';

  it('flags the replies to a request to pay outside the order, typed with its letters or without', () => {
    const replies = [
      'Аль данс руу?',
      'Доллараар шилжүүлж болох уу?',
      'Шилжүүлсэн, 4 200$.',
      'Шилжуулчихлээ, баримтаа явуулъя',
      'Маргааш нягтлан маань төлнө.',
      'Гүйлгээ хийлээ.',
      'shiljuulchihlee',
      '[зураг: has_guilgee_0923.png]',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it and pointing at the account, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Бүх юм хууль ёсны, олон үйлчлүүлэгч ингэж төлдөг.'],
      ['supplier', 'Тийм, энэ данс. Баримтаа энд явуулаарай.'],
      ['buyer', 'Яагаад менежерийн данс руу? Энэ аюулгүй юу?'],
      ['buyer', 'Захиалгын хуудсаар л төлнө.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Зөвхөн Alibaba захиалгаар төлнө, өөр газар шилжүүлэхгүй.'],
      ['buyer', 'Шилжүүлсэн.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to WeChat, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Үнийн саналыг WeChat-аар явуулъя, ID: tsetseg_textile.'],
      ['buyer', 'Нэмлээ, Saraa гэсэн нэртэй.'],
      ['supplier', 'Тэнд л ярья.'],
      ['buyer', 'Энд бичье, WeChat байхгүй.'],
      ['buyer', 'Нэмлээ.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a look-alike payment page, and leaves a refusal alone', () => {
    const checked = rulesIn(
      ['supplier', 'Энэ холбоосоор орж төлнө үү: https://alibaba-pay-mn.shop/checkout'],
      ['buyer', 'Нэвтэрлээ, картын дугаар асууж байна.'],
      ['supplier', 'Тийм, оруулаарай.'],
      ['buyer', 'Үгүй, би тэнд нууц үгээ оруулахгүй.'],
    );
    expect(checked.slice(1)).toEqual([[LINK], [LINK], []]);
  });
});
