/**
 * The writer asks whether a message they got was really the other side's, or whether the buyer already paid it:
 * "someone in your account wrote "pay today or …". Not your style lol, is it hacked?", "Was that you??", "Klopt dat?",
 * "Это действительно от вас?", "口座変更のご連絡は御社からでしょうか？". Such a message quotes the scam to check it;
 * it doesn't ask for anything, so only a link pasted into it is still worth a warning.
 */
const ASKS_IF_GENUINE = new RegExp(
  [
    // English: "is this really from you?", "was that you??", "did you really send this?", "is the old account really
    // frozen??".
    '\\b(?:is|was)\\s+(?:this|that|it)\\s+(?:really\\s+)?(?:you|yours|from\\s+you|from\\s+your\\s+(?:side|company|team))\\b[^.!]{0,40}\\?',
    '\\b(?:is|was)\\s+(?:this|that|it)\\s+(?:really\\s+)?(?:true|real|genuine|legit|fake)\\s*\\?',
    // "He gave me account of 'Everbright Asset Management HK', is this correct?", "… no TA. Is that normal in China?",
    // "Is normal?".
    '\\b(?:is|was)\\s+(?:this|that|it\\s+)?\\s*(?:really\\s+)?(?:normal|correct)\\s*(?:in\\s+china\\s*)?\\?',
    '\\b(?:is|was)\\s+(?:this|that|the)\\s+(?:message|e-?mail|mail|request|number|letter)\\s+(?:really\\s+)?(?:from\\s+(?:you|your)|yours|real|genuine|fake)\\b',
    '\\bdid\\s+(?:you|your\\s+\\S+)\\s+really\\s+(?:send|write|ask)\\b',
    '\\bdid\\s+you\\s+(?:already\\s+)?(?:pay|send|transfer)\\s+(?:anything|any\\s+money)\\b[^.!]{0,40}\\?',
    '\\breally\\s+(?:frozen|closed|blocked|changed|yours|from\\s+you)\\s*\\?',
    '\\bconfirm\\s+(?:the|this)\\s+new\\s+(?:account|bank|details)\\s*\\?',
    '\\bnot\\s+your\\s+style\\b',
    // "got email say new bank acc, fake right?"
    '\\b(?:fake|real|legit)\\s*,?\\s+right\\s*\\?',
    '\\b(?:is|was)\\s+(?:it|your\\s+account)\\s+hacked\\s*\\?',
    '\\bsomeone\\s+(?:in|from|using)\\s+your\\s+account\\s+(?:wrote|sent|asked|said)\\b',
    // German, Dutch, French, Spanish, Portuguese: "Ist das korrekt?", "… dass die nicht von Ihnen ist", "Klopt dat? Ik
    // vertrouw het niet", "c'est bien vous ?", "¿… si el mensaje de ayer … es falso?", "me digam que foram vocês".
    '\\bist\\s+(?:das|dies)\\s+(?:wirklich\\s+)?(?:korrekt|richtig|echt|von\\s+ihnen)\\s*\\?',
    '\\bdass\\s+(?:die|das|sie|es)\\s+nicht\\s+von\\s+ihnen\\s+(?:ist|sind|kommt|kommen)\\b',
    '\\bklopt\\s+(?:dat|dit)\\s*\\?',
    '\\bik\\s+vertrouw\\s+(?:het|dit|dat)\\s+niet\\b',
    "\\b(?:c'est|est-ce)\\s+(?:bien\\s+|vraiment\\s+)?(?:vous|vrai)\\s*\\?",
    '\\b(?:es|era)\\s+(?:falso|verdad|real|de\\s+ustedes)\\s*\\?',
    '\\bsi\\s+el\\s+mensaje\\s+(?:\\S+\\s+){0,6}?es\\s+falso\\b',
    '\\bforam\\s+voc[êe]s\\b',
    // Polish "czy to wiadomość od Państwa?" (is this message from you?).
    '\\bczy\\s+to\\s+(?:wiadomo[śs][ćc]\\s+)?od\\s+(?:pa[ńn]stwa|ciebie|was)\\b',
    '\\b[ée]\\s+(?:verdade|falso)\\s*\\?',
    // Russian, Swahili, Hindi, Pidgin, Japanese, Chinese: "это действительно от вас?", "ni yenu?", "ye message aapka hi
    // hai kya?", "na your account send me this message?", 御社からでしょうか, 是你们发的吗.
    'это\\s+(?:действительно\\s+|деиствительно\\s+|правда\\s+)?от\\s+вас\\s*\\?|это\\s+правда\\s*\\?',
    '\\bni\\s+(?:yenu|ya\\s+kweli)\\s*\\?',
    '\\b(?:aapka|apka|aap\\s+ka)\\s+(?:hi\\s+)?hai\\s+kya\\b',
    '\\bna\\s+your\\s+(?:account|company|people)\\s+send\\s+(?:me\\s+)?(?:this|dis)\\b|\\bi\\s+dey\\s+suspect\\b',
    '御社からでしょうか|御社からのもの|貴社からでしょうか|是你们发的吗|是你发的吗|是真的吗',
    // Or says what the writer did not do with it, or that it isn't the writer's (probe 72's quoted e-mails): "here's
    // what I got (I did NOT pay)", "I got this and I'm not sure, can you check", "That's a fake", "That email is NOT
    // from us", "the e-mail brightway.acc2024@outlook.com is not ours", French "ça ne te ressemble pas", Portuguese "É
    // de vocês mesmo? Achei estranho", "Não respondi".
    "\\b(?:i|we)\\s+(?:did\\s+not|didn'?t)\\s+(?:pay|click|reply|answer|respond)\\b",
    '\\b(?:i|we)\\s+(?:got|received)\\s+this\\b[^.!?]{0,40}?\\b(?:not\\s+sure|can\\s+you\\s+(?:check|confirm))\\b',
    "\\b(?:that|this|it)(?:'s|\\s+is|\\s+was)\\s+(?:a\\s+)?fake\\b|\\b(?:is|was)\\s+not\\s+from\\s+us\\b|\\b(?:e-?mail|address|number|domain|website|link)\\s+(?:\\S+\\s+)?(?:is|was)\\s+not\\s+ours\\b|\\bthat'?s\\s+not\\s+me\\b",
    '\\bne\\s+(?:te|vous)\\s+ressemble\\s+pas\\b|\\bé\\s+de\\s+voc[êe]s\\b|\\bachei\\s+estranho\\b|\\bn[ãa]o\\s+respondi\\b',
    // Probe 73's forwarded mails and SMS: "did your accounts department send this?", "is this something you know
    // about?", "please confirm this is not your staff", "if your bank really changed, please …", "before we do
    // anything, please confirm", "هل هذا منكم؟" (is this from you?), 请问这个是您公司的人吗 (is this person from your company?).
    '\\bdid\\s+your\\s+(?:\\S+\\s+){0,2}?(?:send|write)\\s+(?:this|that|it)\\b|\\bis\\s+this\\s+something\\s+you\\s+know\\s+about\\b',
    '\\bconfirm\\s+(?:this|that|it|he|she)\\s+is\\s+not\\s+(?:from\\s+)?(?:you|your)\\b|\\bif\\s+your\\s+(?:bank|account)\\s+(?:really|actually|truly)\\s+changed\\b',
    '\\bbefore\\s+(?:we|i)\\s+(?:do|pay|send)\\s+anything\\b|هل\\s+(?:هذا|هذه)\\s+منكم|是您公司的人吗|是你们公司的人吗|是您公司发的吗|是你们公司发的吗',
    // "Before I send the wire", "não abri o link" (I didn't open the link), Swahili "Hii ni kweli au ni uongo? Sijalipa
    // kitu".
    '\\bbefore\\s+(?:i|we)\\s+send\\s+the\\s+(?:wire|payment|money|transfer)\\b|\\bn[ãa]o\\s+(?:abri|cliquei|paguei)\\b|\\bno\\s+abr[íi]\\s+(?:el|la|ese|esa)\\b|\\bni\\s+kweli\\s+au\\b|\\bsijalipa\\b|\\beta\\s+ki\\s+apnara\\s+pathiyechen\\b|\\bpay\\s+kori\\s+nai\\b',
    // Probe 85: "Kindly confirm this is genuine before we proceed", "Is from you?", "Is this connected in alibaba?",
    // "Is this the alibaba page?", Pidgin "Na una?".
    '\\bconfirm\\s+(?:if\\s+|whether\\s+|that\\s+)?(?:this|that|it)\\s+is\\s+(?:genuine|real|legit|from\\s+you|correct)\\b',
    "\\bis\\s+from\\s+(?:you|your\\s+(?:side|company|team))\\s*\\?|\\bis\\s+(?:this|that|it)\\s+(?:really\\s+)?(?:connected|linked)\\s+(?:to|in|with)\\s+alibaba\\b[^.!]{0,20}\\?|\\bis\\s+(?:this|that|it)\\s+(?:the\\s+|an?\\s+)?(?:real\\s+|official\\s+)?alibaba(?:\\s+|'s\\s+)(?:page|site|website|link|checkout)\\s*\\?|\\bna\\s+(?:una|you)\\s*\\?",
    // Nigerian Pidgin "no be us" (that's not us), said of a message the buyer got, at its clause's end.
    '(?<![\\p{L}])no\\s+be\\s+(?:us|we|from\\s+us)(?:\\s+at\\s+all)?\\s*(?:[.!,;]|$)',
    // Probe 85: Hungarian "Ez igaz?" (is it true?), Czech "To jste vy?", "Je to pravda?", Swedish "Är det ni?",
    // "Stämmer det?".
    '(?<![\\p{L}])(?:ez\\s+igaz|igaz\\s+ez|to\\s+jste\\s+vy|jste\\s+to\\s+vy|je\\s+to\\s+pravda|[äa]r\\s+det\\s+(?:ni|sant)|st[äa]mmer\\s+det)\\s*\\?',
    // Probe 87: Hausa "Gaskiya ne?" (is it true?), "ku ne?" (is it you?); Somali "Ma idinkaa?" (is it you?), "run ma
    // tahay?"; Bulgarian "Вие ли сте?", "истина ли е?", Latin "vie li ste?"; Slovak "Ste to vy?", "je to pravda?".
    '(?<![\\p{L}])(?:gaskiya\\s+ne|(?:da\\s+)?gaske\\s+ne|ku\\s+ne|(?:ma\\s+)?idinkaa|run\\s+ma\\s+(?:tahay|yahay)|вие\\s+ли\\s+сте|истина\\s+ли\\s+е|от\\s+вас\\s+ли\\s+е|vie\\s+li\\s+ste|istina\\s+li\\s+e|(?:ste\\s+to\\s+vy|to\\s+ste\\s+vy|je\\s+to\\s+od\\s+v[áa]s))\\s*\\?',
    // Probe 88: Lithuanian "Ar tai jūs?" (is it you?), "ar tai tiesa?"; Latvian "tas ir no jums?" (is it from you?),
    // "vai tā ir taisnība?"; Albanian "A është i juaji?" (is it yours?), "a është e vërtetë?", "a është e sigurt?" (is
    // it safe?); Khmer "ពិតមែនទេ?" (is it true?).
    '(?<![\\p{L}\\p{M}])(?:ar\\s+tai\\s+(?:j[ūu]s|tiesa|j[ūu]s[ųu])|(?:vai\\s+)?tas\\s+ir\\s+no\\s+jums|vai\\s+t[āa]\\s+ir\\s+taisn[īi]ba' +
      '|[ëe]sht[ëe]\\s+(?:i\\s+juaji|e\\s+juaja|e\\s+v[ëe]rtet[ëe]|e\\s+sigurt|nga\\s+ju)|ពិតមែនទេ|ពិតទេ)\\s*[?？]',
    // Probe 89: Georgian "ეს მართლა თქვენია?" (is this really yours?), "ხომ ნამდვილია?" (it is real, isn't it?), "es
    // martla tqvenia?"; Armenian "Սա իրական է?" (is this real?), "դուք եք?" (is it you?), "iskakan a?", "duq eq?";
    // Estonian "Kas see on päriselt teie firma?" (is this really your company?), "kas see on tõesti teie?"; Slovenian
    // "Je to res vaše?" (is it really yours?), "Je to ok?", "je to prav?".
    '(?<![\\p{L}])(?:(?:ეს\\s+)?მართლა\\s+თქვენ\\p{L}*|ხომ\\s+ნამდვილია|(?:es\\s+)?martla\\s+tqven\\p{L}*|(?:սա|դա)\\s+իրական\\s+է|իսկական\\s+է|դուք\\s+եք|iskakan\\s+a|duq\\s+eq|dzer\\s+kompaniayic\\s+e' +
      '|kas\\s+see\\s+on\\s+(?:p[äa]riselt|t[õo]esti|tegelikult)\\s+(?:teie|teilt)(?:\\s+firma)?|kas\\s+see\\s+on\\s+teilt|je\\s+to\\s+(?:res\\s+)?(?:va[šs]e|od\\s+vas|ok|prav|res))\\s*[?？]',
    // Probe 86: Finnish "Onko tämä teiltä?" (is this from you?), "onko se normaalia?"; Danish and Norwegian "Er den fra
    // dere?", "er det rigtigt?", "stemmer det?", "det gør I vel ikke?" (you don't do that, do you?).
    '(?<![\\p{L}])(?:onko\\s+(?:t[äa]m[äa]|tuo|se|t[äa]m[äa]\\s+viesti|viesti|linkki|s[äa]hk[öo]posti)\\s+(?:oikeasti\\s+|todella\\s+|varmasti\\s+)?(?:teilt[äa]|teid[äa]n|totta|aito|oikea|normaalia)|oletteko\\s+(?:te\\s+)?(?:l[äa]hett[äa]neet|kirjoittaneet)' +
      '|er\\s+(?:det|den|dette|denne|mailen|e-?posten|linket|lenken)\\s+(?:virkelig\\s+|egentlig\\s+)?(?:fra\\s+(?:jer|dere|dig|deg)|jer|dere|rigtigt|riktig|[æa]gte|ekte|normalt)|stemmer\\s+det|passer\\s+det|(?:g[øo]r|gj[øo]r)\\s+(?:i|dere|du)\\s+vel\\s+ikke)\\s*[?？]',
    // Probe 84's languages, with their question mark (Greek ";" is read as "?"): "Ισχύει;", "це правда?", "e
    // adevărat?", "זה נכון?", "درسته؟", "এটা কি সত্যি?", "totoo ba?".
    '(?<![\\p{L}])(?:ισχ[υύ]ει|αληθε[υύ]ει|ε[ιί]ναι\\s+αλ[ηή]θεια|ε[ιί]ναι\\s+απ[οό]\\s+εσ[αά]ς|це\\s+правда|це\\s+(?:справді\\s+)?від\\s+вас|e\\s+adev[ăa]rat|este\\s+adev[ăa]rat|e\\s+de\\s+la\\s+voi|זה\\s+נכון|זה\\s+מכם|درسته|راسته|সত্যি|totoo\\s+ba|kayo\\s+ba\\s+ito)\\s*[?？؟]',
    // Probe 86's Kazakh and Mongolian: "Бұл сіз бе?" (is this you?), "рас па?" (is it true?), "Энэ та мөн үү?", "үнэн
    // үү?".
    '(?<![\\p{L}])(?:б[ұу]л\\s+с[іи]з\\s+бе|с[іи]з\\s+бе|с[іи]здерден\\s+бе|рас\\s+па|шын\\s+ба|(?:энэ\\s+)?та\\s+м[өо]н\\s+[үу]{2}|танайх\\s+уу|[үу]нэн\\s+[үу]{2})\\s*[?？]',
    // Or glad to have asked: Kazakh "Жақсы болды сұрағаным", Mongolian "Асуусан маань зөв байжээ" (good that I asked).
    '(?<![\\p{L}])(?:ж[аә]қсы\\s+болды\\s+с[ұу]ра[ғг]аным|с[ұу]ра[ғг]аным\\s+(?:ж[аә]қсы|д[ұу]рыс)\\s+болды|асуусан\\s+маань\\s+з[өо]в)',
    // Probe 85's Serbian and Croatian, Amharic and Nepali: "To niste vi?" (wasn't that you?), "je li to od vas?", "የናንተ
    // ነው?" (is it yours?), "እውነት ነው?" (is it true?), "तपाईंहरूको हो?", "साँचो हो?".
    '(?<![\\p{L}])(?:to\\s+(?:niste|ste)\\s+vi|(?:jeste|niste|ste)\\s+li\\s+to\\s+vi|(?:je\\s+li|da\\s+li\\s+je)\\s+to\\s+(?:od\\s+vas|istina|ta[čc]no|to[čc]no)|(?:የናንተ|የእናንተ|የእርስዎ|ከናንተ|ከእናንተ)\\s+ነው|እውነት\\s+ነው|(?:तपाईंहरूको|तपाईंको|तपाईहरूको|तपाइँहरूको|तपाईँहरूको)\\s+हो|साँचो\\s+हो|सत्य\\s+हो)\\s*[?？]',
    // Probe 74: "¿esto es realmente de ustedes?", "это точно от вас?", "هل هذه الرسالة منكم", "ujumbe huu ni kutoka
    // kwenu kweli?", "please confirm here whether …", "we have not opened the attachment", "that one is fake", "we're
    // not paying".
    '\\bes(?:to|o)?\\s+(?:es\\s+)?realmente\\s+de\\s+ustedes\\b|это\\s+точно\\s+от\\s+вас|هل\\s+(?:هذه|هذا)\\s+(?:الرسالة\\s+)?منكم|\\bni\\s+kutoka\\s+kwenu\\b',
    "\\bplease\\s+confirm\\s+here\\s+(?:whether|if)\\b|\\b(?:we|i)\\s+(?:have\\s+)?not\\s+(?:opened|paid|clicked)\\b|\\bthat\\s+one\\s+is\\s+fake\\b|\\b(?:we'?re|we\\s+are)\\s+not\\s+paying\\b",
    // Probe 86: Uzbek "Bu sizmi?" (is this you?), "rostmi?" (is it true?); Azerbaijani "Bu sizsiniz?", "Bu doğrudur?";
    // Tamil "அது நீங்களா?" (was that you?), "உண்மையா?" (is it true?), Tanglish "neengala?".
    '(?<![\\p{L}])(?:bu\\s+sizmi|siz\\s+yozdingizmi|rostmi|haqiqatmi|bu\\s+siz(?:siniz|sınız)|bu\\s+do[ğg]rudur(?:mu)?|siz\\s+yazm[ıi]s[ıi]n[ıi]z|நீங்களா|உண்மையா|neengala|unmaiya)\\s*[?？]',
    // Or is glad to have asked: Uzbek "Yaxshi so'radim" (good that I asked), Azerbaijani "Yaxşı ki soruşdum", Tamil
    // "நல்லவேளை கேட்டேன்": what the writer reports after it is the fake's ("Email manzili … edi", its address was …).
    "(?<![\\p{L}])(?:yaxshi(?:\\s+ki)?\\s+so['`ʻʼ]?radim|yax[şs][ıi]\\s+ki\\s+soru[şs]dum|நல்லவேளை\\s+கேட்டேன்)",
    // Probe 87: Gujarati "e saachu che?" (is it true?), "આ સાચું છે?"; Marathi "te tumhich pathavla ka?" (did you send
    // it?), "हा तुमचाच माणूस आहे का?" (is he your man?); Punjabi "oh sahi aa?", "ਸੱਚ ਹੈ?"; Telugu "adi meere na?" (was
    // that you?), "అది మీదేనా?", "మీరు పంపారా?" (did you send it?).
    '(?<![\\p{L}\\p{M}])(?:(?:e|aa|આ|એ)\\s+(?:saachu|sachu|સાચું)\\s+(?:che|chhe|છે)|(?:tumhich|tumchach|tumhi|तुम्हीच|तुमचाच|तुमचीच|तुमचेच)\\s+(?:\\S+\\s+){0,2}?(?:pathavla|pathavle|aahat|aahe|ahe|आहात|आहे|पाठवला|पाठवले)\\s+(?:ka|का)' +
      '|(?:oh|eh|ih|ਉਹ|ਇਹ)\\s+(?:sahi|sach|ਸਹੀ|ਸੱਚ)\\s+(?:aa|hai|ਆ|ਹੈ)|ਸੱਚ\\s+ਹੈ|(?:adi|idi|అది|ఇది)\\s+(?:meere|meedi|meede|మీదే|మీరే)\\s*(?:na|నా)|మీదేనా|మీరేనా|మీరు\\s+పంపారా|నిజమేనా)\\s*[?？]',
    // Probe 89: Afrikaans "Is dit dieselfde company?" (is it the same company?), "is dit regtig julle?", "is dit reg?";
    // Macedonian "Дали е тоа од вас?" (is that from you?), "dali e ova sigurno?" (is this safe?); Lao "ແມ່ນທ່ານບໍ?" (is it
    // you?), "ແທ້ບໍ່?" (really?); Pashto "ایا دا رښتیا ستاسو شرکت دی؟" (is it really your company?), "da tasu yast?".
    '(?<![\\p{L}])(?:is\\s+dit\\s+(?:regtig\\s+)?(?:dieselfde\\s+(?:company|maatskappy|firma)|julle|van\\s+julle|reg|normaal|waar|veilig)' +
      '|(?:дали\\s+е\\s+(?:тоа|ова)\\s+(?:од\\s+вас|сигурно|вистина)|dali\\s+e\\s+(?:toa|ova)\\s+(?:od\\s+vas|sigurno|vistina))' +
      '|(?:ایا\\s+)?دا\\s+رښتیا\\s+(?:\\S+\\s+){0,3}?(?:دی|ده|یاست)|دا\\s+تاسو\\s+یاست|da\\s+tas[uo]\\s+(?:yast|yai|ye))\\s*[?？؟]|(?:ແມ່ນທ່ານ|ແທ້)ບໍ່?\\s*[?？]',
  ].join('|'),
  'gu',
);

/**
 * Where the message (its letters view) last asks whether a message it got is real, or says it is a fake: the end of
 * those words, or -1. What comes before them is the message being checked, and so is what is only told after them
 * ("czy to wiadomość od Państwa? Dostałem maila z nowym numerem konta"); a request made to the reader after them ("That
 * is a fake. Pay by Western Union to Mr Li") is the writer's own.
 */
export function genuineCheckEnd(letters: string): number {
  let end = -1;
  // One global pattern, read to its last match; most messages hold none, and the first search says so.
  ASKS_IF_GENUINE.lastIndex = 0;
  for (let check = ASKS_IF_GENUINE.exec(letters); check; check = ASKS_IF_GENUINE.exec(letters))
    end = check.index + check[0].length;
  return end >= 0 && AFFIRMS_GENUINE.test(letters) ? -1 : end;
}

/**
 * The writer vouches for the message being checked: "Is this really you? - yes yes it's me", "yes dear, it is 100% from
 * us", "Yes the message with the Dubai account is from me, it's correct", "yes it is our new account". Then it is the
 * writer's own, and so is what it asks.
 */
const AFFIRMS_GENUINE =
  /\byes\b[^.!?\n]{0,60}?(?:\bit'?s\s+me\b|\bit\s+is\s+(?:\d+\s?%\s+)?(?:from\s+us|from\s+me|ours|our\b)|\bis\s+from\s+(?:us|me)\b|\bit'?s\s+(?:correct|real|genuine)\b)|\bit\s+is\s+\d+\s?%\s+from\s+us\b/u;

/**
 * A clause that asks the reader to pay or use something, or gives the writer's own details: "pay by Western Union to Mr
 * Li", "please use our account below", "Use nossa conta de Hong Kong", "Остаток оплатите на наш гонконгский счёт", "But
 * our account really did change last week … Correct one is Bank of Shanghai, A/C …".
 */
const ASKS_THE_READER =
  /(?:^|[,;:.!?\n]\s*|\b(?:please|pls|plz|kindly|now|so|just|then|go\s+ahead\s+with)\s+)(?:pay|send|transfer|remit|wire|use|deposit|make\s+(?:the\s+)?payment|the\s+payment)\b|(?<![\p{L}])(?:use|pague|paguem|envie|transfira|deposite|pagu[ée]|transfiera|env[íi]e|payez|versez|virez|zahlen\s+sie|(?:ü|u|ue)berweisen\s+sie|[öo]deyin|g[öo]nderin|lipa|tuma|bayar|transfer\s+ke|kirim(?:kan)?)\s|оплатите|переведите|отправьте|请(?:付|汇|转)|(?<![\p{L}])(?:ادفع|حول|حوّل|ادفعوا)(?![\p{L}])|\bcorrect\s+(?:one|account)\s+is\b|\breally\s+did\s+change\b|\bour\s+(?:new|correct|real)\s+account\s+is\b/u;

/** Whether the text after the check asks the reader for something of the writer's own. */
export function asksTheReader(text: string): boolean {
  return ASKS_THE_READER.test(text.trim());
}
