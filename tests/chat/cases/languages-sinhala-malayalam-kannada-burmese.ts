import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 88's cues in Sinhala, Malayalam, Kannada and Burmese, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const SINHALA_MALAYALAM_KANNADA_BURMESE_CASES: ChatCase[] = [
  // Paying outside the order: a wallet, cash, an exchange house, paying direct, a fee to free the goods.
  { text: 'Sample fee eka mage nangige FriMi ekata danna, 0712233445', rules: [PAY] },
  { text: 'Sample fee eka Alibaba sample order ekata danna, card eken', rules: [] },
  { text: 'ബാക്കി ₹32,000 നേരിട്ട് GPay ചെയ്താൽ മതി സാർ', rules: [PAY] },
  { text: 'ബാക്കി ₹32,000 Alibaba order-ൽ card വഴി അടച്ചാൽ മതി സാർ', rules: [] },
  { text: 'Hubli alli namma huduga idane, INR cash kottre saaku', rules: [PAY] },
  { text: 'Hubli alli namma huduga idane, goods unload madtane', rules: [] },
  { text: 'payment Lulu Exchange വഴി ഞങ്ങളുടെ അക്കൗണ്ടന്റിന് അയച്ചാൽ മതി', rules: [PAY] },
  { text: 'payment Alibaba order വഴി ഞങ്ങളുടെ കമ്പനിക്ക് അയച്ചാൽ മതി', rules: [] },
  { text: 'Direct කලොත් මම USD 450ක් අඩු කරලා දෙන්නම්', rules: [PAY] },
  { text: 'Order එක දැම්මොත් මම USD 450ක් අඩු කරලා PI එක දෙන්නම්', rules: [] },
  { text: 'ရန်ကုန်ရုံးမှာ ကျပ်ငွေ ငွေသားနဲ့ ပေးလို့ရတယ်', rules: [PAY] },
  { text: 'ရန်ကုန်ရုံးမှာ နမူနာ လာကြည့်လို့ရတယ်', rules: [] },
  { text: 'ဆိပ်ကမ်းမှာ ပစ္စည်းထုတ်ဖို့ လွှတ်ခ ပေးရမယ်', rules: [PAY] },
  { text: 'ဆိပ်ကမ်းမှာ ပစ္စည်းထုတ်ဖို့ စာရွက်စာတမ်း ပြင်ဆင်ထားတယ်', rules: [] },
  // A new or changed account, an invoice from another company of the group.
  { text: 'සර්, දැන් අපි අලුත් account එකකට සල්ලි ගන්නේ, details එවන්නම්', rules: [CHANGE] },
  { text: 'සර්, දැන් අපි අලුත් warehouse එකකට බඩු දාන්නේ, address එවන්නම්', rules: [] },
  { text: 'ഞങ്ങളുടെ company account മാറ്റി, പുതിയ details mail ചെയ്തു', rules: [CHANGE] },
  { text: 'ഞങ്ങളുടെ company logo മാറ്റി, പുതിയ design mail ചെയ്തു', rules: [] },
  { text: 'ಸರ್, balance ಹೊಸ account ಗೆ ಕಳಿಸಿ, ಹಳೆದು ಬಂದ್ ಆಗಿದೆ', rules: [CHANGE] },
  { text: 'ಸರ್, cartons ಹೊಸ godown ಗೆ ಕಳಿಸಿ, ಹಳೆದು ಬಂದ್ ಆಗಿದೆ', rules: [] },
  { text: 'invoice ഇത്തവണ ഞങ്ങളുടെ Dubai branch-ന്റെ പേരിലാണ് വരുന്നത്', rules: [CHANGE] },
  { text: 'invoice ഇത്തവണ ഞങ്ങളുടെ Foshan ഫാക്ടറിയുടെ പേരിലാണ് വരുന്നത്', rules: [] },
  { text: 'ကုမ္ပဏီ account အသစ်ကို လွှဲပေးပါ', rules: [CHANGE] },
  { text: 'ကုမ္ပဏီ catalogue အသစ်ကို ကြည့်ပေးပါ', rules: [] },
  // Talk moved to an app.
  { text: 'Agent ekka Viber eken katha karanna, eya kiyai', rules: [CONTACT] },
  { text: 'Agent ekka meka gana Alibaba chat eken kiyanna', rules: [] },
  { text: 'ബാക്കി കാര്യങ്ങൾ Telegram-ൽ സംസാരിക്കാം', rules: [CONTACT] },
  { text: 'ബാക്കി കാര്യങ്ങൾ ഈ chat-ൽ തന്നെ പറയാം', rules: [] },
  { text: 'drawing ella WhatsApp alli maatadi sir', rules: [CONTACT] },
  { text: 'drawing ella ille chat alli haaki sir', rules: [] },
  { text: 'Viber မှာ ကိုအောင် နဲ့ ပြောပါ', rules: [CONTACT] },
  { text: 'ဒီ chat မှာ ကိုအောင် နဲ့ ပြောပါ', rules: [] },
  // Pressure to pay.
  { text: 'ada dammoth heta container ekata danawa, boss', rules: [PRESSURE] },
  { text: 'ada sample eka awa, quality hodai boss', rules: [] },
  { text: 'വൈകീട്ട് 5 മണിക്കുള്ളിൽ അടച്ചില്ലെങ്കിൽ booking പോകും', rules: [PRESSURE] },
  { text: 'വൈകീട്ട് 5 മണിക്ക് factory അടക്കും, നാളെ തുറക്കും', rules: [] },
  { text: 'ee week confirm madadidre rate 9% erutte sir', rules: [PRESSURE] },
  { text: 'ee week sample kalistini, rate list kooda sir', rules: [] },
  { text: 'ဒီည ၁၀ နာရီ မတိုင်ခင် မလွှဲရင် booking ပျက်မယ်', rules: [PRESSURE] },
  { text: 'ဒီည ၁၀ နာရီ မှာ စက်ရုံ ပိတ်မယ်', rules: [] },
];
