import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 85's cues in Serbian and Croatian, Amharic and Nepali, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const SERBIAN_CROATIAN_AMHARIC_NEPALI_CASES: ChatCase[] = [
  // Serbian and Croatian: cash to a man in Belgrade, paying outside Alibaba, "pay him …", a direct TT.
  { text: 'Mogu li da platim keš vašem čoveku u Beogradu, van Alibabe?', rules: [PAY] },
  { text: 'Ne primamo keš, platite samo preko narudžbe na Alibabi.', rules: [] },
  { text: 'Plaćanje van Alibabe je jeftinije, dajemo 5% popusta.', rules: [PAY] },
  { text: 'Nikad ne plaćajte van Alibabe, to je prevara.', rules: [] },
  { text: 'Naš zastupnik je na Novom Beogradu, platite mu 13 800 USD u kancelariji.', rules: [PAY] },
  { text: 'Naš zastupnik je na Novom Beogradu, dajte mu uzorke u kancelariji.', rules: [] },
  { text: 'Avans 30% uplatite direktno TT na naš račun u Kini.', rules: [PAY] },
  { text: 'Avans 30% uplatite preko Trade Assurance narudžbe, nikako direktno na naš račun.', rules: [] },
  // Serbian and Croatian: a sister company takes the payments, the account blocked for an audit.
  { text: 'Od sada uplate prima naša sestrinska firma iz Hong Konga.', rules: [PAY, CHANGE] },
  { text: 'Ako dobijete poruku da uplate prima naša sestrinska firma, to je prevara.', rules: [] },
  { text: 'Naš račun u banci je blokiran zbog revizije.', rules: [CHANGE] },
  { text: 'Naš račun u banci nije blokiran, plaćanje ide preko narudžbe kao i uvek.', rules: [] },
  // Serbian and Croatian: asked onto Viber or WhatsApp.
  { text: 'Možemo li se čuti na Viberu? Tamo brže odgovaram.', rules: [CONTACT] },
  { text: 'Ne možemo se čuti na Viberu, pišite ovde u chatu.', rules: [] },
  { text: 'Pređimo na WhatsApp, tamo šaljem katalog.', rules: [CONTACT] },
  { text: 'Katalog šaljem ovde u Alibaba chat.', rules: [] },
  // Typed without marks, "đ" as "dj".
  { text: 'Predjimo na Telegram, tamo saljem cenovnik.', rules: [CONTACT] },
  // The company address documents come from is the sender's ("sa adrese", ከ…, …बाट).
  { text: 'B/L šaljemo sa adrese docs@tianhe.cn.', rules: [] },
  { text: 'Pišite mi na lily.chen88@gmail.com, tamo šaljem katalog.', rules: [CONTACT] },
  { text: 'ሰነዶቹን ከdocs@tianhe.cn እንልካለን።', rules: [] },
  { text: 'በlily.chen88@gmail.com ይጻፉልኝ።', rules: [CONTACT] },
  { text: 'कागजात docs@tianhe.cn बाट पठाउँछौं।', rules: [] },
  { text: 'lily.chen88@gmail.com मा इमेल गर्नुहोस्।', rules: [CONTACT] },
  { text: 'Cenovnik saljem ovde, na Telegram ne prelazimo.', rules: [] },
  // Serbian and Croatian: the last chance, unless paid today, a price for today only.
  { text: 'Nema vremena, poslednja šansa, do 17h po Pekingu.', rules: [PRESSURE] },
  { text: 'Poslednja šansa za promenu boje je sutra do 17h.', rules: [] },
  { text: 'Ako danas ne platite avans, roba ide drugom kupcu iz Rumunije.', rules: [PRESSURE] },
  { text: 'Ako danas ne platite avans, javite nam, proizvodnja čeka.', rules: [] },
  { text: 'Cena važi samo danas zbog cene čelika.', rules: [PRESSURE] },
  { text: 'Cena važi do 15.7. zbog cene čelika.', rules: [] },
  // Serbian and Croatian refuse before or after the words (negation.ts, refused-after.ts), or ask if it was really
  // the supplier (asks-if-genuine.ts).
  { text: 'Ne primamo Western Union ni MoneyGram, samo Trade Assurance.', rules: [] },
  { text: 'Primamo Western Union ili MoneyGram, bez provizije.', rules: [PAY] },
  { text: 'Western Union ne primamo, samo Trade Assurance.', rules: [] },
  { text: 'Dobila sam poruku da platim preko Western Uniona. To niste vi?', rules: [] },
  { text: 'Dobila sam vašu poruku. Platite preko Western Uniona.', rules: [PAY] },
  // Amharic: a personal account, hawala, cash to an agent, outside Alibaba, a direct TT.
  { text: 'ኮሚሽን እንዳይቆረጥ በማኔጀራችን የግል ሒሳብ ይላኩ።', rules: [PAY] },
  { text: 'ገንዘብ በግል ሒሳብ አንቀበልም።', rules: [] },
  { text: 'ዱባይ ያለው ወንድሜ በሐዋላ ቢልክላችሁ ይቻላል?', rules: [PAY] },
  { text: 'ሐዋላ ወይም ጥሬ ገንዘብ አንቀበልም።', rules: [] },
  { text: 'ዱባይ ያለው ወኪላችን ጥሬ ገንዘብ ይቀበላል።', rules: [PAY] },
  { text: 'ዱባይ ያለው ወኪላችን ጥሬ ገንዘብ አይቀበልም።', rules: [] },
  { text: 'ከAlibaba ውጭ ብትከፍሉ ቅናሽ እንሰጣለን።', rules: [PAY] },
  { text: 'ከAlibaba ውጭ አይክፈሉ።', rules: [] },
  { text: 'በቀጥታ ወደ ሒሳባችን ይላኩ።', rules: [PAY] },
  { text: 'በቀጥታ ወደ ሒሳባችን አይላኩ፤ በትዕዛዙ ብቻ ይክፈሉ።', rules: [] },
  // Amharic: the account frozen for an audit, a sister company receiving, a new account.
  { text: 'የድርጅታችን ሒሳብ ለዓመታዊ ኦዲት ታግዷል።', rules: [CHANGE] },
  { text: 'ሒሳባችን አይቀየርም፤ ሒሳቡ ታግዷል የሚል ኢሜይል ቢደርስዎ ሐሰት ነው።', rules: [] },
  { text: 'ክፍያውን የሆንግ ኮንግ እህት ድርጅታችን ይቀበላል።', rules: [PAY, CHANGE] },
  { text: 'የሆንግ ኮንግ እህት ድርጅታችን ምርቱን ያመርታል።', rules: [] },
  { text: 'ቀሪውን ወደ አዲሱ ሒሳብ ይክፈሉ።', rules: [PAY, CHANGE] },
  { text: 'ቀሪውን ከአዲሱ ሒሳባችን እንከፍላለን።', rules: [] },
  // Amharic: asked onto Telegram, the last chance, unless paid today; a check whether it was the supplier.
  { text: 'በቴሌግራም እንነጋገር።', rules: [CONTACT] },
  { text: 'እዚሁ በAlibaba ቻት እንነጋገር።', rules: [] },
  { text: 'ይህ የመጨረሻ ዕድል ነው፣ ዛሬ ከ5 ሰዓት በፊት።', rules: [PRESSURE] },
  { text: 'ዲዛይኑን ለመቀየር የመጨረሻ ዕድል ነው።', rules: [] },
  { text: 'ዛሬ ካልከፈሉ ዕቃው ለሌላ ገዢ ይሸጣል።', rules: [PRESSURE] },
  { text: 'ዛሬ ካልከፈሉ ችግር የለም፣ ነገ ይክፈሉ።', rules: [] },
  { text: 'አንድ ሰው በtelebirr ክፈል አለኝ። እውነት ነው?', rules: [] },
  { text: 'በtelebirr ይክፈሉ።', rules: [PAY] },
  // A list refused by the verb at its end (refused-after.ts).
  { text: 'በtelebirr ወይም በጥሬ ገንዘብ አንቀበልም።', rules: [] },
  { text: 'በtelebirr ወይም በጥሬ ገንዘብ ይክፈሉ።', rules: [PAY] },
  // A warning ends at ። (sentences.ts): the request after it is the writer's own; "report it" warns.
  { text: 'ማጭበርበር አለ፣ ተጠንቀቁ። ክፍያውን ወደ የግል አካውንቴ ላኩ', rules: [PAY] },
  { text: 'ማጭበርበር አለ፣ ተጠንቀቁ። ክፍያውን በአሊባባ ትዕዛዝ ብቻ ይክፈሉ', rules: [] },
  { text: 'ወደ የግል አካውንት ክፍያ የሚጠይቅ ካለ ሪፖርት ያድርጉ።', rules: [] },
  // Nepali: hundi, cash to an agent, outside Alibaba, straight to our account.
  { text: 'हुन्डीबाट सिधै तपाईंलाई पठाउन मिल्छ?', rules: [PAY] },
  { text: 'हुन्डी वा नगद लिँदैनौं।', rules: [] },
  { text: 'हाम्रो एजेन्टलाई नगद दिनुहोस्।', rules: [PAY] },
  { text: 'हाम्रो एजेन्टलाई नगद नदिनुहोस्।', rules: [] },
  { text: 'Alibaba बाहिर तिर्नुभयो भने ५% छुट।', rules: [PAY] },
  { text: 'Alibaba बाहिर नतिर्नुहोस्।', rules: [] },
  { text: 'सिधै हाम्रो खातामा पठाउनुहोस्।', rules: [PAY] },
  { text: 'सिधै हाम्रो खातामा नपठाउनुहोस्, अर्डरबाट तिर्नुहोस्।', rules: [] },
  // Nepali: the account under audit, the factory takes the money, a new account.
  { text: 'हाम्रो खाता अहिले अडिटमा छ।', rules: [CHANGE] },
  { text: 'हाम्रो खाता अडिटमा छैन, अर्डरबाट तिर्नुहोस्।', rules: [] },
  { text: 'बाँकी रकम हाम्रो कारखानाले लिन्छ।', rules: [PAY, CHANGE] },
  { text: 'हाम्रो कारखानाले सामान बनाउँछ।', rules: [] },
  { text: 'बाँकी रकम नयाँ खातामा तिर्नुहोस्।', rules: [PAY, CHANGE] },
  { text: 'बाँकी रकम मेरो नयाँ खाताबाट तिर्छु।', rules: [] },
  // Nepali: asked onto WhatsApp, the last chance, unless paid today; refusals and checks.
  { text: 'WhatsApp मा कुरा गरौं।', rules: [CONTACT] },
  { text: 'WhatsApp मा कुरा गर्न मिल्दैन, यहीँ कुरा गरौं।', rules: [] },
  { text: 'यो अन्तिम मौका हो।', rules: [PRESSURE] },
  { text: 'डिजाइन परिवर्तन गर्ने अन्तिम मौका भोलि हो।', rules: [] },
  { text: 'आज नतिरे माल अर्को ग्राहकलाई दिन्छौं।', rules: [PRESSURE] },
  { text: 'आज नतिरे पनि हुन्छ, माल गोदाममा सुरक्षित छ।', rules: [] },
  { text: 'हामी eSewa, Khalti वा नगद लिँदैनौं।', rules: [] },
  { text: 'eSewa, Khalti वा नगद, जे सजिलो हुन्छ त्यही पठाउनुहोस्।', rules: [PAY] },
  { text: 'एक जनाले eSewa मा पैसा पठाउनुस् भन्यो। साँचो हो?', rules: [] },
  { text: 'हाम्रो नाममा कसैले eSewa मा पैसा माग्यो भने ठगी हो।', rules: [] },
  // A warning ends at । (sentences.ts): the request after it is the writer's own; "report it" warns.
  { text: 'हाम्रो नाममा कसैले ठगी गर्छ। भुक्तानी मेरो व्यक्तिगत खातामा पठाउनुहोस्', rules: [PAY] },
  { text: 'हाम्रो नाममा कसैले ठगी गर्छ। भुक्तानी अलिबाबा अर्डरमा मात्र गर्नुहोस्', rules: [] },
  { text: 'व्यक्तिगत खातामा भुक्तानी माग्ने कसैलाई रिपोर्ट गर्नुहोस्।', rules: [] },
  // "Ovo" (this) is no OVO wallet.
  { text: 'Ovo je zadnja šansa da platite avans danas, sutra cena raste.', rules: [PRESSURE] },
  { text: 'Ovo je zadnja šansa da promenite boju pre proizvodnje.', rules: [] },
];
