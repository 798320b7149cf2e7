import { cue, NOT_FOR_A_REFUND, type Cue } from './cue';

/** A share of the order paid, and someone's own company or account it is paid to. */
const SHARE_PAID = '\\bpay\\s+(?:the\\s+)?(?:\\d+\\s?%\\s+)?(?:deposit|balance|advance)';
const OWN_ACCOUNT = '(?:own\\s+)?(?:company|account|acct)\\b';
/** Paid to a go-between ("pay to them, then they pay us"), not Alibaba named before it in the sentence. */
const PAID_TO_THEM =
  '(?<!alibaba[^.!?\\n]{0,60})\\b(?:pay|paid|send|transfer)\\s+(?:it\\s+)?to\\s+(?:them|him|her)\\s*,?\\s+(?:and\\s+)?';
const PAY_US = '(?:will\\s+)?(?:pay|transfer|send|remit)\\s+(?:it\\s+|the\\s+money\\s+)?(?:to\\s+)?us\\b';
/** The buyer's bank details asked for, and someone else to pay into them: the buyer made a go-between. */
const YOUR_DETAILS_ASKED = '\\b(?:send|give|share)\\s+(?:me\\s+|us\\s+)?';
const SO_SOMEONE_PAYS = `[^!?\\n]{0,60}?\\bso\\s+(?:he|she|they|my\\s+\\S+|our\\s+\\S+|the\\s+customer)\\s+(?:can|will|could)\\s+(?:transfer|pay|send|wire|remit)\\b${NOT_FOR_A_REFUND}`;

/**
 * Paying an agent, a boss or a broker's account instead of the order, in the words probe 56 found among machinery agents
 * and commodity brokers: cash handed to "our man" or the agent in Bangla and Bosnian, a lawyer's "escrow", a Nigerian bank
 * named as "my" account, the Alibaba fee said to be saved by paying the boss, an account given earlier in Swahili, Vietnamese
 * and Turkish, and the deposit paid "directly" in Arabic; and payment agents, dealers, cash and split payments for buyers
 * whose banks can't pay China (probe 60), in English, Turkish, Russian and Kazakh; and a broker's account or the buyer
 * made a go-between for someone else's money (probe 87). Part of MORE_DIRECT_TRANSFERS.
 */
export const AGENTS_AND_BROKERS: readonly Cue[] = [
  cue(
    'cash',
    // Bangla "amader Dhaka agent er kache cash diye den" (give the cash to our Dhaka agent); Bosnian "možete platiti
    // keš našem čovjeku u Sarajevu" (you can pay cash to our man in Sarajevo).
    '\\bagent\\s+er\\s+kache\\s+cash\\b|\\bcash\\s+diye\\s+(?:den|din|dao|diben)\\b' +
      '|\\b(?:platiti|platite|plati)\\s+(?:u\\s+)?(?:ke[šs]|ke[šs]om|gotovinom|gotovinu)(?![\\p{L}\\p{N}_])',
    { anchors: ['er kache cash', 'cash diye', 'plati'] },
  ),
  cue(
    'PayPal Friends & Family',
    // Albanian "me PayPal (miq dhe familje)" (friends and family); German "per PayPal Freunde senden", "auf mein
    // privates PayPal … als Freunde".
    '\\bpay\\s?pal\\s*\\(?\\s*miq\\s+(?:dhe|e)\\s+famil|\\bpay\\s?pal\\s+(?:an\\s+)?freunde\\b|\\bprivates\\s+pay\\s?pal\\b',
    { anchors: ['miq', 'freunde', 'privates pay'] },
  ),
  cue(
    'an escrow outside Alibaba.com',
    // "The performance bond goes MT103 to the seller's escrow lawyer in London, not through any platform."
    "\\b(?:seller'?s?|our|my|his|her)\\s+escrow\\s+(?:lawyer|attorney|agent|solicitor)\\b",
    { anchors: ['escrow'] },
  ),
  cue(
    'a personal account',
    // "Just send the 700 dollars to my GTBank"; German "zahlen … per Überweisung direkt an unseren Chef in Hongkong"
    // (pay by transfer straight to our boss).
    '\\b(?:send|pay|transfer)\\s+(?:\\S+\\s+){0,4}?to\\s+my\\s+(?:gtbank|gtb|zenith|uba|first\\s+bank|access\\s+bank|kuda|opay|palmpay|moniepoint)\\b' +
      '|\\bdirekt\\s+an\\s+(?:unseren|unsere|meinen|meine)\\s+(?:chef|boss|gesch[äa]ftsf[üu]hrer|inhaber|manager|agenten)\\b',
    { anchors: ['to my ', 'direkt an'] },
  ),
  cue(
    'paying directly, outside the order',
    // German "das spart die 3% Alibaba Gebühr" (that saves the 3% Alibaba fee); Arabic "تفاصيل الحساب البنكي لتحويل
    // العربون مباشرة" (the bank details to transfer the deposit directly).
    '\\bspart\\s+(?:\\S+\\s+){0,3}?alibaba[\\s-]?geb[üu]hr|(?:لتحويل|تحويل|حول|ادفع|لدفع)\\s+(?:\\S+\\s+){0,2}?مباشرة',
    { anchors: ['spart', 'مباشرة'] },
  ),
  cue(
    'an account given in the chat',
    // Swahili "lazima yafike leo kwenye akaunti ya CRDB tuliyokupa jana" (must reach the CRDB account we gave you
    // yesterday); Vietnamese "em gửi số tk cho anh chuyển khoản cọc" (I send you the account number to transfer the
    // deposit); Turkish "hesap numarasını yukarıda attım" (I put the account number above).
    '\\bakaunti\\s+(?:ya\\s+\\S+\\s+)?(?:tuliyokupa|niliyokupa|tuliyokutumia|niliyokutumia)\\b' +
      '|\\bg[ửu]i\\s+s[ốo]\\s+(?:tk|t[àa]i\\s+kho[ảa]n)\\s+(?:\\S+\\s+){0,3}?(?:chuy[ểe]n\\s+kho[ảa]n|ck)(?![\\p{L}])' +
      '|\\bhesap\\s+(?:numaras[ıi]n[ıi]|bilgilerini|bilgileri)\\s+(?:\\S+\\s+)?(?:yukar[ıi]da|yukar[ıi]ya|az\\s+[öo]nce|mesajda)\\s+(?:att[ıi]m|yazd[ıi]m|g[öo]nderdim|payla[şs]t[ıi]m|verdim)(?![\\p{L}])',
    { anchors: ['akaunti', 'tk', 'tài khoản', 'tai khoản', 'tài khoan', 'tai khoan', 'hesap '] },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // "… and the 1% facilitation fee to the intermediary account I give you there"; French "il vous donnera le RIB de
    // la société" (he will give you the company's bank details), said of a director on WhatsApp.
    '\\bintermediary\\s+account\\b|\\bil\\s+vous\\s+donnera\\s+(?:le\\s+|les\\s+)?(?:rib|iban|coordonn[ée]es\\s+bancaires)\\b',
    { anchors: ['intermediary account', 'vous donnera'] },
  ),
  cue(
    'a third party collecting the money',
    // Payment agents for buyers whose banks can't pay China: "send the balance today through our Lagos agent", "pay in
    // Belarusian roubles to our dealer in Minsk"; Turkish "Hong Kong'daki ajans firmamıza gönderin" (to our agency
    // firm), "temsilcimizin Ziraat hesabına" (to our representative's account), "danışmanın IBAN'ını gönderiyorum" (I
    // send the consultant's IBAN); Russian "переведите тенге нашему партнёру" (transfer the tenge to our partner).
    '\\b(?:send|pay)\\s+(?:the\\s+)?(?:balance|deposit|money|payment)\\s+(?:\\S+\\s+){0,2}?through\\s+our\\s+(?:\\S+\\s+)?agent\\b' +
      '|\\bpay\\s+(?:\\S+\\s+){0,3}?to\\s+our\\s+(?:dealer\\s+in|agent\\s+in|partner\\s+in|representative\\s+in)\\s+[a-z]+\\b' +
      '|\\bajans\\s+firmam[ıi]za\\b|\\btemsilcimizin\\s+(?:\\S+\\s+)?hesab[ıi]na\\b|\\bdan[ıi][şs]man[ıi]n\\s+iban|нашему\\s+партн[её]ру',
    {
      anchors: [
        'through our',
        'dealer in',
        'agent in',
        'partner in',
        'representative in',
        'ajans firma',
        'temsilcimizin',
        'n iban',
        'нашему партн',
      ],
    },
  ),
  cue(
    'cash',
    // "Cash in Yiwu also ok, my cousin will meet your agent"; "we accept also cash USD in our Guangzhou office";
    // Russian "заплатить брокеру 900$ наличными" (pay the broker 900$ in cash).
    '\\bcash\\s+in\\s+[a-z]+\\s+(?:is\\s+)?(?:also\\s+)?(?:ok|okay|fine|possible)\\b|\\b(?:accept\\s+also\\s+cash|accept\\s+cash)\\s+(?:usd\\s+|rmb\\s+|dollars?\\s+)?(?:in|at)\\s+our\\b' +
      '|наличны(?:ми|е)',
    { anchors: ['cash in', 'also cash', 'accept cash', 'наличн'] },
  ),
  cue(
    'a payment split over several accounts',
    // "Better split: 9,800 USD to Zhang Wei account, 9,800 USD to Liu Fang account"; Russian "разбить на несколько
    // карт" (split over several cards).
    '\\bsplit\\b[^.!?]{0,40}?\\bto\\s+[a-z]+\\s+[a-z]+\\s+account\\b|разбить\\s+на\\s+несколько\\s+карт',
    { anchors: ['split', 'несколько карт'] },
  ),
  cue(
    'a personal account',
    // Russian translit "Perevedite segodnya ostatok 430 000 rub na kartu" (transfer the rest to a card); Kazakh "Kaspi
    // Gold картасына" (to a Kaspi Gold card).
    '\\bperevedite\\s+(?:\\S+\\s+){0,6}?na\\s+kartu\\b|\\bkaspi\\s+gold\\b',
    { anchors: ['na kartu', 'kaspi gold'] },
  ),
  cue(
    'paying directly, outside the order',
    // Kazakh "Alibaba арқылы төлеу қажет емес" (no need to pay through Alibaba).
    'alibaba\\s+арқылы\\s+төлеу\\s+қажет\\s+емес',
    { anchors: ['қажет емес'] },
  ),
  cue(
    'a third party collecting the money',
    // "The liquidation money must go to broker account", "the fee has to be paid to the agency's account", "he said pay
    // 30% deposit to his company": money routed to someone else's account, not the supplier's order.
    "\\b(?:money|payment|deposit|balance|fee|funds)\\s+(?:must|should|will|has\\s+to|have\\s+to|needs?\\s+to)\\s+(?:be\\s+(?:paid|sent|transferred)|go)\\s+(?:direct(?:ly)?\\s+)?to\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:broker|agent|agency|consolidator|lawyer|middleman|intermediary)(?:'s)?\\s+(?:company\\s+)?(?:account|acct|a/c|bank)\\b" +
      `|${SHARE_PAID}\\s+to\\s+his\\s+${OWN_ACCOUNT}|${SHARE_PAID}\\s+to\\s+their\\s+${OWN_ACCOUNT}` +
      // A go-between: "they ask the balance and port charges pay to them, then they pay us" (not Alibaba's own
      // "you pay to Alibaba, then they pay us").
      `|${PAID_TO_THEM}then\\s+they\\s+${PAY_US}|${PAID_TO_THEM}then\\s+he\\s+${PAY_US}`,
    {
      anchors: [
        'broker',
        'agent',
        'agency',
        'consolidator',
        'lawyer',
        'middleman',
        'intermediary',
        'to his',
        'to their',
        'then they',
        'then he',
      ],
    },
  ),
  cue(
    'money passed through the buyer',
    // A money mule: "Pls send me your bank name, account number and routing no. so he can transfer today" (a customer
    // of the supplier's pays the buyer, who is to pass it on); "Please can you return 1,200 to us?" after a "double
    // refund".
    `${YOUR_DETAILS_ASKED}your\\s+bank\\s+(?:name|details|info)\\b${SO_SOMEONE_PAYS}|${YOUR_DETAILS_ASKED}your\\s+account\\s+(?:number|no|details)\\b${SO_SOMEONE_PAYS}` +
      '|\\b(?:return|send\\s+back)\\s+(?:the\\s+)?(?:us\\$|\\$|usd\\s?)?\\d[\\d,.]*\\s?(?:usd|dollars)?\\s+(?:back\\s+)?to\\s+(?:us|our\\s+(?:account|company|finance))\\b',
    { anchors: ['your bank', 'your account', 'return', 'send back'] },
  ),
];
