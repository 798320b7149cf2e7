import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

/** Probe 83's cues in Swahili, Dutch and Malay, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const SWAHILI_DUTCH_MALAY_CASES: ChatCase[] = [
  // Paying an office, agent or account abroad, named by its place (Dutch).
  {
    text: 'Kunt u de aanbetaling overmaken naar ons zusterbedrijf in Vietnam? Dat scheelt kosten.',
    rules: [PAY],
  },
  { text: 'Betaal het restant naar ons filiaal in Dubai, niet via Alibaba.', rules: [PAY] },
  { text: 'Daarna graag alle betalingen naar deze rekening in Maleisië.', rules: [PAY, CHANGE] },
  {
    text: 'De pallets sturen we eerst naar ons kantoor in Ningbo voor inspectie, betalen doet u gewoon via de order.',
    rules: [],
  },
  { text: 'Ons kantoor in Hongkong stuurt de factuur via de Alibaba-order.', rules: [] },
  { text: 'Alle betalingen lopen via Trade Assurance, niet naar een rekening van ons.', rules: [] },
  // The supplier's agent, paid a fee at the port (Dutch).
  { text: 'De haven houdt de container vast; onze agent regelt het voor €180 vrijgavekosten.', rules: [PAY] },
  {
    text: 'Onze agent in Antwerpen helpt bij het inklaren, de kosten staan al op de Alibaba-factuur.',
    rules: [],
  },
  // An agent's, boss's or staff member's own account (Malay).
  { text: 'Boleh bank-in deposit ke akaun CIMB pengurus kami', rules: [PAY] },
  { text: 'Tolong transfer fee RM650 ke ejen kami di Johor', rules: [PAY] },
  { text: 'Bayar baki ke akaun Public Bank staf kami', rules: [PAY] },
  { text: 'Ejen kami akan hantar sampel ke pejabat anda minggu ini', rules: [] },
  { text: 'Bayaran untuk boss kami dibuat oleh syarikat, anda bayar dalam Alibaba sahaja', rules: [] },
  // Paying on the page sent (Malay).
  { text: 'Lepas buka fail tu, bayar terus dekat page ni ya', rules: [PAY] },
  { text: 'Page ni hanya tunjuk status penghantaran, bayar tetap dalam order Alibaba', rules: [] },
  // The order run down as slow (Swahili).
  { text: 'Ukilipa kwenye Alibaba hela inachukua muda mrefu kufika kwetu', rules: [PAY] },
  { text: 'Malipo ya Alibaba yanachukua siku mbili kuthibitishwa, tafadhali subiri', rules: [] },
  // Paying to the new account, or threatened for not doing so (Swahili).
  { text: 'Tuma deposit kwenye akaunti mpya ya kampuni yetu, ya zamani imefungwa', rules: [PAY, CHANGE] },
  { text: 'Kama hutalipa kwa akaunti hiyo leo, oda itafutwa', rules: [PAY] },
  { text: 'Usitume pesa kwa akaunti yoyote, lipa ndani ya order ya Alibaba', rules: [] },
  // Bank details by e-mail (Dutch).
  { text: 'Geef me uw e-mailadres, dan stuur ik u de betaalgegevens.', rules: [PAY, CONTACT] },
  {
    text: 'Uw e-mailadres staat in de order, de bankgegevens ziet u op de Trade Assurance pagina.',
    rules: [],
  },
  // The account said to be stopped (Dutch).
  { text: 'Onze rekening bij ICBC wordt deze maand geaudit, gebruik voorlopig een andere.', rules: [CHANGE] },
  {
    text: 'Onze bankrekening is tijdelijk geblokkeerd door de bank, wacht even met betalen.',
    rules: [PAY, CHANGE],
  },
  { text: 'Onze rekening is gecontroleerd door Alibaba en u betaalt gewoon in de order.', rules: [] },
  // The payee changed (Dutch), an associated company's account (Malay).
  {
    text: 'Vanaf nu gaat de betaling naar de fabriek zelf, niet meer naar ons handelsbedrijf.',
    rules: [CHANGE],
  },
  { text: 'De fabriek zelf maakt de mallen; betaling blijft via Alibaba.', rules: [] },
  { text: 'Sila guna akaun bank syarikat sekutu kami di Shenzhen untuk baki', rules: [CHANGE] },
  { text: 'Syarikat sekutu kami yang buat jahitan, semua bayaran masih melalui Alibaba', rules: [] },
  // Pressure: the price rising tomorrow (Swahili), pay by then or else (Dutch, Malay).
  { text: 'Kesho bei ya pamba itapanda, lipa leo', rules: [PRESSURE] },
  { text: 'Hatutaweza kushikilia bei hii baada ya Ijumaa', rules: [PRESSURE] },
  { text: 'Bei ya pamba imekaa sawa mwezi huu, hakuna mabadiliko', rules: [] },
  { text: 'Graag vandaag nog betalen, anders vervalt uw productieplek.', rules: [PRESSURE] },
  { text: 'Betalen mag ook volgende week, er is geen haast.', rules: [] },
  { text: 'Kalau tak bank-in hari ni, barang kena tahan di pelabuhan', rules: [PRESSURE] },
  { text: 'Bayar hari ni baru kami boleh kunci harga lama', rules: [PRESSURE] },
  { text: 'Kalau tak bayar lagi pun tak apa, kami tunggu order anda', rules: [] },
  // Moving the talk elsewhere (Dutch, Malay).
  { text: 'Geef mij je WhatsApp-nummer, dan bel ik je', rules: [CONTACT] },
  { text: 'Stuur mij uw e-mail, dan krijgt u de catalogus', rules: [CONTACT] },
  { text: 'Geef mij je mening over de stalen, dan passen we de kleur aan', rules: [] },
  { text: 'Share no phone awak, saya call petang ni', rules: [CONTACT] },
  { text: 'Boleh share gambar kotak awak? Nak tengok saiz', rules: [] },
  { text: 'Cuba download Telegram, senang nak hantar video', rules: [CONTACT] },
  { text: 'Sila muat turun WhatsApp untuk update harian', rules: [CONTACT] },
  { text: 'Tak boleh download WeChat kat office, kita sembang kat Alibaba je', rules: [] },
  // A Dutch warning about fake e-mails, and a Dutch link to pay on.
  {
    text: 'Let op: er gaan valse e-mails rond uit onze naam met een nieuw rekeningnummer. Betaal alleen via de Trade Assurance order.',
    rules: [],
  },
  {
    text: 'Klik hier om in te loggen en te betalen: https://alibaba-betaling.nl/order/5521',
    rules: [PAY, LINK],
  },
];
