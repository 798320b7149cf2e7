import { PRESSURE, type ChatCase } from './case';

export const PRESSURE_CASES: ChatCase[] = [
  { text: 'Pay the deposit within 2 hours or we cancel the order.', rules: [PRESSURE] },
  { text: 'The deposit will not be refunded if you cancel.', rules: [PRESSURE] },
  { text: 'The promotion ends tonight at midnight, pay the full amount now.', rules: [PRESSURE] },
  { text: 'If you pay today I give you extra 3% off.', rules: [PRESSURE] },
  { text: 'Pay the balance now or after inspection, as you like.', rules: [] },
  { text: 'The sample fee will be refunded when you place the order.', rules: [] },
  { text: 'This price is for today only, tomorrow it goes up 20%.', rules: [PRESSURE] },
  { text: 'Another buyer wants the whole lot, decide now.', rules: [PRESSURE] },
  { text: "Don't tell Alibaba about this discount.", rules: [PRESSURE] },
  { text: "Please don't mention the payment method in Alibaba chat.", rules: [PRESSURE] },
  { text: 'Pague hoje, senao o pedido sera cancelado.', rules: [PRESSURE] },
  { text: '今天不付款的话，货就卖给别人了', rules: [PRESSURE] },
  { text: '请不要在阿里巴巴上提付款的事情', rules: [PRESSURE] },
  // A deadline "in 24 hours" was never tried: its cue's anchors left out the plain "in".
  { text: "If you don't pay in 24 hours, the price will increase 20%.", rules: [PRESSURE] },
  { text: "If you don't pay today, the goods will be sold to other buyers.", rules: [PRESSURE] },
  { text: 'Pay the deposit within 24h, the price goes up tomorrow.', rules: [PRESSURE] },
  { text: 'Please pay in 12\nhours or we release the goods to another buyer.', rules: [PRESSURE] },
  { text: 'We will reply in 2 hours.', rules: [] },
  { text: 'We will reply to your price request within 2 hours.', rules: [] },
  { text: "We will cancel the order if you don't pay in 24 hours.", rules: [PRESSURE] },
  { text: 'We can hold it if you pay in 2 hours.', rules: [PRESSURE] },
  { text: 'No need for inspection, our quality is perfect, trust me.', rules: [PRESSURE] },
  { text: '今晚必须付款，否则取消订单。', rules: [PRESSURE] },
  // Benign scheduling.
  { text: 'The quotation is valid for 30 days.', rules: [] },
  { text: 'Please confirm the artwork by Friday so we keep the production slot.', rules: [] },
  { text: 'We will ship within 24 hours after the sample is approved.', rules: [] },
  { text: 'Raw material prices will rise next month, just for your information.', rules: [] },
  { text: 'Please reply asap, thank you.', rules: [] },
  { text: 'Today only 2 workers are in the office because of the holiday.', rules: [] },
  // Urgency about the money itself, and goods "destroyed" unless paid; ordinary urgency about shipping is not pressure.
  {
    text: 'We need the payment urgently to release the container from port, or storage fees will be charged.',
    rules: [PRESSURE],
  },
  {
    text: 'Your goods are held at customs, pay the clearance fee today or they will be destroyed.',
    rules: [PRESSURE],
  },
  { text: 'Urgent payment needed for the raw materials.', rules: [PRESSURE] },
  { text: 'Please arrange the shipment urgently, the customer is waiting.', rules: [] },
  { text: 'Please pay today or tomorrow, either is fine.', rules: [] },
  { text: '今天付款的话可以打九折。', rules: [PRESSURE] },
  { text: '样品明天寄出，快递单号稍后发给你。', rules: [] },
  { text: 'The goods will be held at our warehouse until you confirm the inspection report.', rules: [] },
  { text: 'Your goods will be held at customs unless you pay the clearance fee today.', rules: [PRESSURE] },
  { text: 'Last day for this price!', rules: [PRESSURE] },
  { text: 'Today is the last day of the Canton Fair.', rules: [] },
  {
    text: 'The payment must be made today or the production slot will be given to another client.',
    rules: [PRESSURE],
  },
  { text: 'Production must be completed today, we will ship tomorrow.', rules: [] },
  { text: 'The remaining stock was sold to another customer last week, sorry.', rules: [] },
  { text: 'No need to inspect, the goods are perfect.', rules: [PRESSURE] },
  { text: "You don't need a third-party inspection, we guarantee quality.", rules: [PRESSURE] },
  { text: 'Only 2 containers left at this price, first paid first served.', rules: [PRESSURE] },
  { text: 'Price goes up tomorrow, so better pay today.', rules: [PRESSURE] },
  { text: 'You should pay today through the Alibaba order to catch the vessel on Friday.', rules: [] },
  { text: 'I have to pay today before my bank closes, is the order ready?', rules: [] },
  {
    text: "Please don't leave any message about the payment on Alibaba, the platform will block our account.",
    rules: [PRESSURE],
  },
  { text: "Please don't leave any message about the price in the public review, thanks.", rules: [] },
  { text: 'pay the deposit 30% today pls, tomorrow price up 10%', rules: [PRESSURE] },
  { text: 'We ship tomorrow, the price stays the same.', rules: [] },
  { text: 'Tomorrow the price list for 2026 will be updated on our Alibaba store.', rules: [] },
  { text: '请不要在阿里上留付款记录', rules: [PRESSURE] },
  { text: '今天不付定金，这批货就给别的客户了', rules: [PRESSURE] },
  { text: '今天不付也没关系，下周在信保付就行', rules: [] },
  { text: '别的客户也很喜欢这个款式', rules: [] },
  // A buyer may open a dispute; being told not to, or threatened if one does, is the pressure.
  { text: "The goods arrived damaged, I will open a dispute on Alibaba if we can't agree.", rules: [] },
  { text: 'If you open a dispute we will not send the goods.', rules: [PRESSURE] },
  { text: "Please don't file a dispute, we will solve it.", rules: [PRESSURE] },
  // Paying now offered, not pressed: "you can pay the deposit now and the balance before shipping".
  { text: 'You can pay the deposit now and the balance before shipping, both on Alibaba.', rules: [] },
  { text: 'You must pay the balance now.', rules: [PRESSURE] },
  // "Order now" said of an order, not to the buyer.
  { text: 'For the payment, we will create the Trade Assurance order now.', rules: [] },
  { text: 'Order now, the price goes up tomorrow!', rules: [PRESSURE] },
  // Talked out of the platform's mediation, and another buyer in a hurry; other customers in passing are not pressure.
  {
    text: 'If you have a complaint we can deal with it privately, no need to open a dispute.',
    rules: [PRESSURE],
  },
  { text: 'Other customer wants to buy all the stock, please hurry.', rules: [PRESSURE] },
  { text: 'Do other buyers order the 220V version?', rules: [] },
  { text: 'Many other customers order from us every month.', rules: [] },
  { text: 'There is no need for a dispute, we will send the missing parts for free.', rules: [] },
  { text: 'Container closing tonight, if no payment today we cannot load your goods.', rules: [PRESSURE] },
  { text: 'If no payment is needed today, we will ship the samples tomorrow.', rules: [] },
  { text: 'Please make the payment today, price will increase 20% from tomorrow.', rules: [PRESSURE] },
  { text: 'Raw material prices went up 20% from last month.', rules: [] },
  // "Must pay before 3 pm today, or the ship leaves"; "不然" (otherwise) with nothing lost is no threat.
  { text: '今天下午三点前必须付款，不然船就走了', rules: [PRESSURE] },
  { text: '请在周五前必须付定金，不然就取消订单', rules: [PRESSURE] },
  { text: '不然的话我们可以下周再发货，您看怎么方便', rules: [] },
  // Hurried towards paying; told there is no hurry, or to hurry with anything else, is not.
  { text: 'Hurry, the factory closes for CNY next week, pay the deposit today.', rules: [PRESSURE] },
  { text: 'No need to hurry, you can pay after you check the samples.', rules: [] },
  { text: "Don't hurry, take your time to pay.", rules: [] },
  { text: 'Hurry up, the container is leaving, please check the loading photos.', rules: [] },
  { text: 'If you are in a hurry, pay via Trade Assurance and we ship tomorrow.', rules: [] },
  // A price rise as the reason to act today; a ship leaving without the goods as the threat.
  {
    text: 'Please confirm the order today, the exchange rate will change and price goes up.',
    rules: [PRESSURE],
  },
  { text: 'Please pay the deposit today, the price will go up next month anyway.', rules: [] },
  { text: 'Please confirm the order today or tomorrow, no rush.', rules: [] },
  {
    text: 'The shipping company needs the freight today, otherwise the container will go without your goods.',
    rules: [PRESSURE],
  },
  { text: 'Otherwise we can ship without the logo, as you like.', rules: [] },
  // "Only valid today, the price rises tomorrow"; "must pay the deposit today, or production can't be scheduled"; "don't talk price on Alibaba".
  { text: '这个价格只有今天有效，明天就涨价了', rules: [PRESSURE] },
  { text: '老板说今天必须付定金，不然就排不上生产了', rules: [PRESSURE] },
  { text: '请不要在阿里上面谈价格，会被平台监控', rules: [PRESSURE] },
  { text: '付款方式：信保订单，30%定金，70%发货前付清', rules: [] },
  { text: 'Today only we are closed in the afternoon, we reply tomorrow morning.', rules: [] },
  { text: 'Today only, pay now and get 5% off.', rules: [PRESSURE] },
  // "Unless you pay" and "if you don't pay" with a loss after; "pay attention" or an offer by sea instead is none.
  { text: 'Unless you pay today we will cancel the order.', rules: [PRESSURE] },
  { text: "If you don't pay by Friday the price will go up.", rules: [PRESSURE] },
  {
    text: 'If you dont pay the deposit this week, we will sell the stock to another buyer.',
    rules: [PRESSURE],
  },
  { text: 'If you do not pay attention to the packing, you will lose customers.', rules: [] },
  { text: 'Unless you pay extra for air freight, the goods go by sea.', rules: [] },
  // A price held "only for today"; today's order, or two containers today, is scheduling.
  { text: 'The boss only approved this price for today.', rules: [PRESSURE] },
  { text: 'This price is only for today.', rules: [PRESSURE] },
  { text: "The price is only for today's order.", rules: [] },
  { text: 'We only ship 2 containers for today.', rules: [] },
  // "The quote is valid today, raw materials go up tomorrow"; "is it valid today?" asks.
  { text: '订单价格今天有效，明天原材料涨价', rules: [PRESSURE] },
  { text: '今天有效吗？', rules: [] },
  // A wire disguised so the bank can't tell it is trade; a reference with the order number is ordinary.
  { text: 'Please make the payment in two parts to avoid bank inspection.', rules: [PRESSURE] },
  { text: 'Please write "gift" as the remittance purpose.', rules: [PRESSURE] },
  { text: "Please don't mention the product name in the transfer note.", rules: [PRESSURE] },
  {
    text: 'Use the reference "personal" for the transfer, otherwise the bank will hold it.',
    rules: [PRESSURE],
  },
  { text: 'Please write the payment reference as your order number.', rules: [] },
  // Receipt confirmed before the goods arrive, or a dispute closed for a promised refund; the ordinary order of things is not.
  { text: 'Please confirm receipt on Alibaba now, the goods are on the way.', rules: [PRESSURE] },
  {
    text: 'Please click "confirm delivery" so that we get the money, the goods will arrive soon.',
    rules: [PRESSURE],
  },
  { text: 'After you receive the goods, please confirm receipt on Alibaba.', rules: [] },
  { text: 'Please close the dispute and we will refund you via bank.', rules: [PRESSURE] },
  { text: 'We have refunded you, please close the dispute.', rules: [] },
  // Chinese: confirm receipt before shipping so the supplier gets the money; "don't tell Alibaba".
  { text: '发货前请确认收货，这样我们才能收到货款', rules: [PRESSURE] },
  { text: '请不要跟阿里巴巴说我们私下交易', rules: [PRESSURE] },
  { text: '收到货后请在阿里巴巴上确认收货', rules: [] },
  // An answer wanted today; a price kept from competitors is no secret kept from Alibaba.
  {
    text: 'We need your answer today because the price from our raw material supplier changes tomorrow.',
    rules: [PRESSURE],
  },
  { text: "Please don't tell other suppliers our price.", rules: [] },
  // Chinese: "this price only today"; "only today afternoon we are free" is no deadline. A transfer note kept
  // blank of the goods or given a cover word; the order number in the note is ordinary.
  { text: '亲，这个价格只有今天，明天就恢复原价了。', rules: [PRESSURE] },
  { text: '只有今天下午有空。', rules: [] },
  { text: '转账备注不要写产品名称。', rules: [PRESSURE] },
  { text: '汇款备注写成礼物。', rules: [PRESSURE] },
  { text: '请在备注里写上订单号。', rules: [] },
  // The Trade Assurance order's own payment window is Alibaba's deadline, for paying where the buyer is protected.
  {
    text: 'Hello, please note the payment link in the Trade Assurance order will expire in 24 hours, kindly pay before then to avoid the order closing automatically.',
    rules: [],
  },
  { text: 'The price expires in 2 hours, please pay the deposit.', rules: [PRESSURE] },
  // Many buyers said to wait for the very goods; not for a catalogue, nor wanting a colour.
  { text: 'Many customers are waiting for this batch, please decide soon.', rules: [PRESSURE] },
  { text: 'Many customers want this model in blue.', rules: [] },
  { text: 'Many buyers are waiting for the new catalogue.', rules: [] },
  // "Only today" and "the price goes up tomorrow" in other languages; "today" alone in Russian is no deadline
  // ("we shipped it today" used to be read as one), nor "only today we have time" in Spanish.
  { text: 'Este precio es solo hoy.', rules: [PRESSURE] },
  { text: 'El precio sube mañana, pague hoy.', rules: [PRESSURE] },
  { text: 'Só hoje com esse preço.', rules: [PRESSURE] },
  { text: "Prix valable aujourd'hui seulement.", rules: [PRESSURE] },
  { text: 'Nur heute gültig, bitte sofort zahlen.', rules: [PRESSURE] },
  { text: 'Sadece bugün geçerli.', rules: [PRESSURE] },
  { text: 'هذا السعر اليوم فقط', rules: [PRESSURE] },
  { text: 'Только сегодня такая цена.', rules: [PRESSURE] },
  { text: 'Оплатите, пожалуйста, сегодня.', rules: [PRESSURE] },
  { text: 'Мы отправили товар сегодня.', rules: [] },
  { text: 'Сегодня получили ваш платеж, спасибо.', rules: [] },
  { text: 'Solo hoy tenemos tiempo para la videollamada.', rules: [] },
  { text: 'Heute ist Feiertag in China.', rules: [] },
  // "Only today" said of being reachable or of a holiday, in German and Spanish.
  { text: 'Nur heute Abend erreichbar, morgen wieder im Büro.', rules: [] },
  { text: 'Solo hoy y mañana tenemos vacaciones.', rules: [] },
  // The buyer's own readiness to pay is no pressure; the supplier's "you must pay now" is.
  { text: 'I want to pay now, please send the order link.', rules: [] },
  { text: 'Can I pay now?', rules: [] },
  { text: 'I can pay right now if you send the link.', rules: [] },
  { text: 'We will confirm now and start production.', rules: [] },
  { text: 'We need you to pay now.', rules: [PRESSURE] },
  { text: 'I think you should decide now.', rules: [PRESSURE] },
  // Talked out of a dispute: the platform's mediation traded for a promise.
  { text: "Don't open the dispute, I will refund you by PayPal.", rules: [PRESSURE] },
  { text: 'If you close the dispute, we will send the refund to your bank directly.', rules: [PRESSURE] },
  { text: 'Please close the claim, then we will compensate you.', rules: [PRESSURE] },
  { text: 'If you are not happy you can open a dispute on Alibaba.', rules: [] },
  { text: 'The dispute is closed, thank you for your understanding.', rules: [] },
  // Another buyer "also asking" is scarcity; a popular model is not.
  { text: 'Other buyers are also asking about this lot, please decide quickly.', rules: [PRESSURE] },
  { text: 'Other customers are asking for the same model, so we made more.', rules: [] },
  // Secrecy from the platform, and receipt confirmed "first", in Chinese.
  { text: '请不要在平台上提付款的事情，平台会封号。', rules: [PRESSURE] },
  { text: '你先确认收货吧，货明天就到了。', rules: [PRESSURE] },
  { text: '请在平台上付款，不要私下转账。', rules: [] },
  // Receipt confirmed "so we can get paid" before the parcel arrives; after the goods are in, it is the normal step.
  {
    text: 'Please confirm delivery on Alibaba now so we can get paid, the parcel arrives tomorrow.',
    rules: [PRESSURE],
  },
  { text: 'Please confirm delivery after you receive the goods, so we can get paid.', rules: [] },
  { text: 'Please confirm receipt once the goods arrive.', rules: [] },
  // A plea ("I will lose my job", "my boss will be angry"), a payment "not made today", a sale to another customer, slots left.
  { text: 'My boss will be angry if the payment is not made today.', rules: [PRESSURE] },
  { text: 'My boss will be angry, please pay today.', rules: [PRESSURE] },
  { text: 'I will lose my job if my manager sees no deposit.', rules: [PRESSURE] },
  { text: 'Our boss will be happy to meet you.', rules: [] },
  { text: 'My boss will be angry if the samples arrive late.', rules: [] },
  { text: "I will be fired if you don't pay the balance.", rules: [PRESSURE] },
  { text: "If you don't confirm by tomorrow, we will sell to another customer.", rules: [PRESSURE] },
  { text: 'We sell to other customers in Europe too.', rules: [] },
  { text: 'Hurry up, many buyers are waiting.', rules: [PRESSURE] },
  { text: 'Many customers are waiting for the new catalogue.', rules: [] },
  { text: 'Only 3 slots left in production this month.', rules: [PRESSURE] },
  // Receipt confirmed "first", the goods' arrival in the next sentence; a slip's receipt asks nothing early.
  {
    text: 'Could you confirm delivery in the system first? The goods will arrive tomorrow.',
    rules: [PRESSURE],
  },
  {
    text: 'Please confirm receipt on Alibaba now. Your parcel is still in transit but it is safe.',
    rules: [PRESSURE],
  },
  { text: 'Please confirm receipt of the payment slip. The goods will arrive tomorrow.', rules: [] },
  { text: 'Please confirm receipt of the samples. The bulk order will arrive next week.', rules: [] },
  // "The last day for this price" in Spanish and Portuguese, "pay today" in Italian, threats in French and German.
  { text: 'Hoy es el último día para este precio, pague ahora.', rules: [PRESSURE] },
  { text: 'El último día de producción es el viernes.', rules: [] },
  { text: 'Paga oggi o annulliamo l’ordine.', rules: [PRESSURE] },
  { text: 'Oggi il nostro ufficio è chiuso.', rules: [] },
  { text: "Si vous ne payez pas aujourd'hui, nous annulons la commande.", rules: [PRESSURE] },
  { text: 'Si vous ne payez pas, nous ne pouvons pas expédier.', rules: [] },
  { text: 'Wenn Sie heute nicht zahlen, stornieren wir die Bestellung.', rules: [PRESSURE] },
  { text: 'Wenn Sie nicht zahlen können, sagen Sie es uns bitte.', rules: [] },
  // "Otherwise the goods will be sold"; "sold" in a sentence with "or" but no threat is not one.
  { text: 'I am waiting your payment today, otherwise the goods will be sold', rules: [PRESSURE] },
  { text: 'We sold 5,000 units last year, or more.', rules: [] },
  // Not paying by today, and what it will cost.
  { text: 'Please pay the balance today or we cannot load your goods.', rules: [PRESSURE] },
  {
    text: 'If you do not pay the balance today, we cannot load your goods in this container.',
    rules: [PRESSURE],
  },
  {
    text: 'Please pay the deposit today, otherwise the factory will cancel your production slot.',
    rules: [PRESSURE],
  },
  { text: 'Please send the artwork today or we cannot finish the samples this week.', rules: [] },
  { text: 'If you pay the balance today we can ship tomorrow.', rules: [] },
  { text: 'You can pay today or tomorrow, both are fine.', rules: [] },
  { text: '这个价格只能保留到今天下午五点。', rules: [PRESSURE] },
  { text: '样品我们保留到今天，明天寄出。', rules: [] },
  // Hiding the deal from Alibaba, or what the wire is for.
  { text: 'If Alibaba customer service asks, tell them the order is cancelled.', rules: [PRESSURE] },
  { text: 'If anyone asks about the price, tell them it is confidential.', rules: [] },
  { text: 'If the customs officer calls you, tell them the goods are samples.', rules: [] },
  { text: 'Please write "consulting fee" in the remittance note, not "goods".', rules: [PRESSURE] },
  { text: "Please don't mention Alibaba or the product name in the transfer remark.", rules: [PRESSURE] },
  { text: 'Please write the PI number in the remittance note.', rules: [] },
  // Ordinary talk near the words of the cues above.
  { text: 'Please confirm the artwork today so we can start production tomorrow.', rules: [] },
  { text: 'If you pay the deposit today, we start production tomorrow.', rules: [] },
  // An e-mail's "treat as urgent", beside a payment; samples wanted soon are no pressure.
  {
    text: 'Please confirm once payment is made and send us the bank slip. Treat as urgent as the goods are ready for shipment.',
    rules: [PRESSURE],
  },
  { text: 'Please treat this as urgent, the samples are needed for the exhibition.', rules: [] },
  // Pay today or else, in Spanish and German.
  { text: 'Por favor pague hoy o no podemos cargar su mercancía.', rules: [PRESSURE] },
  { text: 'Bitte zahlen Sie heute, sonst können wir die Ware nicht verladen.', rules: [PRESSURE] },
  { text: 'Pague hoy y enviamos mañana.', rules: [] },
  { text: 'Bitte zahlen Sie heute oder morgen, beides ist ok.', rules: [] },
  // Ordinary Chinese beside the new cues' words.
  { text: '这个价格保留到下周五。', rules: [] },
  { text: '新的产品目录已经发到您的邮箱了。', rules: [] },
  // Hurrying "with the balance"; not hurrying with the artwork, or no hurry.
  { text: 'The ship leaves tomorrow, please hurry with the balance.', rules: [PRESSURE] },
  { text: 'No hurry with the payment, take your time.', rules: [] },
  { text: 'Please hurry up with the artwork.', rules: [] },
  { text: 'Hurry with your decision, the factory is busy.', rules: [] },
  // A deadline in hours beside "hurry" is pressure, a note when no money is named; "no hurry", or the deadline alone, is not.
  { text: 'Please hurry, the container leaves in 6 hours.', rules: [PRESSURE] },
  { text: 'Hurry up, the vessel departs within 12 hours!', rules: [PRESSURE] },
  { text: 'No hurry, the container leaves in 6 hours anyway.', rules: [] },
  { text: 'We are not in a hurry, the container leaves in 6 hours.', rules: [] },
  { text: 'The container leaves in 6 hours.', rules: [] },
  // What the supplier or the goods do in that time is no deadline for the buyer ("we reply within 2 hours", "samples ship within 48 hours", "touch dry in 1 hour"); "reply within 24 hours", said to the buyer, is one.
  { text: 'We reply within 2 hours, payment in the Trade Assurance order.', rules: [] },
  { text: 'Samples ship within 48 hours after payment through Alibaba.', rules: [] },
  { text: 'The paint is touch dry in 1 hour, please confirm the color.', rules: [] },
  { text: 'The battery charges fully in 2 hours and lasts 8 hours.', rules: [] },
  { text: 'Reply within 24 hours or the price goes up.', rules: [PRESSURE] },
  { text: 'Please reply within 24 hours, the price goes up tomorrow.', rules: [PRESSURE] },
];
