import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 87's cues in Somali, Hausa, Bulgarian and Slovak, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const SOMALI_HAUSA_BULGARIAN_SLOVAK_CASES: ChatCase[] = [
  // Paying outside the order: a personal or a manager's account, "directly", "outside Alibaba", hawala.
  { text: 'Fadlan lacagta dammaanadda ku dir xisaabta gaarka ah ee maamulaha, Shenzhen.', rules: [PAY] },
  { text: 'Ka biya ragowar kudin zuwa asusun darakta, Mr. Feng.', rules: [PAY] },
  { text: 'Моля платете капарото по личната сметка на управителя ни.', rules: [PAY] },
  { text: 'Никога не приемаме плащане по лична сметка, само през поръчката в Alibaba.', rules: [] },
  { text: 'Molya, platete avansa po lichnata smetka na direktora.', rules: [PAY] },
  { text: 'Nikoga ne priemame plashtane po lichna smetka, samo prez porachkata.', rules: [] },
  { text: 'Zálohu zaplaťte na súkromný účet nášho konateľa, ušetríte poplatok.', rules: [PAY] },
  { text: 'Doplatok zaplaťte priamo na náš účet v Hongkongu, bez poplatku Alibaby.', rules: [PAY] },
  { text: 'Doplatok zaplaťte v objednávke na Alibabe, nie na iný účet.', rules: [] },
  { text: 'Плащането е по-евтино извън Alibaba, преведете директно по сметката ни.', rules: [PAY] },
  { text: 'Плащане извън Alibaba не приемаме, платете в поръчката.', rules: [] },
  { text: 'Lacagta xawaala ku soo dir, Taaj ama Amal, magaca wakiilka.', rules: [PAY] },
  // A new or changed account.
  { text: 'Account cusub ayaan furnay, baaqiga lacagta ku dir HSBC Hong Kong.', rules: [CHANGE] },
  { text: 'Mun bude sabon account a Dubai, ku tura ragowar kudin can.', rules: [CHANGE] },
  { text: 'Сметката ни е под одит, моля платете остатъка по новата сметка в Германия.', rules: [CHANGE] },
  { text: 'Сметката ни никога не се сменя, нова сметка в чата е измама.', rules: [] },
  { text: 'Smetkata ni e blokirana, prevedete ostatuka po novata smetka v Dubai.', rules: [CHANGE] },
  { text: 'Náš účet je v audite, doplatok pošlite na nový účet v Hongkongu.', rules: [PAY, CHANGE] },
  // Talk moved elsewhere.
  { text: 'Igu dar WhatsApp-ka, sawirrada warshadda halkaas ayaan kuugu soo diri.', rules: [CONTACT] },
  { text: 'WhatsApp-ka ma isticmaalno, halkan Alibaba ku wada hadalno.', rules: [] },
  { text: 'Ka kara ni a WhatsApp, zan aika maka hotunan atamfa.', rules: [CONTACT] },
  { text: 'Ba mu amfani da WhatsApp, mu ci gaba a nan Alibaba.', rules: [] },
  { text: 'Добавете ме във Вайбър, там ще пратя видео от цеха.', rules: [CONTACT] },
  { text: 'Вайбър не ползваме за поръчки, пишете тук в Alibaba.', rules: [] },
  { text: 'Pishete mi vav Viber, tam shte pratya katalog.', rules: [CONTACT] },
  { text: 'Napíšte mi na Telegram, pošlem tam certifikát CE.', rules: [CONTACT] },
  { text: 'Telegram nepoužívame, certifikát CE pošlem sem do chatu.', rules: [] },
  // Pressure to pay: a deadline with a loss.
  { text: 'Lacagta maanta soo dir, berri qiimuhu wuu kordhayaa.', rules: [PRESSURE] },
  { text: 'Maanta warshaddu way xiran tahay, berri ayaan ku soo jawaabi doonaa.', rules: [] },
  { text: 'Ka biya yau, gobe farashi zai karu saboda dala.', rules: [PRESSURE] },
  { text: 'Ka biya a cikin order idan ka shirya, babu gaggawa.', rules: [] },
  { text: 'Моля платете до 2 дни, иначе губим мястото на кораба.', rules: [PRESSURE] },
  { text: 'Платете когато ви е удобно, мястото на кораба е потвърдено.', rules: [] },
  { text: 'Zaplaťte dnes, inak bude cena od pondelka vyššia.', rules: [PRESSURE] },
  { text: 'Zaplaťte, keď budete mať čas, cena platí do konca mesiaca.', rules: [] },
];
