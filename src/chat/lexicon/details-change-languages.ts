import { cue, type Cue } from './cue';
import {
  CHANGED_ACCOUNT_IN_MORE_LANGUAGES,
  CHANGED_ACCOUNT_IN_MORE_LANGUAGES_ANCHORS,
} from './details-change-more-languages';

/**
 * A changed receiving account said in Chinese and the other languages buyers
 * and suppliers write in ("新账户", "nueva cuenta", "neue Bankdaten"): phrases
 * that say it by themselves. Part of DETAILS_CHANGE.
 */
export const DETAILS_CHANGE_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a changed receiving account',
    '收款(?:行|银行|账户|账号|公司|人|单位)(?:已)?(?:改成|改为|换成|变成|变更为)|(?:pi|发票)上的?(?:银行|收款)(?:信息|资料)(?:已)?作废|改由[^，。！？]{0,12}收|更换收款账户|收款账户变更|账户变更|变更收款|更换账户|(?:新账户|新的账户|新账号)(?!注册|登录|登陆|一键|创建)|新的?收款(?:账户|账号|银行|信息|公司|人|方|单位)|换了新的?(?:收款)?(?:银行|账户|账号|公司)|(?<!阿里|阿里巴巴|国际站|您的|你的)(?:账户|账号)(?:正在|在)?(?:做)?(?:已经|已)?(?:被)?(?:冻结|停用|变更|更换|年审|审计|查核|核查|稽核|异常|升级|维护)|账户冻结|(?<!退回|退到|退至|返回|回到|还是|仍是|仍然是|依然是|付到|汇到|打到|转到|付至|汇至)原账户|旧账户|旧的不能用|(?:收款)?(?:账户|账号|银行卡|卡号)(?:已经|已)?(?:换了|更换了|变了|改了|变更了)|旧的(?:账户|账号)?(?:不要|别)(?:再)?(?:打|付|汇|转)|(?:以前|之前|原来)(?:发|给|提供)?(?:给您|给你)?的?(?:账户|账号|银行卡?|卡)(?:信息)?(?:不用了|不能用了|停用|作废|已注销|不再使用)' +
      '|nuestra\\s+cuenta\\s+cambi|nuestra\\s+cuenta\\s+es\\s+nueva|\\bcambi[óo]\\s+(?:nuestra|la)\\s+cuenta|(?:hemos\\s+)?cambiado\\s+(?:de\\s+|nuestra\\s+)?cuenta|cuenta\\s+(?:bancaria\\s+)?ha\\s+cambiado|nueva\\s+cuenta|cuenta\\s+de\\s+nuestra\\s+filial|nova\\s+conta|conta\\s+nova|conta\\s+mudou|conta\\s+banc[áa]ria\\s+mudou|conta\\s+banc[áa]ria\\s+d[ao]\\s+(?:empresa|f[áa]brica)\\s+mudou|(?:mudamos|alteramos|trocamos)\\s+(?:de\\s+|a\\s+|nossa\\s+|a\\s+nossa\\s+)?conta|нов[\\p{L}]*\\s+сч[её]т|сч[её]т\\s+измен|(?:смени|помени|измени)л[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:сч[её]т|реквизит)|нов[\\p{L}]*\\s+реквизит|حسابنا\\s+الجديد|บัญชีใหม่|\\bno\\s+puede\\s+recibir\\s+(?:\\S+\\s+)?(?:transferencias|pagos|dinero)|реквизит[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,3}?неде[йи]ствительн|neue[nsr]?\\s+konto|neue\\s+bankverbindung|konto\\s+(?:hat\\s+sich\\s+)?ge(?:ä|ae|a)ndert|nouveau\\s+compte|nuovo\\s+conto|conto\\s+(?:bancario\\s+)?[èe]\\s+cambiato|yeni\\s+hesa[pb](?!\\s+makine)|hesab[\\p{L}]*\\s+de[ğg]i[şs]ti|t[àa]i\\s+kho[ảa]n\\s+m[ớo]i|t[àa]i\\s+kho[ảa]n\\s+ng[âa]n\\s+h[àa]ng[^.!?]{0,40}?thay\\s+[đd][ổo]i|rekening\\s+baru|rekening[^.!?]{0,40}?(?<!\\b(?:tidak|tdk|tak|belum|nggak|gak)\\s)(?:berubah|diganti|ganti)|akaun\\s+bank\\s+baru|akaun\\s+bank[^.!?]{0,40}?(?:bertukar|berubah|ditukar)|(?:ال)?حساب\\s+(?:ال)?جديد|(?:ال)?مستفيد\\s+(?:ال)?جديد|تغيير\\s+(?:ال)?حساب|帳戶變更|新的?帳[戶號]|(?:账户|账号)(?:有|出)(?:了)?问题|(?:账户|账号)出现问题|(?:账户|账号)不能用|(?:新卡|新的卡|新银行卡|新的银行卡)(?![片扣通车包套槽夹座纸牌])|银行信息(?:有|已|已经)?(?:变更|更改|更换|变化)|银行变更|银行资料(?:有|已|已经)?(?:变更|更改|更换)',
    {
      deniable: true,
      anchors: [
        'مستفيد',
        '改由',
        '收款',
        '作废',
        '换了',
        '账户',
        '账号',
        '银行卡',
        '卡号',
        '帳',
        '旧的',
        '以前',
        '之前',
        '原来',
        '新卡',
        '新的卡',
        '新银行卡',
        '新的银行卡',
        '银行信息',
        '银行变更',
        '银行资料',
        '变更收款',
        'cuenta',
        'nova conta',
        'conta nova',
        'mudou',
        'mudamos',
        'alteramos',
        'trocamos',
        'сч',
        'реквизит',
        'konto',
        'bankverbindung',
        'compte',
        'conto',
        'hesa',
        'khoản',
        'khoan',
        'rekening',
        'akaun',
        'บัญชีใหม่',
        'puede recibir',
        'حساب',
      ],
    },
  ),
  cue(
    'a changed receiving account',
    // New bank details in the European languages buyers write in.
    'neue\\s+bankdaten|nouvelles?\\s+coordonn[ée]es\\s+bancaires|compte\\s+(?:bancaire\\s+)?a\\s+chang[ée]|nouveau\\s+rib|nuov[ei]\\s+coordinate\\s+bancarie|nuevos\\s+datos\\s+bancarios|novos\\s+dados\\s+banc[áa]rios' +
      // A new IBAN or account number: "unsere neue IBAN", "notre nouvel IBAN", "nuestro nuevo número de cuenta".
      '|neue[nsr]?\\s+(?:iban|kontonummer)|nouvel\\s+iban|nouveau\\s+(?:num[ée]ro\\s+de\\s+compte|iban)|nuevo\\s+(?:n[úu]mero\\s+de\\s+cuenta|iban)|novo\\s+(?:n[úu]mero\\s+de\\s+conta|iban)|nuovo\\s+(?:iban|numero\\s+di\\s+conto)',
    {
      anchors: [
        'bankdaten',
        'coordonn',
        'compte',
        'nouveau rib',
        'coordinate banc',
        'datos banc',
        'dados banc',
        'neue',
        'nouvel',
        'nouveau',
        'nuevo',
        'novo',
        'nuovo',
      ],
    },
  ),
  cue(
    'a changed receiving account',
    // An account closed, frozen, moved or out of use, and the one to use now: "la cuenta del BBVA … queda inactiva",
    // "ya no sirve", "o novo Pix", "a conta foi migrada", "hat sich die IBAN geändert", "rachunek … został przeniesiony",
    // "hesabımız … kullanılmıyor", "реквізити змінилися", "پرانا اکاؤنٹ بند", "purana SBI account … freeze hai", 계좌가 일시 정지, 口座が一時凍結, 口座は使えなくなりました, 新しい振込先, 暂停收款.
    '\\bcuenta\\s+(?:[\\p{L}]+\\s+){0,6}?queda\\s+(?:inactiva|bloqueada|cerrada|suspendida)|\\bcuenta(?<!\\b(?:su|tu)\\s+cuenta)\\s+(?:[\\p{L}]+\\s+){0,8}?ya\\s+no\\s+(?:est[áa]\\s+activa|sirve|funciona|es\\s+v[áa]lida|se\\s+usa)\\b|\\bnov[oa]\\s+pix\\b|\\bnova\\s+chave\\s+pix\\b|\\bnueva\\s+clabe\\b|\\bconta\\s+foi\\s+(?:migrada|transferida)|\\bs[óo]\\s+vale\\s+a\\s+conta\\b' +
      '|\\b(?:antiga\\s+conta|velha\\s+conta|conta\\s+antiga|conta\\s+anterior)\\b[^.!?]{0,50}?\\b(?:n[ãa]o\\s+(?:est[áa]|fica)\\s+mais\\s+ativa|(?:foi|est[áa])\\s+(?:encerrada|bloqueada|fechada|desativada|cancelada))' +
      '|\\b(?:hat\\s+sich\\s+die\\s+iban\\s+ge(?:ä|a)ndert|alte\\s+iban\\b[^.!?]{0,40}?nicht\\s+mehr)|\\brachunek\\s+(?:[\\p{L}]+\\s+){0,2}?zosta[łl]\\s+(?:przeniesiony|zmieniony|zamkni[ęe]ty|zablokowany)|\\bna\\s+nowy\\s+(?:numer|rachunek)\\b' +
      '|\\bhesab[ıi]m[ıi]z\\s+(?:[\\p{L}]+\\s+){0,4}?kullan[ıi]lm[ıi]yor|реквізити\\s+змінилися|старий\\s+iban|پرانا\\s+اکاؤنٹ|نئے\\s+اکاؤنٹ' +
      '|\\bpurana\\s+(?:\\S+\\s+)?(?:account|a/c)\\b[^.!?]{0,40}?\\b(?:freeze|band|block)|계좌가?\\s?(?:일시\\s?)?(?:정지|동결|변경)|口座が?(?:一時)?(?:凍結|停止|変更)|口座は?(?:使えなく|利用できなく|使用できなく)|新しい振込先|暂停收款|\\bhesab[ıi]\\s+(?:\\S+\\s+){0,3}?(?:dolar|d[öo]viz|para)\\s+(?:alam[ıi]yor)|(?:账号|账户)少了一位|(?:账户|账号)被法院冻结|(?:账号|账户|卡号)[^，。！？]{0,20}?以这个为准',
    {
      anchors: [
        'cuenta',
        'nueva clabe',
        'pix',
        'conta foi',
        'antiga conta',
        'velha conta',
        'conta antiga',
        'conta anterior',
        'vale a conta',
        'iban',
        'rachunek',
        'na nowy',
        'hesab',
        'реквізити',
        'старий',
        'پرانا',
        'نئے',
        'purana',
        '계좌',
        '口座',
        '振込先',
        '暂停收款',
        'alamıyor',
        'alamiyor',
        '少了一位',
        '被法院冻结',
        '以这个为准',
      ],
    },
  ),
  cue(
    'a changed receiving account',
    // Dutch, Polish, Czech, Romanian, Arabic, Persian, Hindi, Bengali, Swahili, Tagalog, Vietnamese, Korean and Arabizi:
    // "ons rekeningnummer is gewijzigd", "zmieniliśmy rachunek", "plaťte na účet", "akaunti yetu imebadilika",
    // "bagong account", "đổi tài khoản", 새 계좌, "el account el gdeed".
    '\\beigenes\\s+empf(?:ä|a|ae)ngerkonto\\b|\\bbanco\\s+parceiro\\b|\\bpassano\\s+dalla\\s+nostra\\s+nuova\\b|\\brekening(?:nummer)?\\s+is\\s+gewijzigd|\\bnieuwe?\\s+rekening(?:nummer)?|\\bzmienili[śs]my\\s+(?:\\S+\\s+){0,2}?(?:rachunek|konto|numer\\s+konta)|\\bnowy\\s+rachunek' +
      '|\\b(?:plaťte|platte)\\s+na\\s+(?:účet|ucet)|\\b(?:nový|novy)\\s+(?:účet|ucet)|\\bcont\\s+nou\\b|\\bcontul\\s+nou\\b|\\bnoul\\s+cont\\b' +
      '|تم\\s+نقل\\s+حساب|نقل\\s+حسابنا|حساب\\s+جدید|खाता\\s+बदल\\s+गया|नया\\s+खाता|নতুন\\s+অ্যাকাউন্ট|পুরনো\\s+অ্যাকাউন্ট' +
      '|\\bakaunti\\s+(?:yetu\\s+)?(?:ya\\s+benki\\s+)?imebadilika|\\bakaunti\\s+mpya\\b|\\bbagong\\s+account\\b|\\bnag-?change\\s+kami\\s+ng\\s+bank\\b' +
      '|đổi\\s+tài\\s+khoản|\\bdoi\\s+tai\\s+khoan\\b|새\\s?계좌|\\baccount\\s+el\\s+gdeed\\b|\\bel\\s+account\\s+el\\s+gd[ie]d\\b|' +
      CHANGED_ACCOUNT_IN_MORE_LANGUAGES,
    {
      anchors: [
        'empf',
        'banco parceiro',
        'passano dalla nostra nuova',
        'rekening',
        'rachunek',
        'zmienili',
        'účet',
        'ucet',
        'cont nou',
        'contul nou',
        'noul cont',
        'نقل',
        'حساب جدید',
        'खाता',
        'অ্যাকাউন্ট',
        'akaunti',
        'bagong account',
        'ng bank',
        'tài khoản',
        'tai khoan',
        '계좌',
        'el account el',
        'account el gdeed',
        ...CHANGED_ACCOUNT_IN_MORE_LANGUAGES_ANCHORS,
      ],
    },
  ),
  cue(
    'a returned payment, to be sent again to another account',
    '(?:被退回|退回来了|退回了|被银行退回)[^。！？]{0,30}?重新(?:打|汇|付|转)(?![^。！？]{0,10}(?:原来|同一|之前|原账户))[^。！？]{0,12}?(?:账户|账号|卡)' +
      '|(?:pago|transferencia)\\s+(?:fue|ha\\s+sido)\\s+(?:devuelt|rechazad)[^.!?]{0,80}?(?:de\\s+nuevo|otra\\s+vez|nuevamente)(?![^.!?]{0,30}?misma)[^.!?]{0,30}?cuenta' +
      '|(?:pagamento|transfer[êe]ncia)\\s+foi\\s+(?:devolvid|recusad|rejeitad)[^.!?]{0,80}?(?:novamente|de\\s+novo|outra\\s+vez)(?![^.!?]{0,30}?mesma)[^.!?]{0,30}?conta' +
      '|zahlung\\s+(?:wurde|ist)\\s+(?:zur(?:ü|ue|u)ck|abgelehnt)[^.!?]{0,80}?(?:erneut|nochmals|noch\\s+einmal)(?![^.!?]{0,40}?(?:gleiche|selbe))[^.!?]{0,40}?konto',
    { anchors: ['退回', 'devuelt', 'rechazad', 'devolvid', 'recusad', 'rejeitad', 'zahlung'] },
  ),
  cue(
    'a pretext for a new account',
    // "Due to sanctions …", "our account can't receive USD, transfer to this account".
    '制裁[^。！？]{0,30}?(?:账户|账号)|(?:账户|账号)[^。！？]{0,12}?(?:不能收|无法收|收不了|不能接收|无法接收)[^。！？]{0,20}?(?:转|打|付|汇)(?:款)?到(?:这个|下面|以下|新的?|另一个|我们的?|我)',
    { anchors: ['制裁', '不能收', '无法收', '收不了', '不能接收', '无法接收'] },
  ),
  cue(
    'earlier bank details said to be wrong',
    '(?:银行信息|银行资料|账户信息|账号信息|收款信息)(?:是)?(?:错的|错了|有误|不对)',
    { anchors: ['错的', '错了', '有误', '不对'] },
  ),
  cue(
    "another company's account",
    // 改用深圳的关联公司收款: another company of the group is to be paid (not in the Alibaba order).
    '(?:关联公司|子公司|分公司|合作公司|另一家公司|其他公司)(?:来|代)?收款(?![^。！？]{0,30}(?:信保|阿里))' +
      // 转到我们香港公司, 请汇到我们的新加坡分公司: the money to another company of the group.
      '|(?:转|汇|打|付)(?:款)?(?:到|至|给)(?:我们|我司)的?(?:香港|海外|境外|离岸|新加坡|深圳|另一家|关联|姐妹)的?(?:公司|分公司)',
    { anchors: ['公司'] },
  ),
];
