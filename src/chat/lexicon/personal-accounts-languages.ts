import { cue, type Cue } from './cue';

/**
 * A manager's, a relative's or a personal account in the other languages buyers and suppliers write in ("la cuenta
 * de mi jefe", "Konto unseres Geschäftsführers", 個人口座, "मैनेजर के UPI"). Part of PERSONAL_ACCOUNTS.
 */
export const PERSONAL_ACCOUNTS_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a personal account',
    // "¿Una cuenta personal o de empresa?" asks which kind of Alibaba account the buyer has.
    '\\bcuenta\\s+(?:personal|privada|particular)(?!\\s+o\\s)|\\bconta\\s+(?:pessoal|particular|privada)(?!\\s+ou\\s)|\\bcompte\\s+(?:personnel|perso\\b|priv[ée])(?!\\s+ou\\s)|\\bconto\\s+(?:personale|privato)(?!\\s+o\\s)' +
      // "Pode pagar na conta do meu gerente", "la cuenta de mi jefe", "la cuenta BCP de mi agente": a manager's, an agent's
      // or a relative's account.
      '|\\b(?:cuenta\\s+|conta\\s+|compte\\s+|conto\\s+)(?:(?!rendu\\b)[\\p{L}]+\\s+)?(?:de|do|da|du|del|di|della|dello)\\s+(?:(?:la|le|il)\\s+)?(?:mi|meu|minha|mon|ma|mio|mia|nuestro|nuestra|nosso|nossa|notre|nostro|nostra)\\s+(?:jefe|jefa|gerente|director|directora|diretor|diretora|chefe|patr[oã]o|patron|directeur|responsable|capo|direttore|esposa|esposo|marido|mujer|femme|mari|moglie|marito|hermano|hermana|primo|prima|t[íi]o|t[íi]a|cu[ñn]ado|cu[ñn]ada|sobrino|sobrina|irm[aã]o|irm[aã]|fr[èe]re|s(?:oe|œ)ur|fratello|sorella|amigo|amiga|ami|amie|amico|amica|contador|contadora|contable|comptable|contabile|s[óo]cio|s[óo]cia|funcion[áa]ri[oa]|emplead[oa]|employ[ée]e?|dipendente|agente|representante)\\b' +
      // "La cuenta del dueño", "a nombre personal del jefe", Portuguese "a conta … é pessoal do gerente", Greek "στον
      // προσωπικό μου λογαριασμό", and a named
      // person: "a nombre del señor Zhang",
      // "no nome do nosso diretor" (not "no nome da minha empresa", the buyer's invoice), "an Herrn Zhang persönlich", باسم السيد, "Bay Zhang adına", "atas nama Bapak Zhang".
      '|\\bcuenta\\s+del\\s+(?:due[ñn]o|jefe|gerente|director|contador)\\b|προσωπικ\\S*\\s+(?:μου\\s+)?λογαριασμ|\\ba\\s+nombre\\s+personal\\b|\\bconta\\s+(?:\\S+\\s+){0,5}?[ée]\\s+pessoal\\b|\\ba\\s+nombre\\s+de\\s+(?:nuestro|mi)\\s+(?:agente|jefe|gerente|director|contador|due[ñn]o)\\b|\\ba\\s+nombre\\s+del?\\s+(?:se[ñn]or|se[ñn]ora|sr\\.?|sra\\.?)\\s|\\bno\\s+nome\\s+d[oa]\\s+(?:nosso|nossa|meu|minha|sr\\.?|sra\\.?)\\s(?!(?:empresa|companhia|firma|loja)\\b)|\\ban\\s+(?:herrn|frau)\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+pers(?:ö|oe|o)nlich|باسم\\s+(?:السيد|السيدة)|\\b(?:bay|bayan)\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+ad[ıi]na\\b|\\batas\\s+nama\\s+(?:bapak|pak|ibu|bu|saudara|adik|kakak|istri|suami|teman|bos|direktur|manajer|pemilik)\\b|\\bau\\s+nom\\s+de\\s+(?:notre|mon)\\s+(?:directeur|g[ée]rant|patron|comptable|agent|responsable)\\b' +
      // A relative's account: "rekening adik saya", حساب أخي, บัญชีน้องสาว, "chuyển khoản cho chị Lan".
      '|\\brekening\\s+(?:adik|kakak|istri|suami|ibu|ayah|saudara|teman)\\b|حساب\\s+(?:أخي|اخي|أختي|اختي|زوجتي|زوجي|صديقي|ابني|والدي)|บัญชี(?:น้อง|พี่|แม่|พ่อ|สามี|ภรรยา|เพื่อน)|chuy[ểe]n\\s+(?:kho[ảa]n|ti[ềe]n)\\s+cho\\s+(?:ch[ịi]|anh|c[ôo]|ch[úu])\\s' +
      '|privatkonto|pers(?:ö|oe|o)nliche[sn]?\\s+konto|(?:ki[şs]isel|[şs]ahsi)\\s+hesa|prywatn[\\p{L}]*\\s+(?:kont|rachun)|konto\\s+prywatn|t[àa]i\\s+kho[ảa]n\\s+c[áa]\\s+nh[âa]n|حساب(?:ي|نا)?\\s*(?:ال)?شخصي|حساب\\s+(?:\\S+\\s+)?شخصی|\\bosobn[íi]\\s+[úu][čc]et|\\bsoukrom[ýéy]\\s+[úu][čc]et' +
      // Romanian "în contul personal al directorului", "în conturi personale", Hebrew לחשבון הפרטי (private account).
      '|\\bcontul\\s+(?:personal|privat)\\b|\\bconturi(?:le)?\\s+(?:personale|private)\\b|\\bcontul\\s+(?:\\S+\\s+)?(?:al|a)\\s+(?:directorului|[șs]efului|managerului|patronului|contabilului)\\b|חשבון\\s+(?:ה)?פרטי|חשבונות\\s+(?:ה)?פרטיים' +
      // Serbian, Croatian and Bosnian "privatni račun našeg zastupnika" (our agent's private account), Albanian "llogaria personale e shefit".
      '|\\bprivatn(?:i|om|og)\\s+ra[čc]un|\\bra[čc]un\\s+(?:na[šs]eg|mog)\\s+(?:zastupnika|direktora|[šs]efa|agenta|menad[žz]era|brata)\\b' +
      '|\\bllogari(?:a|n[ëe]|ja)?\\s+personale\\b|\\bllogari(?:a|n[ëe])\\s+e\\s+(?:shefit|drejtorit|menaxherit|agjentit)\\b' +
      // German and Czech, a manager's account: "auf das Konto unseres Geschäftsführers", "na účet našeho zástupce".
      '|\\bkonto\\s+(?:unseres|unserer|meines|meiner)\\s+(?:gesch(?:ä|a|ae)ftsf(?:ü|u|ue)hrers?|chefs?|inhabers?|direktors?|managers?|buchhalter(?:s|in)?|bruders|schwester|kolleg(?:en|in)|vertreters?)\\b|(?<![\\p{L}])[úu][čc]et\\s+(?:na[šs]eho|na[šs][íi]|m[ée]ho|m[ée])\\s+(?:\\S+\\s+)?(?:z[áa]stupce|[řr]editele|[šs][ée]fa|mana[žz]era|majitele|kolegy|bratra)\\b' +
      // Polish and Dutch, an agent's or a relative's account: "na konto naszego agenta", "de rekening van onze expediteur".
      '|\\bna\\s+konto\\s+(?:naszego|mojego)\\s+(?:agenta|szefa|kierownika|brata|menad[żz]era|ksi[ęe]gowego|dyrektora|wsp[óo]lnika|spedytora)\\b' +
      '|\\b(?:priv[ée])?rekening\\s+van\\s+(?:onze|mijn|ons)\\s+(?:expediteur|agent|baas|manager|broer|zus|vriend|collega|directeur|boekhouder)\\b' +
      // Indonesian and Malay: "rekening pribadi saya", "rekening BCA pribadi", "ke rekening saya" (to my account), "akaun peribadi", "ke rekening agen kami", "akaun ejen kami" (our agent's).
      '|\\brekening\\s+(?:pribadi|bos|atasan|manajer|agen)\\b|\\brekening\\s+(?:bca|bni|bri|mandiri|cimb|bsi|permata)\\s+pribadi\\b|\\bke\\s+rekening\\s+saya\\b|\\bakaun\\s+ejen\\b|\\brek\\s+(?:pribadi|bos|atasan|manajer)\\b|\\bakaun\\s+(?:\\S+\\s+)?(?:peribadi|persendirian)\\b' +
      // A manager's or a relative's account in Turkish, Arabic and Urdu, and Egyptian Arabic in Latin letters:
      // "kuzenimin hesabına", حساب المدير الشخصي, ذاتی اکاؤنٹ, "el account el shakhsi", "hesaby el shakhsy", "7esab …" ("tesab").
      '|(?<![\\p{L}])[çc]al[ıi][şs]an(?:[ıi]m[ıi]z|[ıi]m)[ıi]n\\s+hesab|\\b(?:kuzen|karde[şs]|muhasebec|m[üu]d[üu]r|m[üu][şs]avir|patron|e[şs]|arkada[şs]|y[öo]netici|ortak)(?:im|[ıi]m|[üu]m|imiz|[ıi]m[ıi]z)(?:in|[ıi]n|un|[üu]n)\\s+(?:[\\p{L}]+\\s+)?hesab|حساب\\s+\\S+\\s+الشخصي|الحساب\\s+الشخصي|ذاتی\\s+(?:بینک\\s+)?(?:اکاؤنٹ|اکاونٹ|کھات)|\\b(?:account|b?hesab|b?tesab)[yi]?\\s+el\\s+shakhs[iy]\\b' +
      // Hinglish: "mere bhai ke account mein", "hamare manager ka account".
      '|\\b(?:mere|meri|mera|hamare|humare)\\s+(?:\\S+\\s+)?(?:bhai|bhaiya|behen|bahan|didi|dost|papa|wife|biwi|patni|pati|manager|boss|accountant|cousin|saale|saali|jija|bhabhi|agent)\\s+(?:mr\\.?\\s+\\S+\\s+)?(?:ke|ki|ka)\\s+(?:bank\\s+)?(?:account|khate|khata)\\b' +
      // Tagalog "sa account ng cousin ko" (to my cousin's account).
      '|\\baccount\\s+ng\\s+(?:cousin|pinsan|kapatid|asawa|tita|tito|kaibigan|boss|manager|agent)\\s+ko\\b' +
      // Japanese, Korean and Thai: 個人口座, 個人のWise口座, 개인 계좌, บัญชีส่วนตัว.
      '|個人(?:の)?口座|個人の[a-z\\s]{2,12}口座|개인\\s*(?:은행\\s*)?계좌|บัญชีส่วนตัว' +
      // Russian "на счёт моего менеджера", Vietnamese "tk cá nhân" (a personal account).
      '|сч[её]т\\s+(?:моего|моей|нашего|нашей)\\s+(?:менеджера|директора|бухгалтера|брата|агента|жены|сестры)|\\btk\\s+c[áa]\\s+nh[âa]n\\b' +
      // Ukrainian "на рахунок нашого менеджера", "на особистий рахунок" (a personal account).
      '|рахун[\\p{L}]*\\s+(?:мого|моєї|нашого|нашої)\\s+(?:менеджера|директора|бухгалтера|керівника|брата|агента|дружини|сестри)|особист[\\p{L}]*\\s+(?:рахун|карт)[\\p{L}]*' +
      // Russian typed in Latin letters: "oplata na kartu Sber", "perevod na moyo imya", "na lichnyi schet".
      '|\\b(?:oplat|predoplat|perevod|pereved|skin|zakin|otprav|plat)\\w*\\s+(?:\\S+\\s+){0,3}?na\\s+(?:moyu\\s+|moju\\s+)?kart(?:u|ku)\\b|\\bna\\s+(?:moyo|moe|mojo)\\s+imya\\b|\\blichn\\w*\\s+(?:schet|sch[eo]t|kart)\\w*',
    {
      anchors: [
        'account ng',
        'προσωπικ',
        'cuenta ',
        'conta ',
        'compte ',
        'conto ',
        'konto',
        'privatn',
        'račun',
        'racun',
        'llogari',
        'hesa',
        'hesab',
        'ذاتی',
        'shakhs',
        'prywatn',
        'khoản',
        'khoan',
        'شخصي',
        'rekening',
        'rek ',
        'счет ',
        'счёт ',
        'tk cá nhân',
        'рахун',
        'особист',
        'kart',
        'imya',
        'lichn',
        'tk ca nhan',
        'tk cá nhan',
        'tk ca nhân',
        'akaun',
        'nombre',
        'nome',
        'herrn',
        'frau',
        'باسم',
        'adına',
        'adina',
        'atas nama',
        'au nom de',
        'osobn',
        'soukrom',
        'contul',
        'conturi',
        'חשבון',
        'חשבונות',
        'účet',
        'ucet',
        'učet',
        'úcet',
        'บัญชี',
        'cho ',
        'حساب',
        'mere',
        'meri',
        'mera',
        'hamare',
        'humare',
        '個人',
        '개인',
        'บัญชีส่วนตัว',
      ],
    },
  ),
  cue(
    'a personal account',
    // Hindi "मेरे पर्सनल UPI पर कर दो" (to my personal UPI), "पर्सनल अकाउंट".
    // Turkish "acentemizin hesabına" (to our agent's account); Hinglish "personal number pe bhej do" (a phone wallet).
    '(?:पर्सनल|(?:भाई|मैनेजर|बॉस|मालिक|डायरेक्टर|एजेंट)\\s+(?:के|का))\\s+(?:upi|अकाउंट|खाते|खाता)|\\bacente(?:miz|mizin|nin|sinin)?\\s+hesab' +
      '|\\bpersonal\\s+(?:number|no|account|upi|paytm|gpay)\\s+(?:pe|par|mein|me|mai)\\s+(?:(?!(?:nahi|nahin|mat|na)\\s)\\S+\\s+)?(?:bhej|daal|dal|transfer|pay)' +
      // Persian "شماره کارت همکارمون در تهران" (our colleague's card number), "کارت به کارت" (card to card, a person's bank card).
      '|شماره\\s*(?:ی\\s*)?کارت\\s+(?:همکار|مدیر|برادر|خواهر|دوست|همسر|شخصی|خودم)|کارت\\s+به\\s+کارت' +
      // Hindi and Nepali "व्यक्तिगत खातामा" (into the personal account), Sinhala "පුද්ගලික ගිණුමට".
      '|व्यक्तिगत\\s+(?:खात|अकाउंट|बैंक)|පුද්ගලික\\s+ගිණුම',
    {
      anchors: [
        'पर्सनल',
        'भाई',
        'मैनेजर',
        'बॉस',
        'मालिक',
        'डायरेक्टर',
        'एजेंट',
        'acente',
        'personal ',
        'کارت',
        'व्यक्तिगत',
        'පුද්ගලික',
      ],
    },
  ),
  cue(
    "someone else's account",
    // The customs agent's or the forwarder's own account: Spanish "depositar a la cuenta de él", Arabic حولها على حسابه
    // مباشرة (transfer it to his account directly), Thai โอนเข้าบัญชีกสิกรของตัวแทน (into the agent's Kasikorn account).
    '\\ba\\s+la\\s+cuenta\\s+de\\s+(?:[ée]l|ella)(?![\\p{L}])|(?:على\\s+|الى\\s+|إلى\\s+|ل)(?:حسابه|حسابها)(?![\\p{L}])' +
      '|บัญชี[^\\s]{0,12}?ของตัวแทน|บัญชี[^\\s]{0,12}?ของผู้จัดการ' +
      // Hindi "दुबई की सिस्टर कंपनी के खाते में" (into the sister company's account), Hinglish "partner ke Bank Alfalah account mein".
      '|(?:सिस्टर\\s+कंपनी|पार्टनर)\\s+(?:के|की|का)\\s+(?:खाते|अकाउंट)|\\bpartner\\s+(?:ke|ka|ki)\\s+(?:\\S+\\s+){0,2}?account\\b' +
      // Tamil "எங்கள் ஏஜெண்ட் கணக்கில்" (into our agent's account), Lithuanian "į partnerio įmonės sąskaitą" (a partner company's).
      '|ஏஜெண்ட்\\s+கணக்கி|\\bpartnerio\\s+(?:[įi]mon[ėe]s\\s+)?s[ąa]skait',
    {
      anchors: [
        'cuenta de',
        'حسابه',
        'حسابها',
        'ของตัวแทน',
        'ของผู้จัดการ',
        'सिस्टर',
        'पार्टनर',
        'partner',
        'ஏஜெண்ட்',
      ],
    },
  ),
  cue(
    'a personal account',
    // A relative's account: Vietnamese "vào tài khoản vợ em" (my wife's), Korean 제 동생 계좌 (my younger brother's),
    // Spanish "la cuenta Bancolombia de mi socio" (my partner's), "a nombre de la empresa de mi primo" (my cousin's company).
    '(?<![\\p{L}])t[àa]i\\s+(?:khoản|khoan)\\s+(?:c[ủu]a\\s+)?(?:v[ợo]|ch[ồo]ng|em\\s+trai|em\\s+g[áa]i|anh\\s+trai|ch[ịi]\\s+g[áa]i|m[ẹe]|b[ốo])\\s+(?:em|anh|t[ôo]i|m[ìi]nh|ch[ịi])(?![\\p{L}])' +
      // A staff member's: "sang tài khoản của kế toán trưởng" (the chief accountant's), giám đốc (the director's), sếp (the boss's).
      '|(?<![\\p{L}])t[àa]i\\s+(?:khoản|khoan)\\s+(?:c[ủu]a\\s+)?(?:k[ếe]\\s+to[áa]n|gi[áa]m\\s+[đd][ốo]c|s[ếe]p|qu[ảa]n\\s+l[ýy])(?![\\p{L}])' +
      '|(?:동생|형|누나|언니|오빠|아내|와이프|남편|엄마|아빠|사촌|친구)\\s?(?:의\\s?)?계좌' +
      '|\\b(?:cuenta\\s+(?:\\S+\\s+){0,2}?|(?:cuenta|a\\s+nombre)\\s+de\\s+la\\s+empresa\\s+)de\\s+mi\\s+(?:socio|socia|hermano|hermana|primo|prima|esposa|esposo|cu[ñn]ado|t[íi]o|amigo)\\b' +
      // Argentina's bank and wallet keys: "a mi CBU personal".
      '|\\b(?:cbu|cvu)\\s+personal\\b|\\bmi\\s+(?:cbu|cvu)\\b',
    { anchors: ['khoản', 'khoan', '계좌', 'cuenta', 'a nombre', 'cbu', 'cvu'] },
  ),
  cue(
    'money sent to the person writing',
    // Spanish "el pago es directo a mí", Hindi "पेमेंट सीधे मेरे account में" (payment straight into my account).
    '\\b(?:el\\s+)?pago\\s+(?:es\\s+)?(?:directo|directamente)\\s+a\\s+m[íi](?!\\p{L})|सीधे\\s+मेरे\\s+(?:account|अकाउंट|खाते)' +
      // Italian "paghi direttamente a me", Dutch "betalen via Wise naar mijn naam".
      '|\\bpag(?:hi|ate|are|a)\\s+(?:\\S+\\s+)?direttamente\\s+a\\s+me\\b|\\b(?:betal|overmak|over\\s+te\\s+maken)[^.!?]{0,40}?naar\\s+mijn\\s+(?:eigen\\s+)?naam\\b' +
      // Dutch "de aanbetaling naar mijn Nederlandse rekening sturen" (to my Dutch account).
      '|\\bnaar\\s+mijn\\s+(?:\\S+\\s+)?rekening\\b' +
      // German "überweisen Sie die Anzahlung auf mein Konto", French "envoie-moi l'acompte sur mon compte", Hindi "एडवांस
      // पेमेंट मेरे अकाउंट में भेज दीजिए" (send the advance into my account).
      '|(?<![\\p{L}])(?:überweis|ueberweis|uberweis|zahl|schick|send)[\\p{L}]*\\s+(?:\\S+\\s+){0,5}?auf\\s+mein(?:\\s+[\\p{L}]+)?\\s+konto\\b' +
      '|\\b(?:envoie|envoyez|vire|virez|verse|versez|paie|payez)(?:-moi)?\\s+(?:\\S+\\s+){0,3}?sur\\s+mon\\s+compte\\b' +
      '|मेरे\\s+(?:account|अकाउंट|खाते)\\s+में\\s+(?:\\S+\\s+){0,2}?(?:भेज|डाल|ट्रांसफर|जमा)',
    {
      instruction: true,
      anchors: ['pago', 'सीधे मेरे', 'direttamente', 'naar mijn', 'auf mein', 'sur mon compte', 'मेरे'],
    },
  ),
];
