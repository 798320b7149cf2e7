/** The words that ask to be contacted, in English and other languages. */

/** Slang asks to be messaged: "hit me up", "buzz me", "drop me a line", "shoot me a message". */
export const SLANG_MOVE =
  '(?:hit\\s+(?:me|us)\\s+up|link\\s+(?:me|us)|buzz\\s+(?:me|us)|holla\\s+at\\s+me|drop\\s+(?:me|us)\\s+a\\s+(?:line|message|msg|text|note)|shoot\\s+(?:me|us)\\s+(?:a\\s+|an\\s+)?(?:message|msg|text|line|note|e-?mail|mail)|dm\\s+(?:me|us))';
/** "Keep in touch by WhatsApp", "stay in touch by email": a move said as staying in contact. */
export const IN_TOUCH = '(?:keep|stay|get)\\s+in\\s+touch';
export const MOVE_VERB = `(?:add|contact|message|text|call|find|reach|talk|chat|write|ping|dm|msg|reply|revert|answer|confirm|speak|connect|${IN_TOUCH})`;

/** Vietnamese "me", as a seller calls themself to a buyer: em, anh, chị, tôi, mình. */
const VI_ME = '(?:em|anh|ch[ịi]|t[ôo]i|m[ìi]nh)';
/** "Add me" / "write to me" / "call me" in Spanish, Portuguese, French, Italian, German, Russian, Indonesian and Malay, Vietnamese and Arabic. */
export const ADD_ME_ELSEWHERE =
  '(?:agr[ée]g(?:a|ue)(?:me|nos)|a[ñn][áa]d(?:a|e)(?:me|nos)|cont[áa]ct(?:a|e)(?:me|nos)|escr[íi]b(?:a|e)(?:me|nos)|h[áa]blame|me\\s+adicion[ae]|adicione-me|me\\s+chama|fal[ae]\\s+comigo|(?:me\\s+)?mand[ae]\\s+(?:uma\\s+)?mensagem|m[áa]nd(?:a|e)me(?:\\s+(?:un\\s+)?mensaje)?|ll[áa]m(?:a|e)(?:me|nos)|p[óo]ngase\\s+en\\s+contacto(?:\\s+con(?:migo|nosotros))?|entr[ae]\\s+em\\s+contato(?:\\s+(?:comigo|conosco))?|me\\s+liga|me\\s+avis[ae]' +
  "|ajoutez[\\s-]moi|ajoute[\\s-]moi|contactez[\\s-](?:moi|le|la|nous)|contacte[\\s-](?:moi|le|la)|(?:me|nous)\\s+contacter|[ée]crivez[\\s-](?:moi|nous)|\\bm'[ée]crire|\\bnous\\s+[ée]crire|[ée]cris[\\s-]moi|aggiungimi|contattami|scrivimi" +
  // Italian "mi scriva su WhatsApp", "mi contatti", "ci scriva"; Egyptian Arabic in Latin letters "kallemny 3ala WhatsApp".
  '|\\b(?:mi|ci)\\s+(?:scriva|scrivi|contatti|contatta|aggiunga|aggiungi|chiami|chiama)\\b|\\bkall?emn[iy]\\b|\\bkontakt\\s+(?:na|przez)\\b' +
  // Polish "napisać do mnie na WhatsAppie", Czech "napište mi na WhatsApp", Romanian "scrieți-mi pe WhatsApp",
  // "confirmați-mi pe WhatsApp", "să mă contactați pe Telegram", Swahili "niandikie WhatsApp", Greek "μιλήσουμε στο
  // Viber", Dutch "kunnen we via WhatsApp verder praten", Russian "дайте свой ватсап", Haitian Creole "rele m sou
  // WhatsApp".
  '|\\b(?:napisz(?:cie)?|napisa[ćc]|pisz(?:cie)?|pisa[ćc]|zadzwo[ńn])\\s+do\\s+mnie|\\bdodaj(?:cie)?\\s+mnie|\\bnapi[šs](?:te)?\\s+mi\\b|\\bkontaktujte\\s+m[ěe](?![\\p{L}])|\\bscrie(?:[țt]i)?-mi|\\bconfirma[țt]i-mi|\\b(?:rele|ekri)\\s+(?:m|mwen)\\s+sou\\b|\\bcontacta[țt]i-m[ăa]|\\bs[ăa]\\s+m[ăa]\\s+(?:contacta[țt]i|suna[țt]i|ad[ăa]uga[țt]i)(?![\\p{L}])|\\badăuga[țt]i-m[ăa]|\\badauga[țt]i-ma' +
  '|(?<![\\p{L}])(?:[îi]mi\\s+da[țt]i|[îi]mi\\s+dai)\\s+(?:\\S+\\s+){0,3}?de|\\ble\\s+escribo\\s+por|\\b(?:cualquier\\s+(?:cosa|duda)|mejor|porfa|por\\s+favor),?\\s+me\\s+escrib(?:e|a)\\b|\\b(?:niandikie|niongezee|nitumie\\s+ujumbe|wasiliana\\s+nami|nipigie|tuongee)\\b|\\bmande\\s+(?:el|la|los|las)\\s+(?:soporte|comprobante|recibo|voucher|captura)|(?:תכתוב|כתוב|תכתבי|כתבי|תשלח|שלח|תדבר|דבר|תתקשר)\\s+(?:לי|איתי)|(?:γράψτε|γραψτε|στείλτε|στειλτε)\\s+μου|μιλήσουμε|μιλησουμε|\\bkunnen\\s+we\\s+(?:via|op|over)\\b|(?:дайте|даите|скиньте)\\s+(?:ваш|свой|свои|твой|твои)' +
  '|f[üu]gen?\\s+(?:sie\\s+)?mich|kontaktieren?\\s+(?:sie\\s+)?mich|schreib(?:en?)?\\s+(?:sie\\s+)?mir|добавь(?:те)?\\s+меня|(?:на)?пиши(?:те)?\\s+мне' +
  '|\\b(?:hubungi|tambahkan|tambah|add|chat|kontak|telepon|telpon)\\s+(?:saya|kami|aku)|kirim\\s+pesan|li[êe]n\\s+h[ệe]|k[ếe]t\\s+b[ạa]n' +
  // Vietnamese "nhắn (tin) cho em qua Zalo", "gọi cho em"; Arabic "add me", "call me".
  `|\\b(?<!\\btin\\s)nh[ắa]n(?:\\s+tin)?(?:\\s+(?:cho|v[ớo]i)\\s+${VI_ME})?|\\bg[ọo]i\\s+(?:cho|v[ớo]i)\\s+${VI_ME}` +
  // Swedish "kan vi ta det på WhatsApp", "kontakta mig på"; Danish and Norwegian "send kvittering på WhatsApp"; Hebrew "לשלוח צילום
  // מסך בוואטסאפ" (send a screenshot on WhatsApp); Malay "saya share QR kat WhatsApp"; Iraqi "تواصل وياي", Kurdish "با لە" (let's, on).
  '|\\bta\\s+det\\s+p[åa]|\\b(?:kontakta|skriv\\s+till)\\s+(?:mig|oss)\\s+p[åa]|\\bsend\\s+(?:kvittering(?:en)?|(?:meg|mig|oss)\\s+(?:\\S+\\s+)?)\\s*p[åa]' +
  '|(?<![\\p{L}])(?:ו?לשלוח|תשלח(?:ו|י)?|שלח(?:ו|י)?)(?![\\p{L}])|\\b(?:saya|sy|aku)\\s+(?:share|hantar|send)\\s+(?:\\S+\\s+){0,2}?(?:kat|dekat)' +
  '|تواصل\\s+(?:وياي|ويانا)|(?<![\\p{L}])با\\s+لە|تواصل\\s+مع(?:ي|نا)|راسلني|راسلنا|كلمني|كلمنا|[اأ]رسل\\s+لي|ابعث\\s+لي|[اأإ]ضف(?:ني|نا)|ضيف(?:ني|نا)|[اأإ]تصل\\s+(?:بي|بنا))';
