/**
 * "Today" in one language, what the buyer is told is lost after it (a cancelled order, a higher price, the stock gone,
 * "otherwise"), and the words to look for ("today" itself: the losses are in more messages).
 */
export interface TodayAndLoss {
  /** Today, or a deadline as near: "before 6pm" (Malay "sebelum pukul 6"), "ends Friday" (Swahili "inaisha Ijumaa"). */
  today: string;
  /** Lost after today, in the sentence that also asks to pay. */
  loss: string;
  /**
   * Lost after today, pressure even where no word for paying is said (closing or confirming is what is rushed): a
   * higher price, the goods gone to another buyer. Anywhere in the message.
   */
  lossAlone?: string;
  anchors: readonly string[];
}

/** Per language, for the deadline cues of pressure-languages-today.ts. */
export const TODAY_AND_LOSSES: readonly TodayAndLoss[] = [
  // "Bugün ödeme gelmezse fiyat artıyor", "Son gün! Ödeme yapılmazsa mallar depoda bekleyecek" (unpaid, the goods wait in storage),
  // "depozito bugün gelmezse fabrikayı durduruyoruz", "2 gün içinde … ödenmezse mallar tasfiyeye"; Uzbek "bugun to'lamasangiz narx oshadi".
  {
    today: '(?:bugün|bugun|bu\\s+ak[şs]am|\\bson\\s+g[üu]n\\b|\\b\\d+\\s+g[üu]n\\s+i[çc]inde)',
    loss: '(?:art[ıi]yor|artacak|y[üu]kseliyor|zamlan|iptal|de[ğg]i[şs]iyor|de[ğg]i[şs]ecek|ka[çc][ıi]r|oshadi|bekor)',
    lossAlone:
      '\\bfiyat\\w*\\s+(?:\\S+\\s+)?(?:artar|artacak|art[ıi]yor|y[üu]kselecek)|\\bzam\\s+gel|\\byar[ıi]n\\s+(?:\\S+\\s+)?yeni\\s+fiyat|(?:[öo]denmezse|[öo]demezseniz|(?:[öo]deme|depozito|kapora|bakiye)\\s+(?:\\S+\\s+)?(?:gelmezse|yap[ıi]lmazsa))\\s+(?:\\S+\\s+){0,3}?(?:bekle(?:yecek|r|tilecek)|kal[ıi]r|kalacak|iptal|sat[ıi]l|tasfiye|durdur)|\\bgelmezse\\s+(?:\\S+\\s+){0,3}?durdur|\\bba[şs]ka\\s+(?:bir\\s+)?(?:m[üu][şs]teri|al[ıi]c[ıi])',
    anchors: [
      'bugün',
      'bugun',
      'bu akşam',
      'bu aksam',
      'son gün',
      'son gun',
      ' gün içinde',
      ' gun icinde',
      ' gün icinde',
      ' gun içinde',
    ],
  },
  // "Hari ini terakhir ya kak, kalau blm bayar pesanan otomatis batal", Malay "bayar hari ni juga, esok harga naik",
  // "kalau mau barang keluar sebelum libur, DP 40% hari ini"; "sebelum pukul 6 petang, kalau tak saya jual ke buyer Johor".
  {
    today: '(?:hari\\s+ini|hari\\s+ni|hr\\s+ini|malam\\s+ini|sebelum\\s+(?:pukul|jam)\\s+\\d+)\\b',
    loss: '(?:\\bbatal|\\bnaik\\b|\\bhilang\\b|\\bhabis\\b|\\bhangus\\b|\\bterakhir\\b|\\b(?:kalau|kalo|jika)\\s+(?:mau|ingin)\\s+(?:\\S+\\s+){0,3}?sebelum\\s+(?:libur|imlek|lebaran)\\b)',
    lossAlone:
      '\\b(?:(?:buyer|pembeli|customer|pelanggan)\\s+lain|(?:harga|hrg)\\s+(?:\\S+\\s+)?naik|naik\\s+harga|lepas\\s+ke|hangus|jual\\s+(?:ke|kepada)\\s+(?:buyer|pembeli)|produksi\\s+(?:\\S+\\s+){0,3}?(?:stop|berhenti))\\b',
    anchors: ['hari ini', 'hari ni', 'hr ini', 'malam ini', 'sebelum'],
  },
  // "ต้องโอนมัดจำวันนี้ ไม่งั้นของหมด".
  {
    today: '(?:วันนี้|ภายในพรุ่งนี้)',
    loss: '(?:ไม่งั้น|ไม่อย่างนั้น|มิฉะนั้น|ของหมด|ยกเลิก|ขึ้นราคา|ราคาขึ้น)',
    lossAlone: 'ขึ้นราคา|ราคา(?:จะ)?ขึ้น|ปรับราคา|ลูกค้า(?:คน|ราย)?อื่น',
    anchors: ['วันนี้', 'ภายในพรุ่งนี้'],
  },
  // "오늘까지 입금 안 하시면 주문 취소됩니다"; "지금 바로 … 연락 안 하시면 화물 반송됩니다" (contact us right now or the cargo goes back).
  {
    today: '(?:오늘|지금\\s?바로)',
    loss: '(?:취소|인상|오릅|오를|올라갑|불가)',
    lossAlone:
      '가격\\s?(?:이\\s?)?(?:인상|오릅|올라)|다른\\s?(?:고객|바이어|손님)|안\\s?(?:하시면|주시면|보내시면)[^.!?]{0,30}?(?:반송|폐기|몰수|경매)',
    anchors: ['오늘', '지금 바로', '지금바로'],
  },
  // "本日中にお振込みいただけないと出荷できません".
  {
    today: '(?:本日|今日)',
    loss: '(?:できません|出来ません|キャンセル|値上|取り?消|無効|間に合いません)',
    lossAlone: '値上げ|他の(?:お客様|バイヤー)|在庫を確保できません',
    anchors: ['本日', '今日'],
  },
  // "Proszę o płatność jeszcze dziś, jutro surowiec idzie w górę".
  {
    today: '\\b(?:dzisiaj|dziś|dzis|ostatnia\\s+szansa)(?![\\p{L}])',
    loss: '(?:\\bjutro\\s+(?:[\\p{L}]+\\s+){0,2}?(?:idzie\\s+w\\s+g[óo]r|dro[żz]|podro[żz])|\\banul|wstrzym|dro[żz]ej|\\binaczej\\b|przepad)',
    lossAlone:
      '\\bdro[żz]ej\\b|\\bcen[ay]\\s+(?:\\S+\\s+)?(?:wzro[śs]nie|wzrosn[ąa]|ro[śs]nie|p[óo]jd[ąz]ie?\\s+w\\s+g[óo]r[ęe])|\\binn(?:y|emu|ego)\\s+(?:klient|kupuj)|\\bprzepadnie\\b|\\bostatnia\\s+szansa\\s+na\\s+(?:t[ęe]\\s+)?cen[ęe]',
    anchors: ['dziś', 'dzis', 'ostatnia szansa'],
  },
  // "Vandaag nog betalen, anders geen verzending".
  {
    today: '\\bvandaag\\b',
    loss: '(?:\\banders\\b|\\bof\\s+we\\s+verkopen|annuler|geannuleerd|duurder|\\bstijg|vervalt|\\bkwijt\\b)',
    anchors: ['vandaag'],
  },
  // "Оплатіть сьогодні, завтра вже буде пізно"; "до вечера нужна предоплата, иначе снимаем бронь".
  {
    today: '(?:сьогодні|сегодня|до\\s+вечера|до\\s+завтра)',
    loss: '(?:пізно|поздно|скасу|інакше|иначе|подорож|дороже|отмен|утилиз|завтра\\s+уже|сним[\\p{L}]*\\s+(?:бронь|резерв)|сгор[\\p{L}]*)',
    anchors: ['сьогодні', 'сегодня', 'до вечера', 'до завтра'],
  },
  // "Hôm nay là hạn cuối, anh thanh toán ngay kẻo mất suất".
  {
    today: '(?:hôm\\s+nay|hom\\s+nay|tối\\s+nay|toi\\s+nay)',
    loss: '(?:\\bk[ẻe]o\\b|t[ịi]ch\\s+thu|l[ỡo]\\s+t[àa]u|h[ạa]n\\s+cu[ốo]i|\\bm[ấa]t\\s+(?:su[ấa]t|h[àa]ng|c[ọo]c|ch[ỗo])|\\bh[ủu]y\\b|t[ăa]ng\\s+gi[áa]|h[ếe]t\\s+h[àa]ng)',
    lossAlone:
      't[ịi]ch\\s+thu|gi[áa]\\s+(?:s[ẽe]\\s+)?(?:l[êe]n|t[ăa]ng)|t[ăa]ng\\s+gi[áa]|kh[áa]ch\\s+(?:h[àa]ng\\s+)?kh[áa]c|m[ấa]t\\s+(?:su[ấa]t|ch[ỗo]|slot)|c[ơo]\\s+h[ộo]i\\s+cu[ốo]i',
    anchors: ['hôm nay', 'hom nay', 'tối nay', 'toi nay'],
  },
  // "আজকের মধ্যে পেমেন্ট না করলে অর্ডার বাতিল হয়ে যাবে", "… কন্টেইনারে আপনার মাল উঠবে না" (your goods won't be loaded).
  // "আজকের মধ্যে টাকা না পাঠালে দাম বেড়ে যাবে, অন্য ক্রেতা অপেক্ষা করছে".
  {
    today: 'আজ',
    loss: '(?:বাতিল|দাম\\s+(?:বাড়|বেড়)|উঠবে\\s+না|পরের\\s+শিপমেন্ট)',
    lossAlone: 'দাম\\s+(?:বাড়|বেড়)|অন্য\\s+(?:ক্রেতা|কাস্টমার|বায়ার|গ্রাহক)',
    anchors: ['আজ'],
  },
  // Czech "Zaplaťte prosím ještě dnes, zítra se cena zvedne a zboží prodáme jinému".
  {
    today: '\\b(?:dnes|dneska)\\b',
    loss: '(?:\\bz[íi]tra\\s+(?:[\\p{L}]+\\s+){0,3}?(?:zdra[žz]|zvedn|stoupn|vzroste)|\\bjinak\\b|\\bzru[šs]|\\bstorn|\\bprod[áa]me\\s+jin)',
    lossAlone:
      '\\bcen[au]?\\s+(?:\\S+\\s+)?(?:zvedne|stoupne|zdra[žz][íi]|vzroste)|\\bzdra[žz][íi]\\b|\\bprod[áa]me\\s+(?:\\S+\\s+)?jin[ée]mu|\\bjin[ée]mu\\s+(?:z[áa]kazn[íi]k|kupc|odb[ěe]ratel)',
    anchors: ['dnes'],
  },
  // Hungarian "Kérem még ma fizessen, holnaptól emelkedik az ár, és másik vevő is várja az árut".
  {
    today: '(?:\\bm[ée]g\\s+ma\\b|\\bma\\s+estig\\b|\\bma\\s+d[ée]lig\\b|\\bmai\\s+napon\\b)',
    loss: '(?:\\bholnap(?:t[óo]l)?\\s+(?:[\\p{L}]+\\s+){0,3}?(?:emelked|dr[áa]gul|n[őo]\\s+az\\s+[áa]r)|\\bk[üu]l[öo]nben\\b|\\bt[öo]r[öo]lj|\\bt[öo]rl[ée]s|\\bm[áa]sik\\s+vev)',
    lossAlone:
      '\\bemelkedik\\s+az\\s+[áa]r|\\baz\\s+[áa]r\\s+(?:\\S+\\s+)?(?:emelkedik|n[őo]|dr[áa]gul)|\\bm[áa]sik\\s+(?:vev|[üu]gyf[ée]l)',
    anchors: ['még ma', 'meg ma', 'ma estig', 'ma délig', 'ma delig', 'mai napon'],
  },
  // "لازم التحويل النهارده قبل الساعة ٣ والا الشحنة تتأخر".
  {
    today: '(?:اليوم|النهارده|النهاردة|النهاردا)',
    loss: '(?:والا|وإلا|تتأخر|يتأخر|تلغى|يلغى|إلغاء|الغاء|سيرتفع|يرتفع|قبل\\s+(?:ما|أن|ان)\\s+(?:تزيد|يزيد|ترتفع))',
    lossAlone:
      '(?:السعر|الأسعار|الاسعار)\\s+(?:\\S+\\s+)?(?:هيزيد|سيرتفع|ستزيد|يزيد|هتزيد|يرتفع|هيغلى)|(?:زبون|عميل)\\s+(?:تاني|آخر|اخر)|وبكر[ةه]\\s+(?:هيزيد|هتزيد|هيغلى)',
    anchors: ['اليوم', 'النهارد'],
  },
  // Arabic in Latin letters: "law ma 7awalt el youm el order yetkansal".
  {
    today: '\\b(?:el\\s+youm|el\\s+yom|elyoum|lyoum|lyouma|(?:en|el)?naharda)\\b',
    loss: '(?:yetkansal|hayetkansal|yetlegh|hayetlegh|\\by?e?tl[gh]+y\\b|\\bcancel)',
    // "el se3r yezeed" (read "seer": a digit in a word is read as the letter it looks like), "zebon tany".
    lossAlone:
      '\\bs[ea]?er\\s+(?:\\S+\\s+)?(?:hayzeed|yezeed|yzeed|hyzeed|haytla[ea]|yetla[ea])\\b|\\b(?:zebon|zobon|customer)\\s+tany\\b|\\bghadi\\s+(?:ychri|yechri|yeshri|nbi[3e])\\b',
    anchors: ['youm', 'yom', 'naharda'],
  },
  // "Porfa hoy mismo el pago, q mañana sube el dólar"; "o fornecedor só segura até hoje"; "pague … hoje, cada dia mais 150
  // dólares, depois de 7 dias o porto leiloa a carga".
  {
    today: '\\b(?:hoy|hoje)\\b',
    loss: '(?:ma[ñn]ana\\s+(?:[\\p{L}]+\\s+){0,3}?(?:sube|aumenta|cambia)|amanh[ãa]\\s+(?:[\\p{L}]+\\s+){0,3}?(?:sobe|aumenta|muda)|\\bs[óo]\\s+(?:segura|guarda|mant[ée]m)\\b|\\bse\\s+cancela|\\bcancelamos\\b|\\bcancelado\\b|\\bleiloa|\\bsubasta|\\bcada\\s+d[íi]a\\s+(?:m[áa]s|mais)\\b|\\bpierde\\s+(?:el|su|la)\\b|\\bdecomisad|\\bo\\s+(?:el|la)\\s+(?:contenedor|mercanc[íi]a|carga|pedido)\\s+no\\s+sale\\b)',
    // "O armazém só segura a mercadoria até amanhã, depois cobra armazenagem. Por favor pague o saldo … ainda hoje."
    lossAlone:
      '\\bs[óo]\\s+(?:segura|guarda|mant[ée]m)\\b|\\bcobra(?:mos|r)?\\s+(?:a\\s+|el\\s+)?(?:armazenagem|almacenaje)\\b|\\b(?:otro|outro)\\s+cliente\\b|\\bsube\\s+el\\s+precio\\b|\\bo\\s+pre[çc]o\\s+sobe\\b|\\bn[ãa]o\\s+consigo\\s+(?:segurar|manter)\\s+o\\s+pre[çc]o\\b',
    anchors: ['hoy', 'hoje'],
  },
  // Swahili "lipa leo, kesho bei itapanda", "kesho storage inaanza", "la sivyo stock itauzwa"; Hausa "biya yau, idan ba haka ba".
  {
    today: '\\b(?:leo|sasa\\s+hivi|inaisha\\s+(?:kesho|ijumaa|jumamosi|jumapili))\\b',
    loss: '(?:itaghairiwa|\\bghairi|itapanda|inaongezeka|zinaongezeka|vinginevyo|\\binaanza\\b|\\bkila\\s+siku\\b)',
    lossAlone:
      '\\bstorage\\s+(?:\\S+\\s+){0,4}?kila\\s+siku\\b|\\bkesho\\s+storage\\b|(?:mkulima|mteja|mnunuzi)\\s+mwingine|\\bla\\s+sivyo\\b|\\bitauzwa\\b|\\bbei\\s+itapanda\\b',
    anchors: ['leo', 'sasa hivi', 'inaisha'],
  },
  // Lithuanian "būtina šiandien sumokėti 420 EUR užstatą, kitaip krovinys bus grąžintas" (otherwise the cargo is sent back).
  { today: '(?:šiandien|siandien)', loss: '(?:kitaip|grąžint|grazint)', anchors: ['šiandien', 'siandien'] },
  { today: '\\byau\\b', loss: '(?:\\bsoke\\b|idan\\s+ba\\s+haka\\s+ba)', anchors: ['yau'] },
  // Kazakh "бүгін төлемесеңіз тапсырыс жойылады".
  { today: 'бүгін', loss: '(?:жо[йи]ыл|қымбаттайды|бас\\s+тарт)', anchors: ['бүгін'] },
  // Amharic "ዛሬ ካልከፈሉ ትዕዛዙ ይሰረዛል".
  { today: 'ዛሬ', loss: '(?:ይሰረዛል|ይሰረዛሉ|ይጨምራል)', anchors: ['ዛሬ'] },
  // Persian "اگر امروز واریز نکنید سفارش لغو می‌شود"; Urdu "آج ادائیگی نہ کی تو آرڈر منسوخ".
  // Urdu "اگر آج ڈپازٹ … نہیں آیا تو کپڑا کسی اور گاہک کو دے دیں گے" (the fabric goes to another customer).
  {
    today: '(?:امروز|آج)',
    loss: '(?:لغو|گران|وگرنه|منسوخ|ورنہ|کینسل|کسی\\s+اور\\s+(?:گاہک|کسٹمر|خریدار))',
    anchors: ['امروز', 'آج'],
  },
  // Bengali "আজকের মধ্যে নগদ অগ্রিম না দিলে অর্ডার বাতিল হবে" (if the advance isn't paid today, the order is cancelled).
  { today: 'আজ', loss: '(?:বাতিল|দাম\\s+বাড়)', anchors: ['আজ'] },
  // Tagalog "bayaran niyo na po ngayon o ika-cancel namin ang order".
  {
    today: '\\b(?:ngayon|ngayong\\s+araw)\\b',
    loss: '(?:cancel|mawawala|tataas|bukas\\s+(?:\\S+\\s+)?wala\\s+na)',
    lossAlone: '\\b(?:tataas|taas\\s+na|ibang\\s+(?:buyer|customer|mamimili|kliyente)|mawawala)\\b',
    anchors: ['ngayon'],
  },
  // Hinglish "aaj payment nahi aaya to order cancel".
  {
    today: '\\baaj\\b',
    loss: '(?:\\bcancel|\\bwarna\\b|\\bvarna\\b|\\bnahi\\s+to\\b|\\bbadh\\s+jayega|\\bnikal\\s+jayega)',
    lossAlone:
      '\\b(?:rate|daam|price)\\s+(?:\\S+\\s+)?ba(?:dh|rh)|\\bdusr[ei]\\s+(?:party|customer|buyer)\\b|\\bkisi\\s+aur\\s+(?:party\\s+|customer\\s+|buyer\\s+)?ko\\b',
    anchors: ['aaj'],
  },
  // Hindi "आज पेमेंट नहीं किया तो ऑर्डर कैंसल", "आज कन्फर्म करें, वरना माल दूसरी पार्टी को".
  {
    today: 'आज',
    loss: '(?:वरना|नहीं\\s+तो|कैंसल|रद्द|बढ)',
    lossAlone:
      '(?:रेट|दाम|भाव|कीमत|प्राइस)\\s+(?:\\S+\\s+)?बढ|दूसर(?:े|ी|ा)\\s+(?:पार्टी|ग्राहक|कस्टमर|बायर)|किसी\\s+और\\s+को',
    anchors: ['आज'],
  },
  // Greek "640€ μέσω Western Union σήμερα, αλλιώς το εμπόρευμα θα βγει σε δημοπρασία"; Hebrew "עד הלילה, אחרת החבילה תוחזר".
  { today: '(?:σήμερα|σημερα)', loss: '(?:αλλιώς|αλλιως|δημοπρασ|ακυρ)', anchors: ['σήμερα', 'σημερα'] },
  { today: '(?:היום|הלילה)', loss: '(?:אחרת|תוחזר|יבוטל|יושמד)', anchors: ['היום', 'הלילה'] },
];
