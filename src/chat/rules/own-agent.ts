import type { MessageView } from '../message-view';

// Paying one's own forwarder, broker or carrier: an arrangement of the buyer's or the writer's, not a supplier's
// account.

/**
 * "Pay them directly", where "them" is the buyer's own forwarder or broker, or an inspection the buyer books ("you
 * book and pay them directly"): the buyer's own arrangement, not the supplier's account. So is "pay directly" right
 * after "your customs broker, whom you choose and", or a name the buyer's forwarder was just called by ("your forwarder
 * (you said you use Flexport) … you pay Flexport directly").
 */
const PAID_PERSON =
  /\b(?:them|him|her)\b|^pay\s+direct(?:ly)?\b|^payez\s+directement\b|^pay\s+[\p{L}+&-]+\s+direct(?:ly)?\b(?<!\b(?:us|me|our|my|the)\s+direct(?:ly)?)/u;
/** The buyer's own forwarder, broker or inspection company: "your forwarder", "your own customs broker", "your QA company". */
const YOUR_AGENT =
  '\\byour\\s+(?:own\\s+)?(?:freight\\s+)?(?:forwarder|shipping\\s+agent|customs\\s+broker|customs\\s+agent|clearing\\s+agent|broker|agent|(?:qa|inspection)\\s+(?:company|agency))\\b';
const BUYERS_OWN_AGENT = new RegExp(
  `${YOUR_AGENT}[^]{0,100}$|\\byou(?:'d|\\s+would)?\\s+(?:can\\s+)?(?:book|hire|appoint|choose|select|contract)\\s+(?:\\S+\\s+){0,8}?(?:and|then)\\s+$` +
    // "The forwarder will invoice you for the local charges and the freight, you pay them directly"; "the customs
    // broker you chose … you pay them directly"; French "votre transitaire … vous le payez directement".
    `|\\b(?:forwarder|broker|agent|inspection\\s+company)\\s+(?:will\\s+)?(?:invoice|bill|charge)s?\\s+you\\b[^]{0,100}$` +
    `|\\b(?:forwarder|broker|agent)\\s+you\\s+(?:chose|choose|selected|appointed|use)\\b[^]{0,100}$|\\bvotre\\s+(?:propre\\s+)?(?:transitaire|commissionnaire|d[ée]clarant)\\b[^]{0,100}$`,
  'u',
);
/** "Pay your own clearing agent directly": "own" says whose, whoever writes (a buyer's "your agent" is the supplier's). */
const YOUR_OWN_AGENT_PAID =
  /\b(?:your|their)\s+own\s+(?:clearing\s+|customs\s+|freight\s+)?(?:agent|broker|forwarder)\b/u;
/** The buyer's own agent named anywhere before. */
const NAMES_THE_BUYERS_AGENT = new RegExp(YOUR_AGENT, 'u');
/** The buyer's forwarder is who pays: "your forwarder is paying the freight directly as before". */
const THE_BUYERS_AGENT_PAYS = new RegExp(`${YOUR_AGENT}\\s+(?:is|will|will\\s+be|can|has)\\s+$`, 'u');
/**
 * A fee paid by the buyer to the inspection company the buyer chose: "the inspection fee is paid by you to the
 * inspection company directly" after "your QA company".
 */
const TO_THE_INSPECTION_COMPANY = /\bto\s+the\s+(?:inspection|qa)\s+(?:company|agency)$/u;

/**
 * The writer paying their own carrier or agent, or from their own bank: "the local freight I pay myself with Yape to my
 * trucker" ("lo pago yo con Yape a mi transportista"), "we pay our forwarder by PayPal", "we send the balance through
 * our own bank in Lagos", "we pay the broker directly". No "you" between, so "I pay my agent, you pay me by Western
 * Union" still asks the buyer.
 */
const WRITER_PAYS =
  /\b(?:(?:i|we)\s+(?:will\s+|'ll\s+|can\s+|shall\s+|always\s+)?(?:pay|send|transfer|remit|wire)|(?:lo|la|los|las)\s+pago\s+yo)\b(?:(?!\b(?:you|u|usted|ustedes)\b)[^.!?,;]){0,60}$/u;
/** "forwarder quoted us THC INR 14,500 … we are paying them directly": who bills the writer is the writer's own. */
const WHO_BILLS_THE_WRITER =
  '\\b(?:forwarder|broker|agent|cha|trucker|carrier|inspection\\s+company)\\s+(?:quoted|charged|invoiced|billed|quotes|charges|invoices|bills)\\s+(?:us|me)\\b';
/** The inspection companies a buyer books and pays itself: "we've booked QIMA … We pay QIMA directly". */
const INSPECTION_COMPANIES =
  '\\b(?:qima|sgs|intertek|bureau\\s+veritas|tuv|tüv|v-trust|asiainspection|cotecna)\\b';
const WRITERS_OWN_AGENT = new RegExp(
  String.raw`\b(?:my|our|mi|nuestro)\s+(?:own\s+)?(?:clearing\s+|customs\s+|freight\s+)?(?:forwarder|agent|broker|carrier|driver|trucker|transportista|agente|despachante|chofer)\b|\b(?:through|via|from)\s+(?:my|our)\s+(?:own\s+)?bank\b|\bpay\s+the\s+(?:customs\s+)?broker\s+direct(?:ly)?\b|${WHO_BILLS_THE_WRITER}|${INSPECTION_COMPANIES}`,
  'u',
);

/** Chinese: "我们自己有货代在广州，运费我们直接付给货代" (we have our own forwarder; we pay the forwarder ourselves). */
const WRITER_PAYS_OWN_FORWARDER_ZH =
  /(?:我们|我方|我)(?:自己)?(?:直接)?(?:付给|支付给|付款给)(?:我们的|自己的)?(?:货代|报关行|清关公司)/u;

/** "… we pay him directly": the paid one named before, by the writer. */
const PAYS_THEM = /^pay(?:ing)?\s+(?:him|her|them)\b/u;
const THE_WRITER_BEFORE = /\b(?:we|i)\s+(?:are\s+|am\s+|'re\s+|'m\s+|will\s+|'ll\s+)?$/u;
const THE_WRITER_PAYS_THEM_BEFORE = /\b(?:we|i)\s+(?:will\s+|'ll\s+)?pay\s+(?:him|her|them)\s+$/u;

/** "… you pay it directly to the terminal through your forwarder": the buyer's own forwarder pays. */
const THROUGH_THE_BUYERS_AGENT = new RegExp(`^[^.!?]{0,40}?\\b(?:through|via|by)\\s+${YOUR_AGENT}`, 'u');

/** The buyer's own forwarder or broker paid, or the writer paying their own: not an account the supplier gives. */
export function paysAnOwnAgent(view: MessageView, start: number, end: number): boolean {
  const before = view.letters.slice(Math.max(0, start - 120), start);
  const matched = view.letters.slice(start, end);
  if (PAID_PERSON.test(matched) && BUYERS_OWN_AGENT.test(before)) return true;
  if (THE_BUYERS_AGENT_PAYS.test(before) || YOUR_OWN_AGENT_PAID.test(matched)) return true;
  if (TO_THE_INSPECTION_COMPANY.test(matched) && NAMES_THE_BUYERS_AGENT.test(view.letters.slice(0, start)))
    return true;
  // "Our customs agent in Gdańsk will do the clearance and we pay him directly": the writer's own, paid by the writer;
  // also "my forwarder … I pay them by Wise myself", the match being the way they are paid.
  if (PAYS_THEM.test(matched) && THE_WRITER_BEFORE.test(before) && WRITERS_OWN_AGENT.test(before))
    return true;
  if (THE_WRITER_PAYS_THEM_BEFORE.test(before) && WRITERS_OWN_AGENT.test(before)) return true;
  if (THROUGH_THE_BUYERS_AGENT.test(view.letters.slice(end, end + 60))) return true;
  // 我们自己有货代 … 我们直接付给货代: the writer's own forwarder, paid by the writer.
  if (WRITER_PAYS_OWN_FORWARDER_ZH.test(view.letters.slice(Math.max(0, start - 40), end + 12))) return true;
  // The writer's "we pay" may open the match itself: "we pay our own forwarder directly".
  const upToTheEnd = before + view.letters.slice(start, end);
  const writerPays = WRITER_PAYS.exec(upToTheEnd);
  if (!writerPays) return false;
  const after = /^[^.!?]{0,40}/u.exec(view.letters.slice(end))![0];
  return WRITERS_OWN_AGENT.test(upToTheEnd.slice(writerPays.index) + after);
}
