import { cue, DIGITS, type Cue } from './cue';

/** What is done to an account in the threat, in English. */
const SHUT = '(?:suspended|blocked|closed|deleted|frozen|locked|banned|terminated|disabled|deactivated)';
/**
 * A clock in the same sentence, at most `reach` characters on: "in 24 hours", "within 2 hrs", "tonight", "today". A dot
 * inside an address ("at alibaba.com.security-check.xyz within 24h") doesn't end the sentence.
 */
const onAClock = (reach: number) =>
  `(?=(?:[^.!?\\n]|\\.(?=\\S)){0,${reach}}?\\b(?:(?:in|within)\\s+\\d+\\s*(?:h|hrs?|hours?|min(?:ute)?s?|days?)\\b|tonight|today))`;
const ON_A_CLOCK = onAClock(40);

/**
 * The buyer's own account or case shut on a clock, the lure of fake "Alibaba security" and "dispute team" messages:
 * "your account will be suspended within 24 hours", "you have 30 min before we suspend the account", "before end of
 * today or the dispute is closed against you", and the same in the chat's other languages. "Our account will be
 * closed" is the supplier's own (a changed account), so the English needs "your" or a clock. With them, the same kind of
 * threat made of other things: a link to follow "to avoid cancellation", the chat itself said to close or contact to be
 * lost. Part of PRESSURE, where a refusal or a warning naming one of these quiets it (see rules/pressure.ts).
 */
export const ACCOUNT_THREATS: readonly Cue[] = [
  cue(
    'your account or case shut on a clock',
    `\\b(?:your|ur)\\s+(?:\\S+\\s+){0,2}?account\\s+(?:will|would|is\\s+going\\s+to)\\s+be\\s+(?:reported\\s+(?:to\\s+\\S+\\s+)?and\\s+)?(?:permanently\\s+|temporarily\\s+)?${SHUT}\\b` +
      `|\\b(?:verify|confirm|update)\\s+(?:your|ur)\\s+(?:\\S+\\s+){0,2}?account\\s+or\\s+it\\s+(?:will|would)\\s+be\\s+(?:permanently\\s+|temporarily\\s+)?${SHUT}\\b` +
      `|\\b(?:or|otherwise)\\s+(?:the|your)\\s+(?:\\S+\\s+)?account\\s+(?:will|would)\\s+be\\s+(?:permanently\\s+|temporarily\\s+)?${SHUT}\\b${ON_A_CLOCK}` +
      // "Alibaba will freeze your account if not returned": the threat with its condition.
      '|\\b(?:alibaba|they|we|the\\s+system)\\s+will\\s+(?:suspend|block|close|delete|freeze|lock|ban)\\s+(?:your|ur)\\s+(?:\\S+\\s+)?account\\s+if\\b' +
      '|\\byou\\s+have\\s+(?:only\\s+)?\\d+\\s*(?:min(?:ute)?s?|h|hrs?|hours?)\\s+(?:before|until)\\s+(?:we|they|alibaba|the\\s+system)\\s+(?:suspend|block|close|delete|freeze|lock|ban|cancel)' +
      '|\\b(?:today|tonight|end\\s+of\\s+(?:the\\s+)?day)\\s+(?:or|otherwise)\\s+(?:the|your)\\s+(?:dispute|refund|case|claim|order)\\s+(?:\\S+\\s+)?(?:is|will\\s+be|gets?)\\s+(?:closed|cancel\\w*)' +
      '|\\bif\\s+no\\s+(?:reply|answer|response)\\s+(?:by\\s+)?(?:today|tonight)\\s+(?:your|the)\\s+(?:\\S+\\s+){0,2}?(?:is|will\\s+be)\\s+(?:closed|cancel\\w*)' +
      // "Your buyer account suspended if you do not respond within 12 hours"; "your Trade Assurance refund of $1,420
      // expires today … before it is cancelled".
      `|\\b(?:your|ur)\\s+(?:\\S+\\s+){0,2}?account\\s+(?:is\\s+|gets?\\s+)?${SHUT}\\b${ON_A_CLOCK}` +
      // "Your Trade Assurance order will be cancelled in 24h".
      `|\\b(?:your|ur)\\s+(?:\\S+\\s+){0,3}?(?:order\\s+will\\s+be|order\\s+#?\\d+\\s+will\\s+be|order\\s+is\\s+going\\s+to\\s+be|dispute\\s+will\\s+be|case\\s+will\\s+be)\\s+(?:automatically\\s+)?(?:cancell?ed|closed|${SHUT})\\b${ON_A_CLOCK}` +
      `|\\b(?:your|ur)\\s+(?:\\S+\\s+){0,3}?(?:refund|compensation|payout)\\s+(?:of\\s+\\S+\\s+)?(?:expires?|will\\s+expire|is\\s+expiring|will\\s+be\\s+cancell?ed)\\b${ON_A_CLOCK}` +
      // "To avoid suspension confirm your identity … within 24h"; "Pay here to avoid suspension: https://…", with no clock.
      `|\\bto\\s+avoid\\s+(?:the\\s+|your\\s+|account\\s+)?(?:suspension|closure|blocking|deletion|termination)\\b${onAClock(80)}` +
      '|\\bpay\\s+(?:here|now|below|this|it)\\s+to\\s+avoid\\s+(?:the\\s+|your\\s+|account\\s+)?(?:suspension|closure|blocking|deletion|termination)\\b' +
      // "If the dispute not withdrawn today, we will report your account to Alibaba … blocked forever".
      `|\\b(?:we|i)\\s+(?:will|'ll)\\s+report\\s+(?:your|ur)\\s+(?:\\S+\\s+)?account\\s+to\\s+alibaba\\b(?:${ON_A_CLOCK}|(?<=\\b(?:today|tonight)\\b[^.!?]{0,80}))` +
      // "Return it within 24h, otherwise we must freeze your Alibaba account"; "… within 30 minutes or your buyer protection expires".
      `|\\b(?:or|otherwise)\\s+(?:we|alibaba|they)\\s+(?:will|must|have\\s+to|'ll)\\s+(?:suspend|block|close|delete|freeze|lock|ban)\\s+(?:your|ur)\\s+(?:\\S+\\s+)?account\\b` +
      `|\\b(?:within|in)\\s+\\d+\\s*(?:min(?:ute)?s?|h|hrs?|hours?)\\s+or\\s+your\\s+(?:\\S+\\s+){0,2}?(?:protection|refund|order|account|dispute)\\s+(?:will\\s+)?(?:expires?|(?:is|will\\s+be)\\s+(?:cancell?ed|closed|${SHUT}))\\b` +
      // "Your unpaid balance will be sent to court in 3 days".
      '|\\b(?:sent|taken|brought|referred|passed)\\s+to\\s+(?:the\\s+)?court\\s+(?:in|within)\\s+\\d+\\s+(?:days?|hours?)' +
      // Polish, Turkish, Spanish, Portuguese, French, German, Indonesian, Vietnamese, Russian.
      '|\\bkonto\\s+(?:\\S+\\s+){0,2}?zostanie\\s+(?:zablokowane|zawieszone|usuni[ęe]te|zamkni[ęe]te)' +
      '|\\bhesab[ıi]n[ıi]z\\s+(?:\\S+\\s+){0,2}?(?:ask[ıi]ya\\s+al[ıi]nacak|kapat[ıi]lacak|silinecek|engellenecek|dondurulacak)' +
      '|\\bsu\\s+cuenta\\s+(?:\\S+\\s+){0,2}?(?:ser[áa]|quedar[áa])\\s+(?:suspendida|bloqueada|cerrada|eliminada|cancelada)' +
      '|\\ben\\s+\\d+\\s+(?:minutos|horas)\\s+(?:el|su)\\s+(?:pedido|cuenta)\\s+(?:se\\s+)?(?:cancela|bloquea|cierra|suspende)' +
      '|\\bsua\\s+conta\\s+(?:\\S+\\s+){0,2}?ser[áa]\\s+(?:suspensa|bloqueada|encerrada|exclu[íi]da|cancelada)' +
      '|\\bseu\\s+pedido\\s+(?:\\S+\\s+){0,4}?ser[áa]\\s+cancelado\\s+em\\s+\\d+\\s*(?:h|horas?|minutos?)\\b' +
      '|\\bvotre\\s+compte\\s+(?:\\S+\\s+){0,2}?sera\\s+(?:suspendu|bloqu[ée]|ferm[ée]|supprim[ée]|d[ée]sactiv[ée])' +
      '|\\bihr\\s+(?:konto|account)\\s+wird\\s+(?:\\S+\\s+){0,3}?(?:gesperrt|gel[öo]scht|geschlossen|deaktiviert)' +
      '|\\bakun\\s+(?:anda|kamu|bapak|ibu)\\s+(?:\\S+\\s+){0,2}?akan\\s+(?:diblokir|ditutup|dihapus|dinonaktifkan|dibekukan)' +
      '|\\bt[àa]i\\s+kho[ảa]n\\s+(?:c[ủu]a\\s+)?(?:b[ạa]n|anh|ch[ịi]|qu[ýy]\\s+kh[áa]ch)\\s+(?:\\S+\\s+){0,3}?s[ẽe]\\s+b[ịi]\\s+(?:kh[óo]a|đ[óo]ng|x[óo]a)' +
      '|(?:ваш|ваша)\\s+(?:аккаунт|учетная\\s+запись|учётная\\s+запись|кабинет)\\s+(?:\\S+\\s+){0,2}?будет\\s+(?:заблокирован|удал[её]н|закрыт|приостановлен)' +
      // Arabic, Chinese, Japanese, Korean, Thai.
      '|سيتم\\s+(?:إيقاف|ايقاف|حظر|إغلاق|اغلاق|حذف|تعليق)\\s+حساب' +
      '|(?:您的|你的)(?:买家|卖家)?(?:账户|账号|帐号|帐户)[^。！？]{0,15}?(?:将被|会被|将于[^。！？]{0,10}?|将在[^。！？]{0,10}?)(?:冻结|封|关闭|删除|停用|暂停)' +
      '|アカウント[^。！？]{0,15}?(?:停止|凍結|削除|ロック)されます' +
      '|계정이?[^.!?。]{0,20}?(?:정지|차단|삭제|폐쇄)(?:됩니다|될\\s?예정|돼요)' +
      '|บัญชี[^.!?]{0,30}?ของคุณ[^.!?]{0,10}?ถูก(?:ระงับ|ปิด|ลบ|บล็อก|ล็อก)',
    {
      anchors: [
        'account',
        'refund',
        'compensation',
        'payout',
        'order will be',
        // "Your Trade Assurance order #1029384756 will be cancelled in 12 hours".
        ...DIGITS.map((digit) => `${digit} will be`),
        'order is going to be',
        'dispute will be',
        'case will be',
        'you have',
        'or your',
        'today',
        'tonight',
        'end of',
        'if no',
        'court',
        'to avoid',
        'konto',
        'hesab',
        'cuenta',
        'minutos',
        'horas',
        'conta',
        'seu pedido',
        'compte',
        'akun',
        'tài kho',
        'tai kho',
        'ваш',
        'سيتم',
        '您的',
        '你的',
        'アカウント',
        '계정',
        'บัญชี',
      ],
    },
  ),
  cue(
    'a link to follow, or something is cancelled or blocked',
    // "Click http://boc-lk-tradefinance.com/confirm to avoid cancellation", "pay via http://… to avoid release block".
    '(?:https?://|www\\.)\\S+\\s+to\\s+avoid\\s+(?:the\\s+|your\\s+|a\\s+)?(?:account\\s+)?(?:cancell?ation|suspension|closure|blocking|release\\s+block|penalt\\w*|fines?)\\b',
    { anchors: ['to avoid'] },
  ),
  cue(
    'the chat said to close, to hurry you off it',
    // "Alibaba will freeze our chat … move to WhatsApp now", "Alibaba chat will be closed for our store in 2 days": no such thing
    // happens to an order's chat, and the claim only pushes the buyer to an app.
    `\\balibaba\\s+(?:will|is\\s+going\\s+to|may|might)\\s+(?:freeze|close|block|shut(?:\\s+down)?|delete|ban)\\s+(?:our|this|the|my)\\s+chat\\b` +
      `|\\b(?:alibaba|this|our)\\s+chat\\s+(?:\\S+\\s+){0,3}?(?:will|is\\s+going\\s+to|may|might)\\s+be\\s+(?:closed|frozen|blocked|shut(?:\\s+down)?|deleted|${SHUT})\\b` +
      // "… pls add my WeChat quickly otherwise we lose contact".
      '|\\b(?:otherwise|or\\s+else|or)\\s+we\\s+(?:will\\s+|may\\s+|might\\s+|can\\s+)?(?:lose\\s+contact|lose\\s+touch|lose\\s+the\\s+contact|lose\\s+connection)\\b',
    { anchors: ['chat', 'lose contact', 'lose touch', 'lose the contact', 'lose connection'] },
  ),
];
