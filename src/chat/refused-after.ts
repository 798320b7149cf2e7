/**
 * Refusals said after the words they refuse: "Western Union is not accepted", verbs that come last ("на личные карты мы
 * деньги не принимаем"), or a "no" later in the sentence pointing back. `negation.ts` reads the refusals said before.
 */

/**
 * Said no to right after the words: "Western Union is not accepted", "crypto we cannot accept", "escrow websites, we
 * dont use", "direct TT nahi karunga", "cash to agent i am not comfortable", "direct bank transfer nahi", "Western
 * Union ile değil, Alibaba üzerinden", "a guarantee fee is not required", "Payoneer not needed", "私人账户也不行",
 * "私人账户付款是不可以的", "直接付款到私人账户也不行", or asked and answered ("Cash on delivery? Sorry, only Alibaba payment", "… by PayPal,
 * I told him no", "he ask pay to personal account, we refused"), not shown at checkout ("If GCash not show, you can use
 * card"), said to have no protection ("friends and family payment has no buyer protection"), asked and called "a hard
 * no" ("Gift cards? For a courier fee? That's a hard no"), or asked about by a buyer who would rather not ("is Payoneer
 * possible or only Trade Assurance?", "Cash App is only for US right?"). Only right after them (a few characters in
 * Chinese, or where the money would go, or a payment noun in English), so "pay via Western Union as TA is not
 * possible", "付到私人账户因为信保不行" and "直接付款吧信保不行" are still requests. Amharic and Nepali put the verb last, after a list:
 * "በtelebirr ወይም በጥሬ ገንዘብ አንቀበልም" (we take neither telebirr nor cash), "eSewa, Khalti वा नगद लिँदैनौं"; Serbian and
 * Croatian "keš ne primamo"; Danish and Norwegian "Vipps virker ikke i Kina" (doesn't work), "Western Union? Nej tak",
 * Finnish "PayPal ei käy"; Kannada "PayPal, Zelle ಯಾವುದೂ ತಗೊಳ್ಳಲ್ಲ" (we take neither), "GPay/PhonePe beda" (no GPay),
 * Malayalam "venda", Sinhala "ganne na", Burmese "ဟွန်ဒီ၊ … လက်မခံပါ" (we don't accept hundi).
 */
const REFUSED_AFTER =
  /^(?:[^\s,.!?;।።፣]*(?:\s*[,፣]\s*[^\s,.!?;।።፣]+(?:\s+[^\s,.!?;।።፣]+)?){0,3}(?:\s+[^\s,.!?;।።፣]+){0,4}?\s+(?:չենք\s+ընդունում|չենք\s+վերցնում|არ\s+ვიღებთ|ne\s+sprejemamo|ei\s+v[õo]ta|አንቀበልም|አልቀበልም|አይቀበልም|አንወስድም|አንጠቀምም|लिँदैनौं|लिंदैनौं|लिदैनौं|लिँदैनौँ|लिन्नौं|स्वीकार्दैनौं|स्वीकार\s+गर्दैनौं|प्रयोग\s+गर्दैनौं|ತಗೊಳ್ಳಲ್ಲ|ತೆಗೆದುಕೊಳ್ಳುವುದಿಲ್ಲ|ಸ್ವೀಕರಿಸಲ್ಲ|ಸ್ವೀಕರಿಸುವುದಿಲ್ಲ|ಬೇಡ|beda|tagolalla|tagollalla|വേണ്ട|venda|സ്വീകരിക്കില്ല|എടുക്കില്ല|edukkilla|ගන්නේ\s+නෑ|ගන්නේ\s+නැහැ|ganne\s+na|එපා|(?:ငွေ)?(?:လက်မခံ|မတောင်း|မယူ)\S*)(?![\p{L}\p{M}])|(?:\s+[^\s,.!?;]+){0,3}?\s+ne\s+(?:primamo|prihvatamo|prihva[ćc]amo|uzimamo|koristimo)(?![\p{L}])|\s+no\s+way\b|\s+(?:nahi|nahin)\s+(?:karunga|karungi|karenge|karoonga|dunga|dungi|denge|bhejunga|bhejungi|bhejenge)\b|\s+(?:i\s+am|i'm|im|we\s+are|we're)\s+not\s+(?:comfortable|ok|okay|happy|sure)\b|\s*,?\s+(?:we|i)\s+(?:cannot|can'?t|can\s+not|don'?t|dont|do\s+not|won'?t|will\s+not|never)\s+(?:accept|take|use(?=\s*(?:[,.!;]|$|\s+(?:it|them|that|this|those|these)\b)))\b(?!\s+(?:it\s+)?(?:(?:by|through|via|on|in)\s+)?(?:the\s+)?(?:alibaba|ta|trade\s+assurance|platform|order))|\s*,?\s*so\s+(?:i|we)\s+(?:didn'?t|did\s+not|won'?t|will\s+not)\s+pay\b|\s+ne\s+(?:marche|marchent|fonctionne|fonctionnent)\s+pas\b|\s+(?:fungerer|virker|funker)\s+ikke(?![\p{L}])|\s+ei\s+(?:käy|kay|toimi|onnistu)(?![\p{L}])|\s*\?+\s*(?:nej|nei|ei|ikke|aldrig|aldri|valitettavasti|desv[æa]rre|dessverre)(?![\p{L}])|\s+(?:không|khong)\s+(?:nhận|nhan)(?![\p{L}])|\s*,?\s*(?:but\s+)?(?:we|i)\s+(?:refused|declined|said\s+no)\b|\s+no\s+(?:amigo|amiga|hermano|se[ñn]or|gracias)\b|\s+pero\s+(?:yo\s+)?prefiero\s+(?:alibaba|trade\s+assurance)\b|\s+is\s+how\s+(?:i|we)\s+send\s+money\s+(?:home|to\s+my\s+\S+)|(?:\s+(?!alibaba|ta\b|trade)[^\s,.!?]+){0,2}?\s+(?:nahi|nahin|nahee|de[ğg]il)\s*(?:[,.!?।]|$)|["”'」]?\s*(?:that\s+)?you\s+(?:mentioned|suggested|proposed|offered)\b|\s*(?:(?:payments?|transfers?)\s+)?(?:(?:is|are)\s+)?(?:not|never)\s+(?:accepted|allowed|possible|permitted|supported|required|needed|necessary|available|safe|recommended|shown?|showing|listed)\b|\s*(?:(?:payments?|transfers?)\s+)?(?:has|have|gives?|offers?)\s+no\s+(?:buyer\s+)?protection\b|\s*(?:(?:payments?|transfers?)\s+)?(?:cannot|can'?t|can\s+not)\s+be\s+(?:refunded|recovered|reversed|returned|cancell?ed)\b|\s+(?:неможливо|невозможно|нельзя|не\s+можна)\s+(?:повернути|вернуть|скасувати|отменить)|\s+nu\s+poate\s+fi\s+(?:recuperat|returnat|anulat|rambursat)|\s+δεν\s+(?:επιστρέφ|επιστρεφ|ακυρών|ακυρων)|\s*,?\s*(?:(?:y|e|o|ni)\s+[^\s,.;:!?]+\s*,?\s*)?(?:no|nunca)\s+(?:pago|pagamos|acepto|aceptamos|recibimos|usamos)\b|\s*\?+\s*(?:(?:ha(?:ha)+|lol|he(?:he)+)[!.,]?\s+)?(?:[/]\s*)?(?:a\s*:\s*)?(?:no(?!\s+(?:problem|wahala|shaking|worries|issue))|sorry|never|unfortunately)\b|[^.!?\n]{0,40}\?+\s*sorry,?\s+no\b|[^.!\n]{0,40}\?+\s*(?:that'?s|that\s+is|it'?s)\s+a\s+(?:hard|firm|big)\s+no\b|\s*[,.;]?\s*(?:but\s+)?(?:i|we)\s+(?:told|tell)\s+(?:him|her|them)\s+(?:no|not\s+possible)\b|\s*(?:(?:is|are)\s+)?(?:possible|ok|okay|available)\s+or\s+only\s+(?:via\s+|through\s+)?(?:trade\s+assurance|ta|alibaba)\b|\s*(?:(?:and|or|&)\s+[^\s,.;:!?]+\s+)?(?:is|are)\s+only\s+(?:for|in)\s+(?:the\s+)?(?:us|usa|united\s+states|america|china|chinese\s+\S+)\b|(?:[到给至进](?:(?!因为|由于|所以|但|信保|平台|阿里)[^，。！？；,.!?\s]){0,8}?|[^，。！？；,.!?\s]{0,2}?)(?:也|都|是)?(?:不行|不可以|不允许|不接受|不能接受)(?!的话))/u;

/**
 * Said no to at the end of the words' own clause, where the verb comes last: "на личные карты мы деньги не принимаем",
 * 개인 계좌로는 받지 않습니다, 個人口座へのお振込みはお願いしておりません, "kişisel hesap kabul etmiyoruz", "bankamız … kabul etmiyor", "personal
 * account me mat bhejna", Uzbek "to'lamaymiz", Mongolian "өгөхгүй" (not "төлөхгүй бол", if you don't pay), "хүлээж
 * авдаггүй" (we don't take), "бүү явуулаарай" (don't send), Kazakh "қабылдамаймыз" (we don't take; not "комиссия
 * алмаймыз", no commission taken), "аудармаңыз" (don't transfer), Mongolian in Latin letters "avdaggui", "… and they
 * said no"; not past a comma ("… بھیجیں، علی بابا پر نہیں"). Czech "MoneyGram ani Western Union nepřijímáme", Hungarian
 * "személyes számlára soha nem fogadunk pénzt", Swedish "krypto tar vi inte emot"; Uzbek "pul olmaymiz" (we take no
 * money), "o'tkazmang" (don't transfer), Azerbaijani "qəbul etmirik", "köçürməyin" (don't transfer), Tamil "தர
 * மாட்டோம்" (we won't give), "panna koodadhu" (must not be done); Danish and Norwegian "USDT tar vi ikke imot",
 * "MobilePay bruger vi ikke", Finnish "Western Unionia emme hyväksy"; Georgian "Western Union-ს … არ ვიღებთ" (we don't take),
 * "ვერ ვაგზავნი" (I can't send), Armenian "կանխիկ, USDT … չենք ընդունում", Estonian "kontonumbreid ei saada" (we send no
 * account numbers), Slovenian "PayPala direktno ne sprejemamo".
 */
const REFUSED_AT_CLAUSE_END =
  /^[^.!?;。！？；\n,，،।]{0,50}?(?:(?<!\p{L})(?:не|ні)\s+(?:принима|прийма|приема|плаща|бер[её]|работа|працю|использу|використову|дела|роби|осуществля)\p{L}*|\blehnen\s+wir\s+ab\b|\b(?:akzeptieren|nehmen|machen)\s+wir\s+nicht\b|(?:받지|하지|보내지|송금하지)\s?(?:않(?!으면|는다면)|마)|안\s?받|안\s?(?:합니다|해요|함)|거절(?:합니다|해요|함|하고\s?있습니다)|ありません|불가|おりません|ございません|ていません|しません|(?<!ないと[^。！？]{0,20})できません|ご遠慮|\bgeht\s+(?:bei\s+uns\s+)?nicht\b|\bkabul\s+(?:etm(?:iyoruz|eyiz|iyorum|iyor)|edilmez|edemiyoruz)|\bto.?lamaymiz\b|\p{L}+хг[үу][йи](?!\p{L})(?!\s+бол(?!\p{L}))|\p{L}+[дт][аэоө]гг[үу][йи](?!\p{L})|(?<!(?:комиссия|пайыз)\p{L}*\s)(?<!\p{L})(?:қабылда|кабылда|төле|толе|қолдан|колдан|жібер|жибер|аудар|жаса|ал)(?:ма|ме|ба|бе|па|пе)[йи](?:мыз|міз|миз|мын|мін|мин)(?!\p{L})|(?<!\p{L})(?:бүү|буу|битгий)\s+\p{L}+|(?<!\p{L})(?:аудар|төле|толе|жібер|жибер|сал|жаса)(?:ма|ме|ба|бе|па|пе)(?:ңыз|ныз|ңіз|ңиз|низ)\p{L}*|\b[a-z]+(?:h|dag|deg|dog)gu[iy]\b|\bqabul\s+qilmaymiz\b|(?<!\p{L})(?:olmaymiz|olmayman|qilmayman|to.?lamayman|yubormaymiz|yubormayman|o.?tkazmaymiz|o.?tkazmayman|so.?ramaymiz|bermaymiz|ishlatmaymiz|q[əe]bul\s+etm(?:ir(?:ik|[əe]m)|[əe]y[əe]c[əe]yik)|alm[ıi]r[ıi]q|g[öo]t[üu]rm[üu]r[üu]k|ist[əe]mirik|[öo]d[əe]m[əe]y[əe]c[əe]m|[öo]d[əe]mir[əe]m|k[öo][çc][üu]rm[üu]r[əe]m|g[öo]nd[əe]rmir[əe]m|koodadhu|koodathu|kudathu|maattom|mattom|maatom|maatten|o.?tkazmang|to.?lamang|yubormang|k[öo][çc][üu]rm[əe]yin|[öo]d[əe]m[əe]yin|g[öo]nd[əe]rm[əe]yin|etm[əe]yin|олма[йи]миз|т[ўу]лама[йи]миз|[ўу]тказманг)(?!\p{L})|மாட்டோம்|மாட்டேன்|கூடாது|(?<!\p{L})ne(?:p[řr]ij[íi]m|akceptuj|pou[žz][íi]v|ber|d[áa]v|chce|[žz][áa]d|plat[íi]m)\p{L}*|(?<!\p{L})(?:soha\s+|sosem\s+)?nem\s+(?:fogad|k[ée]r|haszn[áa]l)\p{L}*|\b(?:tar|tas)\s+(?:vi\s+)?inte\s+emot\b|\b(?:tar|tager)\s+(?:vi\s+)?ikke\s+(?:imot|imod|i\s+mot)\b|\b(?:accepterer|aksepterer|bruger|bruker)\s+vi\s+ikke\b|(?<![\p{L}])(?:emme|ei)\s+(?:hyv[äa]ksy|k[äa]yt[äa]|ota\s+vastaan|oteta\s+vastaan|hyv[äa]ksyt[äa]|k[äa]ytet[äa])(?![\p{L}])|\b(?:accepterar|anv[äa]nder)\s+vi\s+inte\b|\band\s+(?:they|he|she)\s+said\s+no\b|\b(?:alm[ıi]yoru[mz]|yapm[ıi]yoru[mz]|g[öo]ndermiyoru[mz]|[öo]demiyoru[mz]|istemiyoru[mz]|talep\s+etmiyoru[mz])\b|\b(?:nahi|nahin|nahee)\s+(?:lete|leti|lenge|dete|deti|denge|karte|karenge|chalega|hota|hoga|le\s+sakte|kar\s+sakte|lena|karna|mangte|maangte|bhejte|bhej(?:unga|ungi|enge|ta|ti))\b(?!\s+to\b)|\bkabhi\s+(?:bhi\s+)?(?:nahi|nahin|nahee)\b|\b(?:kabhi\s+)?mat\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b|नहीं(?![^.!?,]{0,15}?\sतो(?!\p{L}))|نہیں(?![^.!?،]{0,15}?\sتو(?!\p{L}))|نمی\s?(?:پذیریم|گیریم|کنیم)|قبول\s+نمی|(?<!\p{L})(?:نفرستید|نپردازید|نریزید|(?:واریز|پرداخت|ارسال)\s?نکنید)(?!\p{L})|(?<![\p{L}\p{M}])(?:নিই|নেই|নিচ্ছি|নেব|নেবো|নিব|করি|দিই|পাঠাই|পাঠাবেন|দেবেন|দিবেন|করবেন)\s?না(?![\p{L}\p{M}])|(?<![\p{L}])(?:არ|ვერ)\s+(?:ვიღებთ|ვიღებ|ვაგზავნი|ვაგზავნით|ვიყენებთ|ვცვლით|ვითხოვთ|მივიღებთ|გადავიხდი)(?![\p{L}])|(?<![\p{L}])չ(?:ենք|եմ)\s+(?:ընդունում|վերցնում|ուղարկում|վճարում|օգտագործում)(?![\p{L}])|(?<![\p{L}])(?:ei\s+(?:v[õo]ta|aktsepteeri|saada|kasuta|maksa)|ne\s+(?:sprejemamo|sprejmemo|uporabljamo|pla[čc]ujemo|po[šs]iljamo))(?![\p{L}]))/u;

/**
 * Said no to later in the sentence, with a word pointing back: "… USDT is easy for you in Venezuela but we cannot
 * accept it", "I know hawala is common in Yemen, but please pay through the Alibaba order only", "if TA is not
 * available for his country we cannot do the deal", Spanish "todo el mundo cobra en Zelle, pero yo te voy a pagar por
 * Alibaba"; or answered with a dash: "You asked if we accept USDT - no."; "…; we don't work like that", "… and he said
 * no", "…: risposto di no", "… but after reading the safety page, we will not pay to any personal Alipay"; "I didn't
 * send (it)" in Tamil, Uzbek and Azerbaijani: "… USDT wallet-ku anuppa sonnaan, naan anuppala" (a supplier told me to
 * send USDT, I didn't).
 */
const REFUSED_LATER =
  /^(?:[^.!?\n]{0,40}?\b(?:y|and|but|pero|mas|e)\s+(?:no\s+lo\s+hice|i\s+didn'?t|i\s+did\s+not|we\s+didn'?t|we\s+did\s+not|n[ãa]o\s+fiz|je\s+ne\s+l'ai\s+pas\s+fait)(?!\s+(?:get|receive|see))\b|\s*(?:no\s+aplica|n[ãa]o\s+se\s+aplica)\b|[^.!?\n。！？]{0,80}?(?:(?:로만|으로만)\s*결제|(?:跟|和|与)(?:这笔|此)?订单(?:无关|没关系)|(?:订单|訂單)付款[^。！？]{0,6}走阿里)|[^.!?\n]{0,40}?(?<!\b(?:otherwise|or|else|not|unless)[\s,]+)\b(?:we|i)\s+(?:cannot|can'?t|can\s+not|won'?t|will\s+not)\s+(?:do|accept|take)\s+(?:the\s+|this\s+)?(?:deal|order)\b|[^.!?\n]{0,50}?\bpero\s+(?:yo\s+)?(?:te\s+|le\s+)?(?:voy\s+a\s+pagar|pago|pagar[ée])\s+(?:\S+\s+)?(?:por|en|a\s+trav[ée]s\s+de)\s+(?:el\s+)?alibaba\b|[^.!?\n]{0,60}?\bbut\s+(?:for\s+your\s+(?:protection|safety)\s*,?\s+)?(?:please\s+|pls\s+|kindly\s+)?(?:only\s+pay\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|pay\s+(?:only\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)(?:\s+order)?\s+only))\b|[^.!?\n]{0,50}?\bbut\s+(?:we|i)\s+(?:cannot|can'?t|can\s+not|could\s+not|couldn'?t|do\s+not|don'?t|won'?t|will\s+not|never)\s+(?:accept|take|use|receive)\s+(?:it|that|this|them)\b|\s*[-–—]+\s*(?:no|nope|never)\s*[.!,;]|\s*[-–—]+\s*(?:no|nope|never)$|[^.!?\n]{0,60}?;\s*(?:we|i)\s+(?:don'?t|do\s+not)\s+work\s+(?:like\s+that|that\s+way)\b|[^.!?\n]{0,80}?\b(?:and|but)\s+(?:he|she|they|we|i)\s+said\s+no\b|[^.!?\n]{0,30}?\bbut\b[^.!?\n]{0,60}?\b(?:we|i)\s+(?:will\s+not|won'?t|cannot|can'?t)\s+(?:pay|use|send)\s+(?:to\s+)?(?:any|it|that|this|them)\b|[^.!?\n]{0,40}?:\s*(?:risposto\s+di\s+no|answered\s+no|replied\s+no|we\s+said\s+no)|[^.!?\n။]{0,60}?ဒါပေမဲ့[^.!?\n။]{0,30}?(?:alibaba|trade\s+assurance)|[^.!?\n।]{0,80}?কিন্তু\s+(?:আমরা|আমি)\s+(?:সেটা|এটা|ওটা|তা)\s+(?:নিই|নেই|গ্রহণ\s?করি|করি)\s+না(?![\p{L}\p{M}])|[^.!?\n]{0,60}?\s[-–—:]\s*(?:sorry\s*,?\s*)?no\b(?!\s+(?:problem|worries|issue|need|bank|fees?|charges?|tax|vat|commission)\b)|[^.!?\n]{0,60}?(?<!\p{L})(?:naan|nan|நான்|men|mən)\s+(?:anuppala|anuppalai|anuppave\s+illa|pay\s+pannala|அனுப்பல|அனுப்பவில்லை|அனுப்பலை|to.?lamadim|yubormadim|[öo]d[əe]m[əe]dim|g[öo]nd[əe]rm[əe]dim)(?![\p{L}\p{M}]))/u;

export function isRefusedAfter(text: string, end: number): boolean {
  return (
    REFUSED_AFTER.test(text.slice(end, end + 48)) ||
    REFUSED_AT_CLAUSE_END.test(text.slice(end, end + 60)) ||
    REFUSED_LATER.test(text.slice(end, end + 120))
  );
}

/** Said yes to right after the words: "…, PayPal is ok" is a clause of its own, whatever was refused before the comma. */
const AFFIRMED_AFTER =
  /^\s*(?:is|are)\s+(?:ok|okay|fine|accepted|possible|better|good|preferred|welcome)\b|^\s+(?:works|only)\b/u;

export function isAffirmedAfter(text: string, end: number): boolean {
  return AFFIRMED_AFTER.test(text.slice(end, end + 30));
}

/** The patterns refusals after the words are read with, for the test that none tries every place of a sentence. */
export const REFUSED_AFTER_PATTERNS: readonly RegExp[] = [
  REFUSED_AFTER,
  REFUSED_AT_CLAUSE_END,
  REFUSED_LATER,
  AFFIRMED_AFTER,
];
