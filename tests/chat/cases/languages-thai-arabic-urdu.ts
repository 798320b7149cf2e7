import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 83's cues in Thai, Arabic and Urdu, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const THAI_ARABIC_URDU_CASES: ChatCase[] = [
  // Thai: the account on a new invoice, a sister company taking the money.
  { text: 'รบกวนชำระเข้าบัญชีตามใบแจ้งหนี้ฉบับใหม่ที่ส่งไปเมื่อเช้านะคะ', rules: [PAY, CHANGE] },
  { text: 'ใบแจ้งหนี้ใหม่อยู่ในหน้าออร์เดอร์แล้ว ชำระผ่านอาลีบาบาได้เลยครับ', rules: [] },
  { text: 'ตอนนี้เราย้ายบัญชีรับเงินไปยังบริษัทในเครือที่ฮ่องกงแล้วครับ', rules: [PAY, CHANGE] },
  { text: 'บริษัทในเครือของเราที่เซี่ยงไฮ้เป็นผู้ผลิตกล่องบรรจุภัณฑ์ครับ', rules: [] },
  // Thai pressure: a threat to cancel, a discount that ends.
  { text: 'กรุณายืนยันภายใน 12 ชั่วโมง ไม่งั้นบัญชีของคุณจะถูกระงับ', rules: [PRESSURE] },
  { text: 'ไม่งั้นเราส่งตัวอย่างไปให้ดูก่อนก็ได้ค่ะ', rules: [] },
  { text: 'ราคานี้พิเศษนะครับ หลังวันนี้จะไม่มีส่วนลดแล้ว', rules: [PRESSURE] },
  { text: 'ส่วนลดนี้มีตลอดทั้งเดือนสำหรับออร์เดอร์ Trade Assurance ค่ะ', rules: [] },
  // Arabic: InstaPay and Vodafone Cash to a person, PayPal Friends & Family, an account in a staff member's name.
  { text: 'حوّل العربون عن طريق انستاباي على رقم المحاسب بتاعنا', rules: [PAY] },
  { text: 'انستاباي مش متاح في الطلب، ادفع بالبطاقة من صفحة الدفع', rules: [] },
  { text: 'المخلص هيستلم الرسوم على فودافون كاش بتاعه', rules: [PAY] },
  { text: 'ممكن تدفع ببايبال فريندز عشان نوفر الرسوم', rules: [PAY] },
  { text: 'الدفع بالبطاقة أو بايبال متاح في صفحة الطلب على علي بابا', rules: [] },
  { text: 'حوّل المقدم إلى حساب بنكي باسم مدير المبيعات عشان نحجز الخط', rules: [PAY] },
  { text: 'الحساب الظاهر في صفحة الدفع باسم الشركة وليس باسم شخص', rules: [] },
  // Arabic: the factory's account instead of the seller's.
  { text: 'الدفعة الأخيرة لازم تروح على حساب المورد مباشرة بدل حسابنا', rules: [PAY, CHANGE] },
  { text: 'المورد يشحن مباشرة من المصنع بدل مستودعنا في دبي', rules: [] },
  // Arabic: the buyer's e-mail or number asked for.
  { text: 'ابعتلي رقم واتسابك عشان أكلمك بالتفاصيل', rules: [CONTACT] },
  { text: 'ابعتلي صور العينة هنا في الشات لو سمحت', rules: [] },
  { text: 'عطني ايميلك وأرسل لك الكتالوج الكامل هناك', rules: [CONTACT] },
  // Arabic pressure: another buyer, a deadline, a cancellation.
  { text: 'عندنا زبون كويتي يبغى نفس الكمية، قرر بسرعة', rules: [PRESSURE] },
  { text: 'زبوننا في عمان يبغى نفس اللون اللي طلبته أنت', rules: [] },
  { text: 'لازم تحوّل الدفعة قبل الساعة 5 العصر', rules: [PRESSURE] },
  { text: 'لازم تراجع المقاسات قبل ما نبدأ الإنتاج', rules: [] },
  { text: 'أرسل رمز التحقق بسرعة قبل ما ينلغي الحجز', rules: [PRESSURE] },
  { text: 'قبل ما نشحن هنرسل لك صور التعبئة', rules: [] },
  { text: 'لو مدفعتش النهارده البضاعة هتتباع لحد تاني', rules: [PRESSURE] },
  { text: 'لو مدفعتش النهارده عادي، الطلب مفتوح لآخر الأسبوع', rules: [] },
  // Urdu: the old account stopped, a sister company, a new invoice with an account.
  {
    text: 'ہمارا پرانا اکاؤنٹ ٹیکس کے مسئلے کی وجہ سے بند ہے، نئے اکاؤنٹ میں رقم بھیجیں',
    rules: [PAY, CHANGE],
  },
  { text: 'ہمارا پرانا گودام بند ہو گیا، نیا گودام کراچی روڈ پر ہے', rules: [] },
  { text: 'بقیہ رقم ہماری سسٹر کمپنی کا اکاؤنٹ ہے، اسی میں بھیجیں', rules: [PAY, CHANGE] },
  { text: 'ہماری سسٹر کمپنی پیکنگ کا کام کرتی ہے، مال وہیں سے آئے گا', rules: [] },
  { text: 'نیا بل منسلک ہے، بینک الفلاح اکاؤنٹ 0123 4567 8901 میں بقیہ رقم بھیجیں', rules: [PAY, CHANGE] },
  { text: 'نیا بل علی بابا آرڈر میں اپ ڈیٹ کر دیا ہے', rules: [] },
  // Urdu: a customs officer's fee.
  { text: 'کسٹم افسر بول رہا ہے کہ 40,000 روپے جرمانہ دینا ہوگا، میرے نمبر پر بھیجیں', rules: [PAY] },
  { text: 'کسٹم افسر نے کنٹینر چیک کر لیا ہے، کلیئرنس ہو گئی', rules: [] },
  { text: 'custom officer keh raha hai 30,000 fees deni hogi, mere account mein daal do', rules: [PAY] },
  { text: 'customs wala inspection ke liye aaya tha, sab theek hai', rules: [] },
  // Roman Urdu: the e-mail asked for; pressure.
  { text: 'apna gmail bhejo, catalogue wahan share kar dunga', rules: [CONTACT] },
  { text: 'apna address do, parcel usi pe bhejenge', rules: [] },
  { text: 'kal se rate badh jayega bhai, order abhi confirm karo', rules: [PRESSURE] },
  { text: 'kal se production start hai, 20 din lagenge', rules: [] },
  { text: 'aaj hi transfer karo warna maal kisi aur ko de denge', rules: [PRESSURE] },
  { text: 'doosra buyer bhi le raha hai ye lot, soch lo', rules: [PRESSURE] },
  { text: 'doosra design bhi bana sakte hain, sample free hai', rules: [] },
  { text: 'ورنہ آرڈر منسوخ ہو جائے گا، آج ہی فیصلہ کریں', rules: [PRESSURE] },
  { text: 'ورنہ ہم سیمپل دوبارہ بنا دیں گے، کوئی مسئلہ نہیں', rules: [] },
  // Paying outside the platform, named as such; a changed account; a Thai app named to write on.
  { text: 'ถ้าโอนมัดจำนอกระบบ เราลดให้อีก 3% ครับ', rules: [PAY] },
  { text: 'ทางร้านแนะนำว่าอย่าโอนเงินนอกระบบเด็ดขาดนะคะ', rules: [] },
  { text: 'علی بابا سے باہر ادائیگی کریں تو فیس بچ جائے گی', rules: [PAY] },
  { text: 'ہم علی بابا سے باہر ادائیگی نہیں لیتے، آرڈر سے ہی بھیجیں', rules: [] },
  { text: 'platform se bahar payment karo to 4% kam', rules: [PAY] },
  { text: 'sir hum platform se bahar payment nahi lete', rules: [] },
  { text: 'แจ้งลูกค้าค่ะ บริษัทเปลี่ยนบัญชีรับเงินตั้งแต่เดือนนี้', rules: [CHANGE] },
  { text: 'เปลี่ยนบัญชีผู้ใช้อาลีบาบาเป็นอีเมลใหม่แล้วค่ะ', rules: [] },
  { text: 'สนใจรุ่นไหนทักมาทางไลน์ได้เลยครับ', rules: [CONTACT] },
  { text: 'สนใจรุ่นไหนทักมาในแชทนี้ได้เลยครับ', rules: [] },
  { text: 'اگر آج ادائیگی نہ کی تو ریٹ بڑھ جائے گا', rules: [PRESSURE] },
  { text: 'اگر آج سیمپل نہ بھیجا تو کل بھیج دیں، کوئی جلدی نہیں', rules: [] },
];
