import { APP } from './apps';
import { ACCOUNT, cue, inSentence, mentionsOneOf, NOT_FOR_A_REFUND, type Cue } from './cue';

/**
 * Where to pay, given on a messaging app or by SMS, where the platform can't
 * see it: a payment link, the bank details, an account "I send on WhatsApp".
 * Part of PAYMENT_ROUTES.
 */
export const DETAILS_SENT_ON_APPS: readonly Cue[] = [
  cue(
    'a payment link sent outside the chat',
    // "They will send you the payment link by SMS": a page the platform never saw.
    `\\b(?:send|sent|text|texted)\\s+you\\s+(?:a\\s+|the\\s+)?payment\\s+link\\s+(?:by|via|through|over|on|in)\\s+(?:${APP}|sms|text|e-?mail)`,
    { anchors: ['payment link'] },
  ),
  cue(
    'bank details sent outside the chat',
    // "Kindly use the account I shared on WhatsApp", "the bank details are in the file I sent on WeChat", "bank info I
    // send on WA", "I give you bank on Telegram", "my colleague give you the account on WeChat", "pay to my cousin's
    // account, I send details on WhatsApp" (bare "details" only once paying was named). The app ends every branch: its
    // long list is compiled once. Bare "wa" is WhatsApp only here, after bank details sent.
    `(?:\\b(?:${ACCOUNT}|bank\\s+(?:details|info(?:rmation)?)|payment\\s+details|(?:file|pdf|picture|photo)${mentionsOneOf('bank|iban|swift')})\\s+(?:that\\s+)?(?:i\\s+sent|we\\s+sent|i\\s+shared|we\\s+shared|i\\s+gave|we\\s+gave)` +
      `|\\b(?:bank|iban|${ACCOUNT})(?:\\s+(?:details|info(?:rmation)?|no|number))?\\s+(?:i|we)\\s+(?:will\\s+|'ll\\s+)?(?:send|give|share)` +
      `|\\b(?:i|we|he|she|(?:my|our)\\s+(?:colleague|boss|manager|assistant|accountant|cashier|secretary|partner|finance))\\s+(?:will\\s+|'ll\\s+)?(?:send|give|share)s?\\s+(?:you\\s+)?(?:the\\s+|our\\s+|my\\s+)?(?:(?:bank|iban|${ACCOUNT})(?:\\s+(?:details|info(?:rmation)?|no|number))?|details(?<=\\b(?:pay|payment|bank|account|deposit|balance)\\b[^]{0,200}details)))` +
      `\\s+(?:you\\s+)?(?:on|in|by|via|through|over)\\s+(?:my\\s+|our\\s+)?(?:${APP}|wa\\b|sms|text)` +
      // "Payment details are only shared on WhatsApp for security".
      `|\\b(?:payment|bank|account)\\s+(?:details|info(?:rmation)?)\\s+(?:are\\s+|is\\s+)?(?:only\\s+shared|only\\s+sent|only\\s+given)\\s+(?:on|via|through|by|over)\\s+(?:${APP}|e-?mail|sms|phone)` +
      // "She will give you the account, we cannot share account here": the details go where the platform can't see them.
      `|\\b(?:cannot|can't|can\\s+not|not\\s+allowed\\s+to)\\s+(?:share|send|give|show|write)\\s+(?:the\\s+|our\\s+)?(?:bank\\s+)?(?:${ACCOUNT}|bank\\s+(?:details|info(?:rmation)?))\\s+(?:here|in\\s+(?:this|the)\\s+chat|on\\s+alibaba)\\b`,
    {
      anchors: [
        'only shared',
        'only sent',
        'only given',
        'i sent',
        'we sent',
        'i shared',
        'we shared',
        'i gave',
        'we gave',
        'share',
        'send',
        'give',
        'show',
        'write',
      ],
    },
  ),
  cue(
    'bank details sent outside the chat',
    // "WhatsApp +1 555 0162 903 for payment method", "contact billing on WhatsApp", "me passa seu WhatsApp que te mando o
    // link de pagamento" (your WhatsApp, and I send you the payment link): where to pay, asked for where the platform
    // can't see it.
    `(?:\\b(?:whats\\s?app|wechat|telegram|viber|zap)\\b${inSentence(40)}\\b(?:for\\s+(?:the\\s+)?payment\\s+(?:method|details|info(?:rmation)?|instructions|link)|link\\s+de\\s+pag(?:amento|o)|enlace\\s+de\\s+pago)\\b` +
      // Portuguese "na conta que mandei no WhatsApp", Spanish "la cuenta que le envié por WhatsApp", 付款账户以微信发你的为准.
      '|\\bconta\\s+que\\s+(?:te\\s+|lhe\\s+)?(?:mandei|enviei|passei)\\s+(?:no|pelo|via)\\s+(?:whats\\s?app|zap|wechat|telegram)\\b' +
      '|\\bcuenta\\s+que\\s+(?:te\\s+|le\\s+)?(?:mand[ée]|envi[ée]|pas[ée])\\s+(?:por|en)\\s+(?:whats\\s?app|wechat|telegram)\\b|(?:账户|账号)[^，。！？]{0,6}?微信(?:发|给)(?:你|您)' +
      // "Le paso número de cuenta por WhatsApp", "te passo os dados bancários pelo zap"; Polish "kontakt na WhatsApp, podam
      // dane do przelewu" (I'll give the transfer details); "message me on WeChat … for the new account".
      '|\\b(?:te|le|lhe)\\s+(?:paso|pasar[ée]|env[íi]o|mando|passo|passarei|mandarei)\\s+(?:el\\s+|o\\s+|los\\s+|os\\s+)?(?:n[úu]mero\\s+de\\s+(?:cuenta|conta)|datos\\s+(?:bancarios|de\\s+(?:la\\s+)?cuenta)|dados\\s+(?:banc[áa]rios|da\\s+conta))\\s+(?:por|pelo|via|en|no)\\s+(?:whats\\s?app|wechat|telegram|zap)\\b' +
      '|\\b(?:whats\\s?app|wechat|telegram|viber)\\w*\\b[^.!?]{0,40}?\\bpodam\\s+(?:\\S+\\s+)?dane\\s+do\\s+przelewu\\b' +
      '|\\b(?:message|contact|add|text|call)\\s+(?:me|us)\\s+(?:on|via)\\s+(?:whats\\s?app|wechat|telegram|viber)\\b[^.!?]{0,30}?\\bfor\\s+(?:the\\s+)?(?:new\\s+)?(?:bank\\s+)?(?:account|bank\\s+details|details)\\b' +
      '|\\bbilling\\s+(?:dept\\.?\\s+|department\\s+|team\\s+)?(?:on|via|at)\\s+(?:whats\\s?app|wechat|telegram|viber)\\b' +
      // Korean "입금 계좌는 카카오톡으로 보내드릴게요" (the account to pay, I'll send it on KakaoTalk).
      '|계좌[^.!?]{0,8}?(?:카카오톡|카톡|위챗|왓츠앱|텔레그램)으로' +
      // Russian "напишите ему в Telegram …, он даст реквизиты" (he'll give the bank details), Latvian "rekvizītus prasiet Telegram".
      '|\\b(?:telegram|whats\\s?app|viber)\\b[^.!?]{0,60}?(?:даст|дам|пришл[юёе]т?|отправ(?:лю|ит)|скин(?:у|ет))\\s+(?:вам\\s+)?реквизит' +
      '|\\brekviz[īi]t\\w*\\s+(?:\\S+\\s+)?(?:telegram|whats\\s?app|viber)\\b)' +
      NOT_FOR_A_REFUND,
    {
      anchors: [
        'whats',
        'wechat',
        'telegram',
        'viber',
        'zap',
        'rekviz',
        'billing',
        '계좌',
        'conta que',
        'cuenta que',
        '账户',
        '账号',
      ],
    },
  ),
];
