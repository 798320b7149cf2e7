import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 80 (small online sellers' shorthand; long messages in Spanish,
 * Portuguese and French that name another company to pay): the order skipped "this time", bank details in a picture
 * or by e-mail, PayPal's friends and family without the "and", a Cash App $cashtag beside a relative, the factory or a
 * branch to pay instead. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_SHORTHAND_AND_BRANCHES: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "about balance, pls not use alibaba this time", "for the balance don't use alibaba", "this time no alibaba" (not
    // "don't use alibaba chat for files").
    "\\b(?:pls|please|plz|can\\s+we|could\\s+we|let'?s|lets)\\s+(?:not\\s+use|don't\\s+use|dont\\s+use|do\\s+not\\s+use)\\s+(?:the\\s+)?(?:alibaba|ta|trade\\s+assurance)\\b(?!\\s+(?:chat|messenger|app|logistics|shipping|freight|courier|inspection)\\b)" +
      "|\\b(?:balance|deposit|payment)\\s+(?:\\S+\\s+){0,2}?(?:don't\\s+use|dont\\s+use|do\\s+not\\s+use)\\s+(?:the\\s+)?(?:alibaba|ta|trade\\s+assurance)\\b(?!\\s+(?:chat|messenger|app)\\b)" +
      '|\\b(?:this\\s+time\\s+no|no\\s+more\\s+alibaba|no\\s+more\\s+ta|no\\s+more\\s+trade\\s+assurance)(?:\\s+alibaba|\\s+ta|\\s+trade\\s+assurance)?\\b(?!\\s+(?:chat|messenger|app)\\b)',
    {
      anchors: [
        'not use',
        "don't use",
        'dont use',
        'do not use',
        'this time no',
        'no more alibaba',
        'no more ta',
        'no more trade',
      ],
    },
  ),
  cue(
    'bank details given in a picture or by e-mail',
    // "bank details for balance, check pic"; "I sent on your email, HDFC account, Rakesh Sharma".
    '\\b(?:bank\\s+details|bank\\s+detail|bank\\s+info|bank\\s+account)\\s+(?:for\\s+(?:the\\s+)?(?:balance|deposit|payment)\\s*,?\\s+)?(?:check|see|in\\s+the|on\\s+the)\\s+(?:pic|picture|photo|image|screenshot)\\b' +
      '|\\b(?:sent\\s+on\\s+your|sent\\s+to\\s+your|sent\\s+it\\s+on\\s+your|sent\\s+it\\s+to\\s+your|sent\\s+on\\s+ur|sent\\s+to\\s+ur)\\s+(?:e-?mail|mail|gmail)\\s*,\\s+[a-z]+\\s+(?:bank\\s+)?(?:account|acct|a/c)\\b',
    {
      anchors: [
        'bank detail',
        'bank info',
        'bank account',
        'sent on your',
        'sent to your',
        'sent it on your',
        'sent it to your',
        'sent on ur',
        'sent to ur',
      ],
    },
  ),
  cue(
    "PayPal's friends and family option",
    // "pls friends family, G&S hold money 21 days": friends and family set against goods and services.
    '\\bfriends\\s+family\\b(?=[^.!?]{0,40}\\b(?:g&s|goods\\s+(?:and|&)\\s+services)\\b)|\\b(?:g&s|goods\\s+(?:and|&)\\s+services)\\b[^.!?]{0,40}\\bfriends\\s+family\\b',
    { anchors: ['friends family'] },
  ),
  cue(
    'Cash App',
    // "my brother in chicago, $Usman-Chi-77": a $cashtag with a digit or a hyphen in it, after a relative or a friend
    // who receives. Anchored on the relative, not on "$", which most prices have.
    '\\b(?:brother|sister|cousin|friend|uncle|aunt|wife|husband)\\b[^.!?$]{0,30}(?<![\\w$])\\$[a-z][a-z0-9]*[-_0-9][a-z0-9_-]*(?<=\\$[a-z][a-z0-9_-]{3,})',
    { anchors: ['brother', 'sister', 'cousin', 'friend', 'uncle', 'aunt', 'wife', 'husband'] },
  ),
  cue(
    'paying the factory or a branch directly',
    // Portuguese "se pagar pela filial esta semana dou 10% de desconto"; Spanish "si no paga a la fábrica esta semana";
    // French "payez directement l'usine".
    '\\bpagar?\\s+(?:pela|pelo|para\\s+a|na)\\s+(?:filial|f[áa]brica)(?![\\p{L}])|\\bpagu?e?\\s+a\\s+la\\s+(?:f[áa]brica|sucursal|filial)(?![\\p{L}])' +
      "|\\bpa(?:yez|yer)\\s+directement\\s+(?:l'usine|notre\\s+usine|la\\s+filiale|notre\\s+filiale)\\b",
    { needsPaymentTalk: true, anchors: ['filial', 'fábrica', 'fabrica', 'sucursal', 'directement'] },
  ),
];
