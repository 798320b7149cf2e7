import { cue, type Cue } from './cue';

/** Paying outside the order in Swahili, Dutch and Malay, as probe 83's chats asked it. Part of MORE_DIRECT_TRANSFERS. */
export const PAYING_OUTSIDE_IN_SWAHILI_DUTCH_MALAY: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Dutch "Wilt u het restant overmaken naar ons kantoor in Hongkong?", "betaal de aanbetaling naar onze agent in
    // Shenzhen", "de volgende betalingen naar deze rekening in Hongkong": an office, agent or account abroad, named by its place (not "naar ons kantoor in Nederland").
    '\\b(?:overmaken|overboeken|storten|betalen|betalingen|overmaakt|betaalt|maak|betaal)\\s+(?:\\S+\\s+){0,4}?(?:naar\\s+ons|naar\\s+onze|naar\\s+deze|naar\\s+die)\\s+(?:kantoor|vestiging|filiaal|zusterbedrijf|moederbedrijf|dochterbedrijf|agent|rekening|bankrekening)\\s+in\\s+(?!nederland|belgi|de\\s+order|alibaba)\\p{L}{3,}',
    { anchors: ['naar ons', 'naar onze', 'naar deze', 'naar die'] },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // Dutch "Onze agent kan het regelen tegen €240 inspectiekosten": the supplier's own agent, paid a fee at the port.
    '\\bonze\\s+agent\\s+(?:\\S+\\s+){0,4}?(?:tegen|voor|kost|vraagt)\\s+(?:€|eur\\s?|usd\\s?|\\$)\\s?\\d',
    { anchors: ['onze agent'] },
  ),
  cue(
    'a personal account',
    // Malay "bayar ke akaun Maybank agent kami", "boleh bayar melalui Wise ke boss kami?", "bank-in ke staf kami": an
    // agent's, a boss's or a staff member's own account.
    '\\b(?:bayar|transfer|bank\\s*-?in|hantar\\s+(?:duit|wang|bayaran|deposit))\\s+(?:\\S+\\s+){0,4}?ke\\s+(?:akaun\\s+(?:\\S+\\s+){0,2}?)?(?:agent|ejen|boss|bos|staf|pekerja|pengurus|wakil|pegawai)\\s+(?:\\S+\\s+)?(?:kami|saya)\\b',
    { anchors: ['agent', 'ejen', 'boss', 'bos', 'staf', 'pekerja', 'pengurus', 'wakil', 'pegawai'] },
  ),
  cue(
    'a payment page outside Alibaba.com',
    // Malay "Buka dan bayar terus kat page tu, lagi cepat dari Alibaba": paying on the page sent, not in the order.
    '\\bbayar\\s+(?:terus\\s+)?(?:kat|di|dekat|dalam|kt)\\s+(?:page|laman|link|pautan|website|web|fail|file)\\s+(?:tu|ni|itu|ini)\\b',
    { anchors: ['bayar'] },
  ),
  cue(
    'paying directly, outside the order',
    // Swahili "Ukilipa kupitia Alibaba pesa inachelewa wiki mbili kutufikia": the order run down as slow, to be skipped.
    '\\b(?:ukilipa|ukitumia)\\s+(?:kupitia|kwa|kwenye)\\s+alibaba\\s+(?:\\S+\\s+){0,3}?(?:inachelewa|itachelewa|huchelewa|inachukua\\s+muda|itachukua\\s+muda)',
    { anchors: ['alibaba'] },
  ),
  cue(
    'to a changed account',
    // Swahili "tuma balance kwa akaunti mpya ya sister company yetu", "kama hutalipa kwa akaunti hiyo wiki hii": paying
    // to the new account, or threatened for not doing so.
    '\\b(?:tuma|lipa|lipia|hutalipa|usipolipa)\\s+(?:\\S+\\s+){0,2}?(?:kwa|kwenye)\\s+(?:akaunti\\s+mpya|akaunti\\s+hiyo|account\\s+mpya)\\b',
    { anchors: ['akaunti mpya', 'akaunti hiyo', 'account mpya'] },
  ),
  cue(
    'bank details sent outside the chat',
    // Dutch "Stuur me uw e-mailadres, dan stuur ik de bankgegevens": the account to pay, given by e-mail.
    '\\b(?:e-?mail\\p{L}*|mailadres)[^.!\\n]{0,30}?\\b(?:dan|en)\\s+stuur\\s+ik\\s+(?:u\\s+|je\\s+)?(?:de|onze)\\s+(?:bankgegevens|rekeninggegevens|betaalgegevens|iban)',
    { anchors: ['stuur ik'] },
  ),
];
