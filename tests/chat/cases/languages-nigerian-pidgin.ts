import { PAY, CHANGE, CONTACT, PRESSURE, type ChatCase } from './case';

/** Probe 85's cues in Nigerian Pidgin, each with its ordinary twins (exact rule sets; [] is ordinary). */
export const NIGERIAN_PIDGIN_CASES: ChatCase[] = [
  // Naira or cash paid by hand to the supplier's agent, and the order skipped.
  { text: 'Our agent Mr Chen dey Ikeja, pay him naira at today rate.', rules: [PAY] },
  { text: 'Our agent Mr Chen dey Ikeja, e go check the goods before loading.', rules: [] },
  { text: 'Carry the cash go give our agent for Alaba market.', rules: [PAY] },
  { text: 'Carry the sample go give our agent for Alaba market, he go test am.', rules: [] },
  { text: 'Drop the money for our staff hand when he reach Kano.', rules: [PAY] },
  { text: 'Drop the catalogue for our staff hand when he reach Kano.', rules: [] },
  { text: 'Make you no pass Alibaba for the balance, e go quick pass.', rules: [PAY] },
  { text: 'Make you pass Alibaba for the balance, e go safe pass.', rules: [] },
  { text: 'No wahala, pay the balance to my manager personal account.', rules: [PAY] },
  { text: 'We no dey take money for my manager personal account.', rules: [] },
  // Another company of the group, or the factory, to receive the money; an account that stopped.
  { text: 'Our Hong Kong company go receive the balance this time.', rules: [CHANGE] },
  { text: 'Our Hong Kong company go receive the container this time.', rules: [] },
  { text: 'Our Hong Kong company no go receive any money, pay only through Alibaba.', rules: [] },
  { text: 'Na factory go collect the money this time, no be trading company.', rules: [PAY, CHANGE] },
  { text: 'Na factory go collect the carton this time, no be trading company.', rules: [] },
  { text: 'The account wey dey the PI no dey work again.', rules: [CHANGE] },
  { text: 'The account wey dey the PI na the one for Alibaba, e dey work well.', rules: [] },
  { text: 'Our company account no fit receive dollar again.', rules: [CHANGE] },
  { text: 'Our company account manager no fit reply again today.', rules: [] },
  { text: 'From now, na our Hong Kong account una go use.', rules: [CHANGE] },
  { text: 'From now, na our Hong Kong warehouse una go use.', rules: [] },
  { text: 'Our account no dey change, pay only through the Alibaba order.', rules: [] },
  // The talk moved to WhatsApp, Telegram or a call.
  { text: 'Fit we talk for WhatsApp? E dey easier for me.', rules: [CONTACT] },
  { text: 'Fit we talk for here? E dey easier for me.', rules: [] },
  { text: 'Fit you ship the goods for Imo state? E dey easier for me.', rules: [] },
  { text: 'Make we yarn for Telegram, I go send you the price list.', rules: [CONTACT] },
  { text: 'Make we yarn for Alibaba chat, I go send you the price list.', rules: [] },
  { text: 'Make we no yarn for Telegram, Alibaba chat dey fine.', rules: [] },
  { text: 'Buzz me for WhatsApp when you ready.', rules: [CONTACT] },
  { text: 'Buzz me for Alibaba chat when you ready.', rules: [] },
  { text: 'Drop your number make I call you.', rules: [CONTACT] },
  { text: 'Drop your number for the waybill so the DHL rider fit call you.', rules: [] },
  // A loss if the buyer doesn't pay soon.
  { text: 'If you no pay before Friday, another customer go carry the goods.', rules: [PRESSURE] },
  { text: 'If you no pay before Friday, no wahala, we go still keep the goods for you.', rules: [] },
  { text: 'Price go increase next week if you no pay this one.', rules: [PRESSURE] },
  { text: 'Price no go increase next week even if you no pay this one.', rules: [] },
  { text: 'Pay sharp sharp, or the container go enter auction.', rules: [PRESSURE] },
  { text: 'Pay when you ready, the container no go enter auction.', rules: [] },
  { text: 'Na your last chance be this o.', rules: [PRESSURE] },
  { text: 'No be your last chance o, you fit order next month.', rules: [] },
  // Warnings (warning.ts, asks-if-genuine.ts): the scam named, "no be us".
  {
    text: 'Make you pay the balance to another account, our company account get audit.',
    rules: [PAY, CHANGE],
  },
  { text: 'If anybody message you say make you pay another account, no pay, na fake.', rules: [] },
  { text: 'Pay USDT to him wallet, he be our staff.', rules: [PAY] },
  { text: 'One man message me yesterday say he be una staff, say make I pay USDT to him wallet.', rules: [] },
  { text: 'Price go increase by Monday if you no pay today.', rules: [PRESSURE] },
  { text: 'If anybody tell you say price go increase if you no pay today, no be us.', rules: [] },
];
