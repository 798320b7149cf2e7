// Phone numbers and e-mail addresses given in a message, and when one is not a move off the platform: the off-platform
// contact rule reads these beside the cues of contact.ts.

/**
 * A phone number: international form ("+86 …", also spelt "plus 86 …", but not Somalia's EVC Plus wallet), or any long
 * number right after a phone word. "00" dials abroad only before a country code, which never starts with 0, and not in
 * a labelled figure ("meter reading 00012345678", "serial no. 0012…"). A match never stops inside a longer run of digit
 * groups: "номер 2208 7731 5540 1187" is a 16-digit order number; nor is "номер" a phone word after an order's ("заказ
 * оформлен, номер 2190 4471 8830", "Trade Assurance, номер …").
 */
export const PHONE_NUMBER =
  /(?<![\p{L}\p{N}])(?<!\d[\s-])(?:(?:[+＋➕]\s?|(?<!\bevc\s)plus\s(?=[1-9]\d{0,2}\s\d{2})|00(?<!\b(?:reading|serial|s\/n|sn|part|p\/n|batch|lot|order|invoice|tracking|resi|awb|item|sku|code|ref|reference|report|meter|model)\s*(?:no\.?|number|#)?\s*[:：]?\s*00)\s?(?=[1-9]))\d(?:[\s().-]{0,2}\d){7,14}|(?<=(?:(?:mobile|phone|tel|cell)(?:\s+(?:number|no\.?|num))?|(?:my|mera)\s+(?:number|no\.?)|मेरा\s+(?:number|नंबर|नम्बर)|(?<![\p{L}])wa(?:\s+(?:aja|saja|ya|dong|kak|ke|di|sis|gan|bos)){0,3}|(?:call|text|txt)(?:\s+(?:me|us|him|her|them|am))?(?:\s+(?:on|at|for))?|add\s+(?:me|us)|dodaj\s+mnie|加我|contact(?:\s+me)?(?:\s+(?:on|at|via))?|reach\s+me\s+(?:on|at)|whats(?:\s?app)?(?:\s+e\s+(?:knock|nok|msg|message|call)\s+(?:din|dao|den|koren|korun|diyen))?|手机|电话|номер(?<!(?:assurance|заказ[\p{L}]*|order)(?:(?!мо[йи]\s|наш)[^.!?\d]){0,20}номер)|nomor\s+(?:saya|hp|wa|kami)(?:\s+ya)?|s[ốo]\s+[đd]i[ệe]n\s+tho[ạa]i|s[đd]t|เบอร์(?:โทร)?)\s*(?:is|:|：|no\.?)?\s*)\d(?:[\s-]?\d){8,14})(?![\p{L}\p{N}]|[\s-]\d)/gu;

/**
 * A number for a courier, driver, customs broker or consignee, a sample's ship-to address, or the engineer who meets a
 * technician at the installation site, is not a contact move; nor a warehouse's for the driver who delivers there, in
 * German, Danish, Swedish, Dutch and the Slavic languages ("Fahrer … beim Lager melden", "voznik bo poklical
 * skladišče", "телефон водителя"), nor an Indonesian waybill's ("resi JNE …").
 */
export const DELIVERY_CONTEXT =
  /\b(?:driver|courier|consignee|notify\s+party|delivery|deliver|warehouse|truck|forwarder|pick\s?-?up|transitaire|spediteur|label|receiver's|dock|broker|clearing\s+agent|shipping\s+agent|samples?\s+to|ship\s+to|ship-to|recipient|tracking|site\s+engineer|on-?site|installation|at\s+the\s+gate|ingeniero\s+de\s+planta|instalaci[oó]n|sendungsnummer|sendungsverfolgung|rastreio|seguimiento|suivi|jne|lbc|resi|fahrer|lager|\w*lieferung|levering|leverans|chauffeur|chauffor|speditor|voznik|skladisc\w*|vozac\w*|ridic\w*|kierowc\w*|magazyn\w*|magazijn)\b|(?<![\p{L}])(?:chauffør|chaufför|speditør|skladišč|vozač|řidič)|трек|отслеживан|курьер|получател|водител|\bkurer|\bpoluchatel|\b\d+\s+[a-z]+\s+(?:st|street|rd|road|ave|avenue|blvd|lane|drive)\b|司机|快递|收货人|送货|收货部|экспедитор/u;

/**
 * The buyer's own brand e-mail, site or hotline, to be printed on the goods ("print on box: info@yourbrand.com",
 * "printed on the hang tag", "your hotline +49 …" in the manual text, 说明书上 on the manual), is no move off the platform.
 */
export const ON_THE_GOODS =
  /\b(?:print(?:s|ed|ing)?|typeset(?:s|ting)?|packaging|hang\s?tags?|label\s+text|user\s+manual|manual\s+text|(?:on|in)\s+the\s+(?:box|carton|label|package|bottle|sticker|manual)|your\s+(?:brand|logo|company|hotline|customer\s+service))\b|说明书上|包装上|印在/u;
/** …unless the same sentence asks to be contacted there, or gives the supplier's own: "our email … is printed on the catalogue". */
export const ASKS_TO_BE_CONTACTED =
  /\b(?:contact|write\s+to|reach|message|text|call|e-?mail|mail)\s+(?:me|us)\b|\b(?:my|our)\s+(?:e-?mail|mail|phone|mobile|number|hotline|tel)\b/u;

/**
 * A signature's number, after the mail's closing ("Regards, Mark Ellis | Ellis Outdoor Ltd | T: +44 …", "Thanks,
 * Priya | Procurement | +91 …"): how the writer's company is reached, not a move. Read with ASKS_TO_BE_CONTACTED.
 */
export const SIGNATURE_BEFORE =
  /(?:\b(?:(?:best|kind|warm)\s+)?regards\b|\b(?:thanks|thank\s+you|best|cheers|sincerely|yours)\s*[,|\n])[^!?]{0,120}$/u;

/**
 * An e-mail address given only as a payment identifier (a PayPal payee, an Alipay account: "pay through our agent
 * PayPal, friends and family option to avoid fee: payments@…") is payment, not contact; not one to send the receipt to.
 */
export const PAYEE_BEFORE =
  /(?:\b(?:paypal|payee|pay\s+to|zelle|venmo|payoneer|wise|skrill|alipay|pix|chave|interac|e-?transfer)\b|支付宝)(?:(?!\b(?:proof|receipt|screenshot|slip|and\s+e-?mail|then\s+e-?mail)\b)(?:[^.!?]|\.(?=\S))){0,50}$/u;
/** …unless the writer asks to be written to there too: "…, lina@…, et écrivez-moi là aussi". */
export const WRITE_THERE_TOO =
  /^[^.!?]{0,30}?(?:\b(?:write\s+(?:me|to\s+me)|contact\s+me|e-?mail\s+me|escr[íi]beme|escreva-me|me\s+escreva)|[ée]crivez-moi|[ée]cris-moi)/u;
/**
 * A mail's sender, quoted or forwarded ("From: accounts@…", "an email from finance@…", a pasted header's "From: Amy
 * Zhou <amy@…>", "from our company mail sales@…"), or the company address documents come from ("B/L pošleme z adresy
 * docs@…", "skickas från", "šaljemo sa adrese", "von", "desde", "с адреса", Danish and Norwegian "fra", Finnish
 * "osoitteesta", "osoitteelta", 从, Amharic ከ and Khmer ពី written onto it): who writes, not where to write.
 */
export const SENDER_BEFORE =
  /(?:\bfrom(?:\s+(?:our|my|the)\s+(?:company\s+|official\s+|office\s+)?(?:e-?mail|mail|mailbox)(?:\s+address)?)?|(?<![\p{L}])(?:z\s+(?:adresy|adresu|e-?mailu|mailu)|fr[åa]n(?:\s+(?:adressen|mejlen|mailen|e-?postadressen))?|fra(?:\s+(?:adressen|mailen|e-?mailen|e-?postadressen|e-?posten))?|osoitteesta|osoitteelta|s[äa]hk[öo]postiosoitteesta|s[äa]hk[öo]postista|sa?\s+(?:adrese|e-?maila|maila)|von(?:\s+der\s+adresse)?|desde(?:\s+(?:el\s+correo|la\s+direcci[óo]n))?|depuis(?:\s+l'adresse)?|dall'indirizzo|с\s+(?:адреса|почты|ящика)|(?:firma\s+|ettev[õo]tte\s+)?(?:meililt|e-?postilt|aadressilt)|z\s+naslova)(?![\p{L}]))\s*:?\s*(?:[^<>@\n:]{1,60}<\s*)?$|(?:ከ|从\s*|ពី\s*)$/u;
/**
 * The same said after the address: Hungarian "címről" or "-ról/-ről", Nepali बाट, Turkish "adresinden" or "'dan", から,
 * 에서, Malayalam "-ൽ നിന്ന്", Kannada ನಿಂದ, Georgian "-დან"; Uzbek "…, undan ham faqat invoice … yuboramiz" (from it we send only
 * invoices), Azerbaijani "…-dir, ondan da yalnız …".
 */
export const SENDER_AFTER =
  /^(?:-?(?:ൽ|il)\s+(?:നിന്ന്|ninnu|ninn)|-?დან(?![\p{L}])|\s*(?:c[íi]m(?:[üu]nk)?r[őöo]l|बाट|ನಿಂದ|ಇಂದ|adres(?:in|imiz)den|から|에서)|-?r[óoőö]l(?![\p{L}])|'?(?:dan|den|tan|ten)(?![\p{L}])|(?:-?d[ıi]r)?\s*,\s*(?:undan|ondan)\s+(?:ham\s+|da\s+|d[əe]\s+)?(?:faqat|yaln[ıi]z)(?![\p{L}]))/u;
/** A quoted mail's header line after the address: "On 5 Jun 2024, Maria Lopez <m.lopez@…> wrote:", "… a écrit :". */
export const WROTE_AFTER =
  /^\s*>?\s*(?:wrote|a\s+[ée]crit|escribi[óo]|escreveu|schrieb|ha\s+scritto|schreef|yazd[ıi]|menulis|写道|寫道)\s*:/u;
/**
 * Mail still to come from that address ("new details will be emailed to you from accounts@…", "our finance team will
 * send you the bank info by email from …"): the buyer is sent there to talk, so it is contact after all. Documents
 * that will merely come from it ("we will send the B/L from docs@…", "I will email to your forwarder from …") leave it
 * the sender's.
 */
export const MAIL_PROMISED_BEFORE =
  /\b(?:will|'ll|shall|going\s+to)\s+(?:be\s+)?(?:\S+\s+){0,6}?(?:e-?mail\w*\s+(?:to\s+)?you|contact|write|sen[dt]\s+(?:to\s+)?you|sen[dt]\s+(?:\S+\s+){0,4}?(?:details|info\w*|bank|account))\b[^.!?]{0,60}\bfrom\s*:?\s*$/u;
/**
 * The domain may be spelt with accented, Cyrillic or Greek look-alike letters ("sales@alibába.com",
 * "sales@аlibaba.com"): the link rule reports those. An electrical rating written tight ("5V@2A.Input", "12v@1.5a.max")
 * is a measure before the "@", not a mailbox. Only a Latin letter before it makes it part of a word: Chinese and other
 * scripts run straight on into one ("我的邮箱lily88@163.com").
 */
export const EMAIL_ADDRESS =
  /(?<![\p{Script=Latin}\p{N}._%+-])(?!\d+(?:\.\d+)?(?:v|a|w|ma|mah|hz|khz|mhz|ghz|kv|kw)@\d)[a-z0-9._%+-]+@[a-z0-9\u00e0-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff-]+(?:\.[a-z0-9\u00e0-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff-]+)*\.[a-z]{2,}/gu;
