import { cue, type Cue } from './cue';

/**
 * Paying outside the order in wordings probe 57 found: the order's platform refused in brackets ("(not alibaba)"), the
 * supplier's own web shop, a colleague or a partner company to pay instead, the commission saved; German Sofortüberweisung
 * and cash at a trade fair, Italian and Tagalog. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "… received by tomorrow to the account on our PI (not alibaba)"; "we accept credit card through our own website,
    // cheaper than alibaba"; Spanish "pa' no pagar comisión le conviene transferir directo"; Arabic "أوفر لك من رسوم علي
    // بابا" (it saves you Alibaba's fees).
    '\\(\\s*(?:not\\s+alibaba|not\\s+via\\s+alibaba|not\\s+through\\s+alibaba|not\\s+ta|not\\s+trade\\s+assurance)\\s*\\)' +
      '|\\b(?:(?:accept|take)\\s+(?:credit\\s+cards?|cards?|payments?|paypal|visa)|pay\\w*)\\s+(?:\\S+\\s+){0,3}?(?:through|via|on)\\s+our\\s+own\\s+(?:website|site|web\\s?shop|online\\s+store)\\b' +
      "|\\b(?:para|pa'?)\\s+no\\s+pagar\\s+(?:la\\s+)?comisi[óo]n\\b|أوفر\\s+(?:لك\\s+)?من\\s+رسوم",
    {
      anchors: [
        'not alibaba',
        'not via alibaba',
        'not through alibaba',
        'not ta',
        'not trade assurance',
        'our own',
        'no pagar',
        'أوفر',
      ],
    },
  ),
  cue(
    'a third party collecting the money',
    // "Please send EUR 12,300 to account holder Chen Mei, she is my colleague same company"; "our partner company in Dubai will
    // invoice you, pay them by TT"; Italian "con bonifico al nostro agente" (by transfer to our agent).
    '(?:\\bto\\s+account\\s+holder|\\d+\\s+to)\\s+[a-z]+\\s+[a-z]+\\s*,?\\s+(?:she|he)\\s+is\\s+my\\s+(?:colleague|sister|brother|cousin|assistant)\\b' +
      '|\\b(?:partner|sister|related|affiliated)\\s+company\\s+(?:\\S+\\s+){0,3}?will\\s+invoice\\s+you\\b' +
      '|\\bbonifico\\s+(?:al|a)\\s+(?:nostro|mio)\\s+(?:agente|spedizioniere|collega|responsabile)\\b',
    // A colleague named for the samples or the drawings is no one collecting money: only with talk of paying.
    { needsPaymentTalk: true, anchors: ['is my ', 'will invoice you', 'bonifico'] },
  ),
  cue(
    'an account given in the chat',
    // German "per Sofortüberweisung an das Konto unten" (by instant transfer to the account below); Tagalog "sa bagong account
    // na lang …, ipapadala ko po details" (to the new account; I'll send the details).
    '\\bsofort[üu]berweisung\\b|\\ban\\s+das\\s+konto\\s+(?:unten|oben)\\b' +
      '|\\bipapadala\\s+(?:ko\\s+)?(?:po\\s+)?(?:ang\\s+|yung\\s+)?(?:details|account|bank\\s+details)\\b',
    { anchors: ['sofort', 'an das konto', 'ipapadala'] },
  ),
  cue(
    'cash',
    // German "Wir können gerne auch Bargeld auf der Messe in Köln annehmen, dann bekommen Sie 3% Rabatt".
    '\\bbargeld\\s+(?:\\S+\\s+){0,6}?(?:annehmen|akzeptieren)\\b',
    { anchors: ['bargeld'] },
  ),
];
