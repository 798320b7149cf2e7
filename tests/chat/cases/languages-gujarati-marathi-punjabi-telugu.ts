import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 87's cues in Gujarati, Marathi, Punjabi and Telugu, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const GUJARATI_MARATHI_PUNJABI_TELUGU_CASES: ChatCase[] = [
  // Paying outside the order: cash by an angadia, cash handed over, a UPI ID.
  { text: 'Surat ma amara manas ne angadia thi 1,20,000 mokli do, 3% ochu karishu', rules: [PAY] },
  { text: 'અમે ક્યારેય આંગડિયા થી પૈસા નથી લેતા, ફક્ત Alibaba order માં ચૂકવો', rules: [] },
  { text: 'મારા કાકા Muscat માં છે, એ રોકડા OMR માં આપી દે તો ચાલે?', rules: [PAY] },
  { text: 'મારા કાકા Muscat માં છે, એ ત્યાં goods ઉતારી લેશે', rules: [] },
  { text: 'माझा भाऊ Sharjah ला आहे, तो कॅश दिरहम मध्ये देतो, चालेल का?', rules: [PAY] },
  { text: 'माझा भाऊ Sharjah ला आहे, तो container उतरवून घेईल', rules: [] },
  { text: 'Advance ke liye UPI: meena.looms@icici pe bhejiye', rules: [PAY] },
  { text: 'Advance ke liye Alibaba order page khol ke pay kijiye', rules: [] },
  // A new or changed account.
  { text: 'હવે નવા ખાતામાં ભરો, જૂનું બંધ છે', rules: [CHANGE] },
  { text: 'Alibaba પર નવું account બનાવ્યું, login થઈ ગયું', rules: [] },
  { text: 'आमचे खाते बदलले आहे, पुढची रक्कम दुसऱ्या बँकेत', rules: [CHANGE] },
  { text: 'आमचे गोदाम बदलले आहे, पुढचा माल दुसऱ्या पत्त्यावर', rules: [] },
  { text: 'ਇਸ ਵਾਰ ਨਵੇਂ ਖਾਤੇ ਵਿੱਚ ਭੇਜੋ ਜੀ, Shenzhen ਵਾਲਾ', rules: [CHANGE] },
  { text: 'ਇਸ ਵਾਰ ਨਵੇਂ ਡੱਬੇ ਵਿੱਚ ਭੇਜੋ ਜੀ, Shenzhen ਵਾਲਾ', rules: [] },
  { text: 'sir ma company account marindi, kotha details pampistanu', rules: [CHANGE] },
  { text: 'sir ma company address marindi, kotha details pampistanu', rules: [] },
  // Talk moved to an app.
  { text: 'મને WeChat પર add કરો, video ત્યાં મોકલીશ', rules: [CONTACT] },
  { text: 'WeChat પર ફોટા ન મોકલો, અહીં chat માં જ મૂકો', rules: [] },
  { text: 'Telegram var message kara, tithe rate sangto', rules: [CONTACT] },
  { text: 'Telegram var kahi pathvu naka, ithech sanga', rules: [] },
  { text: 'ਸਾਡੇ manager ਨੂੰ WhatsApp ਤੇ ਮੈਸੇਜ ਕਰੋ ਜੀ', rules: [CONTACT] },
  { text: 'ਸਾਡੇ manager ਨੂੰ ਇੱਥੇ chat ਵਿੱਚ ਦੱਸੋ ਜੀ', rules: [] },
  { text: 'మీ WhatsApp నంబర్ ఇవ్వండి sir, catalogue పంపుతా', rules: [CONTACT] },
  { text: 'మీ GST నంబర్ ఇవ్వండి sir, invoice లో పెడతా', rules: [] },
  // Pressure to pay.
  { text: 'કાલથી ભાવ વધી જશે, advance આજે મોકલો', rules: [PRESSURE] },
  { text: 'કાલથી factory બંધ છે, Diwali રજા', rules: [] },
  { text: 'आजच पैसे पाठवा नाहीतर container सुटेल', rules: [PRESSURE] },
  { text: 'आजच sample पाहिलं, छान आहे', rules: [] },
  { text: 'kal ton rate vadh jaega sir, advance aaj bhejo', rules: [PRESSURE] },
  { text: 'kal ton factory band aa sir, Diwali di chhutti', rules: [] },
  { text: 'ఈరోజే కట్టండి లేకపోతే booking రద్దు అవుతుంది', rules: [PRESSURE] },
  { text: 'ఈరోజే sample వచ్చింది, quality బాగుంది', rules: [] },
];
