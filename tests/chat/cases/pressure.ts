import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

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
  { text: 'Please close the dispute and we will refund you via bank.', rules: [PAY, PRESSURE] },
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
  { text: "Don't open the dispute, I will refund you by PayPal.", rules: [PAY, PRESSURE] },
  {
    text: 'If you close the dispute, we will send the refund to your bank directly.',
    rules: [PAY, PRESSURE],
  },
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
  // A deadline in hours, tonight or at a clock time tied to paying; a fee "not paid within 48 hours".
  { text: 'Customs will destroy the goods if the fee is not paid within 48 hours.', rules: [PRESSURE] },
  { text: 'The vessel cutoff is tomorrow morning, we need the balance tonight.', rules: [PRESSURE] },
  { text: 'We need the deposit today, the factory starts tomorrow.', rules: [PRESSURE] },
  { text: 'I need the invoice today.', rules: [] },
  { text: "We don't need the deposit now, pay after inspection.", rules: [] },
  { text: 'The invoice was paid within 2 hours, thank you.', rules: [] },
  { text: 'You will receive the tracking number within 24 hours after the fee is paid.', rules: [] },
  { text: 'Do you need the deposit today or can I pay tomorrow?', rules: [] },
  { text: 'I will pay today.', rules: [] },
  { text: 'I will pay within 2 hours.', rules: [] },
  { text: 'Samples ship within 48 hours.', rules: [] },
  { text: 'We will reply within 2 hours.', rules: [] },
  // A hold that ends tonight, at a clock time, or (said "only") in a day or two; a longer hold, or one for a courier, is scheduling.
  {
    text: 'Hi, the goods passed the third-party inspection, report attached. As you know, the freight rate is rising very fast this month, we can keep the booking only until tonight 10pm China time. Please arrange balance payment and send us the bank slip before that, otherwise we lose the space and next vessel is after 2 weeks.',
    rules: [PRESSURE],
  },
  { text: 'Other buyer from Dubai wants all the stock, I keep it for you until 8pm.', rules: [PRESSURE] },
  {
    text: 'Steel price is going up every day, so we can only hold the price until Friday noon.',
    rules: [PRESSURE],
  },
  { text: 'We keep this price for you only until tomorrow.', rules: [PRESSURE] },
  { text: 'We will keep the goods in our warehouse until Friday.', rules: [] },
  { text: 'Please hold the samples until 5pm, our courier comes then.', rules: [] },
  { text: 'We can keep the price until end of this month.', rules: [] },
  { text: 'Price valid until end of month.', rules: [] },
  { text: 'Our office is open until 6pm.', rules: [] },
  // "Only valid today"; a price kept by paying before a near day; "pay today or wait"; the space lost.
  {
    text: 'Dear, the exchange rate is changing so this price only valid today, please arrange the deposit asap.',
    rules: [PRESSURE],
  },
  { text: 'The quotation is only valid for 30 days.', rules: [] },
  {
    text: 'The shipping line raises the freight on Monday, pay before Sunday to keep old rate.',
    rules: [PRESSURE],
  },
  {
    text: 'Our factory will close for Chinese New Year from tomorrow, pay today or wait one month.',
    rules: [PRESSURE],
  },
  { text: 'Our factory closes for Chinese New Year from Feb 1 to Feb 15.', rules: [] },
  { text: 'You can pay today or wait until after inspection, as you like.', rules: [] },
  { text: 'Please pay asap, otherwise you will lose the space on this vessel.', rules: [PRESSURE] },
  { text: 'Please check the wiring, otherwise you may lose the warranty.', rules: [] },
  // Lateness with a cost; another buyer "from Dubai", "offering more" (not other customers in Europe ordering).
  { text: 'This container is closing tonight, if you are late we cannot help.', rules: [PRESSURE] },
  { text: 'If you are late for the video call, we can start without you.', rules: [] },
  {
    text: 'We have another buyer offering more, so please confirm and pay today if you want the goods.',
    rules: [PRESSURE],
  },
  { text: 'Another customer from Germany is interested in the whole lot.', rules: [PRESSURE] },
  { text: 'Other customers in Europe order every month.', rules: [] },
  // Ordinary scheduling beside the deadlines' words.
  { text: 'Please confirm the artwork by Friday.', rules: [] },
  { text: 'The vessel departs on Monday, ETA Hamburg 30 days.', rules: [] },
  { text: 'Production takes 15 days after deposit.', rules: [] },
  // Paying within hours or by tonight in other languages; what is done after paying, or a buyer's own plan, is not.
  { text: '最后两柜了，三小时内付款才能保留。', rules: [PRESSURE] },
  { text: '我会在2小时内付款。', rules: [] },
  { text: '付款后24小时内发货。', rules: [] },
  { text: 'O navio sai hoje à noite, precisa pagar em 3 horas.', rules: [PRESSURE] },
  { text: 'Após o pagamento, enviamos em 24 horas.', rules: [] },
  { text: 'Vou pagar hoje à noite.', rules: [] },
  { text: 'El contenedor sale esta noche, necesitamos el pago en 2 horas.', rules: [PRESSURE] },
  { text: 'Después del pago enviamos en 48 horas.', rules: [] },
  { text: 'Voy a pagar en 2 horas.', rules: [] },
  { text: 'El pedido sale hoy por DHL.', rules: [] },
  { text: 'Le bateau part ce soir, il faut payer avant 18h.', rules: [PRESSURE] },
  { text: 'Après le paiement nous expédions sous 48 heures.', rules: [] },
  { text: 'Le bateau part lundi.', rules: [] },
  { text: 'Das Schiff fährt heute Abend ab, die Zahlung muss in 3 Stunden erfolgen.', rules: [PRESSURE] },
  { text: 'Bitte bis heute Abend überweisen.', rules: [PRESSURE] },
  { text: 'Nach Zahlung versenden wir innerhalb von 48 Stunden.', rules: [] },
  { text: 'Wir können innerhalb von 2 Stunden zahlen.', rules: [] },
  { text: 'Пароход уходит сегодня вечером, оплатите в течение 3 часов.', rules: [PRESSURE] },
  { text: 'После оплаты отправим в течение 24 часов.', rules: [] },
  { text: 'Kargo gemisi bu gece kalkıyor, 3 saat içinde ödeme yapmanız gerekiyor.', rules: [PRESSURE] },
  { text: 'Ödemeden sonra 24 saat içinde kargoya veriyoruz.', rules: [] },
  { text: '3 saat içinde ödeme yapacağım.', rules: [] },
  { text: 'Kapal berangkat malam ini, pembayaran harus dalam 3 jam.', rules: [PRESSURE] },
  { text: 'Setelah pembayaran kami kirim dalam 24 jam.', rules: [] },
  { text: 'Anh thanh toán trong vòng 2 tiếng nhé, tàu chạy tối nay.', rules: [PRESSURE] },
  { text: 'Sau khi thanh toán, chúng tôi giao hàng trong 24 giờ.', rules: [] },
  { text: 'يرجى الدفع خلال ساعتين قبل إغلاق الحاوية.', rules: [PRESSURE] },
  { text: 'بعد الدفع نشحن خلال 24 ساعة.', rules: [] },
  { text: 'Sir ship aaj raat nikal raha hai, 3 ghante mein payment karna padega.', rules: [PRESSURE] },
  { text: 'Main 2 ghante mein payment kar dunga.', rules: [] },
  // The price up tomorrow in other languages; a price that does not rise, or a list sent tomorrow, is not.
  { text: "Le prix augmente demain, merci de payer aujourd'hui.", rules: [PRESSURE] },
  { text: 'Der Preis steigt morgen, bitte zahlen Sie heute.', rules: [PRESSURE] },
  { text: 'Der Preis gilt bis Ende des Monats.', rules: [] },
  { text: 'Der Preis steigt morgen nicht.', rules: [] },
  { text: 'السعر سيرتفع غدا، يرجى الدفع اليوم.', rules: [PRESSURE] },
  { text: 'السعر لن يرتفع غدا', rules: [] },
  { text: 'Fiyat yarın artıyor, lütfen bugün ödeyin.', rules: [PRESSURE] },
  { text: 'Fiyat yarın artmıyor.', rules: [] },
  { text: 'Giá sẽ tăng vào ngày mai, anh thanh toán hôm nay nhé.', rules: [PRESSURE] },
  { text: 'Ngày mai em gửi bảng giá cho anh.', rules: [] },
  { text: 'Harga naik besok, mohon bayar hari ini ya.', rules: [PRESSURE] },
  { text: 'Harga tidak naik besok.', rules: [] },
  { text: 'Aaj hi payment kar dijiye sir, kal se rate badh jayega.', rules: [PRESSURE] },
  { text: 'Kal se office band rahega.', rules: [] },
  { text: 'Цена вырастет завтра, оплатите сегодня.', rules: [PRESSURE] },
  // Another buyer, and the space lost, in other languages.
  { text: 'Un autre client est intéressé par tout le lot.', rules: [PRESSURE] },
  { text: 'Другой покупатель готов заплатить больше.', rules: [PRESSURE] },
  { text: 'Ada pembeli lain yang mau ambil semua stok.', rules: [PRESSURE] },
  { text: 'Bitte innerhalb von 2 Stunden bezahlen, sonst verlieren wir den Platz.', rules: [PRESSURE] },
  { text: 'Payment aaj raat tak kar do sir, warna booking cancel ho jayega.', rules: [PRESSURE] },
  // Paying tied to a loss: a price rise, goods held or an order cancelled unless paid, the container sold, the ship's space lost,
  // another customer taking the stock; secrecy from Alibaba, a blacklist.
  { text: 'Pay today only, tomorrow the price goes up.', rules: [PRESSURE] },
  { text: 'The goods will be held at customs unless you pay the fee today.', rules: [PRESSURE] },
  { text: 'Your order will be cancelled if the deposit is not paid in 24 hours.', rules: [PRESSURE] },
  { text: 'Pay now, otherwise the container will be sold to another buyer.', rules: [PRESSURE] },
  { text: 'Last chance: pay the deposit tonight to keep this price.', rules: [PRESSURE] },
  { text: 'Keep it secret from Alibaba, we give you a better price.', rules: [PRESSURE] },
  { text: 'If you open a dispute we will blacklist you.', rules: [PRESSURE] },
  { text: '今天不付款，否则取消订单。', rules: [PRESSURE] },
  { text: 'Si no paga hoy, perdemos el espacio en el barco.', rules: [PRESSURE] },
  { text: 'Only today this price, tomorrow 20% more.', rules: [PRESSURE] },
  { text: 'Another customer wants the whole stock, pay the deposit now if you want it.', rules: [PRESSURE] },
  // "Will be held / frozen / kept / not cancelled" of a fair, frozen fish, a sample room or as reassurance: nothing lost for not paying.
  { text: 'The Canton Fair will be held from 15 to 19 October, our booth is 11.2 K25.', rules: [] },
  { text: 'The meeting will be held in our showroom at 10am.', rules: [] },
  { text: 'The event will be held online this year.', rules: [] },
  { text: 'The fish fillets will be frozen at -35°C and stored at -18°C.', rules: [] },
  { text: 'Your samples will be kept for 3 months in our sample room for reference.', rules: [] },
  { text: "The order will not be cancelled, don't worry, we keep the slot for you.", rules: [] },
  // "Or" or "otherwise" before a loss that is not the buyer's (air flow, pipes, seeds), or a choice offered ("… or refunded?").
  { text: 'Do not cover the ventilation holes, otherwise the air flow will be blocked.', rules: [] },
  { text: 'Please use antifreeze in winter, or the pipes will be frozen and cracked.', rules: [] },
  { text: 'Keep the seeds in dry place, otherwise the germination rate will be lost.', rules: [] },
  { text: 'For the 20 defective pcs, do you prefer replacement in next order, or refunded?', rules: [] },
  { text: 'Should we keep the old samples or destroyed?', rules: [] },
  { text: 'Do you want the samples sent by DHL or kept until the bulk order?', rules: [] },
  // 否则, "si no", "senão" as a plain "otherwise" or "if not", with nothing lost after.
  { text: '请用双层纸箱包装，否则玻璃容易破损。', rules: [] },
  { text: '请按照说明书安装，否则会影响使用寿命。', rules: [] },
  { text: '样品费可以在大货订单里扣除，否则我们也可以退回。', rules: [] },
  { text: 'Si no tiene stock del color azul, avíseme por favor.', rules: [] },
  { text: 'Si no le gusta la muestra, podemos cambiar el diseño.', rules: [] },
  { text: 'Si no hay problema, confirmo el pedido mañana.', rules: [] },
  { text: 'Si no recibe el paquete en 5 días, avíseme.', rules: [] },
  { text: 'Si no le importa, enviaremos fotos de la producción.', rules: [] },
  { text: 'Pago por Alibaba, si no sabe cómo, le envío un video.', rules: [] },
  { text: 'Senão, podemos enviar por via marítima, é mais barato.', rules: [] },
  { text: 'Senão me engano, o pedido foi de 500 peças.', rules: [] },
  // "Today only" and its kin of when a person, an office or a fair is there: no price or payment in the sentence.
  { text: 'I am at the Canton Fair today only, tomorrow back to office.', rules: [] },
  {
    text: 'Only today I have the engineer in the office, so if you want the video demo, today is best.',
    rules: [],
  },
  {
    text: 'The engineer is only available for today, tomorrow he goes to Vietnam for installation.',
    rules: [],
  },
  { text: 'Só hoje estou na fábrica, amanhã viajo para a feira.', rules: [] },
  { text: 'Sadece bugün ofisteyiz, yarın fuardayız.', rules: [] },
  { text: 'Nur heute ist unser Büro wegen des Feiertags geschlossen.', rules: [] },
  { text: "Aujourd'hui seulement le responsable qualité est présent, demain il part en congé.", rules: [] },
  { text: 'نحن في المعرض اليوم فقط، غدا في المكتب.', rules: [] },
  { text: 'Сегодня последний день выставки, завтра мы в офисе.', rules: [] },
  // The supplier's own promises and timings: a delivery, a check, a truck, overtime, a quote or a sample today, only packing left.
  { text: 'Delivery in 48 hours for stock items.', rules: [] },
  { text: 'The money will be in your account within 48 hours after Alibaba approves the refund.', rules: [] },
  { text: 'Our finance will check the deposit in 2 hours and I will update you.', rules: [] },
  { text: 'The truck will arrive by 10:30 to load the container.', rules: [] },
  { text: 'The inspector comes before 9am, please confirm the inspection booking.', rules: [] },
  { text: '今晚加班赶货，明天可以装柜。', rules: [] },
  { text: '我们今晚加班，明天给您发照片。', rules: [] },
  { text: '今天之内给您报价。', rules: [] },
  { text: '今晚给您发视频。', rules: [] },
  { text: 'Отправлю фото до конца дня.', rules: [] },
  { text: 'Enviamos la muestra hoy mismo por DHL.', rules: [] },
  { text: '节日过了就发货。', rules: [] },
  { text: '只剩下包装了，明天发货。', rules: [] },
  { text: '交货最后期限是几号？我们可以安排。', rules: [] },
  { text: '我们不保留旧的模具，新订单需要开新模。', rules: [] },
  // Ordinary scheduling and Alibaba's own promotions: a reply or a size wanted, a coupon, a sale, a choice of when to pay. "If you order
  // now … this month's production plan" is an offer: nothing is lost by ordering later (like "if you pay the deposit today, we start production tomorrow").
  {
    text: 'Please reply within 24 hours if you want to keep the same shipping schedule, otherwise we book the next vessel.',
    rules: [],
  },
  { text: 'Can you confirm the size by tonight? The printer starts the job tomorrow morning.', rules: [] },
  {
    text: 'Please confirm within 1 hour if you want the 9:30 meeting slot with our engineer, otherwise we do tomorrow.',
    rules: [],
  },
  { text: 'The exhibition ends tonight, we are back in office on Monday.', rules: [] },
  { text: 'The flash sale on Alibaba ends tonight, you can also order after at normal price.', rules: [] },
  { text: 'Your Alibaba coupon expires today, you can use it on any supplier.', rules: [] },
  { text: "If you order now we can put you in this month's production plan.", rules: [] },
  {
    text: 'This is the last chance to change the artwork before printing, please check carefully.',
    rules: [],
  },
  { text: 'Do you want to pay the balance now? Or after the inspection report, both ok.', rules: [] },
  // Reassurance: a design kept secret under an NDA, cooperating in a dispute, orders pooled with another customer, a router's blacklist.
  { text: 'We will keep it secret, we can sign the NDA before you send the drawings.', rules: [] },
  { text: 'Your design is confidential, we keep it secret and never show to other buyers.', rules: [] },
  { text: 'Your design will not be sold to other customers, we can sign NDA.', rules: [] },
  { text: 'If you open a dispute, we will cooperate with Alibaba and accept the result.', rules: [] },
  { text: 'Other customers order this model in black mostly, but white is also popular.', rules: [] },
  { text: 'Another customer wants the same color, so we can combine fabric orders to reach MOQ.', rules: [] },
  { text: 'The router supports URL whitelist and blacklist, parental control.', rules: [] },
  // "Don't tell me …" is a figure of speech, not secrecy.
  { text: "Don't tell me the price is too high, it's already our factory price haha.", rules: [] },
  // Legal threats, pleas and overdue reminders tied to paying; the same words about anything else are not pressure.
  {
    text: 'I already paid the freight from my own pocket for you, please transfer the balance now or I lose my job.',
    rules: [PRESSURE],
  },
  {
    text: "Please, I'm begging you, the factory workers have not been paid, send the deposit tonight.",
    rules: [PRESSURE],
  },
  {
    text: "We will sue you in court and add legal fees if you don't pay the balance by Monday.",
    rules: [PRESSURE],
  },
  {
    text: "Police will be involved if you don't clear the outstanding amount immediately.",
    rules: [PRESSURE],
  },
  {
    text: 'I gave you special price because I believed you, now you delay, this is not fair, pay today.',
    rules: [PRESSURE],
  },
  {
    text: 'Honestly I will be in big trouble, my manager is shouting at me, can you send it in the next hour?',
    rules: [PRESSURE],
  },
  {
    text: 'Last reminder!!! Balance overdue, immediate payment required to avoid penalty.',
    rules: [PRESSURE],
  },
  { text: "Our legal team will take action if you don't pay the invoice this week.", rules: [PRESSURE] },
  { text: 'Please confirm the artwork tonight so we can start printing', rules: [] },
  { text: 'I will be in trouble if the color is wrong, so please check the sample carefully', rules: [] },
  { text: 'Last reminder: please send the shipping marks', rules: [] },
  { text: 'Our lawyer checked the contract, it is fine', rules: [] },
  { text: 'The police checked our factory license last year', rules: [] },
  { text: 'Payment overdue? No, we received it, thank you', rules: [] },
  { text: 'We will pay the penalty if we ship late', rules: [] },
  { text: 'I trust you, please check the goods when they arrive', rules: [] },
  { text: 'Sorry for the trouble, we will send the payment slip today.', rules: [] },
  // A third probe: threats to cancel or to post the buyer's name, 'no payment no loading', price +8% tomorrow, in German, Vietnamese and Indonesian.
  {
    text: "If you don't confirm the order by tonight I will have to cancel and you lose the production slot, factory is full until March.",
    rules: [PRESSURE],
  },
  {
    text: 'Container closing tomorrow 10am. No payment no loading, and next vessel is 3 weeks later with higher freight.',
    rules: [PRESSURE],
  },
  {
    text: 'My manager said if you not confirm today, price +8% from tomorrow because the exchange rate.',
    rules: [PRESSURE],
  },
  {
    text: 'You already waste my time 2 weeks. If you not pay, I will post your name and company on all B2B forums.',
    rules: [PRESSURE],
  },
  {
    text: "Please tell your bank purpose of payment is 'family support', then no tax and faster",
    rules: [PRESSURE],
  },
  {
    text: 'Der Preis gilt nur bis morgen, danach steigt der Stahlpreis und wir müssen 12% mehr verlangen.',
    rules: [PRESSURE],
  },
  { text: 'Giá này chỉ giữ đến hết hôm nay thôi anh, mai nhà máy tăng giá rồi.', rules: [PRESSURE] },
  {
    text: 'Stok tinggal sedikit kak, kalau tidak bayar hari ini akan dijual ke pembeli lain.',
    rules: [PRESSURE],
  },
  // An accusation is a threat, not a warning: "report you to Alibaba as a fraud buyer" if there is no payment.
  {
    text: 'Boss very angry, he said if no payment this week he will report you to alibaba as fraud buyer. Just send the balance to the account and we finish this.',
    rules: [PRESSURE],
  },
  { text: 'If no payment is needed for samples, we will send them free', rules: [] },
  // A fourth probe: deadlines in hours and at a time today, pleas about losing a job, threats to publish, another buyer in French, Russian and Arabic, a legal threat in Chinese.
  {
    text: "Only 1 container space left for the 25th, if you don't confirm payment today the space goes to a buyer from Brazil.",
    rules: [PRESSURE],
  },
  {
    text: 'my manager will fire me if this order is not paid before end of month, please help me, i have 2 kids',
    rules: [PRESSURE],
  },
  {
    text: 'the price i give you is below cost, only because my boss want keep the customer, valid 6 hours only',
    rules: [PRESSURE],
  },
  {
    text: "we have your passport copy and company info from the contract, if you don't pay we will publish it online",
    rules: [PRESSURE],
  },
  {
    text: 'Copper price up 8% overnight. Quote valid only until 18:00 Beijing time today.',
    rules: [PRESSURE],
  },
  {
    text: 'please dont mention payment or bank in this chat, system will hold the order. just follow my email instructions',
    rules: [PRESSURE],
  },
  { text: '您已经确认了订单，我们已经生产了，现在不付款，我们会通过律师追究责任', rules: [PRESSURE] },
  {
    text: "Dernier délai vendredi, après cette date la marchandise sera vendue à un autre client et l'acompte ne sera pas remboursé",
    rules: [PRESSURE],
  },
  {
    text: 'Ich habe die Ware schon für Sie reserviert, mein Chef macht mir großen Druck. Bitte zahlen Sie heute noch, sonst verliere ich meinen Job.',
    rules: [PRESSURE],
  },
  {
    text: 'если сегодня не оплатите, место в контейнере отдадим другому клиенту, следующая отправка только через месяц',
    rules: [PRESSURE],
  },
  { text: 'آخر مساحة في الحاوية، إذا لم تدفع اليوم سنبيع البضاعة لعميل آخر', rules: [PRESSURE] },
  {
    text: 'sir please aaj payment kar dijiye warna mera boss mujhe nikal dega, bahut pressure hai',
    rules: [PRESSURE],
  },
  // Round 5 probe, continued: ultimatums with a penalty, in many languages, and threats of courts, collectors and public shaming.
  {
    text: "I've held these 3 pallets for you since Monday against my manager's instruction. If I don't see your confirmation by end of day your time I have to release them. Nothing personal.",
    rules: [PRESSURE],
  },
  {
    text: "If this isn't settled by Friday we will leave detailed feedback on your buyer profile and circulate your company name in our Guangdong industry group, 300+ factories are in it.",
    rules: [PRESSURE],
  },
  {
    text: 'New tariff list effective the 1st. Anything not loaded before costs you 11% more. Not joking, I need a yes or no today.',
    rules: [PRESSURE],
  },
  {
    text: "Power rationing again in Jiangsu, we only have 3 production days a week. If you don't lock it today the next slot is 7 weeks out.",
    rules: [PRESSURE],
  },
  {
    text: "customs inspection drew your container. if the inspection fee isn't covered in 48h it moves to bonded storage and cost doubles. I'm trying to help you here.",
    rules: [PRESSURE],
  },
  {
    text: 'My GM is very upset. He says if you cancel now he sues in Hong Kong court, we have all your chat records. Better we solve it friendly today.',
    rules: [PRESSURE],
  },
  {
    text: 'Quote expires in 3 hours (see countdown on our PI). After that the system reprices automatically.',
    rules: [PRESSURE],
  },
  {
    text: "Look I'm being patient but you ordered, we cut fabric. Cancelling now means you're liable for 100%. I'd rather not involve a collection agency in your country.",
    rules: [PRESSURE],
  },
  {
    text: "We reported the non-payment to the Alibaba risk team already. Pay and it's withdrawn, otherwise your account gets restricted tomorrow.",
    rules: [PRESSURE],
  },
  {
    text: 'DEAR CUSTOMER PLS NOTE OUR A/C CHANGED DUE TO BANK MERGER. DONT USE OLD ACC. NEW ACC DETAILS IN PI V3. PLS CONFIRM TODAY OR SHIPMENT ON HOLD',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Señor ya van 3 mensajes sin respuesta. Si mañana no tengo su confirmación libero la producción y pierde el precio, y la naviera sube la tarifa el lunes.',
    rules: [PRESSURE],
  },
  {
    text: 'Se o pagamento não cair até sexta vou deixar avaliação negativa e expor sua empresa nos grupos de importadores, todo mundo vai saber.',
    rules: [PRESSURE],
  },
  {
    text: "Je ne peux plus attendre. Sans nouvelles d'ici ce soir 20h je considère la commande annulée et l'acompte sera retenu pour les frais engagés.",
    rules: [PRESSURE],
  },
  {
    text: 'Wenn bis Montag keine Zahlung eingeht übergeben wir die Sache unserem Anwalt in Hamburg und veröffentlichen eine Warnung über Ihre Firma in den Branchenforen.',
    rules: [PRESSURE],
  },
  {
    text: 'Jeśli dziś nie potwierdzi Pan zamówienia, jutro cena rośnie o 9% bo juan znowu się umocnił. Dłużej nie czekam.',
    rules: [PRESSURE],
  },
  {
    text: 'Yarın sabaha kadar kapora gelmezse üretim bandını başka müşteriye veriyoruz, sonra 2 ay bekleme var.',
    rules: [PRESSURE],
  },
  {
    text: "Numuneler İstanbul'da, gümrük müşaviri 85 dolar ön beyan ücreti istiyor, bugün doğrudan onun Enpara hesabına atarsanız yarın kapınızda, yoksa depoya çekiliyor.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Груз стоит на СВХ, брокер просит 45 000 рублей за выпуск, переведите ему на карту Т-Банка сегодня, иначе начислят штраф.',
    rules: [PAY, PRESSURE],
  },
  { text: 'إذا ما وصلني رد اليوم سأضع تقييم سلبي على حسابك وأبلغ عنك في مجموعات التجار.', rules: [PRESSURE] },
  {
    text: 'sir agar aaj confirm nahi kiya to Diwali ke baad hi dispatch hoga aur rate bhi 8% upar jayega, soch lijiye',
    rules: [PRESSURE],
  },
  {
    text: 'sir container port pe ruka hai, CHA 22,500 rupay maang raha hai release ke liye, aaj hi uske PhonePe pe bhej dijiye warna demurrage lagega',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kak kalau sampai jam 9 malam belum ada kabar, slot produksi saya kasih ke pembeli dari Medan, mohon maaf.',
    rules: [PRESSURE],
  },
  {
    text: 'Kalau tuan tak sahkan hari ini harga naik esok sebab ringgit jatuh lagi. Saya tak boleh tahan lama.',
    rules: [PRESSURE],
  },
  {
    text: 'Anh ơi nếu tối nay không chốt thì em phải nhả hàng cho khách khác, sếp em la quá trời rồi.',
    rules: [PRESSURE],
  },
  { text: 'ถ้าไม่จ่ายภายในสัปดาห์นี้ เราจะรีวิวร้านคุณในกลุ่มผู้นำเข้าว่าเป็นผู้ซื้อที่ไม่จ่ายเงิน', rules: [PRESSURE] },
  {
    text: '오늘 안에 입금 확인 안 되면 주문 자동 취소되고 다른 바이어에게 넘어갑니다. 진짜 마지막 기회예요.',
    rules: [PRESSURE],
  },
  {
    text: '本日中にご回答がなければ、生産枠を他のお客様に回します。来月以降は価格も上がりますのでご了承ください。',
    rules: [PRESSURE],
  },
  { text: '你再不付款，我们就在各个外贸群里曝光你公司，让大家都知道你不守信用。', rules: [PRESSURE] },
  { text: '如果明天中午前沒收到訂金，我們只好取消訂單，並把你列入黑名單。', rules: [PRESSURE] },
  // Round 6 probe, continued: programs, scripts, web pages and macro documents sent as documents, more lures and country endings for links, moves in more languages (Dutch, Polish, Romanian, Russian, Malay, Tagalog, Swahili, Hindi, Urdu, Persian), buyers reporting a scam in more languages.
  {
    text: 'For the balance, do I click "Pay now" on the same order, or will you add a new payment stage in the order?',
    rules: [],
  },
  // Round 6 probe, pressure: secrecy about the platform, pleas about a salary, lawsuits and publishing threats, deadlines with a penalty in Czech, Romanian, Swahili, Urdu and more.
  {
    text: "Sir, I need to be honest with you. A former distributor filed a claim and the Dongguan intermediate court froze our basic account on Tuesday. It is a commercial dispute, nothing serious, our lawyer expects it lifted in 3 weeks. Your container cannot wait that long at the port, so please send the balance to our legal representative's account at Bank of Ningbo, 6232 0811 4420 5591, name Zhou Minghua. Please do not mention the freeze in the order chat, the platform would suspend our store and your order with it.",
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: "I told my boss you are a serious buyer and he gave you the lowest price in Zhejiang. Now 5 days no answer and he deducts it from my salary. Please, my daughter's school fee is this week, just confirm the PO today.",
    rules: [PRESSURE],
  },
  {
    text: 'If you open a dispute we will publish your drawings and this chat on 1688 so every factory knows how you treat suppliers. Think carefully before you click that button.',
    rules: [PRESSURE],
  },
  {
    text: 'pls delete the last message with the price, my manager checks this account. what we agreed stays between you and me ok',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Don't mention the discount in the Alibaba messages or the order remarks, the platform AI flags it and cancels the order for price manipulation",
    rules: [PRESSURE],
  },
  {
    text: 'You already approved the sample and we bought material for 20k pcs. If you walk away now we will claim the full cost through our lawyers in your country.',
    rules: [PRESSURE],
  },
  {
    text: "Je vous ai fait confiance en lançant la production sans acompte. Sans réponse aujourd'hui, c'est moi qui paie de ma poche. Je compte sur vous.",
    rules: [PRESSURE],
  },
  {
    text: 'Bitte behalten Sie den Sonderpreis für sich und erwähnen Sie ihn nicht im Alibaba-Chat, sonst bekomme ich richtig Ärger.',
    rules: [PRESSURE],
  },
  {
    text: 'Pokud dnes nepotvrdíte objednávku, ceny od pondělí stoupnou o 15 % a vaši rezervaci zrušíme.',
    rules: [PRESSURE],
  },
  {
    text: 'Biroul vamal Constanța: aveți o taxă vamală neachitată de 1.850 lei. Plătiți astăzi în contul RO49 AAAA 1B31 0075 9384 0000, altfel marfa se returnează la expeditor.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Якщо не підтвердите сьогодні, наш директор подасть на вас до суду за зрив замовлення. Подумайте добре.',
    rules: [PRESSURE],
  },
  { text: 'أرجو عدم ذكر هذا الاتفاق في المحادثة هنا، المنصة تراقب والمدير لا يعلم', rules: [PRESSURE] },
  {
    text: 'Akaun syarikat dibekukan mahkamah. Sila bayar baki ke akaun baharu sebelum Jumaat: Public Bank 3192 0448 17, nama HD Trading Enterprise. Jangan sebut hal ini dalam chat Alibaba.',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Anh mà huỷ đơn bây giờ là em bị trừ hết lương tháng này, nhà em có con nhỏ, anh thương em chốt giúp em trong hôm nay với',
    rules: [PRESSURE],
  },
  { text: '定金你扫我老婆的收款码付就行，她管账。备注写“货款”，千万别写阿里巴巴', rules: [PAY, PRESSURE] },
  {
    text: '因公司账户被法院冻结（和前经销商的合同纠纷），尾款请今天打到我们法人的个人账户：招商银行 6225 8801 2345 6789，户名 周明华。此事请勿在旺旺里提，平台会封店。',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Bitte sag niemandem vom discount, especially not on Alibaba, sonst my boss kills me 😅',
    rules: [PRESSURE],
  },
  // A seventh probe, written apart from the detector: wallets of West Africa and Korea's vouchers, changed accounts and pay instructions in more languages, Traditional Chinese, 不…就 conditions, moves to apps in Polish, Tagalog, Malay, Japanese and Korean, programs inside archives, English ultimatums with 'or'.
  {
    text: 'Your refund of $380 is ready, but Alibaba requires you to pay 3% tax (11.40 USD) by gift card first. Please do it today or the refund expires.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Factory closes for holiday tomorrow for 15 days!! if you don't pay the balance to my personal acc tonight your goods will wait until next month",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Customs is holding your goods. You need to pay 320 USD clearance fee today via Western Union to the agent or the goods will be returned.',
    rules: [PAY, PRESSURE],
  },
  // An eighth probe, written after the seventh's fixes: whole threads, indirect asks, apps by short names (IG, wsp, WA pe, vatsap), changed accounts and payees in English, Spanish, Portuguese, French, Italian, Vietnamese, Russian and Greek, ultimatums with 'otherwise' about money, Dutch and Tagalog conditions, refusals in German, Russian, Romanian and Swahili.
  {
    text: 'The bags are packed and the truck is booked for 8am tomorrow. Send the balance by Western Union tonight and give me the MTCN, otherwise the driver leaves without your goods.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Monsieur, le conteneur part demain matin. Si le solde n'est pas réglé ce soir, nous ne pourrons pas charger vos marchandises et les frais de stockage seront pour vous. Merci de payer immédiatement.",
    rules: [PRESSURE],
  },
  {
    text: 'Если до вечера не будет предоплаты, ваш заказ снимут с производства, а с понедельника цена вырастет на 10%. Пожалуйста, оплатите прямо сейчас.',
    rules: [PRESSURE],
  },
  {
    text: 'Sir kailangan po talaga ngayong araw ang bayad, kung hindi po ay ibebenta na ng boss namin sa ibang customer ang stock. Paki-send na po agad.',
    rules: [PRESSURE],
  },
  {
    text: 'Als de aanbetaling vandaag niet binnen is, verliezen we de productieplek en gaat de prijs morgen 10% omhoog. Graag direct betalen.',
    rules: [PRESSURE],
  },
  {
    text: 'Zahlen Sie bitte innerhalb der nächsten Stunde, sonst geht die Ware an einen anderen Kunden. Wir können nicht länger warten.',
    rules: [PRESSURE],
  },
  // Round 9, terse pressure: 'b4 5pm', 'today or we cant buy material', the deadline to pay in more languages
  { text: 'ok send to the one i gave u today pls not the old, need the balance b4 5pm', rules: [PRESSURE] },
  {
    text: 'pls pay deposit today dear, price only hold till tonight after that cant promise',
    rules: [PRESSURE],
  },
  {
    text: 'urgent!! old acc frozen, send the 30% to new acc today or we cant buy material',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'customs hold ur goods, 1200 usd refundable deposit to clearing agent acc today or storage charge start',
    rules: [PAY, PRESSURE],
  },
  { text: 'boss angry, need ur TT slip to our company acc within 1 hour pls', rules: [PAY, PRESSURE] },
  { text: 'bugün ödeme gelmezse fiyat artıyor abi, acele et', rules: [PRESSURE] },
  { text: 'hari ini terakhir ya kak, kalau blm bayar pesanan otomatis batal', rules: [PRESSURE] },
  { text: 'ต้องโอนมัดจำวันนี้นะครับ ไม่งั้นของหมด ลูกค้าอื่นรออยู่', rules: [PRESSURE] },
  { text: 'ዛሬ ካልከፈሉ ትዕዛዙ ይሰረዛል፣ እባክዎ ይፍጠኑ', rules: [PRESSURE] },
  { text: '快点啦亲，今天不付明天价格又涨了，老板不等人的', rules: [PRESSURE] },
  { text: 'porfa hoy mismo el pago q mañana sube el dolar y le cambio el precio', rules: [PRESSURE] },
  { text: 'manda o pagamento agora pf, o fornecedor só segura até hoje', rules: [PRESSURE] },
  {
    text: 'لازم التحويل النهارده قبل الساعة ٣ والا الشحنة تتأخر، حول على حسابي الشخصي',
    rules: [PAY, PRESSURE],
  },
  { text: 'law ma 7awalt el youm el order yetkansal, bsor3a law sama7t', rules: [PRESSURE] },
  { text: 'kardeş ödemeyi bugün gönder, yarın kur değişiyor fiyat da değişir', rules: [PRESSURE] },
  { text: 'срочно, до вечера нужна предоплата, иначе снимаем бронь на сырье', rules: [PRESSURE] },
  { text: 'терміново! оплатіть сьогодні, завтра вже буде пізно', rules: [PRESSURE] },
  { text: 'আজকের মধ্যে পেমেন্ট না করলে অর্ডার বাতিল হয়ে যাবে ভাই', rules: [PRESSURE] },
  { text: 'kena bayar hari ni juga bos, esok harga naik', rules: [PRESSURE] },
  { text: 'hôm nay là hạn cuối, a thanh toán ngay giúp em kẻo mất suất', rules: [PRESSURE] },
  { text: '오늘까지 입금 안 하시면 주문 취소됩니다, 서둘러 주세요', rules: [PRESSURE] },
  {
    text: 'proszę o płatność jeszcze dziś, jutro surowiec idzie w górę i nie utrzymam ceny',
    rules: [PRESSURE],
  },
  { text: 'dole ka biya yau, idan ba haka ba za a soke oda', rules: [PRESSURE] },
  { text: 'бүгін төлемесеңіз тапсырыс жойылады', rules: [PRESSURE] },
  { text: "bugun to'lamasangiz narx oshadi, Click orqali menga to'lang", rules: [PRESSURE] },
  { text: 'ship leave sat, wire the 70% to my acc b4 fri 12:00 or we cancel', rules: [PAY, PRESSURE] },
  // Round 10 (pressure): urgency, offers ending, skipped safeguards, pleas and threats in many languages
  {
    text: 'Dear friend, this price is only valid until 6pm today Beijing time, after that we must follow the new price list.',
    rules: [PRESSURE],
  },
  {
    text: 'pls confirm order today sir, tmr steel price up 8% and i cant keep this quote',
    rules: [PRESSURE],
  },
  {
    text: 'Last chance for this production slot, after Friday our line is fully booked until March.',
    rules: [PRESSURE],
  },
  {
    text: 'Exchange rate changed a lot this week, the price I gave you only ok if you pay before Monday.',
    rules: [PRESSURE],
  },
  {
    text: 'We will take legal action against your company if you leave negative feedback. Remove it within 24 hours.',
    rules: [PRESSURE],
  },
  {
    text: 'sir pls pls i beg u confirm order b4 5pm, my manager say if no order this month i lose my job',
    rules: [PRESSURE],
  },
  {
    text: 'This is the last time I remind you. No payment tonight = order cancelled and blacklisted.',
    rules: [PRESSURE],
  },
  {
    text: 'hi dear r u there? i wait ur answer all day. boss very angry with me pls reply',
    rules: [PRESSURE],
  },
  { text: 'Price only for first 5 buyers, 4 already paid. hurry', rules: [PRESSURE] },
  {
    text: "Don't report this to Alibaba please, they will close my shop and my whole family depend on it.",
    rules: [PRESSURE],
  },
  {
    text: "You already wasted 2 weeks of my time, if you don't order today I will tell other suppliers you are a fake buyer.",
    rules: [PRESSURE],
  },
  {
    text: 'Factory closing for Chinese New Year in 3 days, whoever pays first gets produced, others wait until March.',
    rules: [PRESSURE],
  },
  {
    text: 'Cotton price rising every day now, my quote expires at midnight, no extension.',
    rules: [PRESSURE],
  },
  { text: 'If the dispute is not withdrawn we will report you to the police for fraud.', rules: [PRESSURE] },
  { text: 'Just few hours left for the flash deal, after that no more discount forever.', rules: [PRESSURE] },
  {
    text: 'Dear, many customers are asking about this model recently, not sure how long we can keep it for you.',
    rules: [PRESSURE],
  },
  {
    text: 'The material we prepared for you is occupying our warehouse, we cannot hold it much longer.',
    rules: [PRESSURE],
  },
  {
    text: "Friend, I already told boss you will pay this week, please don't make me lose face.",
    rules: [PRESSURE],
  },
  {
    text: 'To save the 3% Alibaba fee pay directly to our company account, but must be today because the offer ends.',
    rules: [PAY, PRESSURE],
  },
  { text: 'pls pay 30% by USDT TRC20 now, boss need it b4 6pm or no production', rules: [PAY, PRESSURE] },
  {
    text: 'Buy 5 Steam gift cards of 100 USD and send me the codes now, it is for the customs clearance, urgent.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Don't pay on Alibaba, they freeze money. Transfer to my wife's account, I send you details, quick quick.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Alibaba chat is not safe, message me on Telegram @lucy_factory_sales fast, price only valid few hours',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'pls add wechat jackyli8899 urgent, i have ur invoice there, need confirm b4 3pm',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Call me on Skype live:sunny.export right now, the deal closes in one hour.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Ur order is ready but boss says no release until payment, pls do it today i am begging',
    rules: [PRESSURE],
  },
  {
    text: 'Open the dispute and you will never buy from any factory in Guangzhou again, we share the list.',
    rules: [PRESSURE],
  },
  {
    text: 'Bank is closing in 1 hour, please send the TT to our Shenzhen private account now, scan the receipt to me.',
    rules: [PAY, PRESSURE],
  },
  { text: '你再不撤销纠纷，我们就把你的名字和公司发到所有供应商群里', rules: [PRESSURE] },
  { text: '請盡快確認，今天下午五點前沒付款訂單會自動取消，訂金不退。', rules: [PRESSURE] },
  { text: '貨已經出了，請先在系統上確認收貨，不然我們老闆不放行。', rules: [PRESSURE] },
  {
    text: 'Amigo, este precio solo es válido hasta hoy a las 18h, mañana sube el acero y no puedo mantenerlo.',
    rules: [PRESSURE],
  },
  {
    text: 'Escríbame al WhatsApp +86 135 6678 2201 rápido, aquí no puedo darle el precio especial.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'No hace falta inspección, confíe en mí, somos fábrica de 20 años. Cargamos mañana.',
    rules: [PRESSURE],
  },
  {
    text: 'Amigo, preciso da sua confirmação até hoje à noite, senão o patrão passa a vaga de produção para outro cliente.',
    rules: [PRESSURE],
  },
  {
    text: 'Por favor confirme o recebimento no sistema agora, a mercadoria já está a caminho, prometo.',
    rules: [PRESSURE],
  },
  {
    text: 'O dólar está subindo todo dia, esse preço só vale se fechar até segunda-feira.',
    rules: [PRESSURE],
  },
  {
    text: 'Não abre disputa não, por favor, eu vou perder meu emprego, resolvo tudo com você.',
    rules: [PRESSURE],
  },
  {
    text: "Cher client, ce prix n'est valable que jusqu'à ce soir minuit, demain le cuivre augmente.",
    rules: [PRESSURE],
  },
  {
    text: "Contactez-moi vite sur WhatsApp au +33 6 12 45 78 90, l'offre expire dans une heure.",
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Si vous laissez un mauvais avis, nous engagerons des poursuites judiciaires contre votre société.',
    rules: [PRESSURE],
  },
  {
    text: 'Eine Inspektion ist nicht nötig, vertrauen Sie uns. Wenn Sie einen Prüfer schicken, verschiebt sich alles um zwei Wochen.',
    rules: [PRESSURE],
  },
  {
    text: 'Caro amico, il prezzo vale solo fino a stasera, domani aumenta del 10% per il costo della plastica.',
    rules: [PRESSURE],
  },
  {
    text: 'Per favore chiudi la disputa subito, altrimenti pubblichiamo il tuo nome su tutti i gruppi dei fornitori.',
    rules: [PRESSURE],
  },
  {
    text: 'Ultimi 300 pezzi a questo prezzo, ci sono altri tre clienti interessati, decidi adesso.',
    rules: [PRESSURE],
  },
  {
    text: 'Оплатите напрямую на карту Сбербанка нашего менеджера, без Alibaba, сегодня до 18:00.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Срочно напишите мне в Telegram @opt_china_msk, здесь не могу назвать цену.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Не надо инспекции, зачем тратить деньги? Мы уже загрузили контейнер, подтверждайте.',
    rules: [PRESSURE],
  },
  {
    text: 'Будь ласка, підтвердіть замовлення до 15:00, інакше слот на виробництві віддамо іншому клієнту.',
    rules: [PRESSURE],
  },
  { text: 'Прошу вас, не відкривайте спір, мене звільнять, я все виправлю сам.', rules: [PRESSURE] },
  {
    text: 'Переказ на особисту картку ПриватБанку, це швидше ніж через платформу, але тільки сьогодні.',
    rules: [PAY, PRESSURE],
  },
  { text: "Acil WhatsApp'tan yazın +90 532 447 1183, burada konuşamıyoruz.", rules: [CONTACT, PRESSURE] },
  {
    text: 'Olumsuz yorum yaparsanız firmanız hakkında dava açacağız, 24 saat içinde silin.',
    rules: [PRESSURE],
  },
  { text: 'Lütfen teslim aldım onayını verin, mal yolda, söz veriyorum.', rules: [PRESSURE] },
  {
    text: 'عزيزي، هذا السعر صالح حتى الساعة الخامسة مساءً فقط، بعدها سيرتفع بسبب أسعار الحديد.',
    rules: [PRESSURE],
  },
  { text: 'يا أخي في زبون ثاني ينتظر نفس البضاعة، إذا ما أكدت اليوم بعطيها له.', rules: [PRESSURE] },
  {
    text: 'ادفع عن طريق ويسترن يونيون باسم المدير مباشرة، أسرع من علي بابا، لازم اليوم.',
    rules: [PAY, PRESSURE],
  },
  { text: 'كلمني واتساب بسرعة +971 55 321 8890 العرض ينتهي بعد ساعة', rules: [CONTACT, PRESSURE] },
  { text: 'والنبي يا باشا ما تفتحش نزاع، المدير هيرفدني، أنا هحل لك كل حاجة', rules: [PRESSURE] },
  {
    text: 'ya habibi el se3r da lel naharda bas, bokra el so3r hayetla3, 2ked el order delwa2ty',
    rules: [PRESSURE],
  },
  { text: 'kalemni 3la whatsapp bsor3a +20 100 456 7821, mafeesh wa2t', rules: [CONTACT, PRESSURE] },
  {
    text: "7awel el flos 3ala hesaby el shakhsy 3ashan n3'ally el rsoom, bas el naharda",
    rules: [PAY, PRESSURE],
  },
  { text: 'e7na mesh bnestelem flos 3ala hesaby el shakhsy, kol el daf3 3ala alibaba', rules: [] },
  { text: 'सर, यह रेट सिर्फ आज शाम तक है, कल से कच्चा माल महंगा हो जाएगा, जल्दी कन्फर्म करें।', rules: [PRESSURE] },
  { text: 'कृपया विवाद बंद कर दीजिए, वरना मेरी नौकरी चली जाएगी, मैं सब ठीक कर दूँगा।', rules: [PRESSURE] },
  { text: 'सीधे मेरे पर्सनल UPI पर पेमेंट कर दो, अलीबाबा का चार्ज बचेगा, आज ही करना।', rules: [PAY, PRESSURE] },
  {
    text: 'sir inspection ki koi zarurat nahi, trust karo, maal ekdum first class hai, aaj load kar dete hain',
    rules: [PRESSURE],
  },
  {
    text: 'Google Pay pe seedha mere number pe bhej do advance, Alibaba pe time lagta hai, urgent hai',
    rules: [PRESSURE],
  },
  { text: 'jaldi WhatsApp karo 9812345670 pe, offer sirf 2 ghante ka hai', rules: [CONTACT, PRESSURE] },
  {
    text: 'order cancel mat karna please, boss bahut gussa hai, meri naukri khatre me hai',
    rules: [PRESSURE],
  },
  { text: 'براہ کرم علی بابا کو شکایت نہ کریں، میری دکان بند ہو جائے گی۔', rules: [PRESSURE] },
  { text: 'براہ راست میرے ذاتی اکاؤنٹ میں جاز کیش سے رقم بھیج دیں، آج ہی۔', rules: [PAY, PRESSURE] },
  {
    text: 'Nggak usah pakai inspeksi kak, buang-buang uang, barang kami pasti bagus, langsung kirim aja ya.',
    rules: [PRESSURE],
  },
  {
    text: 'Transfer langsung ke rekening pribadi saya di BCA aja kak, lebih cepat, hari ini juga ya.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Tolong jangan kasih review jelek ya kak, nanti toko saya kena sanksi, saya mohon.',
    rules: [PRESSURE],
  },
  {
    text: 'Tolong sahkan penerimaan barang dulu, barang dah dalam perjalanan, saya janji.',
    rules: [PRESSURE],
  },
  { text: 'Cepat WhatsApp saya 012-778 4521, promosi tamat malam ni', rules: [CONTACT, PRESSURE] },
  {
    text: 'Anh ơi, giá này chỉ áp dụng đến 6 giờ chiều nay thôi, mai giá nguyên liệu tăng rồi.',
    rules: [PRESSURE],
  },
  {
    text: 'Chuyển khoản thẳng vào tài khoản cá nhân của em ở Vietcombank nhé, không qua Alibaba, hôm nay luôn anh.',
    rules: [PAY, PRESSURE],
  },
  { text: 'Anh đừng mở tranh chấp nhé, em bị sếp đuổi việc mất, để em xử lý.', rules: [PRESSURE] },
  { text: 'ถ้าไม่ยืนยันรับสินค้าในระบบวันนี้ เจ้านายจะหักเงินเดือนหนูค่ะ ช่วยหน่อยนะคะ', rules: [PRESSURE] },
  { text: 'มีลูกค้าอีกรายรอสินค้าล็อตนี้อยู่ ถ้าไม่ยืนยันภายใน 2 ชั่วโมงจะขายให้เขาแล้วค่ะ', rules: [PRESSURE] },
  { text: 'โอนเข้าบัญชีส่วนตัวกสิกรของผมโดยตรงเลยครับ ไม่ต้องผ่านอาลีบาบา วันนี้เลยนะ', rules: [PAY, PRESSURE] },
  { text: 'Please po, wag niyo na i-report sa Alibaba, mawawalan ako ng trabaho.', rules: [PRESSURE] },
  { text: 'GCash niyo na lang po direkta sa number ko, mas mabilis, ngayon na po sana.', rules: [PRESSURE] },
  { text: '이 가격은 오늘 오후 6시까지만 가능합니다. 내일부터 원자재 가격이 올라요.', rules: [PRESSURE] },
  { text: '다른 바이어가 같은 물량을 기다리고 있어서 오늘 안에 결정해 주셔야 합니다.', rules: [PRESSURE] },
  { text: '급해요, 카카오톡 아이디 kfactory77 로 바로 연락 주세요.', rules: [CONTACT, PRESSURE] },
  {
    text: '검수는 필요 없어요. 저희 믿으시고 그냥 승인해 주세요. 검수하면 선적 놓칩니다.',
    rules: [PRESSURE],
  },
  {
    text: 'お願いです、紛争を取り下げてください。そうしないと会社に解雇されてしまいます。',
    rules: [PRESSURE],
  },
  { text: 'Jeśli nie zamknie Pan sporu, opublikujemy nazwę Pana firmy jako oszusta.', rules: [PRESSURE] },
  {
    text: 'Proszę przelać zaliczkę bezpośrednio na moje prywatne konto, nie przez Alibabę, jeszcze dziś.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Er wacht al een andere klant op deze partij, laat u het binnen een uur weten?',
    rules: [PRESSURE],
  },
  { text: 'لطفا شکایت رو پس بگیرید، وگرنه اسم شرکتتون رو در همه گروه‌ها منتشر می‌کنیم.', rules: [PRESSURE] },
  { text: 'پول رو مستقیم به کارت شخصی من واریز کنید، از علی‌بابا نه، همین امروز.', rules: [PRESSURE] },
  {
    text: 'Mteja mwingine anasubiri mzigo huu, kama hutathibitisha ndani ya saa mbili tutampa yeye.',
    rules: [PRESSURE],
  },
  {
    text: 'Tuma pesa moja kwa moja kwa M-Pesa namba yangu binafsi, sio kupitia Alibaba, leo hii.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'স্যার, আজ রাত ১০টার মধ্যে কনফার্ম না করলে আপনার প্রোডাকশন স্লট অন্য কাস্টমারকে দিয়ে দেব।',
    rules: [PRESSURE],
  },
  { text: 'দয়া করে বিরোধ বন্ধ করুন, না হলে আমার চাকরি চলে যাবে।', rules: [PRESSURE] },
  { text: 'সরাসরি আমার বিকাশ নম্বরে টাকা পাঠান, আলিবাবার মাধ্যমে নয়, আজকেই।', rules: [PAY, PRESSURE] },
  { text: 'Оплату получили сегодня, спасибо! Производство начнём в понедельник.', rules: [] },
  // Round 10 (pressure), second pass: nagging, hurry said twice, safeguards skipped in English, pleas, a loss for not paying, today itself in the message
  { text: '??? still waiting for ur payment. why no reply', rules: [PRESSURE] },
  {
    text: 'Please dear help me, if this order not confirmed today my boss will fire me, I have a small baby',
    rules: [PRESSURE],
  },
  {
    text: 'Container is waiting at port, demurrage is running 180 USD/day, pls hurry hurry',
    rules: [PRESSURE],
  },
  {
    text: 'Dear, the shipping line increase freight next week, if you not pay balance this week extra cost is yours.',
    rules: [PRESSURE],
  },
  {
    text: 'Booking is confirmed but the cut-off is tomorrow 10am, if balance not received we lose the space and you pay the dead freight.',
    rules: [PRESSURE],
  },
  {
    text: 'Skip the sample, no time. Mass production must start today to catch the vessel.',
    rules: [PRESSURE],
  },
  { text: "Just click 'confirm received', we send the goods in 2 days, I promise 100%.", rules: [PRESSURE] },
  {
    text: 'Dear the inspection company is too slow, we already loaded the container, please release payment now.',
    rules: [PAY, PRESSURE],
  },
  { text: 'pls give me 5 star review now b4 goods arrive, my boss check review today', rules: [PRESSURE] },
  {
    text: 'Price will go up 15% from 1st next month due to new tax, lock it now with full payment.',
    rules: [PRESSURE],
  },
  {
    text: 'Hope you can make decision soon, my boss is asking me every hour about your order.',
    rules: [PRESSURE],
  },
  {
    text: 'Send via PayPal friends and family ok, not goods and services, and pls do it in next hour.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Pay by MoneyGram to our finance manager name, it's the fastest, we need it before the weekend.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Please Zelle the balance to my colleague now, the shipment is on hold until we get it.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Send the deposit by Wise to this private account and don't put Alibaba in the reference, ok? Deadline today.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Email the Western Union MTCN to payments.global.trading@gmail.com asap, goods are ready to load.',
    rules: [CONTACT, PAY, PRESSURE],
  },
  {
    text: 'Your Trade Assurance order is suspended. Verify your account within 12 hours: http://alibaba-secure-verify.com/login',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Alibaba Notice: unusual login. Confirm your identity within 2 hours at https://login-alibaba.co/secure or account locked.',
    // The buyer's login threatened, not the supplier's receiving account.
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Why you not answer? I sent 10 messages. Call me now +86 186 0277 4412!!!',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: "Your sample is waiting for 2 weeks, if you don't confirm this week we will throw it away and you have to pay again.",
    rules: [PRESSURE],
  },
  {
    text: 'The QC report is fine, no need to wait for your inspector, we ship tomorrow morning, just approve.',
    rules: [PRESSURE],
  },
  {
    text: 'Just pay the remaining 70% to my account directly and I release the container, no need to wait for Trade Assurance.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Confirm delivery in the system first please, my boss not pay my salary until order finish.',
    rules: [PRESSURE],
  },
  { text: '在吗？？？三天了怎么还不付款，老板天天问我', rules: [PRESSURE] },
  { text: '為了省手續費，請直接匯款到我們香港個人帳戶，今天匯款才能趕上船期。', rules: [PAY, PRESSURE] },
  {
    text: 'Nuestra cuenta bancaria ha cambiado, por favor envíe el saldo a la nueva cuenta antes del viernes o se cancela el pedido.',
    rules: [CHANGE, PAY, PRESSURE],
  },
  { text: 'law ma d5alt el flos el yom el order ytlghy w el 3arboon ma yrga3', rules: [PRESSURE] },
  {
    text: 'Jangan beritahu Alibaba yang kami lambat hantar ya, nanti kedai kami kena denda. Tolong rahsiakan.',
    rules: [PRESSURE],
  },
  {
    text: 'Sir, ilang araw na po kayong hindi sumasagot??? Bayaran niyo na po ngayon o ika-cancel namin ang order.',
    rules: [PRESSURE],
  },
  {
    text: 'アリババを通さず、担当者の個人口座に直接お振込みください。本日中にお願いします。',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Zmieniliśmy numer konta bankowego, proszę wpłacić resztę na nowe konto do piątku, inaczej anulujemy.',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Maak het bedrag direct over naar de privérekening van onze directeur, vandaag nog graag.',
    rules: [PAY, PRESSURE],
  },
  { text: 'اگه تا فردا ظهر تایید نکنید، بیعانه‌تون سوخت میشه و سفارش لغو میشه.', rules: [PRESSURE] },
  {
    text: 'Mzigo wako uko bandarini, gharama za kuhifadhi zinaongezeka kila siku, lipa leo.',
    rules: [PRESSURE],
  },
  // Round 11 (indirect pressure): waiting for the payment said again, the deposit kept, storage by the day, offers valid until tonight, disputes to withdraw, lawsuits, in many languages
  { text: 'hello? hello? dear are u there, waiting ur payment since morning', rules: [PRESSURE] },
  { text: "Dear, any update on the payment? I'm waiting online.", rules: [PRESSURE] },
  {
    text: 'We already started production for you, bought the fabric and printed your logo. If you cancel now we will have to keep the deposit, I hope you understand.',
    rules: [PRESSURE],
  },
  {
    text: 'Your goods have been ready for 12 days in our warehouse. From Monday we will charge USD 50 per day storage until the balance is paid.',
    rules: [PRESSURE],
  },
  {
    text: 'No need third party inspection, it waste your money and delay 5 days. We are Gold Supplier 8 years, you can trust us.',
    rules: [PRESSURE],
  },
  {
    text: 'If you open a dispute we will sue your company and report you to every supplier in our association. Think carefully.',
    rules: [PRESSURE],
  },
  {
    text: 'Please leave a 5 star review now before the goods arrive, it helps me get my bonus this month. I promise everything will be perfect.',
    rules: [PRESSURE],
  },
  {
    text: 'The inspection company is fully booked until next month anyway. If you agree today to ship without inspection we can load on Thursday.',
    rules: [PRESSURE],
  },
  {
    text: "If you keep the case open Alibaba will freeze my shop and 200 workers lose their job. Please close it, I'm begging you, we solve it between us.",
    rules: [PRESSURE],
  },
  {
    text: 'We already sent you 3 reminders. This is the final one: pay today or we resell the goods and keep your deposit as compensation.',
    rules: [PRESSURE],
  },
  {
    text: 'pls just click "confirm received", tracking not updated but the parcel is already in your city i promise',
    rules: [PRESSURE],
  },
  {
    text: "Dear, my boss doesn't let me discuss discounts here. Text me on +86 189 2233 0412 before 5pm and you get the special price.",
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Your account has been flagged for unusual activity. Verify your identity within 24h: https://aIibaba-security-center.com',
    rules: [LINK, PRESSURE],
  },
  { text: '在吗？在吗？付款怎么样了？我一直在线等您回复。', rules: [PRESSURE] },
  { text: '老板特批的价格只给您一个人，今晚12点前不下单就恢复原价了，您抓紧哈。', rules: [PRESSURE] },
  {
    text: '货已经开始生产了，面料和印刷版都是按您的要求定的，您现在取消的话定金我们是不退的。',
    rules: [PRESSURE],
  },
  { text: '麻烦您先点一下确认收货，物流显示延迟但是货肯定到了，我们这边月底要结算。', rules: [PRESSURE] },
  {
    text: '纠纷您先撤销一下吧，少的货我们下次补给您，纠纷开着我们店铺要被扣分的，求您了🙏',
    rules: [PRESSURE],
  },
  { text: '老闆說這個價格只保留到週五，下週銅價又要漲，您確定的話今天就先付訂金吧。', rules: [PRESSURE] },
  { text: 'Hola amigo, ¿alguna novedad del pago? Sigo esperando en línea 🙏', rules: [PRESSURE] },
  {
    text: 'Mi jefe aprobó este precio especial solo para usted, pero vale hasta mañana. Después sube un 12% por el precio del acero.',
    rules: [PRESSURE],
  },
  {
    text: 'Ya arrancamos la producción con su logo, compramos toda la materia prima. Si cancela ahora perdemos todo, así que el anticipo no se devuelve.',
    rules: [PRESSURE],
  },
  {
    text: 'Por favor cierre la disputa, le prometo que mandamos las piezas que faltan en el siguiente envío. Si no, mi jefe me despide.',
    rules: [PRESSURE],
  },
  {
    text: 'Por favor, confirma o recebimento agora, o rastreio tá atrasado mas a mercadoria já chegou aí. Preciso pagar os funcionários.',
    rules: [PRESSURE],
  },
  {
    text: 'Se abrir disputa vamos processar sua empresa e avisar todos os fornecedores do polo. Melhor resolver entre nós.',
    rules: [PRESSURE],
  },
  {
    text: "Le prix de l'aluminium augmente chaque semaine, je ne peux garder ce tarif que jusqu'à demain midi.",
    rules: [PRESSURE],
  },
  {
    text: "Rebonjour, vous avez vu mon message ? J'attends toujours votre virement, la ligne de production est arrêtée pour vous.",
    rules: [PRESSURE],
  },
  {
    text: "Pas besoin d'inspection, ça retarde d'une semaine et vous perdez le créneau du navire. On est fournisseur vérifié depuis 10 ans.",
    rules: [PRESSURE],
  },
  {
    text: 'Guten Tag, die Ware steht seit 2 Wochen fertig im Lager. Ab Montag berechnen wir 50 USD Lagergebühr pro Tag.',
    rules: [PRESSURE],
  },
  {
    text: 'Bitte überweisen Sie direkt auf unser Firmenkonto, nicht über Alibaba, dann sparen wir beide die Gebühren. Das Angebot gilt nur bis heute Abend.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Wenn Sie den Streitfall nicht zurückziehen, werden wir rechtliche Schritte gegen Ihre Firma einleiten und Sie bei Alibaba melden.',
    rules: [PRESSURE],
  },
  {
    text: 'Buongiorno, il mio capo ha approvato uno sconto speciale solo per lei, ma vale fino a stasera. Confermi entro le 18, per favore.',
    rules: [PRESSURE],
  },
  {
    text: "Abbiamo già comprato il materiale e iniziato la produzione per lei, se annulla ora l'acconto non verrà restituito.",
    rules: [PRESSURE],
  },
  { text: 'Курс юаня скачет каждый день, цену держу только до завтра. Потом пересчитаю.', rules: [PRESSURE] },
  {
    text: 'Мы уже запустили производство под вас, ткань закуплена. Если отмените, предоплату не вернём.',
    rules: [PRESSURE],
  },
  { text: 'Добрий день, є новини щодо оплати? Я чекаю онлайн, машина приїде о 15:00.', rules: [PRESSURE] },
  {
    text: 'Будь ласка, закрийте спір, ми відправимо решту товару наступною партією. Інакше наш магазин заблокують.',
    rules: [PRESSURE],
  },
  {
    text: 'Patron bu fiyatı sadece size özel onayladı, yarın sabaha kadar geçerli. Dolar çok oynuyor.',
    rules: [PRESSURE],
  },
  {
    text: 'السلام عليكم، البضاعة جاهزة في المستودع منذ أسبوعين، وابتداءً من يوم الاثنين سنحتسب رسوم تخزين 50 دولارًا يوميًا.',
    rules: [PRESSURE],
  },
  {
    text: 'إذا لم تقم بإلغاء النزاع فسوف نتخذ إجراءات قانونية ضد شركتك وننشر تقييمًا سلبيًا عنك.',
    rules: [PRESSURE],
  },
  { text: 'هلا أخوي، وش صار على الدفعة؟ أنا أنتظرك من الصبح، والشحنة بتطلع بكرة.', rules: [PRESSURE] },
  { text: 'حبيبي كلمني واتساب بسرعة، السعر هذا بس لليوم +971 55 318 2207', rules: [CONTACT, PRESSURE] },
  {
    text: 'يا باشا الفلوس فين؟ بقالي ٣ أيام مستني، لو ما دفعتش النهاردة هنلغي الأوردر والعربون مش هيرجع.',
    rules: [PRESSURE],
  },
  {
    text: 'متفتحش نزاع يا فندم، إحنا هنعوضك في الأوردر الجاي، النزاع هيقفل المحل بتاعنا.',
    rules: [PRESSURE],
  },
  {
    text: 'Sir ji payment kab tak karoge? Main subah se wait kar raha hoon, boss bahut gussa hai',
    rules: [PRESSURE],
  },
  {
    text: 'ভাই, পেমেন্ট কি হয়েছে? আমি সকাল থেকে অপেক্ষা করছি, আজ না দিলে মাল অন্য কাস্টমারকে দিয়ে দেব।',
    rules: [PRESSURE],
  },
  {
    text: 'Halo kak, gimana pembayarannya? Saya tunggu dari pagi, truk datang jam 3 sore.',
    rules: [PRESSURE],
  },
  {
    text: 'Mohon dispute-nya dibatalkan pak, kekurangan barang akan kami kirim di order berikutnya. Kalau tidak, toko kami kena penalti.',
    rules: [PRESSURE],
  },
  {
    text: 'Tuan, harga ni boss saya luluskan khas untuk tuan sahaja, tapi sampai malam ni je. Lepas ni naik balik.',
    rules: [PRESSURE],
  },
  {
    text: 'Chào anh, hàng đã sản xuất xong rồi, nếu hôm nay anh không thanh toán thì từ thứ Hai bên em tính phí lưu kho 50 USD/ngày.',
    rules: [PRESSURE],
  },
  { text: 'สวัสดีค่ะ ราคานี้หัวหน้าอนุมัติพิเศษให้คุณคนเดียว แต่ได้ถึงคืนนี้เท่านั้นนะคะ', rules: [PRESSURE] },
  { text: 'ถ้าไม่ยกเลิกข้อพิพาท เราจะดำเนินคดีกับบริษัทของคุณนะคะ', rules: [PRESSURE] },
  {
    text: 'Sir, wala pa po ba yung bayad? Kanina pa po ako naghihintay, aalis na yung truck mamayang alas-tres.',
    rules: [PRESSURE],
  },
  {
    text: '사장님, 이 가격은 특별히 승인받은 거라 오늘 저녁까지만 가능합니다. 빨리 결정해 주세요.',
    rules: [PRESSURE],
  },
  {
    text: '분쟁을 취소해 주시면 다음 주문에서 보상해 드리겠습니다. 분쟁이 계속되면 저희 가게가 정지됩니다.',
    rules: [PRESSURE],
  },
  {
    text: 'Dzień dobry, czy jest jakaś informacja o płatności? Czekam od rana, kontener jest już zarezerwowany.',
    rules: [PRESSURE],
  },
  { text: 'Cena stali rośnie, mogę utrzymać tę ofertę tylko do jutra do 12:00.', rules: [PRESSURE] },
  {
    text: 'سلام، قیمت دلار هر روز بالا میره، این قیمت فقط تا فردا ظهر معتبره. لطفا امروز پرداخت کنید.',
    rules: [PRESSURE],
  },
  {
    text: 'Habari rafiki, malipo yamefika? Nasubiri tangu asubuhi, mzigo unaondoka kesho.',
    rules: [PRESSURE],
  },
  {
    text: 'Bună ziua, dacă nu primim plata până vineri, comanda se anulează și avansul nu se mai returnează.',
    rules: [PRESSURE],
  },
  {
    text: 'Dobrý den, šéf schválil tuto cenu speciálně pro vás, ale platí jen do zítřka. Potom bude dražší.',
    rules: [PRESSURE],
  },
  {
    text: 'Καλησπέρα, το εμπόρευμα περιμένει στην αποθήκη, από Δευτέρα χρεώνουμε 50 δολάρια την ημέρα αποθήκευση.',
    rules: [PRESSURE],
  },
  { text: 'שלום, המחיר הזה באישור מיוחד של המנהל רק בשבילך, בתוקף עד הערב בלבד.', rules: [PRESSURE] },
  {
    text: "Please don't confirm receipt yet, the tracking still shows in transit. Confirm when you have it in hand.",
    rules: [],
  },
  // Thai words with the vowel "am" (ชำระ "pay", มัดจำ "deposit", ดำเนินคดี "sue") read as written: NFKC would split the vowel in two.
  { text: 'เราจะดำเนินคดีกับบริษัทของคุณ', rules: [PRESSURE] },
  { text: 'กรุณาชำระมัดจำภายในวันนี้ ไม่อย่างนั้นราคาจะขึ้น', rules: [PRESSURE] },
  { text: 'ชำระเงินวันนี้ ไม่งั้นยกเลิกออเดอร์', rules: [PRESSURE] },
  { text: 'เราได้รับมัดจำแล้ว ขอบคุณครับ', rules: [] },
  { text: 'วันนี้เราจะทำตัวอย่างให้เสร็จ', rules: [] },
  // A deadline, paying and a loss anywhere in the message, however each is worded (pressure-deadline-loss.ts).
  {
    text: 'Our bank cuts off at 3pm. If the deposit is not received by then, your slot goes to the next batch.',
    rules: [PRESSURE],
  },
  {
    text: 'Warehouse is full, so the balance should be settled by Thursday, otherwise the goods move to the outside storage and that costs extra.',
    rules: [PRESSURE],
  },
  {
    text: 'Kindly arrange the remaining payment before the 15th. After that we cannot hold the price.',
    rules: [PRESSURE],
  },
  {
    text: 'The forwarder leaves at 10am tomorrow; no balance, no loading, and the next vessel is in 12 days.',
    rules: [PRESSURE],
  },
  {
    text: 'El saldo tiene que llegar antes del viernes, si no el pedido pasa al mes que viene.',
    rules: [PRESSURE],
  },
  { text: 'Se o pagamento do sinal não cair até sexta, o pedido vai para o mês que vem.', rules: [PRESSURE] },
  {
    text: 'Merci de régler le solde avant vendredi, sinon la commande passera au mois prochain.',
    rules: [PRESSURE],
  },
  {
    text: 'Bitte überweisen Sie die Anzahlung bis Freitag, sonst verschiebt sich die Produktion in den nächsten Monat.',
    rules: [PRESSURE],
  },
  {
    text: "Il saldo deve arrivare entro venerdì, altrimenti l'ordine slitta al mese prossimo.",
    rules: [PRESSURE],
  },
  { text: 'Если предоплата не придёт до пятницы, заказ переносим на следующий месяц.', rules: [PRESSURE] },
  { text: 'Ödemenin cumaya kadar yapılması gerekiyor, yoksa sevkiyat iki hafta kalır.', rules: [PRESSURE] },
  { text: '尾款周五前没到的话，只能排到下个月的船期了。', rules: [PRESSURE] },
  // Not pressure: the buyer's own payment, a schedule with nothing lost, a rise that comes anyway.
  {
    text: 'My payment was delayed by the bank holiday, it should arrive by Monday at the latest.',
    rules: [],
  },
  {
    text: 'Production finishes on Thursday and we ship the next week; the balance is due after your inspection.',
    rules: [],
  },
  { text: 'Please pay the balance today if convenient, the price goes up next month anyway.', rules: [] },
  { text: 'El pago lo haremos hoy por Alibaba, si no llega avísame.', rules: [] },
  { text: '今天我们收到了您的尾款，下个月发货。', rules: [] },
  // Today, and a loss after it, with no word for paying (TODAY_OR_LOST): round 12's misses in nine languages.
  { text: 'ราคานี้ถึงวันนี้เท่านั้นนะคะ พรุ่งนี้ขึ้นราคาแล้ว', rules: [PRESSURE] },
  { text: 'ngayon lang po ang presyo na to sir, bukas tataas na', rules: [PRESSURE] },
  { text: 'hôm nay a ko chốt thì mai giá lên ạ, sếp em ko giữ giá nữa', rules: [PRESSURE] },
  {
    text: 'stok tinggal 2 kontainer kak, kalau hari ini belum bayar saya lepas ke buyer lain',
    rules: [PRESSURE],
  },
  { text: 'सर प्लीज़ आज ही कन्फर्म करें, वरना माल दूसरे पार्टी को दे देंगे', rules: [PRESSURE] },
  { text: 'ostatnia szansa, jutro drożej', rules: [PRESSURE] },
  { text: 'bugün ödeme yapmazsanız fiyat artar, patron bekletmez', rules: [PRESSURE] },
  { text: 'lazem el naharda wala el se3r yezeed', rules: [PRESSURE] },
  { text: 'aaj confirm karo warna rate badh jayega', rules: [PRESSURE] },
  // Whoever pays first, in Ukrainian and Russian.
  { text: 'терміново! залишилось 2 контейнери, хто перший заплатить той і забере', rules: [PRESSURE] },
  { text: 'кто первый оплатит, тот и получит партию', rules: [PRESSURE] },
  // Today without a loss, and a price rise that is news, not a threat.
  { text: 'Hôm nay chúng tôi gửi hàng cho anh', rules: [] },
  { text: 'ngayon po namin ipapadala ang samples', rules: [] },
  { text: 'วันนี้เราส่งของแล้วค่ะ', rules: [] },
  { text: 'bugün kargoya verdik, takip numarası yarın gelir', rules: [] },
  { text: 'kami kirim hari ini, harga bahan baku naik bulan lalu', rules: [] },
  { text: 'aaj dispatch ho jayega sir', rules: [] },
  // "Pay now" in quotes is the order page's button; a price valid to the month's end (בתוקף עד סוף החודש) is an ordinary quote.
  { text: 'The payment link is in the order page under "Pay now", not in chat.', rules: [] },
  { text: 'המחיר בתוקף עד סוף החודש.', rules: [] },
  // Still pressure: pay now, unquoted; valid only until tonight.
  { text: 'Pay now or the price goes up tomorrow.', rules: [PRESSURE] },
  { text: 'המחיר בתוקף רק עד הערב, תשלם עכשיו', rules: [PRESSURE] },
  // Round 13: the price up tomorrow in Swahili, Portuguese, Romanian, Greek and Persian; another buyer ready in Italian, Ukrainian,
  // Portuguese, Egyptian Arabic and English; stock held only so many hours.
  { text: 'Bei hii ni ya leo tu, kesho inapanda. Lipa leo ili tukuwekee mzigo', rules: [PRESSURE] },
  { text: 'O preço sobe na segunda por causa do aço, fecha hoje que eu seguro pra você', rules: [PRESSURE] },
  { text: 'Oferta expiră azi la miezul nopții, mâine prețul crește cu 8%', rules: [PRESSURE] },
  { text: 'Η τιμή ισχύει μόνο μέχρι σήμερα το βράδυ, αύριο ανεβαίνει', rules: [PRESSURE] },
  { text: 'فقط تا امشب این قیمت را نگه می‌دارم، فردا قیمت دلار بالا می‌رود', rules: [PRESSURE] },
  {
    text: "Ultimo lotto disponibile, c'è un altro cliente pronto a pagare, ho bisogno di una risposta entro stasera",
    rules: [PRESSURE],
  },
  {
    text: 'Залишилось лише 5 одиниць, інший покупець вже готовий платити. Вирішуйте сьогодні',
    rules: [PRESSURE],
  },
  {
    text: 'me chama no whats agora, tenho outro comprador esperando e só consigo segurar até a noite',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'law ma dafa3tesh enharda el bed3a hatro7 le zbon tany, fi wa7ed mestanny', rules: [PRESSURE] },
  {
    text: 'Hurry pls, call me on whatsapp in next 30 min, the other client is already sending the money',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'We cannot hold the stock more than 24 hrs, many customers asking for this model',
    rules: [PRESSURE],
  },
  { text: 'you have 6 hours, after that we sell to the buyer from Germany', rules: [PRESSURE] },
  // Not pressure: a USB stick's video, another colour.
  { text: 'You have 2 hours of video on the USB', rules: [] },
  { text: 'інший колір теж є', rules: [] },
  // Round 14: deadlines with no finding before: if/not/today in Greek, Hebrew and Italian, another buyer already paying, "first who
  // pay", "no payment = no space"; a colour to approve today is not a payment.
  { text: 'no time for TA verification, just send the TT now then we load container tonight', rules: [PAY] },
  { text: 'the stock is only 300pcs left and 3 buyer asking, first who pay get it', rules: [PRESSURE] },
  {
    text: 'Pls understand, raw material price change every hour, if u hesitate we cant hold this price',
    rules: [PRESSURE],
  },
  {
    text: 'another buyer from Germany already send half deposit, if u send full now I give to u',
    rules: [PRESSURE],
  },
  {
    text: 'friend the ship leave on sunday, no payment = no space, and next vessel is 3 weeks',
    rules: [PRESSURE],
  },
  { text: 'cannot wait alibaba 3 days to confirm, pay direct now if u want goods this month', rules: [PAY] },
  { text: 'lazim tedfa3 el yom ya akhi, fi zbon thani jahez yedfa3 kamel', rules: [PRESSURE] },
  { text: 'זו הזדמנות אחרונה, אם לא תשלם היום המלאי הולך ללקוח אחר', rules: [PRESSURE] },
  { text: 'Ultima possibilità, se non paga entro stasera il prezzo sale del 12%', rules: [PRESSURE] },
  { text: 'Τελευταία ευκαιρία, αν δεν πληρώσετε σήμερα η τιμή ανεβαίνει αύριο', rules: [PRESSURE] },
  { text: 'אם לא תאשר היום את הצבע, נעביר את הייצור לשבוע הבא', rules: [] },
  // Round 16's session, from round 14's and 15's misses: a deadline and a loss in Czech, Hungarian and Bengali, Traditional Chinese "別人", a plea, storage by the day.
  { text: '最後機會！今天下班前沒收到訂金，庫存就賣給別人了', rules: [PRESSURE] },
  { text: 'আজকের মধ্যে টাকা না পাঠালে দাম বেড়ে যাবে, অন্য ক্রেতা অপেক্ষা করছে', rules: [PRESSURE] },
  { text: 'Zaplaťte prosím ještě dnes, zítra se cena zvedne a zboží prodáme jinému', rules: [PRESSURE] },
  {
    text: 'Kérem még ma fizessen, holnaptól emelkedik az ár, és másik vevő is várja az árut',
    rules: [PRESSURE],
  },
  { text: 'hurry pls, bank cut off time is 4pm, after that the discount gone forever', rules: [PRESSURE] },
  {
    text: 'Sir we already started production without deposit, kindly pay immediately or boss will charge me',
    rules: [PRESSURE],
  },
  {
    text: 'Customs will keep your goods and charge storage daily unless you pay the clearance fee right now',
    rules: [PRESSURE],
  },
  // Not pressure: a plan for today and a trip tomorrow, storage terms stated.
  { text: 'Dnes vám pošlu vzorky, zítra odjíždím na veletrh.', rules: [] },
  { text: 'Ma estig elküldöm a mintákat, holnap megyek a vásárra.', rules: [] },
  { text: 'The warehouse will charge storage daily after 7 free days, FYI', rules: [] },
  // Round 16 (long, chatty messages in many languages, written by a helper and scored before any fix): its misses.
  {
    text: 'Dear friend, good evening. The price I gave you for the 10,000 custom printed kraft paper bags (USD 0.085/pc with 2 colors printing) is a special promotion price only valid until tomorrow noon, after that it will be 0.10. Please call me or text on Telegram @jenny_packing_gz to confirm and arrange the payment quickly, I am not online on Alibaba in the weekend.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear Tom, sorry to disturb again. The factory is closing for the Golden Week holiday from 1st October and my boss said only the orders with full payment received before Monday will be loaded before the holiday. If you miss it, the goods will wait until after 8th and also the USD rate changes, so please make the payment urgently, today if possible.',
    rules: [PRESSURE],
  },
  {
    text: 'Hi friend, your shipment is held at customs in Rotterdam because the import duty was not prepaid. The forwarder said you can pay the duty of EUR 380 online here to release it fast: https://dhl-customs-release.eu-pay.info/track?id=55821 — otherwise they will return the goods to China.',
    rules: [LINK, PAY, PRESSURE],
  },
  {
    text: 'Hi bro, i have good news, the 50 units of used excavator bucket teeth you asked, i find them in my friend warehouse, very good condition, price only USD 12 per pc. But he need cash fast, you send money by Western Union or crypto today and he keep for you, tomorrow maybe sold. whatsapp me +971 55 804 3317 for photos.',
    rules: [CONTACT, PAY, PRESSURE],
  },
  {
    text: 'Bom dia Sra. Costa, as máquinas de costura estão prontas e testadas, mandei o vídeo. O armazém só segura a mercadoria até amanhã, depois cobra armazenagem. Por favor pague o saldo em USDT ou Bitcoin ainda hoje, é mais rápido que transferência internacional, e liberamos o embarque.',
    rules: [PAY, PRESSURE],
  },
  {
    text: '张先生，今天是活动最后一天，这个价格只到今晚十二点。平台消息我看不及时，您直接打我电话 一五九 八八二六 四四一零，确认好了马上安排付款，明天就恢复原价了。',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: "Merhaba Kemal Bey, konteyner limanda bekliyor. Önemli: Çin'deki hesabımız döviz kontrolü nedeniyle bloke oldu, lütfen bakiye ödemesini Dubai'deki kardeş şirketimizin hesabına yapın. Cuma gününe kadar ödeme gelmezse liman depolama ücreti başlayacak ve gemi kaçacak.",
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'أخي العزيز، الحاوية جاهزة في ميناء نينغبو. المكتب يطلب دفع الرصيد عن طريق ويسترن يونيون إلى اسم المحاسبة لأن التحويل البنكي يستغرق أسبوعاً. إذا لم يصل المبلغ حتى الغد سنخسر الحجز على السفينة.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Anh Tuấn ơi, lô máy may công nghiệp đã chạy thử xong, video em gửi rồi. Bên vận chuyển yêu cầu thanh toán đủ trước thứ Năm, anh chuyển bằng USDT giúp em cho nhanh, chuyển ngân hàng quốc tế lâu lắm, trễ là mất chỗ trên tàu đó anh.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Panie Marku, kontener jest gotowy, ale armator wymaga zapłaty do jutra. Proszę wysłać saldo przez Western Union na nazwisko naszej księgowej, przelew bankowy idzie zbyt długo. Jeśli nie zdążymy, stracimy miejsce na statku i fracht podrożeje.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'เรียนลูกค้า คำสั่งซื้อของท่านถูกระงับชั่วคราว กรุณายืนยันตัวตนและชำระค่าธรรมเนียมที่ลิงก์นี้ภายในวันนี้ alibaba-th.verify-pay.club',
    rules: [LINK, PAY, PRESSURE],
  },
  {
    text: 'Hi Friend!! Big PROMOTION this week only 🎉🎉 Bluetooth earbuds TWS only 3.5USD/pc, MOQ 200pcs. Offer end Sunday!! Pay by PayPal F&F or WU and we ship same day. Whatsapp me: +8613 5 two 28 81 four 07 ✅',
    rules: [CONTACT, PAY, PRESSURE],
  },
  {
    text: 'Hello, Mr. Tan. The price of 0.65 usd per meter is special for you, but boss say must pay today by bank transfer to my personal account, company account not good for small amount. If tomorrow, price is 0.78. ok?',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Dear Robert, I hope you're well. I wanted to update you on the 1,000 units of the portable air conditioners. As you know, the summer season is coming and we have many orders. The factory can only keep your production slot if the 30% deposit is received by Thursday; after that, your order will move to the back of the queue and the delivery will be in August instead of May. Also the price may increase 5% because of the compressor cost. Please arrange the payment as soon as possible.",
    rules: [PRESSURE],
  },
  {
    text: 'Dear customer, we noticed your Trade Assurance payment failed due to a bank verification issue. To avoid cancellation of your order of 600 pcs LED grow lights, please re-enter your card details via our payment partner: https://tradeassurance-alibaba.paycheckout.cc/retry?ord=56123. The payment will be reflected in your Alibaba order immediately.',
    rules: [LINK, PAY, PRESSURE],
  },
  {
    text: "Dear Ms. Ahmed, our bank just called: because of the strict control on foreign exchange at the end of the year, our USD account can only receive up to USD 5,000 per month. So please split your balance: pay USD 5,000 via Alibaba and the remaining USD 11,000 by Western Union to our three staff members, names to follow. Please finish before the 25th or the goods can't be loaded before the holiday.",
    rules: [PAY, PRESSURE],
  },
  // Not pressure: paying can wait ("you pay when you ready", "no payment needed now").
  {
    text: 'hello, Mr Tan. price of 0.65 usd per meter is ok for 10,000 meter. next month maybe 0.68 because of cotton. i make alibaba order today, you pay when you ready.',
    rules: [],
  },
  {
    text: 'Hi dear, last reminder for the sample approval: we need your OK on the color by Friday so we can keep the production slot for next week. No payment needed now, the deposit is already received.',
    rules: [],
  },
  // Round 16's session: an offer's end, with no paying talked of.
  { text: 'The Canton Fair offer ends Sunday, visit booth 5.1', rules: [] },
  // Round 17 (short, terse phone-typed messages with abbreviations and obfuscation, written by a helper and scored before any fix): its misses.
  { text: 'PAY TODAY!!! price up 20% tmr', rules: [PRESSURE] },
  { text: 'send deposit by WU today or price up tmr', rules: [PAY, PRESSURE] },
  // Round 18: an advance due today, goods to be sold as abandoned, a deposit that has not arrived by a date.
  {
    text: 'Sir please revert today itself with advance, otherwise we will not be able to block the loom and delivery will go 45 days.',
    rules: [PRESSURE],
  },
  {
    text: "Dear if you still don't pay storage fee today we will treat goods as abandoned and sell them, and your deposit not refundable.",
    rules: [PRESSURE],
  },
  {
    text: 'Last chance! Factory close for Chinese New Year from 25 Jan, if deposit not arrive by 15 Jan your order go after holiday (March). Keep this offer for yourself only.',
    rules: [PRESSURE],
  },
  // ...not thanks in advance.
  {
    text: 'pls confirm the artwork today, thanks in advance, otherwise we miss the printing slot',
    rules: [],
  },
  // Urgency said to be about something else than paying.
  {
    text: 'Pls kindly noted, urgent is only the artwork, if not confirm today the printing machine go to other job, payment still follow TA order schedule.',
    rules: [],
  },
  { text: 'Urgent!! pay the balance today by Western Union or we cancel.', rules: [PAY, PRESSURE] },
  // Secrecy asked in French and Spanish.
  { text: 'ne dites rien à alibaba svp', rules: [PRESSURE] },
  { text: 'porfa no le diga nada a alibaba del descuento, me pueden cerrar la tienda', rules: [PRESSURE] },
  { text: 'Si Alibaba vous contacte, dites la vérité.', rules: [] },
  // Round 19: the platform kept out ("dont inform alibaba", "don't message Alibaba about the payment"), a dispute threatened without an article, goods gone "to other buyer", the balance "no come tomorrow", and the same in Indonesian, Portuguese, Hinglish and Chinese.
  {
    text: 'Dont inform alibaba about the delay pls, otherwise they will block the payment and then we cannot ship to you',
    rules: [PRESSURE],
  },
  {
    text: "This is between you and me only ok? don't message alibaba about the payment, they will block my shop",
    rules: [PRESSURE],
  },
  { text: 'do not contact alibaba for this small thing, we solve it together', rules: [PRESSURE] },
  {
    text: 'If you open dispute we will report you to alibaba and you never get the goods, better pay the bal and we solve',
    rules: [PRESSURE],
  },
  { text: 'still no bal?? tonight or goods go to other buyer', rules: [PRESSURE] },
  {
    text: 'Boss i already help you too much, if balance no come tomorrow i cannot hold the goods, boss will sell them',
    rules: [PRESSURE],
  },
  {
    text: 'Hari ini terakhir untuk booking kapal, besok ongkos naik 500$ per kontainer. Tolong bayar pelunasan sekarang ya pak!!',
    rules: [PRESSURE],
  },
  {
    text: 'por favor pague a sobreestadia hoje, cada dia mais 150 dólares, depois de 7 dias o porto leiloa a carga',
    rules: [PRESSURE],
  },
  { text: 'abhi payment karo warna container port pe reh jayega aur saara kharcha aapka', rules: [PRESSURE] },
  { text: '老板快点吧，周末后工厂放假两周，不付款货就一直压着了', rules: [PRESSURE] },
  { text: '不付款就取消订单', rules: [PRESSURE] },
  // Quiet beside them: contacting Alibaba encouraged, a dispute the platform decides, a sample not ready, a colour that goes to other styles.
  { text: "If there is problem don't hesitate to contact alibaba", rules: [] },
  { text: 'if you open dispute alibaba will check the photos and decide', rules: [] },
  {
    text: 'if the sample is not ready tomorrow we cannot ship it with your order, but payment is fine anytime',
    rules: [],
  },
  { text: 'the red colour goes to other styles too, no extra cost', rules: [] },
  { text: '不付款也可以先看样品视频', rules: [] },
  // Round 20: all old unpaid orders cancelled tomorrow.
  {
    text: 'please confirm within today, the new boss is cancelling all old unpaid orders tomorrow morning',
    rules: [PRESSURE],
  },
  // Quiet beside it: a price rise with "no pressure".
  {
    text: 'Price will increase 5% from next month due to RMB exchange. Orders paid before 31st keep current price. No pressure, just letting you know.',
    rules: [],
  },
  // Round 20: deadlines with the loss worded anew, an account about to be closed, pleas and a skipped order.
  {
    text: 'Partner factory need deposit by tomorrow morning or they take other customer.',
    rules: [PRESSURE],
  },
  { text: 'They only accept cash deposit, today is the cut-off.', rules: [PAY, PRESSURE] },
  { text: 'Factory will sell your goods tomorrow if not paid.', rules: [PRESSURE] },
  { text: 'Use the new account and pay this week or we pay the fine.', rules: [CHANGE, PAY, PRESSURE] },
  { text: 'We ship this week, the balance after your inspection as agreed.', rules: [] },
  { text: 'Need money for factory salary this week, pls pay.', rules: [PRESSURE] },
  {
    text: 'Pay the deposit to my colleague directly and I lock it, no time for TA order.',
    rules: [PAY, PRESSURE],
  },
  { text: 'No time for a video call today, I will send photos.', rules: [] },
  {
    text: 'Our account will be closed tomorrow, plz email me quickly to continue your order.',
    rules: [CHANGE, CONTACT, PRESSURE],
  },
  { text: 'Our old factory will be closed in 2025, production moves to Anhui.', rules: [] },
  { text: '快点加我WhatsApp，阿里账号马上要被封了。', rules: [CONTACT, PRESSURE] },
  { text: 'zamówienie trzeba opłacić dziś, inaczej tracimy miejsce w kontenerze.', rules: [PRESSURE] },
  { text: 'Dziś wysyłamy towar, płatność przez Alibaba jak zwykle.', rules: [] },
  { text: '오늘까지 송금하지 않으면 생산이 지연됩니다.', rules: [PRESSURE] },
  { text: '오늘까지 샘플을 보내드리겠습니다.', rules: [] },
  { text: 'The sample is ready tomorrow and payment can wait, no rush.', rules: [] },
  // Round 21: honest messages about the season that read like pressure or a change.
  {
    text: 'Please note our company name changed to Ningbo Hua Tools Group after a registration update, the Alibaba store and payment stay the same.',
    rules: [],
  },
  { text: 'Our logistics partner will collect at your factory on Dec 28, is someone there?', rules: [] },
  {
    text: 'We got a message asking us to pay a holiday release fee to a forwarder. Is that from you?',
    rules: [],
  },
  {
    text: 'Recebemos uma mensagem estranha pedindo pagamento fora da plataforma. Não foram vocês, né?',
    rules: [],
  },
  { text: 'Got it, quote coming in 10 min, price unchanged from September.', rules: [] },
  {
    text: 'Can we lock the 2024 price if we pay the deposit now via Trade Assurance and ship in March?',
    rules: [],
  },
  { text: "We're planning the summer re-order now to avoid the peak-season delays.", rules: [] },
  // Round 21: a break in the season as the deadline, and what is lost after it.
  {
    text: 'Price goes up 10% after Chinese New Year. If you pay 100% now by Western Union we keep the old price for you.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear old customer, if you want the old price, send deposit by Western Union before 31 Dec.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pls send via MoneyGram today or the container is rolled to after the holiday.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Before 31 Dec pls send in USDT or the order will be delayed to next year.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Pls send 50% now to the account of our production manager, otherwise we can't buy material before the break.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'We close for CNY from Feb 5. Orders paid on Alibaba before Jan 25 ship before the holiday, later ones after the holiday.',
    rules: [],
  },
  { text: 'Our factory closes on 28 Jan for the holiday, production resumes 20 Feb.', rules: [] },
  { text: '老朋友，这次货款春节前必须到账，不然工厂放假就没办法出货了。', rules: [PRESSURE] },
  {
    text: 'Antes del Año Nuevo Chino, por favor pague el 100%, después de la fiesta el precio sube 12%.',
    rules: [PRESSURE],
  },
  { text: 'Se il saldo non arriva entro giovedì la merce resta ferma fino a marzo.', rules: [PRESSURE] },
  { text: '旧正月前に全額お支払いいただければ、値上げ前の価格を維持します。', rules: [PRESSURE] },
  {
    text: 'Betaal het saldo vóór vrijdag, anders schuift de productie naar na Chinees Nieuwjaar.',
    rules: [PRESSURE],
  },
  { text: 'Wij betalen het saldo vóór vrijdag via Alibaba, anders krijgen we geen korting.', rules: [] },
  { text: 'ادفع الآن لتثبيت السعر القديم، العرض ينتهي الليلة.', rules: [PRESSURE] },
  {
    text: 'Call me on +86 186 0211 7390 right now, we need to confirm before the factory closes.',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'We are packing your order right now, photos will follow here.', rules: [] },
  { text: 'Golden Week special: 20% off if you re-confirm your order within 24h.', rules: [PRESSURE] },
  // Round 21: an account to use before an hour, with the last vessel at stake.
  {
    text: 'Use the account of our sister company before 5pm today so we can book the last vessel.',
    rules: [PAY, PRESSURE],
  },
  { text: 'Please confirm the artwork before 5pm, the printer is waiting.', rules: [] },
  // Round 21: 年前 is the year's end, not 两年前 (two years ago).
  { text: '我们两年前合作过，货款通过阿里付款，不然没法出货。', rules: [] },
  // A phishing deadline to confirm or log in, in Russian.
  {
    text: 'Срочно! Ваш аккаунт Alibaba будет заблокирован во время праздничной проверки. Подтвердите данные за 24 часа: a1ibaba.co/login',
    rules: [LINK, PRESSURE],
  },
  { text: 'Подтвердите заказ, доставка за 24 часа.', rules: [] },
  { text: 'Мы подтвердим заказ за 2 часа', rules: [] },
  // A deadline in hours with the goods held at customs, a claim or a dispute at stake; time 'left'.
  {
    text: 'Your container will be auctioned by customs in 48 hours if the demurrage is not settled.',
    rules: [PRESSURE],
  },
  { text: 'customs will destroy in 24h without the clearance paper', rules: [PRESSURE] },
  { text: 'Reply within 10 minutes or dispute automatically closed in supplier favor.', rules: [PRESSURE] },
  { text: 'Tick tock, 1 hour left to confirm or the claim is closed forever.', rules: [PRESSURE] },
  {
    text: 'Your claim will be rejected automatically if documents + fee not received in 3 hours.',
    rules: [PRESSURE],
  },
  { text: 'We will reply to your claim within 24 hours.', rules: [] },
  { text: 'Inspection fee is 300 USD, the report comes within 48 hours.', rules: [] },
  { text: 'Only 2 hours left before our office closes, talk tomorrow', rules: [] },
  // A stock held for weeks with no rush is no deadline; held for hours it is
  { text: 'There is no rush, the sample stays reserved for you for 2 weeks', rules: [] },
  { text: 'The last 200 pcs are reserved for you for 24 hours only, pay the deposit now', rules: [PRESSURE] },
  // Round 23: the order's own Pay Now button, and the buyer saying they pay now
  { text: 'You can find the Pay Now button under My Alibaba > Orders on https://www.alibaba.com', rules: [] },
  {
    text: "Fine, I'll pay the balance now via the order. Please send the B/L draft for checking.",
    rules: [],
  },
  // Round 23: pressure that was missed: keeping the price today, a closing container, a fake notice's clock
  {
    text: 'Factory will stop 15 days for Spring Festival. Workers go home on 20th. Balance USD 18,460 must arrive our account before 18th or goods wait until March. Pls send TT to the account in the PI, not via Alibaba order.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Amigo, a fábrica fecha para o Ano Novo Chinês na sexta. Para garantir o preço, faça o depósito de 30% hoje por Western Union em nome de Chen Jie.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Anh ơi, xưởng nghỉ Tết từ ngày 28. Anh chuyển khoản cọc hôm nay vào tài khoản cá nhân của em để giữ giá nhé, không cần qua Alibaba.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'صديقي العزيز، المصنع سيغلق لعطلة رأس السنة الصينية بعد يومين، أرجو تحويل العربون اليوم عبر ويسترن يونيون لضمان السعر.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Container closing tonight!! Send balance USD 23,900 direct TT now and send me the bank slip, don't use Alibaba it need 3 days.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pak, kurs dolar naik terus. Tolong transfer DP hari ini langsung ke rekening pribadi bos kami supaya harga tidak berubah.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Agent here!! Factory closing order book tonight. pay 50% via WU to me and send the MTCN to my Line ID: sourcing_tony',
    rules: [CONTACT, PAY, PRESSURE],
  },
  {
    text: 'Su mercancía está retenida en aduana. Debe pagar el impuesto de 380 USD hoy mismo por Western Union, si no la mercancía será destruida.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Customs inspection is tomorrow 9am, if the tax is not settled tonight your container is held and demurrage USD 200 per day begins.',
    rules: [PRESSURE],
  },
  {
    text: 'Your Alibaba account will be frozen today!!! Click http://rb.gy/alb-verify to keep it active.',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Equipo de Seguridad de Alibaba: su cuenta será bloqueada en 24 horas. Verifique sus datos aquí: https://alibaba-seguridad.com/verificar',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Thông báo từ Alibaba: Tài khoản của bạn sẽ bị khóa sau 24h. Xác minh ngay tại https://alibaba-vn-secure.com/xacminh',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Your Alibaba account will be limited. Call Alibaba support hotline +1-888-552-0174 within 1 hour.',
    rules: [CONTACT, PRESSURE],
  },
  // An account upgraded tomorrow is no threat; the buyer not needing the payment today is no deadline
  { text: 'Your account will be upgraded to Gold tomorrow', rules: [] },
  { text: "I don't need payment today, you can pay when the goods are ready", rules: [] },
  // Round 23's last misses: a Turkish "if unpaid, the goods wait" with today; a fee that should be paid today; confirmation urgently today; the new account hurried
  {
    text: "Gümrük vergisi ödenmezse malınız limanda bekleyecek. Lütfen bugün 450 USD'yi ajanımızın kişisel hesabına gönderin.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Your shipment is partial loaded, need your confirmation urgently today, reply on skype live:.cindy_lin_88 now please.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Important: for tax compliance our company must change receiving bank from 1st of this month. Payments to old account will be returned after 45 days. Use the new account immediately.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  // Cargo waiting at the port today, a buyer's question, a refund, and the new account allowed (no hurry)
  { text: 'Bugün kargo limanda bekler, yarın yüklenir.', rules: [] },
  { text: 'Does the balance should be paid today?', rules: [] },
  { text: 'The refund should be paid today by Alibaba.', rules: [] },
  { text: 'You can use the new account now, it is verified on Alibaba.', rules: [CHANGE] },
  // Round 24: a price that must go up, storage by the day, the dispute traded for a refund today or "close it now", a company put on a blacklist, a returned parcel's clock
  {
    text: 'Payoneer is ok for us. pls transfer today, because tomorrow the exchange rate change and price must go up 5%',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Close the dispute today and we send refund by Western Union. If you wait Alibaba decision you get nothing',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Your dispute will make our account frozen, then we cannot refund anything. Close it now and I pay you by LianLian',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Already 3 times I ask you. Withdraw dispute or we put your company on blacklist; we refund by bank only if you close it today',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Port storage fee is 85 usd per day! pls pay the THC to the forwarder account today, container is waiting',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Your package with Alibaba order is returned! Confirm address within 12 hours: alibaba-logistic-center.net/confirm',
    rules: [LINK, PRESSURE],
  },
  // Storage that starts later with no hurry; a router's blacklist
  { text: 'Storage fee starts from day 15, you can pay the balance any time before that.', rules: [] },
  { text: 'You can put the domain on blacklist in the router settings.', rules: [] },
  // French "à 16h" as a deadline: a boundary before "à" never matched it
  {
    text: 'Merci de virer le solde à 16h au plus tard, sinon la commande passe au mois prochain.',
    rules: [PRESSURE],
  },
  { text: 'Nous expédions à 16h, le paiement est déjà fait.', rules: [] },
  // Probe round 25: within 24 hours in German, today in Turkish, by tomorrow in Polish, "perdemos el espacio", storage and demurrage by the day, a missed closing, a vessel leaving without the goods, a booking released, a requote tomorrow, this account closed tomorrow
  {
    text: 'Dzień dobry, możemy wymienić wadliwe towary, ale musi pan zapłacić 350 USD różnicy przelewem na moje prywatne konto do jutra, potem fabryka zamyka linię na święta',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hello Kevin, the 3 pallets of solar inverters 5kW are packed and waiting at warehouse. Our accountant told me the old USD account is frozen for verification, so please send the balance to the new account I attach in PDF, today if possible because warehouse charges 50 USD per day after Friday. Inverter certificates CE and TUV attached.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hola Lucía, buenas noticias, los 2000 vasos térmicos ya pasaron inspección y están en cajas. El flete marítimo a Valencia subió, pero le mantengo precio si paga el saldo hoy por Wise a mi cuenta personal, mañana la naviera cierra y perdemos el espacio, tendría que pagar 300 USD más. Le mando las fotos de inspección.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ihre Sendung von DHL wartet auf Zollabfertigung. Bitte zahlen Sie die Gebühr von 2,99 EUR innerhalb von 24 Stunden: https://dhl-zoll-gebuehr.de.paket-info.cc/ sonst wird das Paket zurückgeschickt.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Merhaba, konteyner Mersin limanında bekliyor, ardiye her gün 120 dolar artıyor. Gümrük müşavirimizin hesabına bugün 2.450 USD gönderin, yoksa ceza daha da büyür',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Notice from our shipping dept: due to audit the forwarder USD account is suspended. Remit ocean freight to the RMB account below within 2 days or the booking will be released',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'The inspection failed because of missing label, re-inspection fee 240 usd pay to SGS officer in cash when he come tomorrow, or container will miss the closing',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'friend this price only for USDT payment, send to our TRC20 wallet today, tomorrow we must requote',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'the insurance for shipment not included, pls pay 260 USD insurance to our shipping company by Western Union before tomorrow 10am or vessel leave without your goods',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'this alibaba account will be closed tomorrow, if you want continue the order add my whatsapp today +86 177 5063 9912 or we lose contact and your order stop',
    rules: [CONTACT, PRESSURE],
  },
  // Probe round 25, ordinary: nothing to pay now, stock left said for information
  {
    text: 'Hi team, please note our factory will close for Chinese New Year from Feb 5 to Feb 18. Orders confirmed before Jan 15 can ship before holiday, after that we ship around end of Feb. Just planning info, nothing to pay now 😊',
    rules: [],
  },
  { text: 'only 300 pcs left in stock fyi if u need tell me', rules: [] },
  // Round 26: the supplier's own timing, goods kept free of charge, stock told for information.
  { text: 'ok boss i check with my manager about the discount and come back to you in one hour', rules: [] },
  {
    text: "Dear, we'll ship on 15th. If the balance is not paid in the Alibaba order by then, no problem, the goods wait in our warehouse free of charge for 30 days.",
    rules: [],
  },
  {
    text: 'only 200 pcs left in stock of the red one, if you need more we produce new batch 10 days',
    rules: [],
  },
  // Probe round 27 (sanctions and currency excuses, tax, split payments, forwarders and brokers, holidays, QR codes,
  // forwarded e-mails; long relationships, new finance staff, other marketplaces, rarer payment apps and channels, fake authority).
  {
    text: 'customs in Jakarta informed us goods will be destroyed if documents not complete by Monday, pls answer me now',
    rules: [PRESSURE],
  },
  {
    text: '税関から連絡がありました。今日中に書類を提出しないと貨物は廃棄されます。至急ご確認ください',
    rules: [PRESSURE],
  },
  {
    text: 'Pak, bea cukai sudah kirim surat, kalau hari ini tidak bayar 4.200.000 rupiah ke rekening agen kami, barang akan dimusnahkan',
    rules: [PAY, PRESSURE],
  },
  // Near-misses of round 27's new cues: what was destroyed, or what customs may do, said without a clock; slots given to others in general.
  { text: 'we destroyed the defective units today, photos attached', rules: [] },
  { text: 'if the goods contain batteries without MSDS, customs may confiscate them', rules: [] },
  { text: 'we give the goods to other customers in europe too', rules: [] },
  { text: 'pls transfer the deposit now to keep your production slot', rules: [PRESSURE] },
  // Storage by the day in Spanish and Portuguese; a fee for a service by the day is no pressure.
  {
    text: 'Hola amigo, el almacén cobra 50 USD por día de almacenaje desde hoy. Envíe el pago por Xoom a nombre de Chen Hao para que no se acumule',
    rules: [PAY, PRESSURE],
  },
  { text: 'a armazenagem custa 40 dólares por dia a partir de segunda', rules: [PRESSURE] },
  { text: 'cobramos 5 usd por día por el servicio de fotos', rules: [] },
  // A quotation only for today is an offer at stake; a quote for today's list is not.
  {
    text: 'Answer me on WeChat immediately pls, the quotation I gave you is only for today. ID: ruby_0755',
    rules: [CONTACT, PRESSURE],
  },
  { text: "we will quote you only for today's order list", rules: [] },
  // Round 28: a deadline with its loss said in passing (stock finished, only kept 2 hours, price changes if late, the list price again after Friday, recalculated within 24 hours)
  {
    text: 'Sample price 85 usd include DHL. Pay by western union today to Mr. Zhang Wei, Guangzhou, then we ship tomorrow. After today sample stock is finish',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sehr geehrter Kunde, der Sonderpreis von 4,80 USD gilt nur bei sofortiger Anzahlung per Banküberweisung direkt an unser Firmenkonto (nicht über Alibaba). Nach Freitag gilt wieder der Listenpreis.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Здравствуйте! Это Ольга, новый менеджер по продажам. Старый счет компании заблокирован, предоплату 30% отправьте на новый счет в течение 24 часов, иначе цена будет пересчитана.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Dear, my boss agree 8% discount but only if you pay deposit by bank transfer direct today, not trade assurance. Send me your gmail, I send PI with account now',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Sir, mold cost 800 USD pls pay by TT direct to my account today, mold workshop start tomorrow morning, if late the mold schedule move 3 weeks and price change',
    rules: [PAY, PRESSURE],
  },
  {
    text: "URGENT: Tax department froze our corporate account yesterday. Please send todays deposit to our director's personal account at Bank of Communications, or production cannot start and your delivery delay 1 month.",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Sample fee 20 usd by PayPal F&F, friend. Many buyers want this sample today, i can only keep 2 hours',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Friend, the government will change export tax rebate from next month. To keep this price you must pay 100% now by TT to our account in HK, after 30th price +8%',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi, the sample is already packed. Last step pay 48 usd shipping to my alipay, today is last day before our chinese holiday, after that courier stop 10 days',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Dear customer, your mould will be destroyed after 7 days if you don't pay the mould storage fee. this is last notice",
    rules: [PRESSURE],
  },
  // …and the same words with nothing lost by a deadline
  { text: "Today's shipment left the factory, balance after inspection as agreed, no rush.", rules: [] },
  {
    text: 'After the 30th we start mass production, pay the balance through the Trade Assurance order when the goods are ready.',
    rules: [],
  },
  { text: 'After 7 days of testing the samples passed, thanks for the payment.', rules: [] },
  { text: 'The colour may change slightly after 7 days of sun, no problem with the price.', rules: [] },
  {
    text: 'Our stock is sold out for the blue colour, the red is available, you can pay in the Alibaba order today.',
    rules: [],
  },
  {
    text: 'Price will change next year anyway, please pay the balance by the Alibaba order when convenient.',
    rules: [],
  },
  { text: 'Nach Freitag schicke ich Ihnen die Fotos, die Anzahlung läuft über Alibaba.', rules: [] },
  {
    text: 'Nach dem Wochenende gilt wieder die normale Lieferzeit, Zahlung wie immer über Trade Assurance.',
    rules: [],
  },
  { text: 'В течение 24 часов пришлём фото образцов, оплата через заказ Alibaba.', rules: [] },
  { text: 'I can only keep the sample for 2 weeks, we pay the courier ourselves.', rules: [] },
  {
    text: 'We paid our supplier today, discount for you only if you order 500 pcs, pay by Alibaba order.',
    rules: [],
  },
  // Round 29: storage charged by the day, overtime cargo, a vessel's cut-off, 'the B/L will wait until', 'deposit cannot refund', 'lock the old rate', lost payments; Spanish bodegaje, French surestaries, Portuguese 'evitar a devolução', Russian хранение, Turkish gecikirse, Arabic weekdays
  {
    text: 'Dear, warehouse is full, if you cant decide by Friday we must sell your reserved 3000 units to other customer and the deposit cannot refund',
    rules: [PRESSURE],
  },
  // …and storage per day, a lost tracking number, a vessel cut-off with nothing lost by waiting
  {
    text: 'Free storage 7 days at the port, after that 20 usd per day, but you pay it to your own forwarder.',
    rules: [],
  },
  {
    text: 'Storage is 85 usd per day at destination, that is normal, your forwarder will tell you.',
    rules: [],
  },
  { text: 'We lost the sample tracking number, sorry, pay the order on Alibaba when ready.', rules: [] },
  {
    text: 'The ship cut off is Friday, we will load your goods as planned, balance via Trade Assurance after inspection.',
    rules: [],
  },
  // Round 30 (payment terms; account takeovers and impersonators, written by helpers and scored before any fix): its misses.
  {
    text: 'This is Alibaba Risk Control. Your account password was leaked. Reply with your current password and the code we texted you so we can reset it, you have 30 min before we suspend the account',
    rules: [PRESSURE],
  },
  {
    text: 'Buenos días, soy del soporte de Alibaba. Necesito el código de verificación que le llegó por SMS para liberar su pedido, si no me lo envía en 15 minutos el pedido se cancela',
    rules: [PRESSURE],
  },
  // Round 30: the buyer's own account shut on a clock, in more languages than the round used.
  {
    text: 'Votre compte sera suspendu dans 24 heures si vous ne confirmez pas vos informations',
    rules: [PRESSURE],
  },
  { text: 'Ihr Konto wird in 24 Stunden gesperrt, bitte bestätigen Sie Ihre Daten', rules: [PRESSURE] },
  { text: '您的账户将被冻结，请在今天内完成验证', rules: [PRESSURE] },
  { text: 'Sua conta será bloqueada hoje se não confirmar o pagamento', rules: [PRESSURE] },
  // Round 30: not a storage charge the buyer asks about.
  { text: 'is this storage 50 usd per day running already? i did not get notice', rules: [] },
  // Round 30: a warning that names the threat is none.
  { text: 'Alibaba ne dit jamais que votre compte sera suspendu dans 24 heures', rules: [] },
  // Rounds 30 and 31: offers that end this week or go back to their normal price tomorrow; quiet when the message says there is no rush.
  {
    text: 'Today is last day of the promotion price on Alibaba, but no worry, if you miss it I keep the price for you till Friday',
    rules: [],
  },
  {
    text: 'Sorry to push, can you confirm the color today? Our dyeing schedule is tomorrow. If not today no worries, we dye your batch next week.',
    rules: [],
  },
  // Closed this week only is a holiday, not an offer.
  { text: 'we are closed this week only', rules: [] },
  // A ship's departure day and the next ship, in Indonesian.
  {
    text: 'Pak, sisa pembayaran tolong transfer langsung ke rekening partner kami di Jakarta biar cepat. Kapal berangkat Jumat, kalau belum lunas kami pindah ke kapal berikutnya dan ongkos freight naik lagi.',
    rules: [PAY, PRESSURE],
  },
  // Probe round 32: after-sales, and who is writing and when
  {
    text: 'You have until 12:00 to confirm the replacement plan, after this the 5% compensation is cancelled and we sell your reserved stock to other buyer',
    rules: [PRESSURE],
  },
  {
    text: 'Trade Assurance notice: dispute TA-88213 will be closed in favor of supplier and your buyer account suspended if you do not respond within 12 hours',
    rules: [PRESSURE],
  },
  {
    text: 'Alibaba account manager: your buyer membership expires today, renew now or you lose Trade Assurance protection on all orders',
    rules: [PRESSURE],
  },
  { text: 'your coupon expires today, use it on your next order', rules: [] },
  // A Romanian deadline with the money lost
  {
    text: 'Bună ziua, pentru despăgubire scrieți-mi pe WhatsApp +40 741 229 318 până diseară, altfel cazul se închide și pierdeți banii.',
    rules: [CONTACT, PRESSURE],
  },
  // Probe round 33: deadlines with a loss in logistics, in eight languages
  {
    text: 'Your Aramex shipment has been on hold 5 days. Storage 15 AED per day. Clear now at 185.22.14.9/aramex/pay',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Customs officer in Mombasa says duty underdeclared, penalty 1,100 USD. pay cash to clearing agent Monday or container goes to KRA auction',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pls pay for pallet + warehouse consolidation now, 290 USD to my Alipay, otherwise your goods put back to shelf and miss this consolidation',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir the port agent need THC and DO charge today, add him on WeChat eastport_agent and pay by WeChat Pay, free days end tonight',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Bea cukai: paket Anda dikenakan pajak impor Rp 387.000. Bayar lewat tautan bit.ly/bc-pajak-impor sebelum paket dikembalikan',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Der Container steht seit 5 Tagen in Bremerhaven, Lagergeld 120 EUR pro Tag. Bitte überweisen Sie die Freigabegebühr heute per Western Union an unseren Agenten',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, your order is ready but the customs in Guangzhou ask for export license fee USD 260, must pay today by western union or goods cannot leave, every day storage 30 USD',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Tuan, kargo di Port Klang kena tahan kastam. Bayar yuran pelepasan RM 3,850 ke akaun ejen Maybank 1140 2299 5871 sebelum esok, kalau tak kena caj simpanan RM 300 sehari',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sua carga está no porto de Paranaguá há 9 dias, armazenagem já custa R$ 1.200. Faça o PIX hoje pro agente liberar, amanhã sai o navio de retorno',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Gümrükte bekleyen malınız için ardiye ücreti günlük 75 USD. Hemen WhatsApp'tan acenteye yazın +90 532 000 81 47, ödeme bugün yapılmazsa mallar iade edilecek",
    rules: [PAY, CONTACT, PRESSURE],
  },
  // Near misses: no deposit needed to hold a price, a quick reply, warnings asked about
  {
    text: 'The price is valid until 30 June because of steel price change, after that we will requote. No deposit needed to hold it.',
    rules: [],
  },
  {
    text: 'Salam, saya Rina dari pabrik. Di sini susah balas cepat, tapi pesanan tetap lewat Alibaba ya',
    rules: [],
  },
  {
    text: 'Ojo, me llegó un correo de "aduana" pidiendo pagar por Western Union, ¿es de ustedes?',
    rules: [],
  },
  {
    text: '[15:02] Anna: did u get any msg asking to pay outside? [15:03] Mike: yes some guy asked for whatsapp, i reported him [15:03] Anna: good, our supplier only uses TA',
    rules: [],
  },
  { text: '价格明天就过期了，今天付款', rules: [PRESSURE] },
  { text: '这个报价明天过期，有需要再联系', rules: [] },
  {
    text: 'This is Global Sources verified supplier service. Your membership order expire tonight, pay 350 USD by Western Union',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Your battery for the electric forklift will be scrapped if you not pay warehouse fee 300 USD via MoneyGram before Friday',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Your machine parts parcel will be returned to sender tomorrow unless you pay 48 USD re-delivery fee',
    rules: [PRESSURE],
  },
  {
    text: 'the sample was returned to sender, pls pay the new shipping tomorrow in the new order',
    rules: [],
  },
  { text: 'the quotation expires on Friday, after that we need to re-quote', rules: [] },
  {
    text: 'Sir demurrage is already 6 days, shipping line charging 120usd per day. If you send 720 usd to our forwarder by TT today we can release, next week it will be double',
    rules: [PAY, PRESSURE],
  },
  { text: 'we will send 720 usd to you today for the refund, next week the rest', rules: [] },
  {
    text: 'Gospodin, eto poslednee preduprezhdenie: esli segodnya ne podtverdite zakaz, my otmenyaem rezerv i shtraf za sklad 150 USD v sutki ostanetsya na vas',
    rules: [PRESSURE],
  },
  { text: 'if u not pay today no problem, tomorrow ok', rules: [] },
  // Round 37 (buyers and their agents, machine-translated suppliers; after the order: refunds, claims, reorders, port fees).
  { text: 'Μπορείτε να πληρώσετε σήμερα ή αύριο, όπως θέλετε', rules: [] },
  { text: 'anh chuyển tiền hôm nay hay mai đều được', rules: [] },
  // Round 37's leftovers: "now or lose this price", a slot the factory "gives" to another buyer; "confirm today or tomorrow" is no ultimatum.
  {
    text: 'Dear the reorder price USD 3.45 is only valid till today 6pm, after that material cost up and we cannot hold, pls place the order now or lose this price',
    rules: [PRESSURE],
  },
  {
    text: 'If you dont confirm the reorder today the factory gives your production slot to another buyer and next available is after Chinese New Year, 2 months delay',
    rules: [PRESSURE],
  },
  { text: 'you can confirm today or tomorrow, no problem', rules: [] },
  { text: 'Please place the order today, we ship next week', rules: [] },
  // Round 38: 'next slot', 'miss vessel', Pidgin 'go wait till' and 'another customer go carry am', 'start charging 20 USD/day', Swahili and Spanish deadlines today; quiet: Alibaba's own automatic cancellation, 'nothing to pay now'.
  {
    text: 'The order will be cancelled automatically by Alibaba if not paid in 30 days, but no problem, I can reopen it for you anytime',
    rules: [],
  },
  {
    text: 'Reminder: your customs broker needs the invoice by Thursday because vessel cut-off is Friday. nothing to pay now',
    rules: [],
  },
  // Round 38's leftovers.
  {
    text: 'Dear, the stock of LT8609 only available in our HK warehouse for 48 hours, after that it goes to Europe customer. Send 50% TT now to secure',
    rules: [PRESSURE],
  },
  {
    text: 'last chance friend, only 180m left of this lot, another seller want it all, pay today or we sell to him',
    rules: [PRESSURE],
  },
  { text: 'This quotation is valid until Friday, after that we re-check the copper price', rules: [] },
  // Round 39: furniture, home goods and private-label cosmetics for buyers in the Middle East and Central Asia; food, agriculture, auto parts and medical supplies from brokers and mandates.
  { text: 'يا صديقي هذا آخر سعر لليوم فقط، بكرة نبيع الكمية لعميل من الكويت إذا ما أكدت', rules: [PRESSURE] },
  {
    text: 'Dear, lamp factory close for Chinese New Year from 25 Jan, if deposit not come by 20th we cannot arrange and the price invalid after holiday',
    rules: [PRESSURE],
  },
  {
    text: 'Hello, we already reserved mold production line for your diffuser bottles, if no confirmation by tomorrow we will charge 500 usd cancellation fee',
    rules: [PRESSURE],
  },
  {
    text: 'Your account will be reported to Alibaba and closed if you do not confirm the purchase of the 20 tons cashew within today. We already prepared goods for you.',
    rules: [PRESSURE],
  },
  { text: 'we will charge a cancellation fee if you cancel after production starts', rules: [] },
  { text: 'Pls click "confirm receipt" on Alibaba when goods arrive, thank you 🙏', rules: [] },
  // Round 40: solar panels, batteries and EV chargers for installers in Europe, with forwarders' surcharges; toys, baby products and jewellery for retailers in East Asia and Oceania, and impostors of Alibaba's service and banks' fraud desks.
  {
    text: "If you don't accept the emergency bunker surcharge now, the carrier will cancel booking and we cannot guarantee the 0.098 EUR/W price anymore, other wholesaler is waiting.",
    rules: [PRESSURE],
  },
  {
    text: 'If the dispute not withdrawn today, we will report your account to Alibaba for fraud and you will be blocked forever',
    rules: [PRESSURE],
  },
  { text: 'other distributors in Europe order this model too, so the MOQ can be combined', rules: [] },
  // Round 40's leftovers.
  {
    text: 'the chat will be closed after the order is completed, you can still see the order page',
    rules: [],
  },
  // Round 40 and 41 leftovers: a promotion that finishes, valid only during a call, "only 3 sets of … left", confirm or given to another customer, Greek, Korean, Chinese tonight.
  {
    text: 'Boss say if you not place order before Friday, he will sell this lot of 3000 pcs to other buyer from Dubai, he already ask twice',
    rules: [PRESSURE],
  },
  {
    text: 'Dear, I have very good price for you but can only tell on WeChat, my ID zhang_led88. Offer finishes today',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Αν δεν επιβεβαιώσετε την παραγγελία μέχρι αύριο, δίνουμε τους 300 μετατροπείς σε άλλο πελάτη και η τιμή ανεβαίνει 8%.',
    rules: [PRESSURE],
  },
  {
    text: 'Sir this chat is monitored and our real price cannot be shown here, talk to me on Telegram +86 158 3349 0027 today, tomorrow the promotion finish.',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'KC 인증 서류 문제로 통관이 막혔습니다. 지금 바로 텔레그램 @kc_customs_help 로 연락 안 하시면 화물 반송됩니다',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Sir this is last reminder, if not confirm today RMB rate change and 5% extra, and your yarn cones we give to Vietnam customer',
    rules: [PRESSURE],
  },
  {
    text: "call me now on WhatsApp +86 138 0555 2291, price valid only during this call, after i can't promise",
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'the promotion for 2000 pcs of pet water fountains finish tonight at 12, after that price back to $8.90/pc and no more stock for this year',
    rules: [PRESSURE],
  },
  { text: 'tomorrow the fair ends, I will be back in the office on monday', rules: [] },
  {
    text: "if you don't confirm the artwork today we cannot start, we ship to the customer on monday",
    rules: [],
  },
  { text: '오늘 반송 처리했습니다', rules: [] },
  { text: '지금 바로 보내드릴게요', rules: [] },
  // Round 42 (packaging, tiles, auto parts, medical, Japanese and Korean buyers): pressure.
  {
    text: 'Your Trade Assurance order will be closed in 24h if inspection not confirmed, click http://tradeassurance-alibaba.support/confirm',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Alibaba chat is not stable and my account will be limited in 2 days, pls add my WeChat roadking_auto88 quickly otherwise we lose contact',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Your Trade Assurance order will be cancelled in 24h. Confirm receipt now: http://alibaba.com.order-center.xyz/confirm',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'This is third reminder. If no confirmation by 5pm Beijing time we cancel your reserved 2000 boxes and the 500 USD reservation is lost.',
    rules: [PRESSURE],
  },
  {
    text: 'Sir Ramadan coming factory close 20 days. if no deposit this week your order go after Eid and price surely change, cannot keep',
    rules: [PRESSURE],
  },
  {
    text: 'dear my boss say if u not add wechat today we cannot hold this price anymore, he want talk direct with u',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'You have 2 hours. After that the customs will charge 100usd per day and the goods will be destroyed',
    rules: [PRESSURE],
  },
  { text: 'Kami punya banyak stok, bisa kirim cepat', rules: [] },
  // Near-misses of round 42's cues.
  { text: 'we have many other customers for this model in Europe', rules: [] },
  { text: 'the truck is waiting at your warehouse, pls open the door', rules: [] },
  { text: 'we will pay fast after inspection', rules: [] },
  { text: 'if no problem by monday we ship, price same', rules: [] },
  { text: '2 gün içinde kargoya veririz', rules: [] },
  {
    text: 'Pay remaining 70% to my personal Alipay now and send screenshot on WeChat, truck is at factory gate waiting for u',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Dear customer, our old account closing on Friday, any payment sent there after will be LOST. wait new details from finance',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'pls note any money sent to our old HSBC account after the 30th will be lost, we are not responsible',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'We paid the freight last week, truck is waiting at the port for customs release, no action needed from you',
    rules: [],
  },
  {
    text: 'IMPORTANT: our USD account will be closed on 15th, payments to old account will be returned and you pay all bank charges. use new account only from today',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Final warning: cargo of your carton printing machine will be declared abandoned by Nhava Sheva customs after 48 hours and all goods auctioned',
    rules: [PRESSURE],
  },
  {
    text: 'Sir Karachi port authority sent final notice, if container not cleared within 3 days it goes to auction, please decide fast',
    rules: [PRESSURE],
  },
  {
    text: "If we don't get your confirmation of the Red Sea surcharge today, the container with your 660 panels will be rolled and we can't promise ETA before Christmas, also price up next week.",
    rules: [PRESSURE],
  },
  {
    text: 'Friend if you not confirm the label printing today, printing house close for Eid week and your order delay 1 month, and we can not keep this price anymore',
    rules: [PRESSURE],
  },
  {
    text: 'your pallets will be declared abandoned by the terminal in 72 hours if nobody pick up, pls hurry',
    rules: [PRESSURE],
  },
  {
    text: 'Under the customs rules cargo not collected for 90 days can be declared abandoned, but your container was cleared yesterday so no worry',
    rules: [],
  },
  {
    text: "if you don't confirm the artwork today we will start printing on Monday with the last version you approved",
    rules: [],
  },
  {
    text: 'payments to the old account were returned by the bank last year, so we only use the account in the Alibaba order now',
    rules: [],
  },
  // Round 43 (IoT, e-bikes, hair, farm machinery, furniture hardware) and variants
  {
    text: 'Dernier avis : vos marchandises sont dans notre entrepôt sous douane depuis 14 jours. Dans 3 jours elles seront vendues aux enchères.',
    rules: [PRESSURE],
  },
  {
    text: 'باقي ساعتين فقط على هذا السعر لـ 1000 مقبس ذكي Tuya، بعد ذلك يتغير السعر في النظام ولا يوجد خصم',
    rules: [PRESSURE],
  },
  {
    text: 'last chance my friend, 3 buyers from Accra want this 20 cartons bone straight, if u dont confirm tonight i sell them tomorrow morning',
    rules: [PRESSURE],
  },
  {
    text: 'The port authority will fine 200 USD each day after Friday if the balance is not settled. Also the goods may be auctioned.',
    rules: [PRESSURE],
  },
  { text: 'only valid 6 hours, after that the price goes back to 14.2 usd', rules: [PRESSURE] },
  { text: 'prijs is alleen vandaag geldig, morgen stijgt het koper', rules: [PRESSURE] },
  { text: 'if you dont confirm tonight we sell the lot to the Kenya buyer', rules: [PRESSURE] },
  { text: 'Customs will fine 80 USD every day after Monday until the duty is paid', rules: [PRESSURE] },
  // "URGENT!!" heading a message about paying or the account.
  { text: 'URGENT!! please pay today', rules: [PRESSURE] },
  {
    text: 'URGENT!! our previous account in Bank of China is frozen because tax inspection. Do not pay there. Use the new account in Turkey (İş Bankası) I attach, today pls, ship date is 12th',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: 'URGENT: artwork needed for the account of Walmart', rules: [] },
  // Round 44 (LED signage for the Gulf, yarn and trims for South Asia and Turkey; FBA kitchenware, PPE for Africa, pumps for Central Asia).
  {
    text: 'last chance friend!! after tonight the special price on polyester DTY 150D is finish and we sell the stock to Karachi buyer',
    rules: [PRESSURE],
  },
  {
    text: "Boss only give me this price until 12 o'clock tonight. after that other factory take the same fabric and 20,000 meters gone",
    rules: [PRESSURE],
  },
  {
    text: 'Final warning: if you dont confirm PI today we charge 50 USD per day for keeping your fabric in our warehouse',
    rules: [PRESSURE],
  },
  {
    text: 'Dear the port of Ningbo will close 7 days from Monday, if you dont confirm the booking today your 40HQ slot is released and new rate is +1800usd',
    rules: [PRESSURE],
  },
  {
    text: 'if you no reply in 2 hours we cancel the order and your deposit is not refundable',
    rules: [PRESSURE],
  },
  {
    text: 'sir government of China stop exporting masks from next week, you must decide today or never get this quantity',
    rules: [PRESSURE],
  },
  {
    text: 'dear storage in Felixstowe is £65 per day from tomorrow, you must clear today or goods auction after 14 days',
    rules: [PRESSURE],
  },
  {
    text: 'pls answer me on whatsapp immediately, problem with your shipment, if no reply in 1 hour the container go back',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Bom dia, me chama no WhatsApp urgente, sua carga de luvas só será liberada hoje se confirmar comigo agora',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'Sir ji, sample ka payment Alibaba pe kar diya hai, please dispatch jaldi kar dena', rules: [] },
  { text: 'after that we will ship to your forwarder', rules: [] },
  { text: 'after that the price will be lower for bigger quantity', rules: [] },
  { text: 'es urgente el diseño del logo', rules: [] },
  { text: 'if no reply today I will call you tomorrow', rules: [] },
  // Round 45: construction materials for the Gulf and East Africa, private-label cosmetics, machinery for West Africa and Ethiopia, party goods for Latin America, small appliances for Japan and Korea.
  { text: 'Sample invoice: the Pay button will show in your alibaba order within 10 min', rules: [] },
  {
    text: 'last chance my friend. 11,800 usd for the 2-ton flour mill is only until friday, after that steel price up and a buyer from Kano want take this machine',
    rules: [PRESSURE],
  },
  {
    text: "Sir customs at Tema say if we don't clear by Thursday the container become overtime cargo and penalty GHS 2,500 every day. pls confirm today",
    rules: [PRESSURE],
  },
  {
    text: 'the lathe is last one in stock and 2 customers asked today. i can keep until tonight only, after that i sell. let me know',
    rules: [PRESSURE],
  },
  { text: 'our terms: late delivery penalty USD 100 per day, paid by us', rules: [] },
  { text: 'Last chance. Please confirm the artwork by Friday.', rules: [] },
  // Round 45's deadlines: a penalty added tomorrow, a rate that goes up, 'no guarantee' after Monday, returned to China, the next ship, 'bukas wala na', 'قبل ما تزيد', 'o el contenedor no sale'.
  {
    text: 'Mombasa KPA storage is running on your 2x40HC sanitary ware. we need USD 2,150 clearing charges to our Nairobi agent via M-Pesa paybill today, tomorrow KRA add penalty',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'رسوم الأرضيات في ميناء جبل علي 600 درهم يوميا، ادفعها نقدا لمندوبنا في ديرة اليوم قبل ما تزيد',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir bayaran nyo na po ngayon yung balance sa GCash ng agent namin, bukas wala na po yung production slot',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bros abeg dollar rate don change again, send the balance to my Opay 8023114559 today today before rate go up',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi! Christmas stock almost finish 🎄 if you send the deposit by Wise today to our account (I send details) we reserve 300 cartons for you. After Monday no guarantee',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hermano, solo hoy tengo este precio de las piñatas. Mándame el depósito por Binance USDT y escríbeme al Telegram @pinata_yiwu_ana para pasarte la dirección',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Your parcel of sample slippers is held at customs in Lima, pay 95 USD tax by Western Union today or it return to China',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Importante: el banco en China congeló nuestra cuenta. El saldo de USD 6,720 de los zapatos hay que pagarlo HOY a la cuenta de nuestro socio en Panamá o el contenedor no sale',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: '대표님 안녕하세요. 에어프라이어 KC 시험은 어제 통과했습니다. 다만 이번 주 금요일까지 잔금 12,400달러를 저희 홍콩 개인 계좌로 보내주셔야 선적 스케줄이 유지되고, 늦으면 다음 배는 3주 후이고 창고료도 발생합니다. 포장 사진은 내일 보내드리겠습니다.',
    rules: [PAY, PRESSURE],
  },
  // Probe round 46 (sporting goods and pet supplies for Eastern Europe and Oceania; garments and jewellery for Asia, the Gulf and Africa), and round 45's last misses.
  {
    text: 'The PI number changed to PI-2309-B because you added 2 colors, bank nothing change, just pay in Alibaba',
    rules: [],
  },
  { text: 'if the sample is wrong i will have big problem with my customer', rules: [] },
  // Probe round 48 (clinic equipment and farm inputs for India, Nigeria, Brazil, the Philippines, Kenya, Morocco, Egypt and Turkey; truck parts for Russia, Central Asia, Mongolia and Georgia, school goods and toys for southern Europe).
  {
    text: 'Bwana containers are filling fast before the rains, confirm order leo ama bei itapanda 15% na hutapata nafasi kwenye meli',
    rules: [PRESSURE],
  },
  // Round 48's leftovers: a deadline to confirm the order with a price or the goods at stake, in English, Romanian and Mongolian; a parcel that returns to sender; "give me WhatsApp".
  {
    text: 'Last reminder friend, give me WhatsApp today or I cannot keep your quote, new price from monday',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'last chance for school season!! only 2 production lines free, confirm the PO today or your glitter pens will not be ready before September',
    rules: [PRESSURE],
  },
  {
    text: 'Dacă nu confirmați comanda până luni, pierdeți prețul și livrarea înainte de 15 septembrie nu mai e posibilă',
    rules: [PRESSURE],
  },
  {
    text: 'Маргааш хүртэл захиалгаа баталгаажуулахгүй бол үнэ 15% өснө, бараа өөр худалдан авагчид зарагдана шүү',
    rules: [PRESSURE],
  },
  {
    text: 'Your shipment is on hold. Update delivery address within 12 hours or it returns to sender: https://dhI-express-update.com/RU/8841',
    rules: [LINK, PRESSURE],
  },
  { text: 'confirm the order today otherwise you lose the price', rules: [PRESSURE] },
  { text: 'Please confirm the order this week, otherwise production moves to next week', rules: [] },
  { text: 'we confirm the order today, otherwise we lose the slot', rules: [] },
  { text: 'Маргааш хүртэл загвараа баталгаажуулна уу', rules: [] },
  {
    text: 'If the address is wrong the courier returns the parcel to sender, you can check tracking on dhl.com',
    rules: [],
  },
  // Round 49's fixes: a deadline to confirm, with the goods sold to another buyer, in Haitian Creole and Malay.
  {
    text: 'Encik kalau tak confirm hari ni, stok minyak wangi attar ni kami jual kat pembeli Brunei, dah ada orang tanya',
    rules: [PRESSURE],
  },
  {
    text: 'Si ou pa konfime jodi a, n ap vann bato a bay yon lòt kliyan Okap, li deja mande pou li',
    rules: [PRESSURE],
  },
  // Round 49's leftovers: a price change at an hour, days left on a promotion, containers and parcels lost after a deadline.
  {
    text: 'Reply quick pls, call me on whatsapp now +86 189 5520 4137, the price from factory change at 5pm',
    rules: [PRESSURE, CONTACT],
  },
  {
    text: 'only 2 day left for promotion price of 500 coffee cups with logo, pay deposit direct to boss account and we start today, after weekend price is normal',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Shipping company want freight paid before Monday or container give to other. Pls TT 2,380 USD to forwarder account: Hui Tong Logistics, Bank of Communications, 6222 6008 1100 7345 112',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, the customs fee for your DJ mixer parcel is 95 USD, pay by Steam or Apple gift card today or parcel will return to China',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'last chance friend, after this week we cannot hold your production slot anymore, machine go to next customer in line',
    rules: [PRESSURE],
  },
  { text: 'our prices change at 9am each monday when the copper index updates', rules: [] },
  { text: 'after the holiday the price is normal again, no more surcharge', rules: [] },
  {
    text: 'only 3 days left before the factory closes for new year, we will ship your order on the 28th',
    rules: [],
  },
  // Probe round 50 (vape, aquarium and baby goods; construction machinery, tyres and 3D printing; Portugal, Brazil, Vietnam, the Baltics, Central Africa, the Pacific, Central Asia, the Caucasus, Bangladesh, Sri Lanka, Eastern Europe, Mexico).
  {
    text: 'Only 2 days left!! after that factory holiday start, your strollers wait until March and new price is 12% higher',
    rules: [PRESSURE],
  },
  {
    text: 'Dear friend this is the last chance, other buyer from Gabon will take all 300 strollers if you dont confirm the PI in 3 hours',
    rules: [PRESSURE],
  },
  { text: 'Amigo, não consigo pagar hoje, salário só sexta, tudo bem?', rules: [] },
  {
    text: 'Добрый день! Последний шанс — цена на 10 тонн PETG действует до 18:00 сегодня, потом +12% и очередь на производство 45 дней',
    rules: [PRESSURE],
  },
  // Probe round 51 (fertilizer and farm machines, medical disposables and LED signs for East Africa, Nigeria, Pakistan, Egypt, Morocco, the Philippines, Thailand, Turkey, Poland, Italy and Greece; pet goods, cosmetics packaging and kitchenware for East Asia, Southeast Asia, Nepal, Mongolia, New Zealand, Spain, Argentina, Austria and Switzerland).
  {
    text: 'If you cancel this order now Alibaba will close your buyer account, pls confirm today',
    rules: [PRESSURE],
  },
  {
    text: 'Port storage will start charging 120usd/day from Monday, pls confirm the shipping docs ASAP',
    rules: [PRESSURE],
  },
  {
    text: 'Final warning: your booked 40ft slot expires 5pm today, after that freight go up 800 usd',
    rules: [PRESSURE],
  },
  {
    text: 'Our "Last Chance" clearance section on the Alibaba store has 30% off pet toys until stock finish',
    rules: [],
  },
  {
    text: 'Payment via Alibaba first, then we start production. No payment no production sorry, company rule',
    rules: [],
  },
  // Probe round 52 (furniture, bicycles and valves for France, Belgium, Québec, Senegal, Côte d'Ivoire, Algeria, Tunisia, Iran, Israel, Romania, Moldova, Serbia, the Netherlands, Indonesia and Malaysia; solar gear, cameras and printing for Southern and East Africa, Sudan, Somalia, the Gulf, India, Bangladesh, the US, Colombia and Venezuela).
  {
    text: "Dernier délai lundi, après on vend les 80 vélos à un client de Marseille qui attend déjà avec l'argent",
    rules: [PRESSURE],
  },
  {
    text: 'agha ta farda pool ro nafrestin gheymat avaz mishe, dollar dare mire bala, man nemitunam negah daram',
    rules: [PRESSURE],
  },
  // Probe round 54 (sportswear, camping gear and instruments in the English most chats are written in; appliances, lighting and office furniture in the big marketplace languages).
  {
    text: 'Arkadaşım bu son şans, eski fiyattan sadece 3 palet karbon çadır direği kaldı. Polonyalı bir müşteri hepsini istiyor, bugün ödeme yapmazsan ona satmak zorundayım',
    rules: [PRESSURE],
  },
  {
    text: 'Guten Tag, ab morgen steigt der Aluminiumpreis, alle Angebote für Campingtische +12%. Heute ist der letzte Tag zum alten Preis, danach kann ich nichts mehr machen',
    rules: [PRESSURE],
  },
  {
    text: 'Last call for questions: the factory closes tonight for the holiday, we reopen on the 8th',
    rules: [],
  },
  { text: 'last call for boarding, the gate closes today', rules: [] },
  {
    text: 'Dear, this is final notice: the engineering slot for your custom BMS board expires tonight. no confirm = we release the engineer to other project and you wait 6 more weeks, plus NRE fee go up',
    rules: [PRESSURE],
  },
  {
    text: 'Urgent: please confirm the color of the cable jacket today because the factory needs it to start extrusion, otherwise delivery is one week later (price stays the same)',
    rules: [],
  },
  {
    text: 'Urgent pls: which color code do you want for the wires? Production waiting for your reply',
    rules: [],
  },
  {
    text: 'last chance friend 2000 pcs teddy bear i only keep until 6pm after that sell to russia customer he already want',
    rules: [PRESSURE],
  },
  {
    text: 'phi kha tha mai jai ngern wan nee, nong ja khai hai kon eun na kha, mee kon ror yoo laew',
    rules: [PRESSURE],
  },
  {
    text: 'ta paixnidia fevgoun avrio, an den plirwseis simera xaneis tin timi kai to slot',
    rules: [PRESSURE],
  },
  {
    text: 'only 2 days left for this price of the clogs, after that +1.2 usd each and no stock guarantee',
    rules: [PRESSURE],
  },
  { text: 'your pickup booking expires today, pls rebook in the DHL app', rules: [] },
  // Probe 56 (machinery and spare parts agents; commodity brokers, food and cosmetics) and leftovers of probe 55.
  {
    text: 'Dear sir you didnt reply, pls call me +971 55 014 2290 today, the discount on the vinyl ester resin is only valid until 6pm Dubai time, after that my boss cancel this price',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Dear friend, Mombasa port will start charge demurrage 85 USD per day from tomorrow for your container of loader tyres, confirm the documents quickly or cost is on you',
    rules: [PRESSURE],
  },
  {
    text: 'Madam, another buyer in Tashkent want the same 10 units 30kVA silent generators, he ready to pay tomorrow. If you want keep them you must pay deposit today',
    rules: [PRESSURE],
  },
  {
    text: "Buyer from Qatar already offered 20usd more per MT for the same 25,000 MT. If you don't sign the FCO by tomorrow noon we allocate to him.",
    rules: [PRESSURE],
  },
  {
    text: "Customs in Lagos will auction the goods if you don't clear in 5 days, penalty N250,000 per day after. Act fast!!",
    rules: [PRESSURE],
  },
  {
    text: 'sir ship leave Santos on 14th, if your payment not confirm the cargo roll to next vessel and you pay 3000usd extra freight + demurrage',
    rules: [PRESSURE],
  },
  {
    text: 'We have 3 other buyers for this frozen chicken, first to send POF take the cargo. Today is the last day.',
    rules: [PRESSURE],
  },
  {
    text: 'Mr Hassan, the refinery closes the tranche at 23:59 Dubai time tonight, your spot will be given to the Chinese buyer waiting. No extension.',
    rules: [PRESSURE],
  },
  {
    text: 'Mijn vriend, het bod van de andere koper verloopt morgen. Tekent u vandaag niet, dan gaat de hele partij koffie naar hem.',
    rules: [PRESSURE],
  },
  {
    text: 'Yedek alıcı hazır. Bugün kaparo onayı gelmezse fındık siparişiniz iptal edilir ve fiyat garantisi kalkar.',
    rules: [PRESSURE],
  },
  {
    text: 'the port will start charging storage 20 USD per day after 14 free days, as written in the contract',
    rules: [],
  },
  {
    text: 'The other buyers asked the same question, first to confirm the drawing gets the earlier production date, no extra cost',
    rules: [],
  },
  // Leftovers of probe 55 fixed in this session.
  {
    text: 'friend plz send sample fee 45 usd paypal f&f today, after today sample room close for CNY 1 month',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'bugün havale yapmazsan kumaşı başka müşteriye veriyorum, hesap numarasını yukarıda attım',
    rules: [PAY, PRESSURE],
  },
  // Probe 57 (electronics for online sellers and fake notices; furniture and building materials for contractors).
  {
    text: 'sir urgent!! customs Rotterdam need your EORI and signed docs TODAY or container goes to physical inspection + demurrage. call me on whatsapp now +31 6 8271 0945',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'The forwarder I use is DSV Hamburg, pls release the goods to them with the original B/L',
    rules: [],
  },
  { text: 'same price friend, I send you new order in 10 min', rules: [] },
  {
    text: 'Your Trade Assurance order #1029384756 will be cancelled in 12 hours. Confirm shipping address now https://ta-alibaba.support/confirm',
    rules: [LINK, PRESSURE],
  },
  {
    text: "Khouya ila ma confirmitich lyoum l'usine ghadi tbi3 zellige l client akhor, w prix ghadi itla3 simana jaya, ma3andich waqt",
    rules: [PRESSURE],
  },
  {
    text: 'Sir reply me on WhatsApp NOW, only 2 hours left before factory gives your marble block to other buyer',
    rules: [CONTACT, PRESSURE],
  },
  // Near misses of probe 57's new cues.
  { text: 'we never give your design to other buyers, the mould is only for you', rules: [] },
  { text: 'hindi namin ibibigay sa ibang buyer ang design niyo, promise po', rules: [] },
  { text: 'please send the samples to Lily Wang, she is my colleague in QC', rules: [] },
  { text: 'call before 5pm or our team will leave the office, tomorrow is also ok', rules: [] },
  { text: 'the price in my last message was for other client, sorry, yours is 4.20 usd', rules: [] },
  { text: 'report is on https://www.v-trust.com/report/8812, the AQL passed', rules: [] },
  // Probe 58 (medical and beauty devices with certificate pretexts; packaging, printing and promotional goods for events).
  {
    text: 'last 2 slots in the production line for the KN95 this month, if you not confirm until tonight we give to the buyer from Dubai',
    rules: [PRESSURE],
  },
  {
    text: 'This is the last chance dear, after today the FDA listing slot is closed and your gloves cannot enter USA',
    rules: [PRESSURE],
  },
  {
    text: 'You already confirm, production started. Pay today or we charge 200 usd per day for stopping the line',
    rules: [PRESSURE],
  },
  {
    text: 'warehouse will charge you 50usd every day from Monday for your roll-up banners if you not arrange pickup, and after 10 days we destroy the goods',
    rules: [PRESSURE],
  },
  {
    text: 'أخي، المعرض بعد أسبوع! إذا ما وصلنا الدفع اليوم سعر الشحن السريع يتضاعف وما نضمن وصول البنرات قبل الافتتاح',
    rules: [PRESSURE],
  },
  // Probe 59 (re-orders, refunds and hacked accounts for home goods; industrial raw materials in Asian business styles).
  {
    text: 'Αγαπητέ πελάτη, η παραγγελία σας για τα ανταλλακτικά μπλέντερ θα ακυρωθεί σε 12 ώρες. Επιβεβαιώστε εδώ: http://alibaba-orders.gr-confirm.net/8812',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'amigo último día para confirmar, mañana el precio de las sillas de jardín sube 15% y perdemos el hueco en el contenedor',
    rules: [PRESSURE],
  },
  // Probe 60 (jewellery, watches and bags for social-commerce sellers; e-bikes and batteries for buyers whose banks can't pay China).
  { text: 'oya I don pay for the sample inside Alibaba, make una ship am quick quick', rules: [] },
  {
    text: 'Yes we can ship express today if the order is paid in Alibaba before 4pm, otherwise tomorrow, no problem',
    rules: [],
  },
  {
    text: 'If possible pay balance before 20th then we can book vessel of 25th. If later no problem, next vessel one week later',
    rules: [],
  },
  // Probe 61 (farm machinery and tenders in Africa, Asia and the Pacific; toys and party goods for first-time importers).
  {
    text: 'If you dont confirm today the greenhouse steel frame slot in production we give it to the Zambia govt project, next free slot is only in 3 months',
    rules: [PRESSURE],
  },
  {
    text: 'Senhor, se não confirmar a encomenda até sexta-feira perde o desconto do concurso e as 40 motobombas vão para outro distribuidor em Nampula.',
    rules: [PRESSURE],
  },
  {
    text: 'Friend we cannot keep the cold storage for your vaccines any more, from Monday 150 USD per day demurrage and after 10 days the shipment is destroyed by the port.',
    rules: [PRESSURE],
  },
  {
    text: 'Sehr geehrte Frau Klein, die Sonderpreise für die Weihnachtsdeko gelten nur bis heute 18 Uhr. Danach verkaufen wir die restlichen 2000 Stück an einen anderen Kunden.',
    rules: [PRESSURE],
  },
  // Near misses of probe 61's new cues.
  {
    text: 'Hi, trade show follow up: my colleague says you prefer to talk here on Alibaba, fine for me',
    rules: [],
  },
  {
    text: 'Engineer can come, buyer cover air ticket, hotel and 100 USD/day, we add this cost into the Alibaba order as service',
    rules: [],
  },
  { text: 'le paso la cuenta del pedido en Alibaba para que pague ahí', rules: [] },
  // A threat to report the buyer's account, not a changed receiving account
  {
    text: 'sir if you cancel now you will pay 30% penalty, and we will report you to alibaba, account closed',
    rules: [PRESSURE],
  },
  // Round 62: steel structures and cranes for contractors from the Caucasus to the Andes; hair and beauty supplies for salons and online resellers; and earlier rounds' fake security notices about the buyer's own account
  {
    text: 'Chị ơi giá này em chỉ giữ được 2 tiếng thôi, sau đó nguyên liệu tăng 30% là em không giữ 100 bó cho chị được đâu',
    rules: [PRESSURE],
  },
  {
    text: '最后通知！您预留的500个5x5 closure今天18:00释放给其他买家, no extension 不能延期',
    rules: [PRESSURE],
  },
  {
    text: 'Sir we hold the 3 tower cranes for you only till tomorrow 12:00. after that warehouse release them to other client and new production need 45 days',
    rules: [PRESSURE],
  },
  {
    text: 'Если не подтвердите заказ до 25 декабря, цена на металлоконструкции вырастет на 12%, завод закрывается на праздники и ваш слот потеряете',
    rules: [PRESSURE],
  },
  {
    text: 'dear after 31.12 our export license renew and we can not ship 2 months, so u must finalize order today or wait till March with new higher price',
    rules: [PRESSURE],
  },
  // Round 63: kitchen equipment for restaurants and hotels around the Mediterranean, the Gulf and South Asia; account takeovers and people posing as the supplier's finance team, with buyers quoting the messages back to ask if they were real
  {
    text: 'Another buyer from Dubai is ready to take all 600 sets of the inverter stock. If you dont confirm by 6pm I have to give it to him, sorry my friend',
    rules: [PRESSURE],
  },
  {
    text: 'Bro someone in your account wrote "pay today or container go to other buyer". Not your style lol, is it hacked?',
    rules: [],
  },
  // Round 64: furniture and décor for designers and short-let hosts in Australia, New Zealand, Canada, the UK, Ireland and South Africa; chips and modules from Shenzhen brokers for engineers in Europe, Israel, India, the US, Japan, Korea and Brazil
  {
    text: 'boss say the 20 chairs reserved for you only until tonight, after that release to other customer and your production slot also gone',
    rules: [PRESSURE],
  },
  {
    text: "we will charge warehouse storage USD 30 per day from tomorrow if you don't arrange pickup, and after 15 days the goods will be disposed",
    rules: [PRESSURE],
  },
  {
    text: "Dernier jour pour le prix promo sur les miroirs! demain le prix remonte et le stock part vite, confirmez aujourd'hui svp",
    rules: [PRESSURE],
  },
  { text: 'ok I make special price for 6 sets, send quotation here in 1 hour', rules: [] },
  { text: 'urgent q: does the 3m runner come in navy? client meeting in an hour 😬', rules: [] },
  {
    text: 'the broker who hold the stock want answer in 30 min, 4.2 USD only now, later 6.5 or no stock',
    rules: [PRESSURE],
  },
  {
    text: 'Hej, om ni inte bekräftar ordern idag säljer vi de 2 rullarna till en annan kund i Tyskland.',
    rules: [PRESSURE],
  },
  { text: 'boss approved, placing order now via alibaba 👍', rules: [] },
  // Round 65: fishing gear and boat parts for cooperatives and marine shops in Southeast Asia, West Africa, the Andes and the Nordics; used goods and stock lots for small importers in Africa, the Middle East, South Asia and Latin America
  {
    text: 'Sir you must confirm within 2 hours, the ocean freight to Nouakchott going up 800 USD next week and the last space on the vessel will go to other client',
    rules: [PRESSURE],
  },
  {
    text: 'This is last price and last day. Tomorrow the lot of 150 forklift batteries go to auction, you will lose your chance',
    rules: [PRESSURE],
  },
  { text: 'IMEI all clean, not blacklisted, you can check each one on imei.info before shipping', rules: [] },
  // Round 66: supplements and private-label health products for gyms, brands and pharmacies in the Americas, the Gulf, Eastern Europe, Central and Southeast Asia; and the short fragments people type on phones mid-deal
  { text: 'tdy or gone', rules: [PRESSURE] },
  { text: 'price only till tonite, tmrw +15%', rules: [PRESSURE] },
  { text: 'ur acc will be closed if no pay tdy', rules: [PRESSURE] },
  { text: 'сегодня или продадим другому', rules: [PRESSURE] },
  { text: 'oggi o perdi il prezzo', rules: [PRESSURE] },
  {
    text: 'last chance to add items before we close the container on friday, after that it goes to the next shipment',
    rules: [],
  },
  // Round 67: fabrics, lace and bridal textiles for tailors and boutiques in West Africa, South Asia, the Gulf, North Africa, Turkey and Southeast Asia; long formal letters, real and fake
  {
    text: 'my sister this george is the last stock for december owambe, after today no more, one buyer from Onitsha want to pay for all',
    rules: [PRESSURE],
  },
  // Probe 68 (bulk commodities with mandates and port agents; machinery and its installing engineers; eyewear and watches).
  {
    text: 'تنبيه: لا نطلب أي رسوم تخزين أو رسوم فحص مقدماً. فحص SGS يتم عن طريقكم مباشرة وبفاتورة رسمية منهم.',
    rules: [],
  },
  {
    text: 'Καλησπέρα, τα ανταλλακτικά για τη μηχανή συσκευασίας (αντιστάσεις σφράγισης και μαχαίρι) είναι διαθέσιμα μόνο σήμερα. Αν δεν πληρώσετε σήμερα, αύριο θα τα πάρει άλλος πελάτης και η επόμενη παρτίδα είναι σε 6 εβδομάδες.',
    rules: [PRESSURE],
  },
  // Probe 69 (auto parts, tyres and batteries where currency controls and sanctions are the pretext; toys and Christmas goods for European shops, with accounting e-mails).
  {
    text: 'Oga the goods don land Apapa. Our agent go clear am for you, just pay N14.5m into him Zenith account 10xxxxxx4 (Chukwuemeka Obi) before Friday, if not terminal charges go start to count and e go pass your profit',
    rules: [PRESSURE],
  },
  {
    text: 'el as3ar hatzeed awel el shahr 3ashan el dollar, law 3ayez el kawetsh bel se3r da lazem teb3at el flos el naharda, ba3d keda mesh ha2dar asbetlak 7aga',
    rules: [PRESSURE],
  },
  {
    text: 'تەنها ٢٠ پاتری ماوە بەم نرخە، کڕیارێکی تر لە سلێمانی دەیەوێت. تا ئێوارە بڕیار بدە ئەگینا دەیدەم بەو.',
    rules: [PRESSURE],
  },
  {
    text: 'Oga this price na only till Friday o, after that Naira go fall again and I no fit hold am for you. Other customers don dey book.',
    rules: [PRESSURE],
  },
  {
    text: 'Kedves Vevő, ha ma 17 óráig nem érkezik meg az előleg, a gyár átadja a gyártási helyet egy másik vevőnek, és a mikulásos plüssök csak januárban lesznek készen. Holnaptól az ár is 8%-kal emelkedik.',
    rules: [PRESSURE],
  },
  {
    text: 'Poštovani, ako uplata ne stigne do petka, gubite mjesto u kontejneru za Božić, a sljedeći polazak je tek 15. siječnja.',
    rules: [PRESSURE],
  },
  {
    text: 'Container cut-off is Friday 12:00, so please confirm the shipping marks and carton labels by Thursday. Payment is already done through the order.',
    rules: [],
  },
  {
    text: 'IMPORTANTE: por auditoría anual la cuenta anterior quedó inhabilitada. Cualquier pago enviado ahí se perderá. Los nuevos datos bancarios están en la factura adjunta.',
    rules: [CHANGE, PRESSURE],
  },
  // Probe 70 (parts and electronics traded past sanctions and blocked banks, by suppliers and buyers; resellers' phone-typed shorthand).
  {
    text: 'ur order on hold till payment, after 48h we charge 15usd/day storage ⚠️',
    rules: [PRESSURE],
  },
  {
    text: 'yalla habibi el offer khalas bokra, edfa3 el naharda aw mafeesh',
    rules: [PRESSURE],
  },
  {
    text: 'my acc on ali got verified today 🎉 can order now',
    rules: [],
  },
  // Probe 71 (East and Southeast Asian buyers and their own wallets and apps; printing and promotional goods for Southern and Eastern Europe and Latin America).
  {
    text: 'ゴールデンウィーク前の最終便です。本日15時までにご入金が確認できない場合、出荷は5月7日以降となり、その間の倉庫保管料として1日3,000円を別途ご請求いたします。',
    rules: [PRESSURE],
  },
  {
    text: '설 연휴 공장 휴무 전 마지막 생산입니다. 내일 오전까지 결제 안 하시면 생산 슬롯 취소되고 3월 이후로 밀려요. 그때는 가격도 올라갑니다.',
    rules: [PRESSURE],
  },
  {
    text: 'Hari Raya dah dekat. Kalau tuan tak bayar sebelum Jumaat, kami kena caj storan RM50 sehari dan slot kontena akan hilang.',
    rules: [PRESSURE],
  },
  {
    text: '快啲啦，今晚12點前唔過數，聽日農曆新年公司放假十日，啲貨我要俾第二個客㗎喇',
    rules: [PRESSURE],
  },
  {
    text: 'สินค้าล็อตนี้เหลือแค่ 200 ชิ้น มีลูกค้าเวียดนามรอจ่ายอยู่ ถ้าพี่ไม่จ่ายภายใน 2 ชั่วโมงผมขายให้เขานะครับ',
    rules: [PRESSURE],
  },
  {
    text: '年末年始の休業前に必ずご入金ください。1月6日以降は新価格（+10%）となり、今回確保している在庫も解放いたします。',
    rules: [PRESSURE],
  },
  {
    text: '年貨大街檔期快到了，今天沒付訂金的話我們就把這批寵物推車給別家，之後要再等三個月',
    rules: [PRESSURE],
  },
  {
    text: 'The deadline today is only for artwork sign-off so we keep the production slot before Chuseok. Payment is already done.',
    rules: [],
  },
  {
    text: 'Last message from me: the price for the 10,000 printed mugs is valid only until tonight 23:59. Tomorrow ceramic cost goes up 18% and I cannot keep it, another buyer from Germany want the same production slot. Please place the Trade Assurance order now.',
    rules: [PRESSURE],
  },
  {
    text: "Le ricordo che l'offerta sulle 2000 tazze stampate scade oggi alle 18. Dopo quell'ora il prezzo torna a 2,40€ e lo slot di produzione di novembre viene assegnato a un altro cliente. Confermi subito l'ordine su Alibaba, non posso tenerlo oltre.",
    rules: [PRESSURE],
  },
  // Probe 72 (tenders and donors' deadlines for NGOs and hospitals in Africa, Madagascar, Sudan and Haiti; long messages that turn risky in one sentence, or quote a scam to ask about it).
  {
    text: 'Mwishyure order kuri Alibaba uyu munsi, ejo igiciro kiziyongeraho 10% kandi hari undi mukiriya uyishaka.',
    rules: [PRESSURE],
  },
  {
    text: 'Hi Brian, re your question: "the container leaves in 6 hours" — yes that\'s true, the vessel at Yantian sails tonight, but your sofas are already loaded and the payment was completed on Alibaba last week, so nothing for you to do. I\'ll upload the B/L copy to the order tomorrow. ETA Savannah 4 July.',
    rules: [],
  },
  // "Payment is already done" quiets a deadline only when no balance is asked for after it.
  {
    text: 'Deposit payment is already done. Now pay the balance today or the container leaves without your goods.',
    rules: [PRESSURE],
  },
  // Probe 72's long ordinary messages, quiet after its second round of fixes: quoted words in a warning, deadlines not about paying, French 'n'… ni', lists that run on after 'or to'.
  {
    text: 'Hi Oliver, cheers for approving the packaging! 2,000 smart bulbs (E27, 9W, Tuya app) flashed with your firmware v1.3.2, 4h burn-in done, 3 pcs replaced. Pairing tested with Alexa and Google Home. Ready to ship 22 May by sea LCL via your forwarder (Kuehne+Nagel, ref KN-UK-55302). Please pay the balance on the Alibaba order, then I release the goods to K+N. Thanks!',
    rules: [],
  },
  {
    text: 'Dear Emily, about your question on the new PI: yes, we sent a new PI today, because you added 2,000 pcs of the mini tubes — the quantity and total changed, nothing else. The bank is the same and the payment is still through the Alibaba order (order no. 2247 8812 0051). The PI is just for your records and customs.',
    rules: [],
  },
  {
    text: "Dear Customer, please note our Alibaba store has a new account manager from today, Ms. Vivian Zhao, because Cindy moved to the design team. You will see Vivian's name in this chat. Nothing else changes: same company, same products, same payment through Alibaba Trade Assurance. Cindy will still check your artwork.",
    rules: [],
  },
  {
    text: 'Bom dia, Sr. Carlos! Sobre a sua pergunta: sim, o contêiner pode sair já na próxima semana, mas só se o senhor aprovar a amostra da cor do tecido até sexta. Não tem nada a ver com pagamento, é só para a fábrica de tecido tingir o lote certo. O saldo fica para depois da inspeção, via Alibaba.',
    rules: [],
  },
  {
    text: 'Dear Priya, gentle reminder to approve the gold hot-stamping proof for the serum bottles. Our printing line is free on 27–28 May; after that the next slot is 10 June. This only affects the production date — payment stays after QC, on the Alibaba order. Best, Helen',
    rules: [],
  },
  {
    text: 'Dear Customer Service Team template (internal, pls use):\nHello {name}, thank you for your inquiry!\n1) Please tell us model, quantity and destination port.\n2) We will send a quotation in this chat within 24h.\n3) After you confirm, we create a Trade Assurance order for you.\n4) Pay the deposit on Alibaba → production starts.\n5) QC report + photos before the balance.\n6) Pay the balance on Alibaba → shipment.\nReminder: never share personal WhatsApp or bank details with buyers.',
    rules: [],
  },
  {
    text: 'Hi Oliver, re your "last chance" email: I think you meant the Black Friday promo at your shop, right? 😄 From our side, there\'s no deadline for the bulb payment. If you want the next batch in stock before November, the only date that matters is the artwork approval by 15 August.',
    rules: [],
  },
  {
    text: "Priya, thank you for telling me! That's not from us — we never send short links and never use UPI. Your quote is valid until 30 June, there's no \"today only\". Please ignore it; the real order is 2258 1009 4402 on Alibaba. I'll report the account that sent it. Helen",
    rules: [],
  },
  // Deadlines said not to be about paying, the supplier's own timing, a start, and goods released to the buyer's forwarder.
  {
    text: 'Urgent for the artwork (not payment): we need the approved proof before Friday or the printing slot moves to next month.',
    rules: [],
  },
  {
    text: 'Please note a new sales manager handles your account from today. Nothing else changes, the payment stays on the Alibaba order.',
    rules: [],
  },
  {
    text: 'We will send the revised quotation in this chat within 24 hours. After you confirm, pay the deposit on the Alibaba order.',
    rules: [],
  },
  {
    text: 'Balance is paid on the Alibaba order, then we release the goods to your forwarder DSV.',
    rules: [],
  },
  {
    text: 'Pay the balance today or we release the goods to another buyer.',
    rules: [PRESSURE],
  },
  // Deadlines the message says nothing hangs on for paying.
  {
    text: 'If we get your decision on the configuration by Friday, we can start Monday. If not, no problem, the next slot is in 10 days.',
    rules: [],
  },
  {
    text: 'The last roll of fabric arrives tomorrow; our fabric supplier is paid by us, it has nothing to do with your payment.',
    rules: [],
  },
  {
    text: "If you don't pay today nobody can help you, the goods will be auctioned.",
    rules: [PRESSURE],
  },
  // Probe 73 (long messages of 250–1,000 characters: order updates, payment-term answers, notices about impostors that quote them, forwarded mails and SMS checked with the supplier, spec sheets of payment equipment; farms, hotels, schools and trucks in Africa, the Gulf, the Caribbean and the Pacific).
  {
    text: "Hi Chris, thanks for your patience on the modular sofas.\nJust so you know, we have a production slot on Monday, and if we get your decision on the final configuration (L-shape left or right chaise) by Friday, we can start then. If not, no problem, the next slot is in 10 days. Nothing changes in the price.\nAlso the deposit: please pay it on the Alibaba order whenever your finance is ready. We don't need it before the configuration is fixed anyway.",
    rules: [],
  },
  {
    text: "Hi Hannah, update on the dress order:\nSewing is 70% done, the first 800 pcs passed our internal QC, photos attached. The last roll of fabric arrives from the mill tomorrow; our fabric supplier is paid by us, it has nothing to do with your payment.\nYour balance will appear in the Alibaba order after the final inspection next week. We plan to ship on the 28th. Could you send the hangtag barcode file by Monday? That's the only thing we need from you right now.",
    rules: [],
  },
  {
    text: 'Dear Mr. Ivanov,\nFor the installation of the 2 RO water treatment systems: the engineer service is included in the Alibaba order (line 3, "installation & commissioning, 5 days"). You don\'t need to pay anything separately.\nThe engineer can travel from the 10th of next month. We need your invitation letter by the 25th of this month to apply for the visa in time. If the letter comes later, we simply schedule the trip later, no problem.\nPlease also prepare the feed water analysis report, we need the TDS and hardness values to set the membranes.',
    rules: [],
  },
  {
    text: "Hi Kevin, this is Joe (buyer side).\nI got your message \"if you pay today we can ship on the Friday vessel\". Just to be clear from our side: we are paying the balance on the Alibaba order, our finance releases payments on Thursdays, so it'll be Thursday. If that means we miss Friday's vessel, that's fine, we'll take the next one.\nAlso, please confirm the forwarder (Expeditors) has the right pickup address, they will invoice us directly for the freight and THC at destination.",
    rules: [],
  },
  {
    text: 'Dear customers,\nDue to the Dragon Boat Festival, our factory will be closed from 10 to 12 June. Production resumes on 13 June. Orders confirmed before 7 June will keep their delivery dates.\nDuring the holiday, the sales team will check Alibaba Messenger twice a day. Please do not trust messages from other accounts claiming to be our "holiday duty team" and asking for urgent payments; we don\'t have such a team.\nAll payments continue through the Alibaba order only.\nHappy holidays! Guangzhou Luxe Garments',
    rules: [],
  },
  {
    text: "Hi Joe,\nYes, exactly: the deadline today was only for the artwork approval, so we can make the printing plates tomorrow. Nothing to pay now.\nWe moved the barcode 3mm left as requested, new photo attached. If you confirm, we'll print on Thursday and the boxes will be ready in 12 days.\nThe balance will appear in the Alibaba order when the boxes are packed, and you pay there. Your forwarder can pick up from our warehouse as usual.",
    rules: [],
  },
  {
    text: "Dear Mr. Ferreira,\nWe appreciate your patience. The production of the 3 steel office cabinets models will finish next week.\nImportant: the shipping company asks for the final consignee details for the B/L, including the Brazilian CNPJ number and the importer's RADAR registration. Please send by 5 June; without them the B/L can't be issued and the booking moves to the next vessel.\nThis deadline is only for the shipping documents, not a payment. The balance stays on the Alibaba order.",
    rules: [],
  },
  {
    text: 'Hi Zoe,\nThanks for the question about the "urgent" notice from the shipping line. Yes, the freight rates are going up on 15 June, but since your forwarder booked the space already at the old rate, you\'re not affected.\nThere is nothing urgent you need to pay to us. The balance for the tote bags can be paid on the Alibaba order after you approve the final photos. Your forwarder will collect on the 12th.\nPlease ignore any message telling you to pay "before the price increase"; that\'s not from us.',
    rules: [],
  },
  {
    text: 'Liebe Kunden,\nin letzter Zeit kursieren gefälschte Nachrichten in unserem Namen, z. B.: „Bitte zahlen Sie die Anzahlung heute, sonst verlieren Sie Ihren Produktionsslot und der Preis steigt um 10 %". Solche Drohungen schicken wir nicht.\nUnsere Angebote gelten 30 Tage, und bezahlt wird ausschließlich über die Alibaba-Bestellung mit Trade Assurance. Bitte melden Sie verdächtige Nachrichten hier im Chat. Vielen Dank für Ihr Vertrauen!',
    rules: [],
  },
  {
    text: "Gentile Dott.ssa Greco,\ngrazie per l'ordine di 30.000 flaconi airless e 10.000 vasetti. Le confermo che il prezzo è bloccato fino alla consegna, anche se la resina aumenterà.\nLe chiedo solo una cosa: l'approvazione del campione colore dei tappi entro venerdì, perché lunedì inizia lo stampaggio. Se le serve più tempo, spostiamo lo stampaggio alla settimana dopo, nessun problema.\nL'anticipo si paga nell'ordine Alibaba quando la sua amministrazione è pronta.",
    rules: [],
  },
  {
    text: 'Hi Kevin，你好！\n你的2000件卫衣已经全部包装好，每箱20件，一共100箱，唛头按你的要求印好了，验货报告已上传到订单里。\n关于船期：你的货代需要在周三前把订舱号发给我们，周五的船才来得及。如果来不及就排下一班，我们仓库可以免费存放30天，没有仓储费，你不用着急。\n尾款还是走阿里巴巴订单，确认装柜照片后再付就行。我们不收USDT或者其他方式，如果有人以我们名义这样要求，或者让你加什么微信、WhatsApp谈付款，请一定告诉我，那不是我们。另外请把尺码贴纸的最终文件在周一前发我，我们要提前打印。',
    rules: [],
  },
  // Probe 74 (scams that borrow the language of safety: 'that message was not from us, use our Hong Kong account', 'is this really you? - yes it's me', spec sheets that end with a deposit to me; and their honest versions; long everyday letters in packaging, lighting, e-bike, tile, pet and toy trades).
  {
    text: 'Hi Raza, 40HQ of 600x1200 glossy porcelain is palletised. The vessel cut-off is Friday 5pm; if the balance comes after that it simply goes on the next sailing (about 12 days later), no extra cost from our side apart from any freight change the line announces. Your choice, we just want you to plan the site schedule.',
    rules: [],
  },
  // Probe 78 (conversations: buyers abroad; short offers and rival buyers in six languages)
  {
    text: 'Price only for 48 hours, after that USD 145',
    rules: [PRESSURE],
  },
  {
    text: 'many buyers from Ghana waiting for this stock, please pay today',
    rules: [PRESSURE],
  },
  {
    text: 'This is special case for cosmetic from China, please follow officer instruction, otherwise you lose all goods and we can not refund',
    rules: [PRESSURE],
  },
  {
    text: 'if balance not receive we miss this boat and next one is 12 days later',
    rules: [PRESSURE],
  },
  {
    text: 'Only 3 sets left, Perth customer paying tomorrow, if you want please send deposit today',
    rules: [PRESSURE],
  },
  {
    text: 'El precio 7.40 solo esta semana',
    rules: [PRESSURE],
  },
  {
    text: 'Giá 6.500 chỉ giữ hết hôm nay, mai lên 6.900',
    rules: [PRESSURE],
  },
  {
    text: 'Вторую половину нужно до пятницы, иначе склад отдаст партию другому клиенту',
    rules: [PRESSURE],
  },
  {
    text: 'Please transfer 50% 10,500 USD this week, Ramadan demand is high and another distributor in Karachi want the same lot',
    rules: [PRESSURE],
  },
  {
    text: 'one Dubai buyer also booking YB-3320, if payment not today we cannot reserve for you',
    rules: [PRESSURE],
  },
  {
    text: 'This is today price, tomorrow 14 OLED up 2 USD',
    rules: [PRESSURE],
  },
  {
    text: 'السعر مضمون ساعة واحدة فقط بعدها ينلغي الطلب',
    rules: [PRESSURE],
  },
  {
    text: '17.5 only for today, after today 19.5 and TA only',
    rules: [PRESSURE],
  },
  {
    text: 'Price 725 only for this week, billet going up',
    rules: [PRESSURE],
  },
  {
    text: 'Курс фиксируем до среды, потом дороже на 4%',
    rules: [PRESSURE],
  },
  {
    text: 'DP 50% Rp 122.827.500 minggu ini ya pak, stok baterai tinggal sedikit',
    rules: [PRESSURE],
  },
  {
    text: 'Last machine in stock with this spec, Indonesian customer also paying deposit tomorrow, please send today',
    rules: [PRESSURE],
  },
  {
    text: 'إذا حولت اليوم نثبت لك السعر، الأسبوع الجاي الأسعار بتزيد مع رمضان',
    rules: [PRESSURE],
  },
  {
    text: 'Получили, спасибо. Вторую часть до отгрузки, склад держит товар 3 дня, потом продаём другому клиенту',
    rules: [PRESSURE],
  },
  {
    text: 'Harga promo 0.058 ini berlaku sampai jam 12 malam saja',
    rules: [PRESSURE],
  },
  {
    text: 'Many of our customers also want the grey version, we can add it',
    rules: [],
  },
  {
    text: 'the price is only for 1000 pcs and above',
    rules: [],
  },
  {
    text: 'we have only 20 units in stock of the blue one, the red is 500',
    rules: [],
  },
  {
    text: 'our distributor in Dubai also wants the same items as you',
    rules: [],
  },
  {
    text: 'if payment is not received in 30 days the order closes automatically in Alibaba',
    rules: [],
  },
  // Probe 79: the order page's Pay Now button in Chinese, receipt confirmed once the goods are in hand (Thai)
  {
    text: '可以的。我这边起草信保订单(Trade Assurance)，您在订单页面点 Pay Now，选 T/T，系统会给您这个订单专属的收款账号，您照那个转就行。不要照聊天里任何人发的账号转哦，包括我😄',
    rules: [],
  },
  { text: '对的，订单号 237766019283410052，定金 US$1,860，在订单页面点 Pay Now 付款就可以。', rules: [] },
  {
    text: 'สวัสดีครับ ยินดีครับ 1) ผมร่างออเดอร์ในระบบ มีรายการสินค้า ราคา วันส่ง 2) คุณตรวจสอบแล้วกดยืนยัน 3) ชำระเงินในหน้าออเดอร์ (บัตร หรือโอนตามข้อมูลที่ระบบให้) 4) เราผลิตและส่งของ อัปโหลดเลขติดตามในออเดอร์ 5) ได้ของแล้วคุณกดยืนยันรับสินค้า',
    rules: [],
  },
  // Probe 79's scam variants
  { text: '定金 US$1,860，请马上 pay now，不然明天涨价', rules: [PRESSURE] },
  { text: 'ของยังไม่ถึง แต่กรุณากดยืนยันรับสินค้าในระบบก่อนนะครับ', rules: [PRESSURE] },
  // Probe 79 (misses): paying today or by a day for a boat, a container or a slot, a price that rises, in seven languages.
  {
    text: "Sorry, order system already closed for us. Don't worry, same people, same factory, you have our address. Also price only valid if the PI is confirmed this week, veneer cost is increasing.",
    rules: [PRESSURE],
  },
  {
    text: 'No need to contact anyone, this is internal update. Payment should be made latest tomorrow to avoid 5% late charge.',
    rules: [PRESSURE],
  },
  {
    text: "Yes it's the payment partner, same as Alibaba. Pls pay by today so we can book the Friday vessel.",
    rules: [PRESSURE],
  },
  {
    text: 'Friday not possible sorry, production manager says line is full from next week. Deposit Wednesday latest or we move your slot.',
    rules: [PRESSURE],
  },
  {
    text: '弊社の正規代理店です。本日15時までにお振込みいただければ、明日のコンテナに積めます。遅れると次の船は2週間後です。',
    rules: [PRESSURE],
  },
  {
    text: 'Ciao Elena, confermato solo per oggi. La seta grezza sale domani, dal 1° il prezzo diventa 13,60. Se conferma e paga il 30% oggi rimane 12,80.',
    rules: [PRESSURE],
  },
  {
    text: 'Capisco, ma la tessitura vuole il deposito entro le 18 ora cinese, altrimenti perdiamo il lotto di filato.',
    rules: [PRESSURE],
  },
  {
    text: 'Great Amanda! Our airless filling line has one free slot next week, after that full until mid-July. To hold the slot I need the deposit by tomorrow.',
    rules: [PRESSURE],
  },
  { text: 'Ok, but please today, container closing tomorrow.', rules: [PRESSURE] },
  {
    text: '네 한국 고객 전용 사이트예요, 알리바바랑 같은 시스템이에요. 이번 주 안에 결제하셔야 할인 적용돼요.',
    rules: [PRESSURE],
  },
  {
    text: '山田様、検査は月曜でOKです。ただ、今日中に残金をお支払いいただけませんか?船会社の予約が明日で締切です。',
    rules: [PRESSURE],
  },
  {
    text: '承知しましたが、月曜の検査後すぐ、遅くとも火曜の午前中までにお願いします。それを過ぎると予約がキャンセルになります。',
    rules: [PRESSURE],
  },
  {
    text: 'Od spółki polskiej, wszystko legalnie, z VAT. Proszę wpłacić zaliczkę do piątku, bo farbiarnia ma wolny termin tylko w przyszłym tygodniu.',
    rules: [PRESSURE],
  },
  {
    text: 'Por favor hoy mismo, el buque cierra el lunes y si no llega el pago los contenedores quedan en puerto con costo.',
    rules: [PRESSURE],
  },
  {
    text: 'To lokalna wersja dla Polski, szybsza. Ale proszę do jutra 10:00, bo armator zamyka booking i fracht rośnie o 800 USD.',
    rules: [PRESSURE],
  },
  {
    text: 'Hi Daniela, Monday is too late 😣 pls pay balance today, container booked tomorrow and the warehouse wants the goods out. Can your boss approve an exception?',
    rules: [PRESSURE],
  },
  {
    text: 'Please quick, the ship is waiting for the release and the shipping line charges detention from tomorrow.',
    rules: [PRESSURE],
  },
  { text: 'and pls hurry, rmb rate change after friday, price +6%', rules: [PRESSURE] },
  { text: '周五前到账可以赶年前最后一车，不然要等到正月十五后', rules: [PRESSURE] },
  {
    text: '平台那边要等年检完，大概一个月，柜子已经订好了，仓库一天收我们RMB 300堆存费，你今天转明天就装柜',
    rules: [PRESSURE],
  },
  {
    text: 'Card on alibaba have fee and egypt card limit, Hany better. Rate today good, tomorrow dollar maybe up',
    rules: [PRESSURE],
  },
  { text: '宏X國際，台北的，合作很多年了。今天匯明天就出，下週開始工廠放元宵', rules: [PRESSURE] },
  {
    text: 'Staff will give to company. Send before 5pm today because bags ready and other reseller want this batch',
    rules: [PRESSURE],
  },
  { text: 'No, is private app, more safe. Rial rate inside fix only 24 hour', rules: [PRESSURE] },
  {
    text: 'Send in few times, split 5 days. Start today pls, copper price rise next week we cannot hold',
    rules: [PRESSURE],
  },
  { text: '是合作伙伴，他收了马币再给我们。红包价只到初五，初六开工就恢复原价了', rules: [PRESSURE] },
  {
    text: 'Same protection, our own system. Website price 5% less. Flash sale end Sunday',
    rules: [PRESSURE],
  },
  { text: 'ok quick please, container booking cannot wait', rules: [PRESSURE] },
  // Probe 80: a decision wanted fast, an offer or a reservation for today or this week only.
  { text: 'ok sir but then delivery late 2 weeks, festival season coming, decide fast', rules: [PRESSURE] },
  { text: 'Ok. But be fast please, only 2 screens left at this price.', rules: [PRESSURE] },
  { text: 'dear order expire soon, fabric reserved only today', rules: [PRESSURE] },
  { text: 'ok but stock of cells only for this week', rules: [PRESSURE] },
  {
    text: 'it is legal, many european customers do. but today last day with this price because cotton price up',
    rules: [PRESSURE],
  },
  { text: 'This offer with free extra battery is until tomorrow only.', rules: [PRESSURE] },
  { text: 'Chuyển khoản hôm nay thì mai xe đi luôn, tuần sau là hết chỗ xe rồi.', rules: [PRESSURE] },
  { text: 'we reply fast, take your time to decide', rules: [] },
  // A known false alarm: "Ready in 24h", its first words, is the supplier's promise.
  { text: 'Ready in 24h since in stock', rules: [] },
  { text: 'Ready in 24h. Pay within 2 hours or the stock is gone', rules: [PRESSURE] },
  // Probe 81: an offer ending today, a price lost by waiting, paying today to reserve; their twins.
  { text: 'hola, precio de oferta termina hoy a las 12 de la noche', rules: [PRESSURE] },
  { text: 'es mas rapido, el banco demora 5 dias y pierdes el precio', rules: [PRESSURE] },
  { text: "dernier lot en stock, payez aujourd'hui pour réserver", rules: [PRESSURE] },
  { text: 'لازم تدفع اليوم وإلا يروح السعر', rules: [PRESSURE] },
  { text: 'la feria termina hoy, mañana le mando el catálogo', rules: [] },
  { text: 'si paga por Trade Assurance no pierde el descuento', rules: [] },
  { text: 'الشحنة لازم اليوم تطلع من المصنع', rules: [] },
  // Probe 82: the price up from tomorrow or after Monday, the goods back to China unpaid, last chances in Vietnamese and
  // Polish; their ordinary twins.
  { text: 'Hurry, price from tomorrow up 8 USD/pc', rules: [PRESSURE] },
  { text: 'ok dear but after Monday price go up, pay soon pls', rules: [PRESSURE] },
  { text: 'Last price offer, tomorrow new price list higher', rules: [PRESSURE] },
  { text: 'If no pay the goods return to China and you lose', rules: [PRESSURE] },
  { text: 'Không chờ được đâu em, cơ hội cuối cùng, 6 giờ tối nay hết hạn.', rules: [PRESSURE] },
  { text: 'To ostatnia szansa na tę cenę, proszę się zdecydować dzisiaj.', rules: [PRESSURE] },
  { text: 'The copper price went up last month, so our new quotes are 3% higher', rules: [] },
  { text: 'if you cannot pay today, no problem, we keep the goods for you', rules: [] },
  { text: 'Báo giá hết hạn tối nay, mai em gửi báo giá mới nhé', rules: [] },
  { text: 'Dzisiaj wysyłamy próbki, to ostatnia szansa na zmianę koloru', rules: [] },
  {
    text: 'The line gives 7 free days at Mundra, after that detention 20 USD/day per 20GP. Your CHA pays customs duty and local charges.',
    rules: [],
  },
  // Probe 83: an offer that lapses at an hour today; its ordinary twin.
  {
    text: 'Kindly note this offer lapses at 5pm today, deposit needed to hold the price.',
    rules: [PRESSURE],
  },
  { text: 'As usual the quotation lapses after 30 days.', rules: [] },
  {
    text: 'Vessel arrives on the 20th, pay before or I am not responsible for the container.',
    rules: [PRESSURE],
  },
  { text: 'We are not responsible for delays at customs, your broker handles the entry.', rules: [] },
  { text: 'Copper price rising, tomorrow new price +5%.', rules: [PRESSURE] },
  { text: 'Tomorrow new price list will be sent with the catalogue.', rules: [] },
  {
    text: 'For info: 10 free days at the port, after that demurrage as per the line tariff, paid by your agent.',
    rules: [],
  },
  { text: 'After 15 Jan the warehouse charges USD 25/day as per clause 9, just for your info.', rules: [] },
  // Probe 85: a colleague following the order now is no deadline.
  {
    text: 'Dear Chinedu, our sales manager Mike will follow your cassava processing line order now.',
    rules: [],
  },
  // Probe 86 (English): "deposit" as the verb of the deadline.
  { text: 'Pls deposit this week, the price increase next month.', rules: [PRESSURE] },
  { text: 'We deposit your samples fee this week, prices increase next month for everyone.', rules: [] },
  // A button's path named with arrows is no urgency ("Alibaba → My Orders → Pay now").
  { text: 'Open Alibaba → My Orders → Pay now for the deposit.', rules: [] },
  { text: 'Open the link and pay now for the deposit, or we cancel.', rules: [PRESSURE] },
  // A kickback kept from the buyer's own company (probe 88).
  { text: "We send you 3% commission on every order, your boss doesn't need to know.", rules: [PRESSURE] },
  { text: 'We send you the commission invoice, your boss needs to know the price.', rules: [] },
  // Probe 89: a dispute to be closed or settled "between us".
  { text: 'Please close the dispute today, then finance sends the refund.', rules: [PRESSURE] },
  { text: 'Alibaba will close the dispute once the refund is made.', rules: [] },
  { text: 'Maybe we solve this problem between us, the Alibaba dispute takes a month.', rules: [PRESSURE] },
  { text: 'We solve this problem between us and the factory, new parts ship Monday.', rules: [] },
  { text: 'You just need to close case today and finance pays you.', rules: [PRESSURE] },
];
