import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 63 (kitchen equipment for restaurants and hotels around the
 * Mediterranean, the Gulf and South Asia; people who took over a supplier's account or pose as its finance team): the
 * balance "not received in our HK account", a transfer to "the bank info I sent", "the bank in the pdf" and no Alibaba
 * link "this time"; an agent or a director's company paid in Portuguese and Italian; bank details promised on an app in
 * Portuguese, French and Egyptian Arabizi. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_KITCHENS_AND_IMPOSTORS: readonly Cue[] = [
  cue(
    "a transfer to the supplier's own account",
    // "If balance for the 2 walk-in cold rooms not received in our HK account by tomorrow", "if balance not reach our
    // Agricultural Bank account by Thursday" (not just "our account", which Trade Assurance pays out to); "please TT to the bank info I sent yesterday";
    // "just pay the rest to the bank in the pdf".
    '\\b(?:if\\s+balance|if\\s+the\\s+balance|if\\s+deposit|if\\s+the\\s+deposit|if\\s+payment|if\\s+the\\s+payment)\\s+(?:\\S+\\s+){0,6}?(?:is\\s+)?(?:not|no)\\s+(?:received\\s+in|received\\s+to|in|into|reach(?:es|ed)?|arrived?\\s+in)\\s+our\\s+(?:(?:hk|hong\\s+kong|offshore|overseas|personal|private)\\s+|(?:\\S+\\s+){1,2}?bank\\s+)(?:account|acct|a/c)\\b' +
      '|\\b(?:tt|t/t|transfer|pay|remit|wire)\\s+(?:\\S+\\s+){0,3}?(?:to\\s+the\\s+bank\\s+info|to\\s+the\\s+bank\\s+information|to\\s+the\\s+bank\\s+details|to\\s+the\\s+bank\\s+account)\\s+(?:i|we)\\s+(?:sent|gave|shared)\\b' +
      '|\\b(?:to\\s+the\\s+bank\\s+in\\s+the|to\\s+the\\s+account\\s+in\\s+the)\\s+(?:pdf|attachment|file)\\b',
    {
      anchors: [
        'if balance',
        'if the balance',
        'if deposit',
        'if the deposit',
        'if payment',
        'if the payment',
        'to the bank info',
        'to the bank details',
        'to the bank account',
        'to the bank in the',
        'to the account in the',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "Dont use alibaba link this time".
    "\\b(?:don'?t|do\\s+not)\\s+use\\s+(?:the\\s+)?(?:alibaba\\s+link|alibaba\\s+order|alibaba\\s+payment|alibaba\\s+checkout)\\s+this\\s+time\\b",
    { anchors: ['alibaba link', 'alibaba order', 'alibaba payment', 'alibaba checkout'], instruction: true },
  ),
  cue(
    'a third party collecting the money',
    // Portuguese "precisa pagar o frete … direto pro agente"; Italian "il nuovo beneficiario è la società del nostro direttore".
    '\\b(?:direto\\s+pro|direto\\s+para\\s+o|direto\\s+ao)\\s+(?:agente|despachante|representante)\\b' +
      '|\\b(?:società\\s+del\\s+nostro|societa\\s+del\\s+nostro)\\s+(?:direttore|titolare|capo|agente|manager)\\b',
    { anchors: ['direto pro', 'direto para o', 'direto ao', 'società del nostro', 'societa del nostro'] },
  ),
  cue(
    'bank details to be given outside the order',
    // Portuguese "me chama no WhatsApp que te mando a conta"; French "contactez ma collègue sur WhatsApp … pour le nouveau";
    // Egyptian Arabizi "kalemny 3al WhatsApp 3ashan ab3atlak el account el gedeed" (so I send you the new account).
    '\\bte\\s+mando\\s+a\\s+conta\\b|\\b(?:whats\\s?app|wechat|telegram)\\b[^.!?]{0,40}?\\bpour\\s+le\\s+nouveau\\b' +
      // Read where digits stand for letters: "ab3atlak" is matched as "abeatlak", "7esab" as "tesab".
      '|\\b(?:abeatlak|abeatlik|abeatlek)\\s+(?:el\\s+)?(?:account|hesab|tesab)\\b',
    { anchors: ['te mando a conta', 'pour le nouveau', 'abeatl'] },
  ),
];
