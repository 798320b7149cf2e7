import { cue, type Cue } from './cue';

/**
 * Notices from someone posing as customs, a courier's clearance desk, Alibaba's security team or a bank's compliance
 * office: a fee to a person's account or by voucher within hours, or the buyer's login, card or codes "to verify". No
 * customs office or bank asks for either in a marketplace chat. Not a supplier explaining that the buyer's customs will
 * charge import duty. Part of ADVANCE_FEES_AND_PHISHING.
 */
export const IMPOSTOR_NOTICES: readonly Cue[] = [
  cue(
    'a fee demanded in the name of customs or a courier',
    // 深圳海关…需缴纳罚款…48小时内, 清关部门…转账至代理人账户: a fine or a duty to a person, or on a clock.
    '(?:海关|清关|海關|清關)[^。！？]{0,60}?(?:罚款|罰款|账户|帳戶|代理人|小时内|小時內)' +
      // "Aduana: su mercancía está retenida … en 24 horas por Efecty a nombre de Carlos Ruiz".
      '|\\baduana\\b[^.!?]{0,120}?(?:\\ba\\s+nombre\\s+de\\b|\\ben\\s+\\d+\\s+horas\\b|\\befecty\\b|\\bbaloto\\b)' +
      // "Beim Zoll zurückgehalten … innerhalb von 3 Tagen per Paysafecard begleichen".
      '|\\bzoll\\w*\\b[^.!?]{0,120}?(?:\\bpaysafe\\s?card\\b|\\bgutschein\\w*|\\bauf\\s+sein(?:em)?\\s+konto\\b|\\binnerhalb\\s+von\\s+\\d+\\s+(?:tagen|stunden)\\b)' +
      // قسم الجمارك … دفع رسوم التخليص … خلال ٢٤ ساعة وإلا
      '|الجمارك[^.!?]{0,80}?(?:خلال\\s+[0-9٠-٩]+\\s+ساعة|وإلا)' +
      // "Hải quan … chuyển vào STK cá nhân", "Bea Cukai … ke rekening petugas … 1x24 jam".
      '|h[ảa]i\\s+quan[^]{0,160}?(?:stk\\s+c[áa]\\s+nh[âa]n|t[àa]i\\s+kho[ảa]n\\s+c[áa]\\s+nh[âa]n)' +
      '|\\bbea\\s+cukai\\b[^]{0,160}?(?:\\brekening\\s+(?:petugas|pribadi)\\b|\\b1x24\\s+jam\\b|\\bdalam\\s+\\d+\\s+jam\\b)',
    {
      anchors: [
        '海关',
        '清关',
        '海關',
        '清關',
        'aduana',
        'zoll',
        'الجمارك',
        'hải quan',
        'hai quan',
        'bea cukai',
      ],
    },
  ),
  cue(
    'your login, card or codes asked for (never share them: they let someone log in or pay as you)',
    // "Confirm your online banking username and the token code", "login with your email and password on the page I send";
    // not the advice to "change your Alibaba password".
    '\\b(?:online|internet)\\s+banking\\s+(?:user\\s?name|login|password|pin)\\b|\\btoken\\s+code\\b' +
      '|\\blog\\s?-?in\\s+with\\s+your\\s+(?:e-?mail\\s+and\\s+)?password\\b|\\blog\\s?-?in\\s+(?:using|with|via|through)\\s+the\\s+link\\b[^.!?]{0,60}?\\bconfirm\\s+your\\s+(?:card|account|payment)\\b|(?<!\\b(?:change|reset|update|renew)\\s+)\\b(?:your|ur)\\s+(?:alibaba\\s+|login\\s+)password\\b' +
      // "It asks your email password to decrypt", "register with the same email and pwd you use on alibaba".
      '|\\b(?:asks?|enter|type|use|with)\\s+(?:your|ur|(?:the\\s+)?same)\\s+(?:e-?mail\\s+(?:and\\s+|&\\s*|/\\s*)?)?(?:password|pwd)\\b' +
      // 请提供登录密码和手机验证码, 请提供银行卡号、有效期和背面三位数字.
      '|(?:提供|发送|發送|告诉|告訴|发给我|發給我|输入|填写)[^，。！？]{0,10}?(?:验证码|驗證碼|登录密码|登錄密碼|银行卡号|銀行卡號|卡号|背面三位)' +
      // "Informe o número do cartão e o código enviado por SMS", "envíe el número de la tarjeta", "пришлите код из СМС".
      '|\\b(?:informe|envie|mande|digite)\\s+(?:o\\s+|a\\s+|seu\\s+|sua\\s+)?(?:n[úu]mero\\s+do\\s+cart[ãa]o|c[óo]digo\\s+(?:enviado\\s+)?(?:por\\s+)?sms|senha)' +
      '|\\b(?:env[íi]e|ind[íi]que|d[ée]me|facilite)\\s+(?:el\\s+|su\\s+)?(?:n[úu]mero\\s+de\\s+(?:la\\s+|su\\s+)?tarjeta|c[óo]digo\\s+(?:de\\s+)?(?:sms|verificaci[óo]n)|contrase[ñn]a)' +
      '|код\\s+из\\s+смс|цифр[\\p{L}]*\\s+(?:вашей\\s+)?карты' +
      // A card's number with its expiry or the code on its back, "for the refund": "the card number, expiry and the 3
      // digits on the back", "número do cartão, validade e o código de trás", "номер вашей карты и CVC", 卡号、有效期和背面三位数.
      '|\\bcard\\s+number\\s*,?\\s+(?:the\\s+)?(?:expiry|expiration|cvv|cvc|security\\s+code)\\b|\\bn[úu]mero\\s+do\\s+cart[ãa]o\\s*,?\\s+(?:a\\s+)?(?:validade|c[óo]digo)' +
      '|номер\\s+(?:ваше[йи]\\s+)?карты\\s+и\\s+(?:cvc|cvv|срок)|卡号[^。！？]{0,10}?(?:有效期|背面|安全码|cvv)' +
      // "To receive the refund pls confirm your card on https://…": the card typed into someone's page.
      '|\\bconfirm\\s+your\\s+(?:credit\\s+|debit\\s+|bank\\s+)?card\\b(?=[^.!?]{0,20}(?:https?:|www\\.|\\blink\\b|\\bpage\\b))' +
      // "He will call you to collect the freight payment by card over phone".
      '|\\bcard\\s+over\\s+(?:the\\s+)?(?:phone|call|telephone)\\b|\\bcard\\s+by\\s+(?:phone|telephone)\\b',
    {
      anchors: [
        'banking',
        'confirm your',
        'token code',
        'password',
        'pwd',
        '验证码',
        '驗證碼',
        '密码',
        '密碼',
        '卡号',
        '卡號',
        '背面三位',
        'cartão',
        'cartao',
        'sms',
        'senha',
        'tarjeta',
        'verificaci',
        'contrase',
        'смс',
        'карты',
        'card number',
        'card over',
        'card by',
        'número do cart',
        'numero do cart',
        '卡号',
      ],
    },
  ),
  cue(
    'money to a "safe account" (no bank and no marketplace moves your money somewhere safe for you)',
    // A bank's "fraud team" calling: "transfer your remaining balance to a safe account for protection", "move your funds to
    // your protected account"; 将货款转入安全账户.
    '\\b(?:transfer|move|send|put|deposit|pay|wire|remit)\\w*\\s+(?:\\S+\\s+){0,5}?(?:to|into|in)\\s+(?:a|an|the|your|our|this|my)\\s+(?:new\\s+)?(?:safe|secure|safety|protected|protection|holding)\\s+account\\b' +
      '|(?:转入|转到|转至|汇入|汇到|存入)(?:一个|您的|你的|我们的)?(?:安全|保护|保護)(?:账户|帐户|账号)' +
      '|\\b(?:cuenta|conta)\\s+(?:segura|protegida)\\b',
    { anchors: ['safe', 'secure', 'protect', 'holding', '安全', '保护', '保護', 'segura', 'protegida'] },
  ),
];
