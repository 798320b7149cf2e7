import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

export const PAYMENT_CASES: ChatCase[] = [
  { text: 'For the first order we prefer Western Union, receiver name will be sent later.', rules: [PAY] },
  { text: 'You can send the deposit through MoneyGram to our accountant.', rules: [PAY] },
  { text: 'W.e.s.t.e.r.n U.n.i.o.n is accepted for small orders', rules: [PAY] },
  { text: 'Please pay 30% via USDT TRC20, we will give a better price.', rules: [PAY] },
  { text: 'Our wallet: TQrZ9wBzhkMfPDsnEDSRUfpwF9xyzabcd1, send USDT there.', rules: [PAY] },
  { text: 'Pay with bitcoin and get 5% off.', rules: [PAY] },
  { text: 'Can you buy Steam cards for the sample fee and send me the codes?', rules: [PAY] },
  { text: 'Send it as PayPal friends and family so there are no fees.', rules: [PAY] },
  // Wallet apps named only by their brand were missed: no anchor led the detector to them.
  { text: 'Please pay the deposit by Google Pay to save the bank fee.', rules: [PAY] },
  { text: 'Payment by Ria, Xpress Money or Small World is fine.', rules: [PAY] },
  { text: 'A money order is accepted too.', rules: [PAY] },
  { text: 'Por favor pague diretamente na nossa conta para evitar taxas do Alibaba.', rules: [PAY] },
  { text: 'Olá, o prazo de entrega é de 20 dias.', rules: [] },
  // 直接T/T after "don't pay through Alibaba," is an instruction of its own, and the steering away is one too.
  { text: '请不要通过阿里巴巴付款，直接T/T到我们香港公司。', rules: [PAY] },
  { text: '我们不接受西联汇款，私人账户也不行。', rules: [] },
  { text: '我们只接受信保订单，直接付款到私人账户也不行。', rules: [] },
  { text: '直接付款吧，信保不行。', rules: [PAY] },
  { text: '货已经准备好了，请在信保订单里付尾款。', rules: [] },
  { text: 'Pagamento direto na nossa conta, sem o Alibaba.', rules: [PAY] },
  { text: 'Pague sem o Alibaba e ganhe 5% de desconto.', rules: [PAY] },
  { text: 'Enviamos as caixas sem o logo do Alibaba.', rules: [] },
  { text: 'Payment via W.U only.', rules: [PAY] },
  // An account given in the chat for freight, customs or a "refund", and fees to "unlock" an order.
  { text: 'The freight must be paid to our shipping agent directly, here is their account.', rules: [PAY] },
  { text: 'Please pay the customs duty to this account so the goods can be released.', rules: [PAY] },
  { text: 'Kindly effect payment to the account stated in the attached invoice instead.', rules: [PAY] },
  { text: 'We can make the order offline to save your money.', rules: [PAY] },
  {
    text: "The Trade Assurance order can't be created because your country is restricted, please pay by T/T.",
    rules: [PAY],
  },
  {
    text: 'Kindly note that Trade Assurance orders have a 7-day delay for payment release; T/T is faster.',
    rules: [PAY],
  },
  { text: "Due to the epidemic our bank is closed, please use our manager's Alipay.", rules: [PAY, CHANGE] },
  { text: "Please send the goods to my manager's office.", rules: [] },
  { text: 'The Trade Assurance order can be created now, please check.', rules: [] },
  { text: 'Our Trade Assurance is not yet activated, can you pay by T/T first?', rules: [PAY] },
  { text: 'We also sell in offline stores in Europe.', rules: [] },
  { text: 'Sorry I was offline yesterday, the order is confirmed.', rules: [] },
  { text: 'The Alibaba order is not ready yet, I will send it tomorrow.', rules: [] },
  { text: 'You paid twice by mistake, please refund the difference to this account.', rules: [PAY] },
  { text: 'Our finance team needs you to pay a verification deposit of $200 first.', rules: [PAY] },
  { text: 'We paid the freight to their account last time, no problem.', rules: [] },
  { text: 'Your deposit was refunded to your account yesterday.', rules: [] },
  // A wallet the Alibaba order itself offers, paid there, is no finding; "not through Alibaba" still is.
  { text: 'We accept PayPal only through Alibaba checkout.', rules: [] },
  { text: 'Pay by PayPal to lily@gmail.com, not through Alibaba, to save fees.', rules: [PAY] },
  {
    text: 'Our bank is Bank of China, the account holder is our company, same as the business license.',
    rules: [],
  },
  { text: 'Beneficiary: our company, Shenzhen Lianyu Electronics Co., Ltd.', rules: [PAY] },
  { text: 'We use a third party payment agent in Dubai, they will send you the details.', rules: [PAY] },
  { text: 'A third party inspection company will check the goods before shipment.', rules: [] },
  { text: 'Lütfen ödemeyi doğrudan banka hesabımıza yapın.', rules: [PAY] },
  // The same, typed without accents, as many do.
  { text: 'Lutfen odemeyi dogrudan banka hesabimiza yapin.', rules: [PAY] },
  // Western Union and MoneyGram in Arabic and Cyrillic letters; a personal account in Indonesian.
  { text: 'الرجاء الدفع عبر ويسترن يونيون', rules: [PAY] },
  { text: 'Оплата через Вестерн Юнион или Мани Грам.', rules: [PAY] },
  { text: 'Transfer ke rekening pribadi saya ya.', rules: [PAY] },
  { text: 'Mohon transfer ke rekening perusahaan di Trade Assurance.', rules: [] },
  { text: 'Vui long thanh toan truc tiep vao tai khoan cua chung toi.', rules: [PAY] },
  { text: 'Nao aceitamos Western Union.', rules: [] },
  { text: 'Per favore paga direttamente sul nostro conto.', rules: [PAY] },
  { text: 'Vui lòng thanh toán trực tiếp vào tài khoản của chúng tôi.', rules: [PAY] },
  { text: 'الرجاء الدفع مباشرة إلى حسابنا البنكي', rules: [PAY] },
  { text: '請直接匯款到我們的帳戶', rules: [PAY] },
  { text: 'Vui lòng xác nhận đơn hàng trên Alibaba.', rules: [] },
  { text: '信保额度不够了，请直接T/T到我们公司账户。', rules: [PAY] },
  { text: '亲，信保手续费太高了，你直接转到我们的对公账户吧', rules: [PAY] },
  { text: '我们的香港公司账户，请付到这个账户', rules: [PAY] },
  { text: '您的货款已转到我们的账户，谢谢，明天开始生产。', rules: [] },
  { text: '我们是工厂，价格直接从工厂出。', rules: [] },
  { text: 'Sorry, our Trade Assurance limit is full this month, please pay by T/T.', rules: [PAY] },
  { text: 'Our production capacity is full this month, delivery in 40 days.', rules: [] },
  // Steering away from the order itself, with no payment channel named.
  { text: "Let's deal directly, no need alibaba order.", rules: [PAY] },
  { text: 'No need to place order on Alibaba, just send money to us.', rules: [PAY] },
  { text: "Don't use trade assurance, it takes too long.", rules: [PAY] },
  { text: 'We do not accept Trade Assurance for this order.', rules: [PAY] },
  { text: 'Please use Trade Assurance, we accept Trade Assurance and L/C.', rules: [] },
  { text: "Don't worry, we use Trade Assurance for every order.", rules: [] },
  { text: "Why don't you use Trade Assurance? It is safer for you.", rules: [] },
  { text: "It's a small world, Ria from your team knows our manager.", rules: [] },
  { text: 'I am the new sales, Anna replaced Lily. Please pay to the account I send you.', rules: [PAY] },
  { text: 'I will send you the account statement tomorrow.', rules: [] },
  {
    text: "Due to COVID our factory account was closed, please use our agent's account in Malaysia.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kindly note that our Alibaba Trade Assurance is temporarily unavailable, please remit by T/T to the account in the attached PI.',
    rules: [PAY],
  },
  { text: 'Here is our Payoneer receiving account for USD.', rules: [PAY] },
  { text: 'Samsung Pay to my number works for the sample fee.', rules: [PAY] },
  { text: 'Apple Pay transfer to me is fine for the balance.', rules: [PAY] },
  { text: 'Our Google Play listing shows the app for tracking orders.', rules: [] },
  { text: 'Our products support Apple Pay and Google Pay NFC payment terminals.', rules: [] },
  { text: 'Transfer the sample fee to my private account, it is faster.', rules: [PAY] },
  { text: "Please remit to our director's account, details below.", rules: [PAY] },
  { text: "You can pay to my friend's account in Malaysia.", rules: [PAY] },
  { text: 'Please transfer the deposit to my boss, he will confirm.', rules: [PAY] },
  { text: 'Friend, please be quick, I need to report to my boss today.', rules: [] },
  { text: 'Please send the sample fee to the account of my sister.', rules: [PAY] },
  { text: 'My friend recommended your company for LED panels.', rules: [] },
  { text: 'We can skip Trade Assurance and you pay us directly with a 4% discount.', rules: [PAY] },
  { text: 'To avoid Alibaba fees, wire the money straight to our bank.', rules: [PAY] },
  { text: '请直接转账给我们，不走平台可以便宜一点。', rules: [PAY] },
  { text: '可以用支付宝付款给我老板。', rules: [PAY] },
  { text: '请付到我的个人账户，谢谢。', rules: [PAY] },
  { text: '我们也接受USDT付款。', rules: [PAY] },
  { text: '西联汇款也可以，收款人是我们的会计。', rules: [PAY] },
  { text: 'Zelle to my number works fine for the sample.', rules: [PAY] },
  {
    text: 'Beneficiary: WANG XIAO HONG, Bank of China, account 6217 8500 0001 2345 678',
    rules: [PAY, CHANGE],
  },
  { text: 'Account no: 4417 1234 5678 9113, SWIFT BKCHCNBJ, please transfer the balance.', rules: [PAY] },
  { text: 'm0ney gr@m is also OK', rules: [PAY] },
  // Benign: refusals, warnings, on-platform payment, products.
  { text: 'We do not accept Western Union or MoneyGram, only Trade Assurance.', rules: [] },
  { text: 'Never pay by crypto, USDT or gift cards to anyone who asks in chat.', rules: [] },
  { text: 'Our shop does not take PayPal friends and family, sorry.', rules: [] },
  {
    text: 'Please pay the deposit in the Trade Assurance order, the link is in your Alibaba account.',
    rules: [],
  },
  { text: 'The card reader supports Alipay and Apple Pay.', rules: [] },
  { text: 'We make USB crypto hardware wallets, MOQ 500 pcs.', rules: [] },
  { text: 'The order 2849 1100 3377 5521 is paid, thank you.', rules: [] },
  { text: 'HS code 8516.79 for the kettles, and the invoice number is 2026-0418.', rules: [] },
  { text: 'The balance of 70% is due before shipment, in the same order.', rules: [] },
  { text: '我们只接受阿里巴巴信保订单付款，不接受私人账户。', rules: [] },
  { text: 'Our director will visit the factory on Monday.', rules: [] },
  // A channel that is the goods themselves, or a feature of payment hardware for sale, is no way to pay.
  { text: 'We sell USDT mining rigs, the S19 model, MOQ 10 units.', rules: [] },
  { text: 'Can you print the MoneyGram logo on the packaging?', rules: [] },
  { text: 'This crypto hardware wallet ships with a USB-C cable.', rules: [] },
  { text: 'We make POS terminals that accept PayPal, Apple Pay and Alipay.', rules: [] },
  { text: 'Send the money to my USDT cold wallet address.', rules: [PAY] },
  { text: 'Pay the deposit in USDT mining pool address TXyz.', rules: [PAY] },
  { text: 'Send the payment via MoneyGram, logo on box will be ready.', rules: [PAY] },
  { text: 'Our POS machine is broken, please pay with PayPal.', rules: [PAY] },
  // Money to a person's name, an agent, an account abroad or "the account below", with their ordinary look-alikes.
  { text: 'Wise transfer to my own name is faster for us.', rules: [PAY] },
  { text: 'Please pay by T/T, the account is in my name.', rules: [PAY] },
  { text: 'Please send the samples in my name to the address below.', rules: [] },
  { text: 'The invoice will be issued in my name as the sales manager.', rules: [] },
  { text: 'For payment please use our agent in Hong Kong.', rules: [PAY] },
  { text: 'The shipment is held at customs, pay the fee to this agent.', rules: [PAY] },
  { text: 'You can pay the freight to our shipping agent at the destination port.', rules: [] },
  { text: 'We ship through our agent in Ningbo.', rules: [] },
  {
    text: 'Our company uses two accounts, one in China and one in HK. For USD please pay to the HK account.',
    rules: [PAY],
  },
  { text: 'Please pay in the Trade Assurance order, our HK account is shown there.', rules: [] },
  { text: 'You can pay the USD amount into the Trade Assurance account.', rules: [] },
  {
    text: 'I am the new sales manager, the previous one left the company; please use the account below.',
    rules: [PAY],
  },
  { text: 'Please use the following account for the deposit.', rules: [PAY] },
  { text: 'Please use this account to log in to the supplier portal.', rules: [] },
  {
    text: 'Please pay to our other company, Shenzhen Huayu Trading, because of export license.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our other company makes the plastic parts.', rules: [] },
  // A QR code to pay, steering away from the order by cancelling it, "can't be processed through Alibaba", a limit
  // exceeded.
  { text: 'Please scan the QR code to pay.', rules: [PAY] },
  { text: 'I will send you a payment QR code on WeChat.', rules: [CONTACT, PAY] },
  { text: 'We print QR codes on the labels.', rules: [] },
  {
    text: 'Please cancel the Trade Assurance order and pay by T/T, we will refund the difference.',
    rules: [PAY],
  },
  { text: 'Cancel the order and I will send you a new payment link.', rules: [PAY] },
  { text: 'Please cancel the order and place a new one with the right quantity.', rules: [] },
  { text: "Due to the new policy, orders over $10,000 can't be processed through Alibaba.", rules: [PAY] },
  { text: 'This order could not be processed by the factory yet.', rules: [] },
  { text: 'Because the amount exceeds the Trade Assurance limit, please pay the rest by T/T.', rules: [PAY] },
  { text: 'The order exceeds the minimum quantity, so the price is lower.', rules: [] },
  // "A personal account" in the languages buyers and suppliers write in; which kind of Alibaba account a buyer has is
  // another matter.
  {
    text: 'Por favor, pague a la cuenta personal de nuestro gerente, le damos 5% de descuento.',
    rules: [PAY],
  },
  { text: 'Veuillez payer sur le compte personnel de notre directeur.', rules: [PAY] },
  { text: 'Per favore paga sul conto personale del nostro direttore.', rules: [PAY] },
  { text: 'Bitte zahlen Sie auf das Privatkonto unseres Geschäftsführers.', rules: [PAY] },
  { text: 'Lütfen ödemeyi müdürümüzün kişisel hesabına yapın.', rules: [PAY] },
  { text: 'Vui lòng thanh toán vào tài khoản cá nhân của giám đốc.', rules: [PAY] },
  { text: 'يرجى الدفع إلى الحساب الشخصي للمدير', rules: [PAY] },
  { text: 'Do you buy with a personal account or a company account on Alibaba?', rules: [] },
  { text: 'Do you have a company account or personal account?', rules: [] },
  { text: '¿Compra con una cuenta personal o de empresa en Alibaba?', rules: [] },
  { text: 'Vous achetez avec un compte personnel ou un compte entreprise ?', rules: [] },
  { text: 'Please pay to my personal account, not the one on Alibaba.', rules: [PAY] },
  { text: 'You can order on our own website with a 10% discount.', rules: [PAY] },
  { text: 'You can buy from our store on Alibaba, the link is in my profile.', rules: [] },
  { text: 'You can see more designs on our website.', rules: [] },
  // Paid elsewhere as a business e-mail puts it; the Trade Assurance order itself is fine.
  {
    text: 'Alibaba Finance Department: your order payment failed, please re-pay to the account below within 24h.',
    rules: [PAY, PRESSURE],
  },
  { text: 'Kindly settle the invoice through our UK partner company account.', rules: [PAY, CHANGE] },
  { text: 'Please pay through our Trade Assurance account on Alibaba.', rules: [] },
  { text: 'Please settle the balance through our Trade Assurance order before shipment.', rules: [] },
  { text: 'We will settle the freight cost with our forwarder.', rules: [] },
  { text: 'We can also accept payment by cheque or cash when you visit.', rules: [PAY] },
  { text: 'We never accept cash or Western Union, only Trade Assurance.', rules: [] },
  { text: 'The POS terminal accepts card or cash payment and WeChat Pay.', rules: [] },
  {
    text: 'The bank asked for an anti-money laundering certificate, you need to pay $800 for it before we can receive your payment.',
    rules: [PAY],
  },
  {
    text: 'Our products passed the anti-money laundering compliance check of the bank last year.',
    rules: [],
  },
  {
    text: 'If you pay to the account of our partner in Malaysia, you save the bank fee.',
    rules: [PAY, CHANGE],
  },
  { text: 'Please transfer to the account of our company shown in the Trade Assurance order.', rules: [] },
  { text: 'We send the money back to the account of your company if the goods fail inspection.', rules: [] },
  { text: 'Just transfer it with Wise to Lily Wang, she is our finance manager.', rules: [PAY] },
  { text: 'It would be wise to order samples first.', rules: [] },
  // Broken English: "acount", a dropped "to", "out of Alibaba".
  {
    text: 'dear, u can pay by T/T to our company acount in China, then no need pay alibaba fee',
    rules: [PAY],
  },
  { text: 'pls make payment to below acount, it is our boss acount', rules: [PAY] },
  { text: 'Hello, TA order have problem. You transfer money our bank ok?', rules: [PAY] },
  { text: 'friend, we can do business out of alibaba, more cheap for you', rules: [PAY] },
  { text: 'We are sold out of the orange color on Alibaba, only blue left.', rules: [] },
  {
    text: 'Hi. The buyer protection of alibaba is too expensive for us. Maybe you pay us with bank to bank?',
    rules: [PAY],
  },
  { text: 'The buyer protection of Alibaba covers quality and delivery.', rules: [] },
  { text: "We don't use Alibaba's payment because they hold the money 30 days.", rules: [PAY] },
  { text: 'Please transfer the money to the Alibaba account shown in the TA order.', rules: [] },
  { text: 'Our acount manager will help you.', rules: [] },
  // Chinese: 直接转我们, 微信转我 with a deposit, 用下面这个账户, the platform's fee as the reason.
  { text: '亲，走平台手续费高，直接转我们公司账户可以便宜3个点', rules: [PAY] },
  { text: '定金可以先微信转我，剩下的走信保', rules: [PAY] },
  { text: '用下面这个账户付款', rules: [PAY] },
  { text: '平台手续费由我们承担，您直接在信保下单就可以', rules: [] },
  { text: '微信支付功能的POS机，支持刷卡', rules: [] },
  { text: '定金30%在信保订单里付，尾款发货前付', rules: [] },
  // "HSBC" starts with "hs", but an HS code it is not.
  { text: 'Our bank account: HSBC 123456789012', rules: [PAY] },
  { text: 'The HS code is 8507600090, the battery is UN38.3 certified.', rules: [] },
  // A SWIFT/BIC code written out is bank details for a wire; talk of SWIFT transfers is not.
  { text: 'SWIFT: BKCHCNBJ45A', rules: [PAY] },
  { text: 'BIC: HSBCHKHHHKH', rules: [PAY] },
  { text: 'What is your SWIFT code? I need it for the L/C.', rules: [] },
  { text: 'The SWIFT transfer usually takes 2-3 days.', rules: [] },
  { text: 'Our fabric is 100% polyester, BIC standard quality.', rules: [] },
  {
    text: 'Please sign the contract and remit the deposit to the account in the contract, not via Alibaba.',
    rules: [PAY],
  },
  { text: 'Please pay to the account on the PI.', rules: [PAY] },
  { text: 'Please pay via Trade Assurance, not via bank transfer.', rules: [] },
  { text: "It's not through Alibaba that we got your contact, a friend recommended you.", rules: [] },
  { text: "The bank account in the PI is Alibaba's Citibank account for your order.", rules: [] },
  // PayPal offered in the Trade Assurance order is paid there; one said yes to after a refusal is asked for.
  {
    text: 'For payment, please use the Trade Assurance order I created, you can pay by card, T/T or PayPal there.',
    rules: [],
  },
  { text: "Don't use Trade Assurance, pay by PayPal to save fees.", rules: [PAY] },
  { text: "We don't take cards, PayPal is fine.", rules: [PAY] },
  { text: "We don't accept PayPal, Western Union only.", rules: [PAY] },
  { text: 'We never accept Western Union, MoneyGram or crypto.', rules: [] },
  // Money "to our manager" is a person paid; a question or a receipt handed to one is not.
  { text: 'Please send the payment to our sales manager.', rules: [PAY] },
  { text: 'Transfer the deposit to our finance director, he will confirm the order.', rules: [PAY] },
  { text: 'I will transfer your inquiry to our manager.', rules: [] },
  { text: 'I will transfer you to my manager, he will reply soon.', rules: [] },
  { text: 'Let me send this to my manager for approval.', rules: [] },
  { text: 'Please send the payment slip to our accountant after you pay on Alibaba.', rules: [] },
  { text: 'I will send the drawings to our factory director.', rules: [] },
  // A fee to "release" goods, asked for the supplier's own agent; the supplier paying its broker is trade.
  {
    text: 'Your goods are held at customs, please pay the release fee of $480 to our clearing agent.',
    rules: [PAY],
  },
  {
    text: 'You need to pay the customs clearance fee to our customs broker in LA before delivery.',
    rules: [PAY],
  },
  { text: 'We pay the export clearance fee to our customs broker, no extra cost for you.', rules: [] },
  { text: 'The customs clearance fee at destination is paid by your own forwarder.', rules: [] },
  { text: 'Customs fee will be charged by our agent and is included in the DDP price.', rules: [] },
  { text: "Let's close the deal off Alibaba, it's cheaper for both of us.", rules: [PAY] },
  { text: 'We can give 5% off Alibaba price for orders over 1,000 pieces.', rules: [] },
  // Leaving the order in other words: a private deal, "don't pay at Alibaba", a pending payment cancelled for T/T.
  { text: 'We can do private deal, 10% cheaper.', rules: [PAY] },
  { text: 'If you want cheaper price, we can do it private.', rules: [PAY] },
  { text: 'We can do private label for you, MOQ 300.', rules: [] },
  { text: 'We can deal with it privately if you have a complaint.', rules: [] },
  { text: "Please don't pay at alibaba, alibaba take much money from us.", rules: [PAY] },
  { text: "Please don't pay on Alibaba yet, I will update the price first.", rules: [] },
  { text: 'Sir, Trade Assurance payment is pending too long, please cancel it and send TT.', rules: [PAY] },
  { text: 'Please cancel it and send bank slip after paying the new order.', rules: [] },
  { text: 'Please cancel it and send me a new inquiry with the right quantity.', rules: [] },
  // A person's bank, a fee to the supplier's clearance agent, in English and Chinese.
  { text: 'Please pay the shipping cost to our shipping agent, here is his bank info.', rules: [PAY] },
  { text: '你先付运费给我们的货代，他的账户我发你。', rules: [PAY] },
  { text: '清关费请付给我们的清关代理。', rules: [PAY] },
  { text: '我们的销售经理会联系你，他的阿里账号是lily2020。', rules: [] },
  { text: 'Ask your forwarder for their bank details if you pay freight to them.', rules: [] },
  { text: 'Their bank account details are on the Alibaba order page, pay there.', rules: [] },
  // A manager's or a relative's account in Portuguese, Spanish, French and Italian; a customer's Alibaba account is
  // none.
  { text: 'Olá, pode pagar na conta do meu gerente, é mais rápido.', rules: [PAY] },
  { text: 'Por favor pague en la cuenta de mi jefe.', rules: [PAY] },
  { text: 'Veuillez payer sur le compte de mon directeur.', rules: [PAY] },
  { text: 'Può pagare sul conto del mio capo.', rules: [PAY] },
  { text: 'Puede crear una cuenta de Alibaba en 5 minutos.', rules: [] },
  { text: 'A conta do cliente foi verificada pelo Alibaba.', rules: [] },
  // An app named only to say it is not for this order, with the buyer sent to Trade Assurance; one offered beside it is
  // asked for.
  {
    text: 'Our Payoneer account is only for receiving from Amazon, please pay by Trade Assurance.',
    rules: [],
  },
  { text: 'You can pay by PayPal or by Trade Assurance, PayPal is cheaper.', rules: [PAY] },
  { text: 'Pay by Payoneer, not by Trade Assurance.', rules: [PAY] },
  // The order refused in a hurry, and PayPal said to be ok or easier; the site being down is no refusal.
  { text: "We can't use Alibaba order for this, PayPal is ok.", rules: [PAY] },
  { text: 'Small amount, PayPal to me is easier.', rules: [PAY] },
  { text: 'No need Alibaba, you pay me direct is cheaper.', rules: [PAY] },
  { text: 'I cannot use Alibaba app on my phone, please send me the details here.', rules: [] },
  {
    text: "Sorry I can't use Alibaba today, the website is down, I will send the quotation tomorrow.",
    rules: [],
  },
  // Card or payment details asked for in the chat, whoever the sender poses as; payment terms or a billing address are
  // not.
  {
    text: 'This is Alibaba customer service, your account will be suspended, please verify your payment information.',
    rules: [PAY, PRESSURE],
  },
  { text: 'Alibaba security team: please confirm your card details to release the order.', rules: [PAY] },
  { text: 'Could you confirm your payment terms, 30% or 50% deposit?', rules: [] },
  { text: 'Please update your billing address in your Alibaba account.', rules: [] },
  { text: 'Please send me your card design, we will print it.', rules: [] },
  // PayPal asked for outright, with no other word of paying; a refusal or the Alibaba checkout is not a request.
  { text: 'This time use PayPal please, Alibaba is slow.', rules: [PAY] },
  { text: 'no need Alibaba, PayPal ok', rules: [PAY] },
  { text: 'Sorry, PayPal is not ok for us, please pay by Trade Assurance.', rules: [] },
  { text: 'No PayPal please, only Trade Assurance.', rules: [] },
  { text: 'PayPal ok through Alibaba order.', rules: [] },
  // Cash by hand, and an escrow the supplier picked: nothing to claim back. Alibaba's own escrow is the order.
  { text: 'Pay the rest cash when you visit our factory.', rules: [PAY] },
  { text: 'Cash on delivery is not possible for export orders.', rules: [] },
  { text: 'Our cash flow is tight, please pay the deposit on Alibaba soon.', rules: [] },
  {
    text: 'Please wire the money to our escrow agent, they will hold it until you get the goods.',
    rules: [PAY],
  },
  { text: 'Our lawyer will hold the deposit in his trust account.', rules: [PAY] },
  { text: "We use a third-party escrow service, it's like Trade Assurance.", rules: [PAY] },
  { text: 'Trade Assurance works as an escrow service, so your money is safe.', rules: [] },
  { text: "Alibaba's escrow service protects your payment.", rules: [] },
  { text: 'We never use escrow agents, only Trade Assurance.', rules: [] },
  { text: 'Please wire the freight to our shipping agent.', rules: [] },
  // A wallet address given to pay to, whatever coin is named (or none); a refusal names one to warn of it.
  { text: 'send to this address: 0x52908400098527886E0F7030069857D2E4169EE7', rules: [PAY] },
  { text: 'Our TRON wallet: TXa9vW3kq8eR2bJk1mN4pQ7sT5uV6wX8yZ', rules: [PAY] },
  {
    text: 'We never accept crypto, do not send to any address like 0x52908400098527886E0F7030069857D2E4169EE7',
    rules: [],
  },
  { text: 'Tracking number 1Z999AA10123456784, order 2823749012345678', rules: [] },
  // Topping up a wallet is paying into it.
  { text: 'Please top up our Alipay via your friend in China.', rules: [PAY] },
  { text: 'We sell mobile top up cards with PayPal logo', rules: [] },
  // A name split inside the word to slip past a filter, and "W/U" for short.
  { text: 'please send by weste rn uni0n, faster', rules: [PAY] },
  { text: 'We can accept W/U for samples.', rules: [PAY] },
  // A fault in the order named, then the bank instead; a fault alone is routine.
  { text: 'Our order system has a bug now, please pay by bank first.', rules: [PAY] },
  { text: 'The Alibaba payment page has a problem, please pay by T/T to our bank account.', rules: [PAY] },
  { text: 'The payment page has an error, please try again later.', rules: [] },
  { text: 'The order page has a problem with the address, please modify it and pay again.', rules: [] },
  { text: 'Our Binance ID is 38472910, 5% off for you.', rules: [PAY] },
  // A question about PayPal answered by paying in the order; PayPal asked for in place of the order is not.
  { text: 'Is PayPal ok? I want to pay in the Alibaba order.', rules: [] },
  { text: 'Is PayPal ok? On Alibaba the fee is high.', rules: [PAY] },
  { text: 'Can you pay by PayPal? Not through Alibaba, the fee is high.', rules: [PAY] },
  // USDC is a stablecoin like USDT; a cash deposit at the bank skips the order as a transfer does.
  { text: 'Send USDC on Solana to this address: 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU', rules: [PAY] },
  { text: 'We prefer cash deposit at our bank branch.', rules: [PAY] },
  { text: 'You can make a cash deposit into our account at any ICBC branch.', rules: [PAY] },
  {
    text: 'Cash flow is tight this month, so please pay the deposit in the Trade Assurance order soon.',
    rules: [],
  },
  // "A personal account" in Turkish and Polish; "outside the platform" in Spanish, Portuguese, Italian, German and
  // French.
  { text: 'Lütfen ödemeyi şahsi hesabıma yapın, Alibaba komisyonu yok', rules: [PAY] },
  { text: 'Prosimy o wpłatę na prywatne konto szefa', rules: [PAY] },
  { text: 'Pague por fuera de la plataforma y le damos 5% de descuento', rules: [PAY] },
  { text: 'Pode pagar fora da plataforma com desconto', rules: [PAY] },
  { text: 'Si prega di pagare fuori dalla piattaforma, le facciamo uno sconto', rules: [PAY] },
  { text: 'Bitte zahlen Sie außerhalb der Plattform, dann sparen wir die Gebühren', rules: [PAY] },
  { text: "Vous pouvez payer hors de la plateforme, c'est moins cher", rules: [PAY] },
  // The same said no to, in Spanish, German, French, Italian and Polish; "non-woven" is no refusal.
  { text: 'Nunca pagamos fuera de la plataforma, solo por Trade Assurance.', rules: [] },
  { text: 'Wir akzeptieren keine Zahlungen außerhalb der Plattform.', rules: [] },
  { text: "Nous n'acceptons aucun paiement hors de la plateforme.", rules: [] },
  { text: 'Nous ne pouvons pas accepter Western Union.', rules: [] },
  { text: 'Non accettiamo pagamenti fuori dalla piattaforma.', rules: [] },
  { text: 'Nigdy nie płać na prywatne konto.', rules: [] },
  { text: 'Non-woven bags can be paid by Western Union to our manager.', rules: [PAY] },
  // Part of the money through the order and the rest outside it.
  { text: 'Split the payment: 30% through Alibaba, 70% to our bank account directly', rules: [PAY] },
  { text: '70% to our company bank account after shipment, 30% through Alibaba', rules: [PAY] },
  { text: 'Place a small order on Alibaba for 100 USD and pay the rest offline', rules: [PAY] },
  { text: 'The balance can be paid offline by TT', rules: [PAY] },
  { text: 'Alibaba charges 3% to our account, not to you.', rules: [] },
  { text: 'We never accept payment offline, only Trade Assurance.', rules: [] },
  { text: 'Our shop is offline now, we reply tomorrow.', rules: [] },
  // "私下交易": trading privately, off the platform; a warning against it is not a request.
  { text: '我们老板说可以私下交易，给你便宜5%', rules: [PAY] },
  { text: '请不要相信任何要求您私下付款的信息', rules: [] },
  // How Trade Assurance pays the supplier out is no request to pay the supplier's account.
  { text: 'After you confirm receipt, Alibaba releases the payment to our account.', rules: [] },
  { text: 'The payment will go to our bank account directly after Alibaba releases it.', rules: [] },
  { text: 'The payment will go to our bank account, please send it today.', rules: [PAY] },
  // The supplier's own checkout, and a bank account named before a comma that goes on about Alibaba.
  { text: 'I will send you a payment link from our own system.', rules: [PAY] },
  { text: 'Place the order on our official site and get 10% off.', rules: [PAY] },
  { text: 'The payment link from the Alibaba order is in your email.', rules: [] },
  {
    text: 'Kindly settle the invoice to our Citibank account, the Alibaba account has a limit.',
    rules: [PAY],
  },
  { text: 'Please pay the balance to our account via the Alibaba order.', rules: [] },
  // Solana, Dogecoin and XRP are crypto too; a Solana address counts where Solana is named.
  { text: 'SOL: 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU', rules: [PAY] },
  { text: 'Send the deposit in Dogecoin, it is faster.', rules: [PAY] },
  { text: 'We accept SOL or XRP for the balance.', rules: [PAY] },
  { text: 'Our solar panels use monocrystalline cells.', rules: [] },
  // Money to a colleague; the wait for Trade Assurance as the reason to pay the bank; a lower value in the order.
  { text: 'Our accountant is on leave, pls send the money to my colleague Mr. Wang', rules: [PAY] },
  { text: 'Please send the photos to my colleague Mr. Wang.', rules: [] },
  { text: 'My friend will pay you through Alibaba.', rules: [] },
  {
    text: 'Trade Assurance will take 10 days to release, if you pay by T/T to us we can ship tomorrow.',
    rules: [PAY],
  },
  {
    text: 'Trade Assurance will take 10 days to release the payment to us after you confirm receipt.',
    rules: [],
  },
  { text: 'TA needs 7 working days to release, it is normal.', rules: [] },
  { text: 'Please put a lower value on the Alibaba order and pay the rest by bank transfer.', rules: [PAY] },
  {
    text: 'Attention: all invoices issued after 1st March should be paid to the account ending 4421',
    rules: [PAY],
  },
  { text: 'Your card ending 4421 was charged by Alibaba for the sample order.', rules: [] },
  // A fee to a company account "below", a fee to become a distributor; the buyer's own forwarder paid directly is
  // routine.
  {
    text: 'To ship, we need the insurance fee of $200 paid to the logistics company account below.',
    rules: [PAY],
  },
  { text: 'Please pay a $100 registration fee to become our distributor.', rules: [PAY] },
  { text: 'The registration fee for the Canton Fair is paid by us.', rules: [] },
  {
    text: 'The customs clearance is handled by your forwarder, please pay them directly as usual.',
    rules: [],
  },
  { text: 'Our agent handles it, please pay them directly to save time.', rules: [PAY] },
  // Wallets of India, the Philippines, Kenya and Canada, and money transfer apps of Africa; as a product's feature they
  // are no request.
  { text: 'Please pay to our UPI ID factory@upi', rules: [PAY] },
  { text: 'Send the money via Paytm', rules: [PAY] },
  { text: 'Kindly pay through GCash or PayMaya', rules: [PAY] },
  { text: 'Transfer via M-Pesa to 0712345678', rules: [PAY] },
  { text: 'Please pay with Interac e-transfer to my email', rules: [PAY] },
  { text: 'Kindly make payment via Sendwave', rules: [PAY] },
  { text: 'Please send via Chipper Cash', rules: [PAY] },
  { text: 'We sell POS terminals that support UPI and Paytm.', rules: [] },
  { text: 'The vending machine accepts GCash and coins.', rules: [] },
  { text: 'The Paytm logo sticker is printed on the card reader.', rules: [] },
  // A personal account in Japanese, Korean and Thai.
  { text: 'お支払いは私の個人口座にお願いします', rules: [PAY] },
  { text: '개인 계좌로 송금해 주세요', rules: [PAY] },
  { text: 'กรุณาโอนเงินเข้าบัญชีส่วนตัว', rules: [PAY] },
  // Hawala; Chinese "transfer it to me by Alipay" and "scan to pay"; Turkish "pay outside Alibaba".
  { text: 'We can arrange payment through hawala.', rules: [PAY] },
  { text: '你用支付宝转给我就行', rules: [PAY] },
  { text: '我把你的问题转给支付宝客服了', rules: [] },
  { text: '扫码付款，便宜点', rules: [PAY] },
  { text: 'Alibaba dışında ödeme yapın, indirim yaparız', rules: [PAY] },
  // The supplier's own account offered as the better way; other accounts praised are not.
  { text: 'Our bank account in Hong Kong is more convenient for USD, you can pay there.', rules: [PAY] },
  { text: 'Our HK account is faster, please use it.', rules: [PAY] },
  { text: 'Our Instagram account is better for photos.', rules: [] },
  { text: 'Our Alibaba account is better than before.', rules: [] },
  // "If you don't pay through Trade Assurance" as a warning of what is lost; as a bargain it is still leaving the
  // order.
  { text: "If you don't pay through Trade Assurance, we can't help you in a dispute.", rules: [] },
  { text: "If you don't pay via Alibaba there is no buyer protection.", rules: [] },
  { text: "If you don't pay through Alibaba we give you 5% discount.", rules: [PAY] },
  // A sales manager "for your account" looks after the buyer; money to a manager's account is another thing.
  { text: 'Hi, I am Tom, the new sales manager for your account.', rules: [] },
  // Paying outside Alibaba in Polish, Dutch, Hinglish, Vietnamese, Thai, Korean, Japanese and Arabic;
  // "besides Alibaba, we also sell on Amazon" is no payment.
  { text: 'Proszę zapłacić bezpośrednio na nasze konto, poza Alibaba', rules: [PAY] },
  { text: 'Poza Alibaba sprzedajemy też na Allegro', rules: [] },
  { text: 'Betaal rechtstreeks op onze rekening, buiten Alibaba om', rules: [PAY] },
  { text: 'Buiten Alibaba verkopen we ook op Amazon', rules: [] },
  { text: 'Seedha hamare account mein payment kar do, Alibaba ka fee bach jayega', rules: [PAY] },
  { text: 'Aap paise Paytm kar dijiye', rules: [PAY] },
  { text: 'Thanh toán ngoài Alibaba sẽ được giảm giá', rules: [PAY] },
  { text: 'Ngoài Alibaba, chúng tôi còn bán trên Amazon', rules: [] },
  { text: 'ชำระเงินนอกอาลีบาบา ลดให้ 5%', rules: [PAY] },
  { text: '알리바바 밖에서 결제하시면 할인해 드립니다', rules: [PAY] },
  { text: '알리바바 밖에서도 판매합니다', rules: [] },
  { text: 'アリババ以外で支払えば安くなります', rules: [PAY] },
  { text: 'アリババ以外でも販売しています', rules: [] },
  { text: 'يرجى الدفع إلى حسابي الشخصي', rules: [PAY] },
  // The buyer about to wire the supplier's account (outgoing messages are checked too); into the order it is fine.
  { text: 'My company will pay by wire transfer to your account.', rules: [PAY] },
  { text: 'I will transfer the money to your account tomorrow.', rules: [PAY] },
  { text: 'I will pay to your account through Trade Assurance.', rules: [] },
  { text: 'We will send the samples to your account manager.', rules: [] },
  { text: 'Payment via Alibaba is more convenient for both of us.', rules: [] },
  { text: 'Trade Assurance is better for you, it protects your money.', rules: [] },
  // The money split between an app and the order: the app's share is outside it.
  { text: 'You can pay 50% now by PayPal and 50% via Trade Assurance.', rules: [PAY] },
  { text: 'Pay 30% via Trade Assurance and the rest by PayPal.', rules: [PAY] },
  // Paying in the order, said in the languages added above: none of it leaves the order.
  { text: '알리바바 주문으로 결제해 주세요', rules: [] },
  { text: 'アリババの注文でお支払いください', rules: [] },
  { text: 'Ödemeyi Alibaba üzerinden yapabilirsiniz', rules: [] },
  { text: 'Płatność przez Alibaba Trade Assurance, proszę', rules: [] },
  { text: 'Betaling via Alibaba graag', rules: [] },
  { text: 'Thanh toán qua Alibaba nhé', rules: [] },
  { text: '如果您不通过信保付款，我们无法保障您的权益', rules: [] },
  { text: 'Please put the order number in the payment reference.', rules: [] },
  // An account "stated below"; the order link said not to work, then the bank instead; an app that won't work on old
  // phones is no reason.
  { text: 'Kindly effect the payment to the beneficiary account stated below ASAP.', rules: [PAY, PRESSURE] },
  { text: "The TA order link won't work for your country, please pay via bank transfer.", rules: [PAY] },
  { text: "Alibaba order links won't work on old phones, please update the app.", rules: [] },
  // Long ordinary messages about paying in the order, holding goods and a changed invoice: quiet.
  {
    text: 'Dear Mr. Smith, thank you for your order. We have received the 30% deposit via Trade Assurance. Production will start tomorrow and take about 20 days. Before shipment we will send you photos and videos for inspection, and you can also arrange a third-party inspection. The balance 70% should be paid through the same Trade Assurance order before loading. If you have any questions, please contact me here on Alibaba.',
    rules: [],
  },
  {
    text: 'Good morning! The goods are ready. The container will be loaded on Friday, so please arrange the balance by Thursday through the Alibaba order. If the payment is late, we can still keep the goods in our warehouse for free for 2 weeks.',
    rules: [],
  },
  {
    text: 'Sorry for the delay, our finance manager was on holiday. The invoice is updated with the new freight cost, please check the attached PI. Payment terms are unchanged: through Trade Assurance.',
    rules: [],
  },
  {
    text: 'Hello, the sample fee is $50 and the express is $35. You can pay it in the sample order on Alibaba, and we will refund the sample fee when you place the bulk order.',
    rules: [],
  },
  // Chinese: "please pay over there" (the Hong Kong account just named), a finance clerk's card; a finance account
  // showing a payment is no request.
  { text: '我们的美元账户在香港，麻烦付到那边', rules: [PAY] },
  { text: '请把钱打到老板的账户', rules: [PAY] },
  { text: '财务账户显示已收到您的款项', rules: [] },
  { text: '我们已经付到那边了', rules: [] },
  // Cash asked for: "cash" itself was taken for the word of paying, so these needed another. And cheques in the post.
  { text: 'Our agent will collect the cash payment from you.', rules: [PAY] },
  { text: 'You can pay cash to our office when you visit.', rules: [PAY] },
  { text: 'Cash payment only.', rules: [PAY] },
  { text: 'Please check the cash flow report before Friday.', rules: [] },
  { text: 'Can you send a cheque by FedEx?', rules: [PAY] },
  { text: 'Please mail us a check for the balance.', rules: [PAY] },
  { text: 'Send a check report with the next shipment, please.', rules: [] },
  // "Settle", "invoice" and T/T are talk of paying; a Trade Assurance limit "too small" is a reason to leave the order.
  { text: 'Please settle the invoice via Payoneer to sales@fast-supply.com', rules: [PAY] },
  { text: 'For orders above 10k we only take TT, the TA limit is too small.', rules: [PAY] },
  { text: 'Our TA credit is too low for this order, please pay by TT.', rules: [PAY] },
  { text: 'The TA limit for new buyers is $5,000, so we split the order into two TA orders.', rules: [] },
  // A WeChat red packet (红包): money between friends. Red envelopes are also goods.
  { text: '样品费可以发红包给我。', rules: [PAY] },
  { text: 'Send me a WeChat red packet for the sample fee.', rules: [PAY] },
  { text: '我们可以发红包样品给你。', rules: [] },
  { text: 'We print WeChat red envelope samples for Chinese New Year.', rules: [] },
  { text: '我们的红包活动下周结束。', rules: [] },
  // "Our own bank account in the company name" is the company's; "my own account" is a person's.
  {
    text: 'We have our own bank account in the company name, Ningbo Sunrise Trading Co Ltd, the same as the business licence on Alibaba. You can pay by TT through the Trade Assurance order.',
    rules: [],
  },
  { text: 'Send the money to his own account.', rules: [PAY] },
  // Indonesian and Malay: "transfer directly to our account", "pay outside Alibaba"; "we ship directly to your
  // warehouse" is no payment.
  { text: 'Silakan transfer langsung ke rekening kami.', rules: [PAY] },
  { text: 'Bayar di luar Alibaba lebih murah.', rules: [PAY] },
  { text: 'Kami kirim langsung ke gudang Anda.', rules: [] },
  // The buyer about to pay the supplier's account, or having paid it: past tenses, another word before "account", the
  // noun ("the transfer to your account"), "directly to you", the bank details asked for. Not a refund to the buyer.
  { text: 'I will send the money to your HSBC account.', rules: [PAY] },
  { text: 'I have transferred the deposit to your bank account.', rules: [PAY] },
  { text: 'I paid to your company account yesterday.', rules: [PAY] },
  { text: 'Here is the payment slip for the transfer to your HSBC account.', rules: [PAY] },
  { text: 'Can I pay the sample fee with my credit card directly to you?', rules: [PAY] },
  { text: 'Please send me your bank details so I can transfer the deposit.', rules: [PAY] },
  { text: 'Please give me your bank information.', rules: [PAY] },
  { text: 'We will transfer the refund to your account.', rules: [] },
  { text: 'We will pay the difference to your account.', rules: [] },
  { text: 'Please send us your bank details for the refund.', rules: [] },
  { text: 'I will pay to your Alibaba account.', rules: [] },
  { text: 'We will ship the goods in two cartons directly to your warehouse.', rules: [] },
  // Chinese: a QR code to scan and pay, the Hong Kong company account; PayPal paid in the Alibaba order is no finding.
  { text: '请扫描二维码付款。', rules: [PAY] },
  { text: '付款到香港公司账户，美金到账快。', rules: [PAY] },
  { text: '我们支持信用卡、PayPal和T/T，都在阿里巴巴订单里付款。', rules: [] },
  { text: 'PayPal付款，不要在阿里巴巴付款。', rules: [PAY] },
  // MoneyGram as typed in a hurry; grams and a money-back guarantee are not it.
  { text: 'pay through moneygrm', rules: [PAY] },
  { text: '500 gram per bag, money back guarantee', rules: [] },
  // Payment apps as a product's features; a supplier's own system that "supports PayPal" still asks for it.
  { text: 'The product supports Apple Pay, Google Pay and PayPal NFC payments.', rules: [] },
  { text: 'This watch supports WeChat Pay and Alipay.', rules: [] },
  { text: 'Our system supports PayPal, so please pay by PayPal.', rules: [PAY] },
  // Advance fees for a refund or a prize, duties paid in advance to the supplier's agent, a one-time code asked for.
  { text: 'To receive the refund, please pay the $50 handling fee first.', rules: [PAY] },
  { text: 'Congratulations, you won an Alibaba coupon of $500, pay $20 to activate it.', rules: [PAY] },
  { text: 'Please pay the anti-dumping tax to our customs agent in advance.', rules: [PAY] },
  { text: 'Please send me the verification code you received by SMS.', rules: [PAY] },
  { text: 'Please tell me the OTP code so I can confirm your order.', rules: [PAY] },
  { text: "To get the refund, you need to open a dispute; don't pay anyone.", rules: [] },
  { text: 'Pay attention to activate the warranty card.', rules: [] },
  { text: 'You can pay online to claim the VAT back later.', rules: [] },
  { text: 'Please send us the security code of the door lock sample for testing.', rules: [] },
  // "Bank to bank", Western Union cut short ("WU ok?", "pay thru western"), Alibaba kept "only for communication", a
  // token amount in the order and the rest to the supplier. T/T inside the order and a balance paid there are ordinary.
  { text: "The TA order will be for the sample only; for the bulk, let's do bank to bank.", rules: [PAY] },
  { text: 'Bank to bank transfer is better for big orders.', rules: [PAY] },
  { text: 'You can pay by T/T bank to bank inside the Trade Assurance order.', rules: [] },
  { text: 'WU ok?', rules: [PAY] },
  { text: 'Pay thru western pls', rules: [PAY] },
  { text: 'Western style furniture, pay by western standards.', rules: [] },
  { text: "Let's keep Alibaba only for communication, payment we do by bank.", rules: [PAY] },
  { text: 'Please put the order on Alibaba with $100 value, and pay the rest to us.', rules: [PAY] },
  { text: 'Make the Alibaba order $100 only, the remaining by TT.', rules: [PAY] },
  { text: 'The TA order is $5,200 including freight; the balance is due before shipment.', rules: [] },
  { text: 'The Alibaba order $3,000 is the deposit, and the balance will be in a second order.', rules: [] },
  // A refund the supplier sent to the buyer's account, however many words name it; the supplier's own bank-to-bank
  // dealings with its material suppliers; bank details asked for a refund.
  { text: 'We transferred the sample fee refund to your account yesterday.', rules: [] },
  {
    text: 'Our factory works bank to bank with all raw material suppliers, but for buyers we only use Trade Assurance.',
    rules: [],
  },
  { text: 'Please send me your bank details, we will refund the overpaid freight.', rules: [] },
  { text: 'Please send me the verification report of the factory audit.', rules: [] },
  { text: 'Pay $20 more to upgrade to the premium packaging.', rules: [] },
  // As buyers and suppliers write in India, Nigeria and the Philippines: "in our ICICI account", NEFT, GPay, OPay,
  // GCash with "bayad" (pay), "sa BDO account namin" (to our BDO account). Money said to have arrived is no request.
  {
    text: 'Sir kindly do the needful and send the payment in our ICICI account, details I am sharing on WhatsApp.',
    rules: [PAY],
  },
  { text: 'Sir advance 50% NEFT kar dijiye, baaki dispatch ke time.', rules: [PAY] },
  { text: 'Please do the payment through GPay to this number 98765 43210.', rules: [PAY] },
  { text: 'Pls send am via Opay or Palmpay, na our account be that.', rules: [PAY] },
  { text: 'Kuya pwede po ba sa GCash na lang bayad?', rules: [PAY] },
  { text: "Ma'am pa-send na lang po sa BDO account namin.", rules: [PAY] },
  { text: 'Na-receive na po namin ang bayad sa account namin, salamat.', rules: [] },
  { text: 'We received the payment in our bank account, thank you.', rules: [] },
  { text: 'Your payment is not yet showing in our account.', rules: [] },
  { text: 'The balance is in our account now, we will ship.', rules: [] },
  // Where to pay, sent by e-mail instead of in the chat (or in the order).
  { text: 'Our accountant will email you the bank details for the balance.', rules: [PAY] },
  {
    text: 'My colleague will send you our bank information by email, please check your inbox.',
    rules: [PAY],
  },
  { text: 'Dear friend, our finance department will contact you by email for the payment.', rules: [PAY] },
  { text: 'The bank details are in my email, please check.', rules: [PAY] },
  { text: 'I have sent the updated bank details to your mailbox.', rules: [PAY, CHANGE] },
  { text: 'Please do not send bank details by email, we only use Trade Assurance.', rules: [] },
  { text: 'I will email you the catalogue and price list.', rules: [] },
  { text: 'Please send the payment receipt to my email.', rules: [] },
  { text: 'We will email you the shipping details and tracking number.', rules: [] },
  // A full Trade Assurance account, given as the reason to pay by bank.
  {
    text: 'Our finance says the Trade Assurance account is full this month, please pay by T/T.',
    rules: [PAY],
  },
  // A fee to release the order, and customs clearance paid to an agent the message names: advance fees.
  {
    text: 'Alibaba security team: your order is on hold, pay the release fee of $150 to continue.',
    rules: [PAY],
  },
  { text: 'The telex release fee is $50, it is charged by the forwarder.', rules: [] },
  { text: 'Your forwarder will charge a B/L release fee.', rules: [] },
  {
    text: 'This is the logistics company, your goods are held at customs, pay $300 clearance to the agent below.',
    rules: [PAY],
  },
  // Bank details by e-mail, in other languages; and the buyer's own details for a refund.
  { text: '我们的银行信息已经发到您的邮箱，请查收。', rules: [PAY] },
  { text: 'Le enviaremos los datos bancarios por correo electrónico.', rules: [PAY] },
  { text: 'Enviamos os dados bancários por e-mail.', rules: [PAY] },
  { text: 'Nous vous enverrons les coordonnées bancaires par e-mail.', rules: [PAY] },
  { text: 'Die Bankdaten schicken wir Ihnen per E-Mail.', rules: [PAY] },
  { text: 'Реквизиты пришлем на почту.', rules: [PAY] },
  { text: 'Le enviaremos el catálogo por correo electrónico.', rules: [] },
  { text: 'Please email us your bank details for the refund.', rules: [] },
  { text: 'Envíe sus datos bancarios por correo para el reembolso.', rules: [] },
  // Money to the writer in person, through a partner who forwards it, or "by TT to below account".
  {
    text: "I'm the owner's son, you can send the money to me and I will pass it to the factory.",
    rules: [PAY],
  },
  { text: 'You can pay to our logistics partner, they will forward the payment to us.', rules: [PAY] },
  { text: 'Your goods are ready. Balance 70% pls arrange by TT to below account.', rules: [PAY] },
  { text: 'Please send the samples to me by DHL.', rules: [] },
  { text: 'Please send the money back to me, I cancelled the order.', rules: [] },
  { text: 'We will forward the documents to you after shipment.', rules: [] },
  { text: 'Please arrange the shipment to the address below.', rules: [] },
  // Advance fees under another name, and a long hold given as the reason to pay by bank.
  {
    text: 'This is Alibaba Trade Assurance department. Your order needs a guarantee deposit of $500 before shipment.',
    rules: [PAY],
  },
  { text: 'Because your country is high risk, you need to pay an anti-fraud deposit.', rules: [PAY] },
  { text: 'Beware of fraud: never pay a deposit outside the order.', rules: [] },
  {
    text: 'Alibaba will hold your payment for 90 days, so it is better to pay us via bank to avoid the delay.',
    rules: [PAY],
  },
  { text: 'Alibaba holds the payment until you confirm receipt, then releases it to us.', rules: [] },
  { text: 'We offer a two-year quality guarantee on every machine.', rules: [] },
  // The sample fee by WeChat to the supplier, the bulk order in Trade Assurance: the sample money is unprotected.
  { text: '样品费可以微信转给我，大货再走信保。', rules: [PAY] },
  { text: 'You can pay the sample fee by PayPal, and the bulk order via Trade Assurance.', rules: [PAY] },
  // 款 as a model ("这款", "新款") and 免费 (free) are no talk of paying: WeChat Pay as a product feature.
  { text: '这款收银机支持微信支付，免费送货。', rules: [] },
  { text: '新款手表支持支付宝和微信支付。', rules: [] },
  { text: '请用微信支付定金。', rules: [PAY] },
  // Brazil's Pix, "to our account" in Spanish and Portuguese, and "payer directement" in French.
  { text: 'Pode pagar via Pix para a nossa conta?', rules: [PAY] },
  { text: 'Please send me pix of the product.', rules: [] },
  { text: 'Transfiera el depósito a nuestra cuenta, por favor.', rules: [PAY] },
  { text: 'El pago en nuestra cuenta ya llegó, gracias.', rules: [] },
  { text: 'Recebemos o pagamento na nossa conta, obrigado.', rules: [] },
  { text: 'Veuillez nous payer directement par virement, pas via Alibaba.', rules: [PAY] },
  // A fee said to be not required is no request for it.
  { text: 'A quality guarantee fee is not required.', rules: [] },
  { text: 'A verification fee is not needed for Trade Assurance orders.', rules: [] },
  { text: 'Pay the verification fee, it is not refundable.', rules: [PAY] },
  // A QR code to pay, sent in the chat or scanned with WeChat; the Alibaba app's own is not.
  { text: 'Our cashier will send you a QR code to scan and pay.', rules: [PAY] },
  { text: 'Scan this QR code with WeChat to pay the sample fee.', rules: [PAY] },
  { text: 'Scan the QR code in the Alibaba app to pay the order.', rules: [] },
  // Russian: a discount "if you pay not through Alibaba"; "не" (not) refuses like "not" ("we don't accept Western
  // Union").
  { text: 'Можем дать скидку 5%, если оплатите не через Alibaba.', rules: [PAY] },
  { text: 'Оплата вне платформы дешевле.', rules: [PAY] },
  { text: 'Мы не принимаем Western Union.', rules: [] },
  { text: 'Мы не работаем вне Alibaba.', rules: [] },
  { text: 'Оплатите только через Alibaba, не через другие сайты.', rules: [] },
  // "Our Trade Assurance limit is only $5,000, pay the balance by T/T."
  { text: 'Our Trade Assurance limit is only $5,000, please pay the balance by T/T.', rules: [PAY] },
  // How the supplier pays its own suppliers is not a way for the buyer to pay.
  { text: 'We pay by check for our local suppliers.', rules: [] },
  { text: 'We usually pay by cheque for local suppliers.', rules: [] },
  { text: 'You can pay by check.', rules: [PAY] },
  // A one-time code or a password given in the chat, by either side; talk about one is not.
  { text: 'The OTP code is 482913.', rules: [PAY] },
  { text: 'My Alibaba password is Summer2026!', rules: [PAY] },
  { text: '验证码是482913', rules: [PAY] },
  { text: 'My password is not something I share.', rules: [] },
  { text: 'Each bottle has a security code: scan it to check.', rules: [] },
  { text: 'The verification is done, thanks.', rules: [] },
  // Chinglish: paying by the account below, "more fast than Alibaba"; prices "cheaper than Alibaba" are no reason to
  // leave.
  { text: 'pls pay by company account below, it is more fast than alibaba', rules: [PAY] },
  { text: 'Pay by T/T, it is cheaper than Alibaba.', rules: [PAY] },
  { text: 'Our price is cheaper than Alibaba, please pay in the Trade Assurance order.', rules: [] },
  { text: 'Sea freight is cheaper than air.', rules: [] },
  // A higher price for paying through Alibaba is the same offer as a discount for paying outside it.
  { text: 'If you pay through Alibaba the price will be 3% higher.', rules: [PAY] },
  { text: 'Via Trade Assurance we have to add 5% to the price.', rules: [PAY] },
  { text: 'TA order need add 3% fee.', rules: [PAY] },
  { text: 'If you pay via TA it is 3% more.', rules: [PAY] },
  { text: '走信保的话要加3%手续费。', rules: [PAY] },
  { text: '信保订单要加3%。', rules: [PAY] },
  { text: 'Prices on Alibaba are 3% higher than last year because of the exchange rate.', rules: [] },
  { text: 'If you order through Alibaba we give 5% more discount.', rules: [] },
  { text: 'We sell 30% more through Alibaba than on our website.', rules: [] },
  // A refund owed to the buyer, with a fee to pay first; a sample cost refunded later is routine.
  {
    text: 'Your refund has been approved, please pay the 50 USD processing fee to release it.',
    rules: [PAY],
  },
  { text: 'The refund is ready, you only need to pay a small bank charge first.', rules: [PAY] },
  { text: '您的退款已批准，请先支付50美元手续费。', rules: [PAY] },
  { text: 'For the refund, we will pay the bank fee ourselves.', rules: [] },
  {
    text: 'We will refund the sample cost when you order, please pay the shipping fee for the samples through Alibaba.',
    rules: [],
  },
  { text: 'The sample fee will be refunded when you order, please pay the sample fee first.', rules: [] },
  { text: '退款会通过阿里巴巴退回，手续费我们承担。', rules: [] },
  // Someone of the supplier's picking up the money.
  { text: 'Our agent in Dubai will collect the payment from you.', rules: [PAY] },
  { text: 'You can pay to our representative in Lagos in naira.', rules: [PAY] },
  { text: 'Alibaba will collect the payment and release it to us after delivery.', rules: [] },
  { text: 'Our agent will collect the goods from the factory.', rules: [] },
  { text: 'Our sales representative will send you the PI through Alibaba.', rules: [] },
  // A payment split over several accounts, and the supplier's own choice of banks.
  { text: 'Kindly pay the deposit in two parts to two different accounts.', rules: [PAY] },
  { text: 'We have accounts in two different banks, USD and EUR.', rules: [] },
  { text: "Please don't send money to different accounts, only pay in the Alibaba order.", rules: [] },
  { text: 'The goods will be shipped to two different addresses.', rules: [] },
  // Trade Assurance said to be closed to the buyer, and direct T/T for the orders after the first.
  { text: 'Pay via Alibaba.com is not possible because our store is suspended.', rules: [PAY] },
  {
    text: "Our store got a penalty so we can't receive Trade Assurance orders for 30 days, please pay T/T.",
    rules: [PAY],
  },
  {
    text: 'For the first order use Trade Assurance, next orders we can do direct T/T to save cost.',
    rules: [PAY],
  },
  { text: 'We can receive Trade Assurance orders now, please place it.', rules: [] },
  { text: 'Direct T/T is not accepted, please use Trade Assurance.', rules: [] },
  // Ordinary talk near the words of the cues above.
  { text: 'We collect the payment through Alibaba Trade Assurance only.', rules: [] },
  { text: 'Your refund has been approved, the money will be back in 3-5 working days.', rules: [] },
  { text: 'The price with logo printing is 5% higher.', rules: [] },
  { text: 'We will add 3% for the freight insurance.', rules: [] },
  { text: 'Our factory representative will visit your company next month.', rules: [] },
  // A code to scan and pay, said without "QR"; one in the Alibaba app, or on a carton, is no payment.
  { text: 'Scan the code in the picture to pay.', rules: [PAY] },
  { text: 'Please scan my WeChat code and pay the deposit.', rules: [CONTACT, PAY] },
  { text: 'Scan the code on the Alibaba app to pay the order.', rules: [] },
  { text: 'Scan the barcode on the carton to check the model.', rules: [] },
  { text: 'Scan the code to see our factory video.', rules: [] },
  // Alibaba refused as the place to order, then WeChat Pay as an instruction.
  { text: '请不要在阿里上下单了，直接微信转账给我就行。', rules: [PAY] },
  { text: '请直接用支付宝付款给我。', rules: [PAY] },
  { text: '请在阿里上下单付款。', rules: [] },
  { text: '我们不接受支付宝，请在信保订单里付款。', rules: [] },
  // A higher price through Alibaba, a refund fee, in other languages; sales grown through Alibaba and a refund on its
  // way stay quiet.
  { text: 'Si paga por Alibaba el precio es 3% más alto.', rules: [PAY] },
  { text: 'Se pagar pelo Alibaba o preço fica 3% mais caro.', rules: [PAY] },
  { text: 'Wenn Sie über Alibaba zahlen, ist der Preis 3% höher.', rules: [PAY] },
  { text: "Si vous payez par Alibaba, c'est 3% plus cher.", rules: [PAY] },
  { text: 'Если будете платить через Alibaba, цена будет на 3% выше.', rules: [PAY] },
  { text: 'Las ventas por Alibaba crecieron 20% más este año.', rules: [] },
  { text: 'Seu reembolso foi aprovado, pague a taxa de 50 USD para liberar.', rules: [PAY] },
  { text: 'Su reembolso fue aprobado, el dinero llegará en 5 días.', rules: [] },
  // Ordinary Chinese beside the new cues' words.
  { text: '信保订单价格和线下一样。', rules: [] },
  { text: '走信保的话，运费另算。', rules: [] },
  { text: '您的退款已经通过阿里巴巴退回，请查收。', rules: [] },
  // Cancelling the Trade Assurance order to be sent the supplier's bank; a new PI, a bank receipt for a refund, stay
  // quiet.
  {
    text: 'Please cancel the TA order, I will send you a proforma invoice with our bank details.',
    rules: [PAY],
  },
  { text: 'Cancel the Alibaba order, I will send you our bank details.', rules: [PAY] },
  { text: 'Please cancel the order on Alibaba, we will make a new PI with our company bank.', rules: [PAY] },
  { text: 'Please cancel the TA order, I will make a new one with the right price.', rules: [] },
  { text: 'Please cancel the order, I will send you a new proforma invoice.', rules: [] },
  { text: 'Please cancel the TA order and we will send you our bank receipt for the refund.', rules: [] },
  // A bank draft in the post; a draft contract is not one.
  { text: 'Pay with a bank draft mailed to our office.', rules: [PAY] },
  { text: "Please send the payment by banker's draft.", rules: [PAY] },
  { text: 'The draft contract is attached, please check.', rules: [] },
  { text: 'The bank draft of the contract is attached.', rules: [] },
  // Cash only, in English and Chinese; a buyer's question, cash flow, a walk-in showroom are not.
  { text: 'We only accept cash in USD now.', rules: [PAY] },
  { text: '我们现在只收美金现金。', rules: [PAY] },
  { text: '只收现金吗？不是，我们走信保。', rules: [] },
  { text: 'We only accept cash flow positive customers.', rules: [] },
  { text: 'We only take cash from walk-in customers in our showroom.', rules: [] },
  // A transfer "in the name of" a person of the supplier's; the company's name, the supplier paying its own agent, are
  // not.
  { text: 'Please make the transfer in the name of our director, it is the same company.', rules: [PAY] },
  { text: 'The account is under the name of my boss.', rules: [PAY] },
  { text: 'Transfer in the name of our company, Shenzhen Hongxin Trading Co., Ltd.', rules: [] },
  { text: 'We will pay the freight in the name of our agent.', rules: [] },
  { text: 'The invoice was issued in the name of our director.', rules: [] },
  // Bank details announced in the chat, to follow (often as a picture); terms, a refund, details in the order are not.
  { text: 'Here are our bank details:', rules: [PAY] },
  { text: 'Our bank details are as follows.', rules: [PAY] },
  { text: 'Our wire instructions are below.', rules: [PAY] },
  { text: '我们的银行账户信息如下：', rules: [PAY] },
  { text: '我们的对公账户是中国银行，账号如下。', rules: [PAY] },
  { text: '登录账号如下', rules: [] },
  { text: 'Here are our bank details for your records, but please pay via Alibaba.', rules: [] },
  { text: 'Here is our payment information: 30% T/T in the Trade Assurance order.', rules: [] },
  { text: 'Our bank info: the bank fee is paid by the buyer.', rules: [] },
  { text: 'My bank details are below, for the refund of the sample fee.', rules: [] },
  { text: 'Our account manager details are below.', rules: [] },
  { text: 'Here are our product details: size 20x30 cm, 500 g.', rules: [] },
  // Paying in the order "instead of to our account" is the safe way, not a request.
  { text: 'Please pay in the Alibaba order instead of to our account.', rules: [] },
  // A payment link sent on WhatsApp or by e-mail; photos there, or a link in the Alibaba chat, are not.
  { text: 'You can pay the sample fee via the link I sent in WhatsApp.', rules: [PAY] },
  { text: 'Please pay through the link we sent to your email.', rules: [PAY] },
  { text: 'Please check the photos via the link I sent on WhatsApp.', rules: [] },
  { text: 'Please pay via the link I sent in the Alibaba chat.', rules: [] },
  // A customs fee to "the agent" to release the goods, a tax to the supplier's logistics company; the buyer's own
  // broker is not.
  {
    text: 'Please pay the customs clearance fee of 350 USD to the agent to release your goods.',
    rules: [PAY],
  },
  { text: 'Your parcel is held at customs, pay the tax of 120 USD to our logistics company.', rules: [PAY] },
  { text: 'Please pay the import duty to your customs broker when the goods arrive.', rules: [] },
  { text: 'We will pay the customs fee to our forwarder.', rules: [] },
  // Someone of the supplier's collecting the money; a salesperson told to get the balance paid is asking for it, not
  // saying how.
  { text: 'Our driver will collect the cash when he delivers.', rules: [PAY] },
  { text: 'My boss told me to collect the balance before shipping.', rules: [] },
  { text: "I am the sales manager's assistant, he asked me to collect the deposit.", rules: [] },
  // A payment app used as a verb ("WeChat pay me"); through the Alibaba checkout it is paid in the order.
  { text: 'WeChat pay me 500 RMB for the sample.', rules: [PAY] },
  { text: 'Paypal us the sample fee.', rules: [PAY] },
  { text: 'Can you PayPal me through the Alibaba checkout?', rules: [] },
  // Ordinary supplier talk that holds the words of the cues: bank charges, PayPal and cards in the Alibaba order, a
  // refund through Alibaba, an invoice by e-mail paid in the order.
  {
    text: 'Our bank charges are paid by us, you only pay the amount in the Trade Assurance order.',
    rules: [],
  },
  { text: 'We accept payment by credit card, T/T, and PayPal in the Alibaba order.', rules: [] },
  {
    text: 'If you pay by credit card in the Alibaba order there is a 2.99% fee charged by Alibaba.',
    rules: [],
  },
  { text: 'Your refund of 50 USD has been processed through Alibaba, please check your account.', rules: [] },
  { text: 'I sent the invoice to your email, please check and pay via the TA order link.', rules: [] },
  // Paying directly in German, and "not through Alibaba"; delivering directly to customers is not paying.
  { text: 'Zahlen Sie direkt an uns.', rules: [PAY] },
  { text: 'Bitte überweisen Sie direkt auf unser Bankkonto.', rules: [PAY] },
  { text: 'Bitte nicht über Alibaba zahlen.', rules: [PAY] },
  { text: 'Zahlen Sie nicht über Alibaba, sondern per Überweisung.', rules: [PAY] },
  { text: 'Wir liefern direkt an uns bekannte Kunden.', rules: [] },
  { text: 'Bitte zahlen Sie nur über Alibaba, nicht per Western Union.', rules: [] },
  // An account to be given "in my next message"; goods shipped to an account are not money.
  { text: 'From now on please send the payments to the account in my next message.', rules: [PAY, CHANGE] },
  { text: 'Please pay to the account in the next message.', rules: [PAY] },
  { text: 'We will ship the goods to the account in the next message.', rules: [] },
  // A colleague's or a friend's account in Chinese, with the company's under a tax inspection; a friend's company is
  // not an account.
  { text: '我们公司的账户被税务局查了，暂时收不了款，请付到我同事的账户。', rules: [PAY, CHANGE] },
  { text: '我的朋友的公司也做这个产品。', rules: [] },
  { text: '我同事的电话是多少？', rules: [] },
  // PayPal "friends" payment in Chinese.
  { text: '样品费用请用PayPal好友付款方式支付。', rules: [PAY] },
  // A shipping agent's WeChat ID is a contact, not a wallet; a manager's WeChat for the payment is.
  { text: "Our shipping agent's WeChat: shipping_lee88", rules: [CONTACT] },
  { text: "My boss's WeChat is fine for the payment.", rules: [PAY] },
  // The supplier's own export licence, billed to the buyer first; the licence itself is no fee.
  { text: 'Please pay the export license fee before we can ship.', rules: [PAY] },
  { text: 'Our export license is valid until 2028.', rules: [] },
  // "W.U." with its last dot; an army's initials are not Western Union.
  { text: 'W.U. is ok for the sample.', rules: [PAY] },
  { text: 'W.U. Army shirts in stock.', rules: [] },
  // Crypto hardware and tools for sale are goods.
  { text: 'Crypto wallet hardware device, USB-C, OEM accepted.', rules: [] },
  { text: 'USDT mining calculator app for clients.', rules: [] },
  { text: 'Pay with USDT, send to my crypto wallet.', rules: [PAY] },
  // A wallet or card "Apple Pay compatible" is a product's feature.
  { text: 'Leather card wallet with Apple Pay compatible NFC blocker.', rules: [] },
  { text: 'Please pay with Apple Pay, it is ready.', rules: [PAY] },
  // Leather wallets, heat transfer printing, a piggy bank, private label: goods whose names hold payment words.
  { text: 'Our new wallet design is different from the old one, please check the photos.', rules: [] },
  { text: 'Heat transfer paper is changed to a new supplier, better quality.', rules: [] },
  { text: 'Money box for kids, ceramic piggy bank with your logo.', rules: [] },
  { text: 'We offer private label service with your own logo on the card.', rules: [] },
  // Signs and displays that carry a way to pay's name are goods; a comma after the name ends that reading.
  { text: 'Western Union sign lightbox for shops, LED.', rules: [] },
  { text: 'Paypal-accepted sign for stores.', rules: [] },
  { text: 'Alipay payment stand display, acrylic.', rules: [] },
  { text: 'Pay by Western Union, sign the receipt.', rules: [PAY] },
  { text: 'Pay by PayPal ready to ship.', rules: [PAY] },
  // Payment QR plates, stickers and speakers are goods in Chinese too; a QR code to pay is not.
  { text: '支付宝收款码牌，亚克力，可定制logo。', rules: [] },
  { text: '微信收款提示音箱，支持支付宝和微信。', rules: [] },
  { text: '收款码贴纸，防水，1000张起订。', rules: [] },
  { text: '这是我们的收款码，直接付就行。', rules: [PAY] },
  // Suzuki Swift parts (a large auto-parts trade): "Swift headlamp" is no SWIFT code, "Swift 2015-2020" no account
  // number.
  { text: 'Suzuki Swift headlamp assembly, left and right.', rules: [] },
  { text: 'Auto parts for Suzuki Swift 2015-2020, bumpers and grilles.', rules: [] },
  { text: 'Swift code BKCHCNBJ45A, account 6217 8500 0000 1234 567', rules: [PAY] },
  // "If anyone asks you to pay outside Alibaba, report it" warns of the scam; "report it as a gift" asks for one.
  { text: 'If anyone asks you to pay outside Alibaba, please report it.', rules: [] },
  { text: 'If someone tells you to use WhatsApp, report them to Alibaba.', rules: [] },
  { text: 'Pay outside Alibaba and report it as a gift.', rules: [PAY] },
  { text: 'If anyone asks, say it is a gift, and pay to my personal account.', rules: [PAY] },
  // A payment brand as a theme or style of goods ("USDT-themed T-shirts"); "USDT-TRC20" is the coin.
  { text: 'We sell USDT-themed T-shirts.', rules: [] },
  { text: 'Bitcoin-style coins, brass.', rules: [] },
  { text: 'Pay with USDT-TRC20 please.', rules: [PAY] },
  // A customer code or an IMEI after an account word is no bank account; a bank account number is one.
  { text: 'The account number on the B/L is our customer code 600123456.', rules: [] },
  { text: 'Account: IMEI 356938035643809 registered.', rules: [] },
  { text: 'Account no. 6217850000001234567', rules: [PAY] },
  // "No" after "account" is "number", not a refusal; other numbers labelled so stay quiet.
  { text: 'my account no is 6228480198765431', rules: [PAY] },
  { text: 'our invoice no is 20240012345', rules: [] },
  // The account named in more languages (accounts.ts), and the numbers labelled as orders and invoices there.
  { text: 'Zaplaťte prosím zálohu na účet 2001234567/2010, jméno Wang Li.', rules: [PAY] },
  { text: 'Číslo objednávky 2001234567, zaplaťte přes Trade Assurance.', rules: [] },
  { text: 'Maksakaa tilille 12345678901234', rules: [PAY] },
  { text: 'Tilausnumero 12345678901, maksu Alibaban kautta.', rules: [] },
  { text: 'Uplata na broj računa 160-0000012345678-90', rules: [PAY] },
  { text: 'Мына шотқа аударыңыз 4400430212345678', rules: [PAY] },
  { text: 'Шот-фактура 4400430212345678 жіберілді', rules: [] },
  { text: 'Дансны дугаар 5000123456 Хаан банк', rules: [PAY] },
  { text: 'Захиалгын дугаар 5000123456', rules: [] },
  { text: "Pulni hisob raqamga o'tkazing 20208000123456789001", rules: [PAY] },
  { text: 'Hisob-faktura 20208000123456789001 yuborildi', rules: [] },
  { text: 'Ödənişi bu hesaba edin 4169738812345678', rules: [PAY] },
  { text: 'Lipa kwa akaunti 0150123456789', rules: [PAY] },
  { text: 'Πληρώστε στον λογαριασμό 12345678901234', rules: [PAY] },
  { text: '振込先口座 1234567890123', rules: [PAY] },
  { text: 'இந்த கணக்கு 12345678901234', rules: [PAY] },
  { text: 'ወደ ሂሳብ 1000123456789 ይላኩ', rules: [PAY] },
  // Chinese goods and customers that share words with personal accounts: 对私人客户 (private customers), 个人卡片 (personal
  // cards); 对私账户, 个人卡上 are accounts.
  { text: '我们对私人客户也可以小批量定制。', rules: [] },
  { text: '个人卡片印刷，名片，会员卡。', rules: [] },
  { text: '请付到对私账户。', rules: [PAY] },
  { text: '请打到我的个人卡上。', rules: [PAY] },
  // "Trade Assurance now uses our company account": Trade Assurance is paid into Alibaba's account, never the
  // supplier's; an account manager is no account.
  { text: 'Trade Assurance now uses our company account for orders above 10,000 USD.', rules: [PAY] },
  { text: 'TA is paid into our HSBC account this month.', rules: [PAY] },
  { text: 'Alibaba uses our account manager to follow up.', rules: [] },
  { text: 'Trade Assurance uses Citibank accounts for payments.', rules: [] },
  // A relative's account in Hinglish and Chinese ("mere bhai ke account mein", 表妹的账户).
  {
    text: 'Sir company account mein problem hai, aap payment mere bhai ke account mein kar dijiye.',
    rules: [PAY],
  },
  { text: '麻烦您把钱转到我表妹的账户，她在美国可以帮我们收款。', rules: [PAY] },
  { text: 'Mere bhai ke shaadi ke liye 500 pcs chahiye.', rules: [] },
  { text: '表妹的婚礼需要500个礼盒。', rules: [] },
  // Goods and devices named after a way to pay: a tether strap, a smartwatch or kiosk that takes Alipay or GCash, a
  // Paytm soundbox, signs, stickers, gift cards printed, an ETH port, an LTC battery.
  { text: 'Tether ball set for backyard, with pole and rope.', rules: [] },
  { text: 'Tether strap for tablet, anti-theft, elastic.', rules: [] },
  { text: 'Dog tether cable 30ft, steel, vinyl coated.', rules: [] },
  { text: 'The smartwatch supports NFC payment and Alipay offline code.', rules: [] },
  { text: '这款手表支持支付宝离线支付，NFC门禁。', rules: [] },
  { text: 'The Paytm soundbox enclosure sample is ready, we will send the photos.', rules: [] },
  { text: 'The cash app on our POS tablet shows daily sales.', rules: [] },
  { text: 'GCash and Maya QR supported on the Philippines version kiosk, discount for 10 units.', rules: [] },
  {
    text: 'We have M-Pesa integration in the Kenya version of our software, the fee is included.',
    rules: [],
  },
  { text: 'The cash drawer opens automatically when the cash payment is done.', rules: [] },
  { text: 'The card reader can process payments offline and upload when network is back.', rules: [] },
  { text: 'Payment kiosk for outside installation, IP65, with sun shield.', rules: [] },
  { text: 'Our hardware wallet supports BTC, ETH and USDT, price USD 38 FOB.', rules: [] },
  { text: 'We make tamper-evident bags for cash deposits at banks, price USD 0.08.', rules: [] },
  { text: 'Western Union counter sign? We make acrylic signs, send us the artwork.', rules: [] },
  { text: 'MoneyGram and Western Union acrylic display, we did for agents in Ghana.', rules: [] },
  { text: '我们可以做西联汇款的亚克力展示牌，给代理点用。', rules: [] },
  { text: 'Bitcoin accepted here sticker, vinyl, 10x10cm, 1000pcs.', rules: [] },
  {
    text: 'Gift cards with scratch-off PIN, we print for telecom companies, discount for big orders.',
    rules: [],
  },
  { text: 'We print gift cards, the sample fee is USD 50, refundable on the bulk order.', rules: [] },
  { text: 'The gift cards are sold with 10% discount to distributors.', rules: [] },
  { text: 'Bitcoin power bank with fast charge 20W, gold color, gift for crypto fans.', rules: [] },
  { text: 'Crypto wallet card NFC, price USD 2.5, minimum 500pcs.', rules: [] },
  { text: 'Small World model train set, we accept OEM, discount for 1000 sets.', rules: [] },
  { text: 'ETH port and RS485 port on the controller, price USD 45 with discount.', rules: [] },
  { text: 'LTC battery 3.6V ER14505, price USD 0.85, discount for 10k pcs.', rules: [] },
  // Refusals: asked and answered ("Cash on delivery? Sorry, only Alibaba payment"), "is not safe", "is not available",
  // Arabic لا نقبل.
  { text: 'نقبل الدفع عبر علي بابا فقط، لا نقبل ويسترن يونيون.', rules: [] },
  { text: 'We accept crypto? No, never, only Alibaba payment methods.', rules: [] },
  { text: 'Western Union is not safe for you, please use Alibaba.', rules: [] },
  {
    text: 'Our apple cider vinegar gift box, cash on delivery is not available, please pay in the Alibaba order.',
    rules: [],
  },
  { text: 'Cash on delivery? Sorry, only Alibaba payment.', rules: [] },
  // Direct, but not paying outside: paid in the Alibaba order, goods sent straight to the customer, direct transfer
  // film, wiring, a factory-direct deal, напрямую of samples.
  {
    text: "We are manufacturer, we don't need a trading company account, you pay Alibaba directly in the order.",
    rules: [],
  },
  { text: 'Direct payment in the Alibaba order is the safest way.', rules: [] },
  { text: 'Pembayaran langsung di pesanan Alibaba, aman untuk Anda.', rules: [] },
  { text: 'You can pay with your own credit card in the Alibaba order, no problem.', rules: [] },
  { text: 'We can send the samples directly to your Amazon FBA warehouse, labels included.', rules: [] },
  { text: 'We send the goods directly to your customer with neutral packing, no invoice inside.', rules: [] },
  { text: 'DTF means direct transfer film, it works on cotton and polyester.', rules: [] },
  { text: 'The LED strip can wire directly to 12V battery, no driver needed.', rules: [] },
  { text: 'Мы отправим образцы напрямую на ваш склад в Москве.', rules: [] },
  { text: 'Фабрика продает напрямую, без посредников, поэтому цена ниже.', rules: [] },
  { text: 'Bisa transfer desain langsung ke mesin sablon.', rules: [] },
  { text: 'Direct deal with factory, no middleman, better price for you.', rules: [] },
  // Numbers that are no bank accounts: printed card numbers, an Alibaba or FedEx account number, a Russian invoice
  // (счёт-фактура).
  { text: 'Card no. printing: 1000 0000 0000 0001 to 1000 0000 0000 5000, consecutive.', rules: [] },
  { text: 'Sample card number: 6217 0000 0000 0000 000, it is only for design layout.', rules: [] },
  { text: 'Bank card printing sample number 6222 0210 0000 1234 is dummy, for the proof.', rules: [] },
  { text: 'Your order is under Alibaba account 2208123456789, right?', rules: [] },
  {
    text: 'Our FedEx account 612345678 can be used for the sample, the cost will be added to the order.',
    rules: [],
  },
  { text: 'Номер счёта-фактуры 2024-0567, он в документах.', rules: [] },
  // A field or a login, not a beneficiary: "account name: admin", "beneficiary name is printed on the certificate".
  { text: 'Default account name: admin, password: 123456, please change after install.', rules: [] },
  { text: 'Account name: admin, default login for the NVR.', rules: [] },
  { text: '收款人姓名可以打印在收据上，这款收银机支持自定义。', rules: [] },
  { text: 'Beneficiary name is printed on the donation certificate, we can customize.', rules: [] },
  // Cards and logins that are goods: a manager account in POS software, a hotel lock's manager card, card slots, your
  // own brand wallet, private label cards.
  { text: 'The POS software lets the owner create a manager account for each store.', rules: [] },
  { text: 'Hotel lock system includes guest card, manager card, master card and building card.', rules: [] },
  { text: 'Cashier card for the POS system, 100pcs, PVC with magstripe.', rules: [] },
  { text: 'Wallet with 6 individual card slots and a zipper coin pocket.', rules: [] },
  { text: 'We can make your own brand wallet with laser logo.', rules: [] },
  { text: 'Private label card printing for your coffee shop loyalty program.', rules: [] },
  { text: 'Personal card holder with photo window, for ID and bus card.', rules: [] },
  // Fees that are part of the price or a testing body's, a mould deposit, a safe's factory password, "pay attention",
  // an invoice e-mailed, a branch meeting visitors, the buyer's Alibaba login.
  {
    text: 'Verification fee for the PVoC certificate to Kenya is about USD 250, charged by Intertek.',
    rules: [],
  },
  { text: 'Export licence fee for the drone parts is included in our price.', rules: [] },
  { text: 'The license activation fee of the software is included in the first year.', rules: [] },
  { text: 'Guarantee deposit for the mould is refundable after 10,000 pcs order.', rules: [] },
  { text: 'The password is 888888 for the safe box, factory setting.', rules: [] },
  { text: '保险箱初始密码是123456，请收到后修改。', rules: [] },
  { text: 'Please pay attention to our bank holiday schedule, finance is closed 1-3 May.', rules: [] },
  { text: 'We sent the invoice to your email account, please check the spam folder.', rules: [] },
  { text: 'Our Shenzhen branch will receive your team at the airport on Monday.', rules: [] },
  { text: '您的阿里账户异常吗？付款不成功的话可以联系阿里客服。', rules: [] },
  // Still caught beside them: Tether as money, an app while a POS machine is broken, gift-card codes, direct payment
  // away from Alibaba, a cash deposit, a login's password, a manager's card, the rest paid directly.
  { text: 'Please pay in Tether TRC20 to this wallet.', rules: [PAY] },
  { text: 'For the sample fee, buy 2 Steam gift cards and send me the codes.', rules: [PAY] },
  { text: 'Please pay directly to our bank, not through Alibaba.', rules: [PAY] },
  { text: 'Send the payment directly to my account.', rules: [PAY] },
  { text: 'Please make a cash deposit at any Bank of China branch.', rules: [PAY] },
  { text: 'My Alibaba password is lily2024, you can log in and pay.', rules: [PAY] },
  { text: 'Pay the verification fee of 200 USD before we release the order.', rules: [PAY] },
  { text: "Please pay to my manager's card 6217 0000 1234 5678.", rules: [PAY] },
  { text: 'Pay 30% in the Alibaba order and the rest directly to us.', rules: [PAY] },
  { text: 'Cash on delivery? Yes, no problem for us.', rules: [PAY] },
  { text: 'We accept crypto? Yes, USDT is fine.', rules: [PAY] },
  { text: 'You can pay with your personal card to my personal account.', rules: [PAY] },
  { text: 'We accept digital currency (Tether) on Tron network, it save you 2-3 days.', rules: [PAY] },
  // A third party paid: a company that "handles our foreign settlement", an invoice issued by a partner or an offshore
  // company, a mother company, a shipping agent "who will pay us", a logistics company's account, a customs agent's
  // (Spanish), a payment link by SMS.
  {
    text: 'Please make the wire payable to Golden Bridge Import Export, they handle our foreign settlement.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Please note for this shipment the invoice will be issued by our trading partner and you pay to them.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'The money goes to our mother company in Taiwan, they will transfer to us, please use their details.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'For tax saving, we issue invoice from our offshore company in BVI, please pay to that company',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Just send the money to the shipping agent, they will pay us after they receive. Name: Ocean Star Shipping Agency.',
    rules: [PAY],
  },
  {
    text: 'The shipping company need the freight paid before loading, please transfer 1,250 USD to the logistics company account: Fast Wing Logistics Ltd, Bank of Communications.',
    rules: [PAY],
  },
  {
    text: 'Dear friend, good news, production finished 3 days earlier. We arranged the container loading on Monday. Our logistic partner needs the freight paid in advance and our finance is on holiday, so could you please pay the freight 2,350 USD directly to the forwarder? I will send you their bank information. Thank you for the support!',
    rules: [PAY],
  },
  {
    text: 'El agente de aduana necesita 400 dólares para liberar la mercancía, por favor deposite a su cuenta.',
    rules: [PAY],
  },
  { text: 'DHL need the import duty paid first, they will send you the payment link by SMS.', rules: [PAY] },
  // Leaving the order: "never mind the Trade Assurance", "pay by TT to us", "order outside", "TT in advance, not
  // Alibaba", "no platform", a direct order, 信保暂时不能用, and the same in Spanish, Portuguese and Italian.
  { text: 'Never mind the Trade Assurance, we can do it directly, you will get 5% off.', rules: [PAY] },
  {
    text: "If you place the order on Alibaba the price is 12.5, if you pay by TT to us it's 11.8.",
    rules: [PAY],
  },
  {
    text: "If you order outside, I can give better price, because I don't pay the commission.",
    rules: [PAY],
  },
  { text: 'We prefer TT in advance, not Alibaba, because Alibaba release money slowly.', rules: [PAY] },
  { text: "Let's make it simple: you send the money, I send the goods, no platform.", rules: [PAY] },
  { text: 'Order on platform need to wait, direct order ship tomorrow.', rules: [PAY] },
  { text: '由于阿里巴巴系统维护，信保暂时不能用，请转账到我们公司账户。', rules: [PAY] },
  {
    text: 'En vez de pagar por Alibaba, puede pagarnos por transferencia directa y le hacemos descuento.',
    rules: [PAY],
  },
  { text: 'Pode fazer o pagamento por fora, sem a plataforma, te dou 5% de desconto.', rules: [PAY] },
  { text: 'Per evitare le commissioni di Alibaba potete pagarci direttamente con bonifico.', rules: [PAY] },
  // Personal and peer-to-peer: "you can pay to my personal account" after a "don't", "don't be afraid", PayPal for the
  // sample fee beside the bulk order on Alibaba, a friend receiving the money, e-transfer, Pix, Paytm in Hinglish, gift
  // cards in Spanish, "1200 U to our wallet", Coinbase.
  {
    text: "If you don't want to pay tax you can pay to my personal account and I send the goods as gift sample.",
    rules: [PAY],
  },
  {
    text: "Don't be afraid, western union is very safe and fast, many of our customers use it.",
    rules: [PAY],
  },
  {
    text: "I'm not asking you to pay outside, just the sample fee to my paypal, the bulk order still on Alibaba.",
    rules: [PAY],
  },
  { text: 'My friend in Canada can receive the money for us, you can e-transfer to him.', rules: [PAY] },
  { text: 'Pode mandar o sinal por Pix para minha irmã, ela recebe para mim.', rules: [PAY] },
  { text: 'Aap Paytm se bhej do sir, jaldi ho jayega.', rules: [PAY] },
  { text: 'Pague con tarjetas de regalo de Amazon, es más fácil para nosotros.', rules: [PAY] },
  { text: 'Please send 1200 U to our wallet, we ship same day.', rules: [PAY] },
  { text: 'You can use Coinbase to send us the payment, faster than bank.', rules: [PAY] },
  // Fake Alibaba notices: a fee to release the payment, a 保证金 to ship, a customer-service WeChat, a copy of the credit
  // card, the verification code.
  {
    text: 'This is Alibaba Trade Assurance department. Your payment has been received but is on hold. To release, the buyer must pay a 2% insurance fee by wire.',
    rules: [PAY],
  },
  { text: '【阿里巴巴】您的信保订单需要缴纳保证金500美元才能发货，请联系卖家获取付款账户。', rules: [PAY] },
  { text: '【阿里巴巴通知】您的订单因付款异常被冻结，请添加客服微信 alikefu888 处理。', rules: [CONTACT] },
  {
    text: 'Dear Alibaba user, to complete the security verification please send a copy of your ID and credit card front and back to our service email.',
    rules: [PAY],
  },
  {
    text: 'Alibaba Customer Service: We noticed unusual activity. Please reply with the verification code we sent to your phone.',
    rules: [PAY],
  },
  // Caught, and now with the right rules: an account below a demurrage fee, an account "instead".
  {
    text: 'Our port agent needs the demurrage fee paid today else the container will be auctioned, account below.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Our Bank of China account reached the annual receiving quota, please pay to our Agricultural Bank account instead, details below.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'We regret to inform that our bank account in China is having issue receiving USD since this month because of the new government policy. Please make the payment to our Turkish office account instead.',
    rules: [CHANGE, PAY],
  },

  // Quiet beside them: no Alibaba order yet, the balance paid to release goods.
  { text: 'We have no Alibaba order from you yet.', rules: [] },
  { text: 'To release the goods, please pay the balance.', rules: [] },
  // Money to a person by name or title: "in the name of Wang Jun", "Receiver: Huang Mei Ling", "transfer to Mr. Deng",
  // and the same in Spanish, Portuguese, German, Arabic, Turkish, Indonesian, Vietnamese and traditional Chinese.
  {
    text: 'Please make the transfer in the name of Wang Jun, he is the owner of the factory.',
    rules: [CHANGE, PAY],
  },
  { text: 'Receiver: Huang Mei Ling, ID on request, please keep the receipt.', rules: [CHANGE, PAY] },
  {
    text: 'Please put Chen Hao as the receiver, the company name is too long for the bank system.',
    rules: [PAY],
  },
  {
    text: "Account name should be our director's name, Li Qiang, because it's his account for foreign customers.",
    rules: [PAY],
  },
  { text: 'For this small amount you can send to Mrs. Sun, she is our export manager.', rules: [PAY] },
  {
    text: 'The mould is ready, the mould fee is paid to the mould factory directly, not to us, please transfer to Mr. Deng.',
    rules: [PAY],
  },
  { text: 'Please pay the artwork fee to our designer Jenny, she is a freelancer.', rules: [PAY] },
  { text: 'Deposite a nombre del señor Zhang Wei, es el dueño de la fábrica.', rules: [PAY] },
  { text: 'Faz o pagamento no nome do nosso diretor, Sr. Li, que cai mais rápido.', rules: [PAY] },
  { text: 'Bitte überweisen Sie an Herrn Zhang Wei persönlich, er ist unser Inhaber.', rules: [PAY] },
  { text: 'حول المبلغ باسم السيد تشانغ وي، هو صاحب المصنع.', rules: [PAY] },
  { text: 'Parayı patronumuz Bay Zhang Wei adına gönderin.', rules: [PAY] },
  { text: 'Transfer ke rekening atas nama Bapak Zhang Wei ya, pemilik pabrik.', rules: [PAY] },
  { text: 'Anh chuyển khoản cho chị Lan kế toán bên em nhé, số tài khoản em gửi sau.', rules: [PAY] },
  { text: '款項請匯給我們老闆張偉的個人帳戶，帳號稍後提供。', rules: [PAY] },
  // Quiet beside them: a sample's receiver with an address, the supplier's own company name, the recipient of cartons.
  { text: 'Receiver: John Smith, 123 Main St, Austin TX, phone +1 512 555 0148.', rules: [] },
  { text: 'The recipient is our warehouse manager, please mark the cartons.', rules: [] },
  { text: 'Please send the samples to Mr. Chen in our Shenzhen office.', rules: [] },
  // A friendly message with the request in the middle, in eight languages.
  {
    text: 'Hola Carlos, ¡qué gusto saludarte! Ya tenemos las muestras listas y se ven muy bien, el color quedó perfecto. Para el pedido grande, mi jefe dice que mejor hacemos el pago por fuera, directo a la cuenta del dueño, así ahorramos la comisión y te hago un descuento extra. El tiempo de producción es de 20 días. ¡Saludos a tu familia!',
    rules: [PAY],
  },
  {
    text: 'Halo Pak Budi, barangnya sudah siap kirim, fotonya sudah saya lampirkan. Untuk pelunasan, kali ini tolong transfer ke rekening adik saya dulu ya, rekening perusahaan lagi ada masalah. Terima kasih banyak Pak!',
    rules: [PAY],
  },
  {
    text: 'Olá João, tudo bem? As amostras ficaram ótimas! Para o pedido grande, o pagamento pode ser feito na conta do meu sócio, é mais rápido que pela Alibaba e te dou 3% de desconto. Abraço!',
    rules: [PAY],
  },
  {
    text: 'مرحبا أخي أحمد، البضاعة جاهزة وأرسلت لك الصور. بخصوص الدفعة المتبقية، أرجو تحويلها هذه المرة إلى حساب أخي، لأن حساب الشركة فيه مشكلة مؤقتة. شكرا جزيلا!',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hi Raj bhai, namaste! Goods ready hai, photos bhej diye. Balance payment is baar mere saale ke account mein kar dena, company account mein kuch issue hai. Thank you bhai!',
    rules: [PAY],
  },
  {
    text: 'สวัสดีค่ะคุณสมชาย สินค้าพร้อมส่งแล้วนะคะ ส่วนยอดคงเหลือรบกวนโอนเข้าบัญชีน้องสาวดิฉันก่อนนะคะ บัญชีบริษัทมีปัญหาค่ะ ขอบคุณค่ะ',
    rules: [PAY],
  },
  {
    text: "Hi Maria, thank you so much for the nice feedback on the samples, our team was very happy! The colours are exactly as your Pantone and the stitching was checked twice. For the bulk order we will keep the same material. By the way, for this order our finance prefers to receive the money directly to our company bank instead of through the platform, it's faster for both of us and I can give you an extra 2% discount. Lead time is 25 days after deposit. Have a nice weekend!",
    rules: [PAY],
  },
  {
    text: "Hello John, hope you had a nice holiday. The production is 80% done and the QC is scheduled next Tuesday. Quick note: please don't pay via the order link, our finance team will send you a separate invoice with the updated details, please follow that one. We also added 50 free spare parts for you. Talk soon!",
    rules: [PAY],
  },
  {
    text: "Bonjour Pierre, merci pour votre commande ! Les étiquettes sont imprimées et les cartons sont prêts. Petite précision : pour le solde, notre comptable vous enverra un autre RIB par mail, l'ancien ne fonctionne plus. Le conteneur partira vendredi. Bonne journée !",
    rules: [CHANGE],
  },
  // Indirect: "between us", "settle it privately", "off the books", "not through the website", "the rest you pay by
  // TT", sharing the platform's commission, in nine languages.
  { text: "This time we handle the payment between us, Alibaba doesn't need to be involved.", rules: [PAY] },
  { text: 'Our finance will give you an easier way to pay, she will contact you separately.', rules: [PAY] },
  { text: 'We can settle it privately, it is better for both sides.', rules: [PAY] },
  { text: 'Please use our other channel for the deposit, the one I mentioned yesterday.', rules: [PAY] },
  { text: "Let's keep this order off the books, you pay us and we ship, simple.", rules: [PAY] },
  {
    text: 'For repeat buyers we have a special arrangement for payment, I will explain on the other app.',
    rules: [PAY],
  },
  {
    text: 'Please follow the payment instruction from our accounts team instead of the order page.',
    rules: [PAY],
  },
  { text: 'Our boss prefers the old method for this customer, not through the website.', rules: [PAY] },
  {
    text: 'We create the order on Alibaba for 1,000 USD only, the rest 8,500 USD you pay by TT so the commission is small.',
    rules: [PAY],
  },
  {
    text: 'The packing upgrade cost is not in the Alibaba order, please add it by bank transfer to me.',
    rules: [PAY],
  },
  { text: "The platform commission is 3%, let's split it, I reduce 1.5% if you wire us.", rules: [PAY] },
  {
    text: 'You save the transaction fee and I save the service fee, win-win if we do it outside.',
    rules: [PAY],
  },
  { text: 'El pago lo arreglamos entre nosotros, sin pasar por la plataforma.', rules: [PAY] },
  { text: 'Pague metade no Alibaba e a outra metade direto na nossa conta.', rules: [PAY] },
  { text: 'Le paiement, on le règle entre nous, pas besoin de passer par Alibaba.', rules: [PAY] },
  { text: 'Die Zahlung machen wir am besten direkt unter uns, ohne Plattform.', rules: [PAY] },
  { text: 'خلينا نتفاهم على الدفع بيننا بدون المنصة.', rules: [PAY] },
  { text: "Ödemeyi aramızda halledelim, Alibaba'ya komisyon vermeyelim.", rules: [PAY] },
  { text: 'Bayarnya langsung ke saya aja kak, ga usah lewat Alibaba biar ga kena potongan.', rules: [PAY] },
  { text: 'Mình thanh toán riêng với nhau thôi anh, khỏi qua Alibaba mất phí.', rules: [PAY] },
  { text: 'จ่ายตรงกับเราไม่ต้องผ่านอาลีบาบา ลดให้ 3%', rules: [PAY] },
  { text: 'Payment aapas mein settle kar lenge sir, Alibaba ko commission kyun dena.', rules: [PAY] },
  { text: '尾款按老规矩来，我待会把账户发你。', rules: [PAY] },
  // Beside them: a price kept "between us" is secrecy (a note), not a payment; a private room and the platform's own
  // fee are nothing.
  { text: 'This price is only for you, please keep it between us.', rules: [PRESSURE] },
  { text: 'Our showroom has a private meeting room for buyers.', rules: [] },
  { text: 'Alibaba charges us a commission, not you.', rules: [] },
  // Changed accounts: "can no longer receive … use the EUR account", "pay the one in the attached letter instead", "no
  // use los del pedido de Alibaba", a fake "verified by Alibaba" notice.
  {
    text: 'Due to the new US sanctions list, we can no longer receive in USD at the old bank; please use the EUR account in Lithuania.',
    rules: [CHANGE],
  },
  {
    text: 'The beneficiary bank on the PI is our correspondent bank; please pay the one in the attached letter instead.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Le mandé los datos de pago por correo, por favor no use los del pedido de Alibaba.',
    rules: [CHANGE],
  },
  {
    text: "System: The supplier's bank info has been verified by Alibaba. You may pay the balance to it directly.",
    rules: [CHANGE, PAY],
  },
  // False alarms fixed: a courier account called personal, a software's beneficiary list, a new bank the buyer still
  // pays through Alibaba.
  {
    text: 'We can send you the sample through your personal DHL account if you have one, otherwise we use ours.',
    rules: [],
  },
  { text: 'In the admin panel you can change the beneficiary list for the payroll module.', rules: [] },
  {
    text: 'Our new company bank for export is Bank of China, but you still pay to Alibaba, nothing changes for you.',
    rules: [],
  },
  // A fee paid to a third party (agency, inspector, agent, forwarder, line, consultant), in several languages.
  {
    text: 'The CE certificate for your country costs 450 USD, please pay to the certification agency, their bank is below.',
    rules: [PAY],
  },
  {
    text: 'Customs in your country require a pre-shipment COC, please pay the fee to Mr. Lee from the inspection company.',
    rules: [PAY],
  },
  {
    text: 'Your country needs a special import permit, our agent can get it for you for 700 USD, paid to him not to us.',
    rules: [PAY],
  },
  {
    text: 'Attached is the invoice from our forwarder Blue Sea Logistics for the ocean freight, please settle it today to their HK account.',
    rules: [PAY],
  },
  {
    text: 'The shipping company requires you to pay the THC and document fee to their agent, I forward you the debit note.',
    rules: [PAY],
  },
  {
    text: "Your container is on hold at Port of Jebel Ali, the line needs 950 USD demurrage, the agent's bank details are in the note.",
    rules: [PAY],
  },
  {
    text: 'Please pay the B/L release fee to COSCO agent, otherwise they will not telex release.',
    rules: [PAY],
  },
  {
    text: 'Alibaba.com: Your order is eligible for a VIP customs clearance service. Pay the 80 USD service fee to the appointed agent.',
    rules: [PAY],
  },
  {
    text: 'Notice from Alibaba Risk Control: to unfreeze your order please verify your identity with a 1 USD payment at the link sent by the seller.',
    rules: [PAY],
  },
  { text: 'Pode pagar a taxa de inspeção direto para o inspetor, ele te manda o Pix.', rules: [PAY] },
  {
    text: "Merci de verser les frais de certification directement à l'agent, ses coordonnées sont en pièce jointe.",
    rules: [PAY],
  },
  { text: 'Die Inspektionsgebühr zahlen Sie bitte direkt an den Prüfer, nicht über Alibaba.', rules: [PAY] },
  {
    text: 'A taxa do frete vai direto para o agente de carga, os dados bancários dele estão no PDF.',
    rules: [PAY],
  },
  {
    text: 'Die Prüfgebühr für das CE-Zertifikat bitte an unseren Berater überweisen, Kontodaten folgen.',
    rules: [PAY],
  },
  { text: 'Оплатите сертификат соответствия нашему агенту, 450 долларов, реквизиты в файле.', rules: [PAY] },
  { text: 'رسوم الفحص 300 دولار تدفع مباشرة للمفتش قبل الشحن.', rules: [PAY] },
  { text: 'Gümrük ajanına 400 dolar ödemeniz gerekiyor, hesap bilgileri ekte.', rules: [PAY] },
  { text: 'Ongkos kirim dibayar langsung ke forwarder ya kak, rekeningnya saya kirim.', rules: [PAY] },
  { text: 'Phí kiểm định anh chuyển thẳng cho bên kiểm định nhé, không qua Alibaba.', rules: [PAY] },
  { text: '運費請直接付給貨代，帳戶資料在附件。', rules: [PAY] },
  // Refund tricks: a fee first, a finance app, the overpaid difference to an account, a lottery, a client paying for
  // them.
  {
    text: 'For the refund of the defective goods, we need you to pay 40 USD refund processing fee first, then we send 900 USD back.',
    rules: [PAY],
  },
  {
    text: 'We can refund you faster if you download our finance app and log in with your bank card.',
    rules: [PAY],
  },
  {
    text: "The dispute will take months, let's close it and I will refund you personally, just cancel the dispute first.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Le devolvimos de más en el reembolso, por favor regrese la diferencia a esta cuenta.',
    rules: [PAY],
  },
  { text: '多退的钱麻烦您转回到这个账户，谢谢。', rules: [PAY] },
  { text: '退款多了，請把差額匯回這個帳戶。', rules: [PAY] },
  { text: "Pour le remboursement, il faut d'abord payer 40 USD de frais administratifs.", rules: [PAY] },
  {
    text: 'Congratulations, you won our annual buyer lottery! Please pay the 50 USD handling fee to receive the free container.',
    rules: [PAY],
  },
  {
    text: 'To register you as our distributor in your country, a one-time registration fee of 300 USD is needed, paid to our legal consultant.',
    rules: [PAY],
  },
  {
    text: 'Our client in your country will pay you on our behalf, just forward the money to our account minus your commission.',
    rules: [PAY],
  },
  // A QR code to pay, cash at an ATM to a card, Hong Kong's FPS, a prepaid card's number and PIN.
  { text: 'I sent you a QR code picture, scan it with your banking app to pay the balance.', rules: [PAY] },
  { text: 'Pay via the QR in the invoice, it goes directly to our finance.', rules: [PAY] },
  { text: 'For the tooling cost, scan the QR in my profile and send screenshot.', rules: [PAY] },
  {
    text: 'Please deposit cash at any Bank of China ATM to the card I give, then send us the receipt photo.',
    rules: [PAY],
  },
  { text: 'Our Hong Kong FPS ID is 1234567, instant transfer, please use it for the balance.', rules: [PAY] },
  { text: 'Buy a Vanilla Visa prepaid card and send us the number and PIN.', rules: [PAY] },
  // The supplier's own shipping, certificate, inspection and QR talk, and a refund through Alibaba, are no request.
  { text: 'The CE certificate is included, we send the PDF', rules: [] },
  { text: 'Our forwarder will contact you about the delivery time', rules: [] },
  { text: 'Please pay the THC at destination to your own forwarder as usual (FOB terms)', rules: [] },
  { text: 'The inspection fee is paid by us', rules: [] },
  { text: 'Scan the QR code on the box to see the manual', rules: [] },
  { text: 'You can find our QR code on the catalogue for the website', rules: [] },
  { text: 'The refund will be made through Alibaba within 7 days', rules: [] },
  { text: 'Inspection company SGS will contact you with the report', rules: [] },
  { text: 'We pay the freight to our forwarder, it is included in the price.', rules: [] },
  { text: 'We will pay the customs broker for you.', rules: [] },
  { text: 'Please pay the freight to your forwarder as usual.', rules: [] },
  { text: 'The payment goes to Alibaba, then Alibaba pays our agent.', rules: [] },
  { text: 'We have paid to the inspection company already.', rules: [] },
  { text: 'Send us the PIN code of the lock you want engraved.', rules: [] },
  { text: 'The camera supports FPS 30 and 60.', rules: [] },
  // Cash over a remittance counter, collected by whoever shows the code.
  { text: 'We accept cash pickup, send to my name', rules: [PAY] },
  { text: 'cash pick-up available at any branch', rules: [PAY] },
  // A payment QR in the profile, and the same QR only to add a contact.
  { text: 'scan the QR in my profile and send screenshot of payment', rules: [PAY] },
  // A third probe: fees to partners and mould makers, 'the account I gave you', PayPal F&F in French and Arabic,
  // Papara, UPI in Hinglish, coached payment purposes, 'we cannot share the account here'.
  {
    text: 'Mould cost 1200 USD pay to our mould partner factory directly pls, they are separate company so cannot go through alibaba order.',
    rules: [PAY],
  },
  {
    text: 'Dear customer our invoice will be issued from Huarong Global Trading instead of our factory name, this is our export agent, please make TT to their account.',
    rules: [PAY],
  },
  {
    text: 'For the balance payment please contact our finance lady on WeChat, she will give you the account, we cannot share account here.',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Last chance my friend. Price valid only until 6pm China time. Send 50% deposit by TT to the company account I gave you and I arrange loading tomorrow.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Sorry the mould fee can't be included in the order because alibaba treats it as service. Transfer it to the tooling workshop, I send the bank info.",
    rules: [PAY],
  },
  {
    text: 'I give you better price if we do the deal on whatsapp directly and pay by bank, alibaba take too much fee from us',
    rules: [CONTACT, PAY],
  },
  {
    text: 'I need you pay the anti-dumping certificate fee 450 USD, not on order, to the certification agency account.',
    rules: [PAY],
  },
  {
    text: 'Payment confirmation form: forms.gle/xR8sPqT2 — fill your card number and CVV to confirm order',
    rules: [PAY],
  },
  {
    text: 'Tooling fee separately pay to mould maker Mr. Zhao bank account, after finish mould we start the order on alibaba',
    rules: [PAY],
  },
  {
    text: 'Can you pay the shipping to our DHL account holder in Shenzhen? His Wise email is dhl.szagent@gmail.com.',
    rules: [PAY],
  },
  { text: '模具费不能走平台，你加我们财务的微信，她会给你收款账号。', rules: [CONTACT, PAY] },
  {
    text: 'Hola amigo, para el saldo le pedimos hacer la transferencia directo a nuestra cuenta de banco, así evitamos la comisión de Alibaba y le hacemos 3% de descuento.',
    rules: [PAY],
  },
  {
    text: 'Pague el 30% en la plataforma y el 70% restante a la cuenta de nuestra fábrica asociada, es la misma empresa.',
    rules: [PAY],
  },
  {
    text: "Pour l'échantillon, vous pouvez payer par PayPal entre proches, c'est plus simple et sans frais.",
    rules: [PAY],
  },
  {
    text: 'Le montant du moule (900 USD) doit être versé directement à notre partenaire, il ne peut pas passer par Trade Assurance.',
    rules: [PAY],
  },
  {
    text: 'Ihre Ware steht beim Zoll in Hamburg. Der Agent braucht heute noch 480 Euro Zollgebühr auf sein Konto, sonst fallen Lagerkosten an.',
    rules: [PAY, PRESSURE],
  },
  { text: 'رسوم العينة 50 دولار، أرسلها عن طريق باي بال للأصدقاء والعائلة من فضلك.', rules: [PAY] },
  { text: 'Numune ücretini Papara veya kripto ile gönderebilirsiniz, daha hızlı olur.', rules: [PAY] },
  {
    text: 'Barang tertahan di bea cukai Tanjung Priok, agen minta biaya 5 juta rupiah hari ini lewat transfer ke rekeningnya.',
    rules: [PAY],
  },
  {
    text: 'Sample charges 2500 rupees UPI kar do mere personal number pe, company account abhi setup nahi hua.',
    rules: [PAY],
  },
  // Buyers reporting a scam, and gift cards as the goods: not requests.
  {
    text: "Just to be safe, I'll only pay what the order shows. If anyone sends other bank details I'll ignore them.",
    rules: [],
  },
  {
    text: 'For the gift cards please send the artwork in AI or PDF and the barcode numbers in an Excel file, we print them in sequence.',
    rules: [],
  },
  {
    text: 'Hi, someone contacted me on WhatsApp saying he is your sales manager and asked me to pay a different bank account. I refused. Is he from your company?',
    rules: [],
  },
  {
    text: 'Please send the gift card serial numbers in a CSV and we will encode them on the magstripe.',
    rules: [],
  },
  {
    text: "My colleague got an invoice from a Gmail address using your company name with different bank info. We didn't pay, you might want to check your email security.",
    rules: [],
  },
  {
    text: 'A friend of mine lost money paying a "supplier" by Western Union, so sorry if I ask many questions. I only pay through the platform.',
    rules: [],
  },
  {
    text: 'Someone sent me a link to "update your payment info" with your logo on it, I didn\'t click.',
    rules: [],
  },
  // A fourth probe: notices posing as customs, a courier, Alibaba's security team or a bank, asking for fees, logins,
  // cards or codes; paying directly in German, Turkish, Vietnamese and Spanish; a UPI address; 'update the Trade
  // Assurance order after'.
  {
    text: 'your order is on hold until the insurance fee USD 280 is settled. this is required by shipping line for electronic goods above 5000 usd, once paid the order will be released automatically',
    rules: [PAY],
  },
  {
    text: 'hi this is alibaba customer service, we are upgrading trade assurance system and your order need re-confirm. pls login using the link your supplier shared and confirm your card',
    rules: [PAY],
  },
  {
    text: 'Hi, this is Standard Chartered compliance. We need you to confirm your online banking username and the token code to verify the incoming SWIFT refund from your supplier.',
    rules: [PAY],
  },
  {
    text: 'Pls choose "other payment method" on the order and send money by bank transfer to the account in chat, then system will update manually',
    rules: [PAY],
  },
  {
    text: 'hello sir can you please transfer the freight to our shipping agent directly, then we deduct from invoice',
    rules: [PAY],
  },
  {
    text: 'i shared the catalogue on google docs but you must login with your email and password on the page i send to open it, because it is private',
    rules: [PAY],
  },
  { text: 'scan this QR code to see our factory certificate and pay the sample fee', rules: [PAY] },
  {
    text: 'we dont use alibaba pay anymore because they take too long to release. bank info is on our website under "payment"',
    rules: [PAY],
  },
  {
    text: 'we can give you 30 days credit if you first pay a small membership fee 200 USD to our export club',
    rules: [PAY],
  },
  {
    text: 'hello dear this month company account not in use, kindly pay to account of our CFO Mrs. Li Fang, its ok we give official receipt',
    rules: [PAY, CHANGE],
  },
  {
    text: "please send photo of your card front and back so our bank can verify it is really you paying, it's just procedure",
    rules: [PAY],
  },
  {
    text: "Sorry I can't get the order link to work for the custom quantity. Just send the bank transfer now and I'll update the Trade Assurance order after so it still covers you.",
    rules: [PAY],
  },
  {
    text: '您好，这里是阿里巴巴国际站安全中心，您的账户存在异常交易，请提供登录密码和手机验证码以便核实身份。',
    rules: [PAY],
  },
  {
    text: '您好，这里是深圳海关，您的货物申报价值不符，需缴纳罚款人民币3200元，48小时内未缴纳货物将被退运。',
    rules: [PAY],
  },
  {
    text: '您好，DHL清关部门通知，您的包裹需要缴纳关税和保管费共计560元，请转账至代理人账户后发截图给我。',
    rules: [PAY],
  },
  { text: '您的退款已审核通过，请提供银行卡号、有效期和背面三位数字，我们为您办理原路退回。', rules: [PAY] },
  {
    text: '您好，我是交易保障部的客服，您的訂單金額超出保障範圍，需先支付保證金500美元，才能繼續出貨。',
    rules: [PAY],
  },
  { text: '我们可以给您开3个月账期，但需要先交200美元的会员费', rules: [PAY] },
  {
    text: 'si pagas directo a nuestra cuenta te hago 6% de descuento, alibaba cobra mucha comision',
    rules: [PAY],
  },
  {
    text: 'Aduana de Colombia: su mercancía está retenida. Debe pagar un arancel de 1.850.000 COP en 24 horas por Efecty a nombre de Carlos Ruiz o será devuelta.',
    rules: [PAY],
  },
  {
    text: 'Olá, aqui é da Equipe de Segurança Alibaba. Sua conta foi bloqueada para pagamentos. Para desbloquear, informe o número do cartão e o código enviado por SMS.',
    rules: [PAY],
  },
  {
    text: 'on peut vous faire un meilleur prix si vous payez une partie en espèces à notre agent à Paris, le reste par la plateforme',
    rules: [PAY],
  },
  {
    text: 'Wenn Sie per Vorkasse direkt an uns zahlen, sparen Sie die Plattformgebühr, wir geben Ihnen 4% Skonto',
    rules: [PAY],
  },
  {
    text: 'Ihre Sendung wird beim Zoll Frankfurt zurückgehalten. Einfuhrumsatzsteuer 236,40 EUR bitte innerhalb von 3 Tagen per Paysafecard begleichen, Codes an diese Adresse senden.',
    rules: [PAY],
  },
  {
    text: 'Здравствуйте, служба безопасности Alibaba. Для подтверждения личности покупателя пришлите код из СМС и последние 4 цифры карты.',
    rules: [PAY],
  },
  {
    text: 'هنا قسم الجمارك، شحنتك محجوزة ويجب دفع رسوم التخليص ٨٥٠ درهم خلال ٢٤ ساعة وإلا سيتم إرجاعها',
    rules: [PAY],
  },
  {
    text: 'platform komisyonundan kurtulmak için direkt havale yapın, size %5 indirim yaparım',
    rules: [PAY],
  },
  { text: 'chuyển thẳng cho em qua ngân hàng thì em giảm thêm 4%, không qua sàn đỡ phí', rules: [PAY] },
  {
    text: 'Bộ phận hải quan thông báo: kiện hàng của quý khách cần đóng phí thông quan 1.200.000đ, chuyển vào STK cá nhân của nhân viên xử lý để được giao trong ngày',
    rules: [PAY],
  },
  {
    text: 'Paket Anda tertahan di Bea Cukai. Segera bayar bea masuk Rp 1.750.000 ke rekening petugas dalam 1x24 jam agar tidak dimusnahkan.',
    rules: [PAY],
  },
  {
    text: 'sample ke liye Google Pay kar do mere personal UPI pe: rahul.exports@okaxis, company account abhi update ho raha hai',
    rules: [PAY],
  },
  // Buyers reporting an impostor in French, Arabic and Vietnamese; 'you can pay now'; a login a message was sent from:
  // not findings.
  {
    text: 'Order price updated to FOB Ningbo 2.35/pc, please refresh the page and you can pay now.',
    rules: [],
  },
  {
    text: 'I made a new Alibaba account for my company, please send the quotation here from now on.',
    rules: [],
  },
  { text: "Please check again, I sent the inquiry from my colleague's account by mistake.", rules: [] },
  { text: 'Confirmed, you can pay now.', rules: [] },
  {
    text: "Quelqu'un nous a contactés au nom de votre société avec un nouveau RIB, ce n'était pas vous j'imagine ?",
    rules: [],
  },
  { text: 'شخص ما راسلني باسم شركتكم ويطلب الدفع إلى حساب جديد، هل هذا صحيح؟', rules: [] },
  {
    text: 'Có người nhắn tin tự xưng là nhân viên công ty anh, yêu cầu chuyển khoản ngoài Alibaba, có phải người bên anh không?',
    rules: [],
  },
  // Round 5 probe (written apart from the detector): local wallets, agents' and related companies' accounts, credential
  // asks.
  {
    text: 'Your bank may hold wires that mention cotton from our region because of the UFLPA checks. Easiest is to pay our finishing plant in Bac Ninh, Vietnam and write "garment processing" as purpose. I\'ll send their USD account.',
    rules: [PAY],
  },
  {
    text: 'our DHL desk in Shenzhen takes Razer Gold or Google Play for the sample courier, 2 cards x 50 USD, just photograph the back and send here',
    rules: [PAY],
  },
  {
    text: "Anything over 20k Mr. Qiu signs personally. He'll send the contract from his DingTalk, and payment goes to his Macau company which is our export window, so nothing on the platform for this one.",
    rules: [PAY],
  },
  {
    text: "Forwarder debit note attached: THC, doc fee and bunker surcharge 1,375 USD. It's their charge not ours so it can't sit on the TA order. Pls remit to Oceanlink's account on the note by Thursday or they roll the booking.",
    rules: [PAY],
  },
  {
    text: 'for buyers in Ghana the platform limits our TA orders above 3000, so we do cash against documents: you pay our agent in Accra when he shows you the BL copy.',
    rules: [PAY],
  },
  {
    text: 'the 5% platform fee goes into your price, or we issue you a private invoice from our offshore company and you save it. your choice.',
    rules: [PAY],
  },
  {
    text: "We can ship on 30-day terms if you pay the credit insurance premium, 2.2% of order, to our insurer's agent. Saves you the deposit.",
    rules: [PAY],
  },
  {
    text: 'Hola Javier, para el saldo podemos recibir por Bizum a través de nuestro distribuidor en Valencia, le paso su número y usted me manda el justificante.',
    rules: [PAY],
  },
  {
    text: 'la muestra le sale en 45 dólares, mándelos por Nequi al 300 four 55 18 29 y me avisa por WhatsApp al mismo número',
    rules: [CONTACT, PAY],
  },
  {
    text: "Pour les frais d'inspection avant expédition l'inspecteur se fait payer en direct, 190 USD sur son compte Lydia ou en coupons PCS, je vous transmets ses infos.",
    rules: [PAY],
  },
  {
    text: "Envoyez-moi la preuve de virement par WhatsApp au 00 86 - 135 - 7702 - 4418 et pas sur Alibaba. Le virement c'est sur le compte de notre agent que je vous ai donné hier.",
    rules: [CONTACT, PAY],
  },
  {
    text: "Le transitaire bloque le conteneur, il manque 640 € de frais portuaires. Il faut les régler aujourd'hui directement sur son compte sinon surestaries à partir de demain.",
    rules: [PAY, PRESSURE],
  },
  {
    text: "Buongiorno Marco, per il saldo accettiamo anche un bonifico istantaneo sul conto del nostro agente a Prato, così la merce parte prima. Le mando l'IBAN in privato.",
    rules: [PAY],
  },
  {
    text: 'Per lo sdoganamento ci vuole una ricarica Postepay di 250 euro intestata al nostro spedizioniere Giuseppe R., poi svincolano la merce.',
    rules: [PAY],
  },
  {
    text: 'Dzień dobry, zaliczkę proszę przelać BLIKiem na numer naszego przedstawiciela w Warszawie, szybciej niż przez Alibabę i bez prowizji.',
    rules: [PAY],
  },
  {
    text: 'Paczka z próbkami stoi na cle w Małaszewiczach, agent prosi 320 zł przez Przelewy24 na jego konto jeszcze dziś, inaczej zwrot do Chin.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Добрий день! Залишок можна переказати на картку Monobank нашого менеджера в Одесі, він передасть нам. Так без комісії Alibaba.',
    rules: [PAY],
  },
  {
    text: 'أخي الكريم، بخصوص الدفعة المتبقية ممكن تحولها عن طريق STC Pay لمندوبنا في الرياض، هو يسلمنا المبلغ مباشرة ونوفر عليك عمولة المنصة.',
    rules: [PAY],
  },
  {
    text: 'Bhai jaan baqi raqam JazzCash ya Easypaisa par bhej dein, company ka account abhi chalu nahi hua, main receipt de dunga.',
    rules: [PAY],
  },
  {
    text: 'Halo Pak Budi, untuk pelunasan bisa via DANA atau OVO ke nomor admin gudang kami di Surabaya ya, lebih cepat daripada lewat Alibaba dan tanpa potongan.',
    rules: [PAY],
  },
  {
    text: 'Salam tuan, baki bayaran boleh buat melalui DuitNow ke nombor telefon pengurus kami, lebih cepat dari Alibaba dan tiada caj.',
    rules: [PAY],
  },
  {
    text: "Barang tuan tersangkut di kastam Port Klang, ejen minta RM 850 hari ini masuk Touch 'n Go dia, kalau tak kena caj simpanan.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Chào anh Tuấn, phần còn lại anh chuyển qua MoMo cho kế toán bên em nhé, số điện thoại em gửi riêng, nhanh hơn qua sàn nhiều.',
    rules: [PAY],
  },
  {
    text: 'สวัสดีค่ะคุณสมชาย ยอดที่เหลือโอนผ่านพร้อมเพย์ของผู้จัดการฝ่ายขายได้เลยค่ะ เร็วกว่าผ่าน Alibaba และไม่มีค่าธรรมเนียม',
    rules: [PAY],
  },
  {
    text: 'เรียนลูกค้า เนื่องจากปิดงบสิ้นปี บัญชีกสิกรของบริษัทถูกระงับชั่วคราว กรุณาโอนเข้าบัญชีบริษัทในเครือที่ชลบุรี ธนาคารไทยพาณิชย์ เลขที่ 408-2-71553-9',
    rules: [PAY],
  },
  {
    text: '안녕하세요 김 대표님, 잔금은 알리바바 말고 저희 한국 에이전트 계좌로 보내주시면 수수료 없이 처리됩니다. 계좌번호는 따로 드릴게요.',
    rules: [PAY],
  },
  {
    text: '샘플비 5만원 토스로 오늘까지 보내주셔야 내일 발송 가능합니다. 늦으면 다음 주로 밀려요.',
    rules: [PAY],
  },
  {
    text: '田中様、残金はアリババ経由ではなく、弊社の日本代理店の口座へ直接お振込みいただければ手数料がかかりません。口座情報は別途お送りします。',
    rules: [PAY],
  },
  {
    text: '陳先生您好，尾款可以直接轉到我們台灣代理商的帳戶，用街口支付也可以，這樣不用付平台手續費。',
    rules: [PAY],
  },
  {
    text: 'Our restaurant POS must accept Alipay, WeChat Pay and contactless Visa/Mastercard. Does your terminal have EMV L1 and L2?',
    rules: [],
  },
  // Round 5 probe, continued: more of the same.
  // Round 5 probe, last fixes: follow-ups, a CLABE, an exchange house, a partner's boleto, a broker paid directly.
  {
    text: 'Our new branch in Guadalajara handles LatAm buyers now, so pay in MXN to their BBVA CLABE 012180001523847291 and they settle with HQ.',
    rules: [PAY],
  },
  {
    text: 'Payment details are only shared on WhatsApp for security, the platform scans messages and sometimes edits bank numbers. Msg me at +852 5 4 0 9 - 7 7 2 6',
    rules: [PAY],
  },
  {
    text: 'hi sir bal pmt 70% pls TT to HK a/c not TA, TA fee 3% we give u 2% off, pls send bank slip thx',
    rules: [PAY],
  },
  {
    text: 'Su carga llegó al Callao pero el agente de aduana pide 380 USD por "levante anticipado", deposítelos hoy a su cuenta del BCP o pasa a almacén',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Die Versicherungsprämie für den Seetransport (0,3 %) läuft nicht über Alibaba, die zahlen Sie bitte direkt an unseren Versicherungsmakler per SEPA, Daten schicke ich gleich.',
    rules: [PAY],
  },
  {
    text: 'الشحنة في ميناء جبل علي والمخلص يطلب ١٢٠٠ درهم رسوم إفراج، لازم تحولها له كاش عن طريق الصرافة اليوم قبل الساعة ٥.',
    rules: [PAY],
  },
  {
    text: 'भाई साहब, सैंपल का पेमेंट 1500 रुपये मेरे पर्सनल UPI पर कर दो और स्क्रीनशॉट व्हाट्सऐप पर भेजना, यहाँ मत भेजना।',
    rules: [PAY, CONTACT],
  },
  // Round 5 probe: buyers reporting a scam message they received, in Portuguese, German, Indonesian, Hindi and English;
  // a QR stand.
  {
    text: 'Recebi uma mensagem dizendo que vocês têm "nova conta bancária". Não é de vocês, né? Vou pagar só pelo pedido.',
    rules: [],
  },
  {
    text: 'Wir haben eine betrügerische E-Mail mit Ihrem Logo und einer neuen IBAN bekommen. Wir ignorieren sie und zahlen wie immer im Auftrag.',
    rules: [],
  },
  {
    text: 'Ada yang kirim pesan ngaku-ngaku sales kalian dan minta transfer langsung biar murah, saya tolak ya.',
    rules: [],
  },
  {
    text: 'Got this SMS: "Dear customer, due to tax reasons please pay to our HK account and get 5% discount." Not you, right? Just checking.',
    rules: [],
  },
  {
    text: "A guy on LinkedIn says he's your export manager and offers a lower price if I pay him directly. I said no, just so you know.",
    rules: [],
  },
  {
    text: 'Mujhe message aaya ki aapka naya bank account hai, wo fake hai na? Main sirf order se pay karunga.',
    rules: [],
  },
  { text: '我们做收款码台卡，支持微信支付和支付宝，亚克力材质，可以印您的logo。', rules: [] },
  // Round 6 probe (written apart from the detector): card details asked for a refund or rebate, wallets and remittance
  // counters of more countries, accounts changed in thirteen more languages.
  {
    text: 'As promised we will pay back your 5% volume rebate, 1,240 USD. Our finance pays rebates to card because wires to your country get held, so I need the card number, expiry and the 3 digits on the back.',
    rules: [PAY],
  },
  {
    text: 'Your refund of 312 USD is approved but the original payment method expired. Please send the card number, expiry and CVV here and we push it back today.',
    rules: [PAY],
  },
  {
    text: 'Amigo, el contenedor sale el jueves. Para no perder el espacio manda el 30% por Western Union a nombre de nuestro gerente, Zhang Wei, Guangzhou. Por la plataforma tarda 5 días y perdemos el barco.',
    rules: [PAY],
  },
  {
    text: 'Te devolvo a diferença do frete, 340 dólares. Só preciso do número do cartão, validade e o código de trás pra fazer o estorno.',
    rules: [PAY],
  },
  {
    text: 'Kunt u de aanbetaling via een Tikkie sturen? Het verzoek komt van mijn collega in Rotterdam, hij regelt onze Europese betalingen.',
    rules: [PAY],
  },
  {
    text: 'Pentru mostre vă rog trimiteți 70 USD prin Revolut colegului meu, e mai simplu decât comanda pe platformă.',
    rules: [PAY],
  },
  { text: 'Мы вернём вам ретро-бонус 2%, для зачисления нужен номер вашей карты и CVC.', rules: [PAY] },
  {
    text: 'لطفاً پیش‌پرداخت رو به حساب صرافی همکارم در دبی بفرستید، از اینجا نمی‌تونیم دلار بگیریم',
    rules: [PAY],
  },
  {
    text: 'ভাই, অগ্রিম টাকাটা বিকাশে পাঠিয়ে দিন, আমার ম্যানেজারের নাম্বারে, প্ল্যাটফর্মে অনেক চার্জ কাটে',
    rules: [PAY],
  },
  {
    text: 'بھائی ایڈوانس جاز کیش پر بھیج دیں، میرے کزن کا نمبر ہے، بینک میں کٹوتی بہت ہوتی ہے',
    rules: [PAY],
  },
  {
    text: 'Sir, pwede po ba sa GCash na lang ang downpayment? Sa account po ng tita ko, siya po humahawak ng pera namin dito.',
    rules: [PAY],
  },
  {
    text: "Ma'am, pag di po kayo nakabayad ngayon sa Palawan Express, ma-cancel po yung booking sa barko at may penalty pa po kayo",
    rules: [PAY, PRESSURE],
  },
  { text: '退税返点我们打到你的卡上，把卡号、有效期和背面三位数发我就行', rules: [PAY] },
  {
    text: 'Ndugu, tuma malipo ya awali kwa M-Pesa kwa wakala wetu wa Nairobi, ni rahisi kuliko benki.',
    rules: [PAY],
  },
  {
    text: 'Hii ni ofisi ya forodha Mombasa. Mzigo wako umezuiliwa, lipa ushuru wa Sh 45,000 leo kwa Paybill 552211 la sivyo utauzwa kwa mnada.',
    rules: [PAY, PRESSURE],
  },
  // Round 6 probe, continued: programs, scripts, web pages and macro documents sent as documents, more lures and
  // country endings for links, moves in more languages (Dutch, Polish, Romanian, Russian, Malay, Tagalog, Swahili,
  // Hindi, Urdu, Persian), buyers reporting a scam in more languages.
  {
    text: 'A "shipping agent" emailed me asking for a customs release fee in gift cards 😂 the goods are still in your factory. Ignored it.',
    rules: [],
  },
  {
    text: 'Nos escribieron por Instagram diciendo ser ustedes y pidiendo pago en USDT, no les hicimos caso, solo pagamos aquí en la orden.',
    rules: [],
  },
  {
    text: 'Кто-то написал в Telegram от вашего имени и попросил оплату в криптовалюте. Я не стал платить, это ведь не вы?',
    rules: [],
  },
  {
    text: 'Kisi ne Instagram pe aapke naam se USDT mein payment maanga, humne ignore kar diya 😂',
    rules: [],
  },
  {
    text: 'Ada yang chat ngaku dari toko kakak, minta transfer ke rekening pribadi, saya blokir aja.',
    rules: [],
  },
  { text: 'Có người giả danh bên anh đòi chuyển tiền qua Western Union, em không chuyển đâu.', rules: [] },
  // Round 6 probe, last fixes: a changed account the message tells the buyer to pay, in ten more languages; an agent
  // paid in cash in Nigerian English; Monobank in Cyrillic; a brother's UPI in Hindi.
  {
    text: 'My brother, for the balance you fit pay our agent for Lagos in naira cash, he go transfer am to China, e cheaper pass bank. I go send you his name and address',
    rules: [PAY],
  },
  {
    text: 'Zaliczkę można zapłacić kartą podarunkową Allegro, wystarczy przesłać tutaj kod z karty',
    rules: [PAY],
  },
  {
    text: 'Передоплату можна скинути на картку Монобанку мого брата, він наш представник у Києві.',
    rules: [PAY],
  },
  { text: 'सर, सैंपल का पेमेंट मेरे भाई के UPI पर कर दीजिए, कंपनी अकाउंट में GST का झंझट है', rules: [PAY] },
  {
    text: 'Mohon maaf kak, karena sistem ERP baru rekening perusahaan kami ganti. Rekening baru: Mandiri 123-00-0998877-6 a.n. PT Sinar Jaya Global.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'แจ้งเปลี่ยนบัญชีรับเงินค่ะ บัญชีใหม่: กสิกรไทย 123-4-56789-0 ชื่อบัญชี บจก. เอชดี เทรดดิ้ง กรุณาโอนยอดคงเหลือเข้าบัญชีนี้',
    rules: [CHANGE, PAY],
  },
  {
    text: '【重要】新ERP導入に伴い、お振込先口座が変更となりました。新口座：三井住友銀行 新宿支店 普通 7712345 名義 エイチディートレーディング（カ。次回より新口座へお願いいたします。',
    rules: [CHANGE, PAY],
  },
  // Round 6 probe, more: an agent's account in Hinglish, accounts frozen by a court or 'under updation', a loan that
  // first needs a fee, a wallet address asked for, more ways to name an app's ID.
  {
    text: "also about the remaining 70% finance said pls don't put it on the alibaba order this time, send it straight to",
    rules: [PAY],
  },
  {
    text: 'Offerta finanziamento: copriamo il 100% del suo ordine con rate in 6 mesi. Basta versare la commissione di attivazione sul portale alibaba-credito.it/attiva',
    rules: [LINK, PAY],
  },
  {
    text: 'haan ji sir main Amit bol raha hoon factory se dekho sir maal ready hai bas aapka balance aana baaki hai toh aap ek kaam karo direct hamare partner ke account mein daal do Alibaba wala process bahut lamba hai aur kal se rate badh raha hai toh aaj hi kar do sir',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Program pinjaman modal buat pembeli VIP: limit 100 juta, cukup bayar biaya admin 1,5 juta hari ini, besok promonya tutup',
    rules: [PAY],
  },
  {
    text: 'VIP 바이어 프로그램 가입비는 99달러예요. 텔레그램 @hd_vip 으로 연락주시면 지갑 주소 알려드릴게요.',
    rules: [CONTACT, PAY],
  },
  // Round 6 probe, ordinary: signs and stands printed with a wallet's name, a smartwatch that shows Zalo messages.
  {
    text: 'Can you print "Scan to pay with GCash" and "Maya" on the acrylic QR stand? It\'s for sari-sari stores in Cebu, 10x15 cm.',
    rules: [],
  },
  {
    text: "We're a licensed MoneyGram agent in Ikeja and need a double-sided LED lightbox sign, 2 x 0.6 m. The brand artwork comes from the franchise office.",
    rules: [],
  },
  {
    text: 'Precisamos de displays de acrílico com QR Code do Pix para caixas de farmácia, 1.500 peças.',
    rules: [],
  },
  { text: 'نحتاج حوامل أكريليك برمز QR للدفع عبر STC Pay لمحلات البقالة، ٢٠٠٠ قطعة.', rules: [] },
  // A condition set on the buyer ("if you don't pay by …, we cancel") demands the channel; a preference declines it.
  { text: "If you don't pay by Western Union today we cancel the order.", rules: [PAY, PRESSURE] },
  {
    text: 'If you do not send the deposit to my personal account, the goods stay in the warehouse.',
    rules: [PAY],
  },
  { text: 'Wenn Sie nicht per Western Union zahlen, stornieren wir.', rules: [PAY] },
  { text: "If you don't want to use Western Union, pay in the order.", rules: [] },
  { text: "If you don't have PayPal, you can pay in the Trade Assurance order.", rules: [] },
  // Crypto, a card or a personal account named as goods or as the buyer's own: no payment outside the order.
  {
    text: 'Hardware crypto wallet with secure element and USB-C, blank housing for our logo, 1,000 units.',
    rules: [],
  },
  {
    text: 'Our crypto conference needs 3,000 lanyards printed "USDT Summit 2025", 20mm, double-sided. Quote please.',
    rules: [],
  },
  {
    text: "Can I pay the order directly with my card instead of bank transfer? It's a small amount.",
    rules: [],
  },
  {
    text: "I'm buying with my personal Alibaba account for now, our company account is still under verification. Invoice to the company name please.",
    rules: [],
  },
  { text: 'Возврат за брак получил на карту, спасибо.', rules: [] },
  { text: 'send BTC to my cold wallet address bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', rules: [PAY] },
  { text: 'pay directly by card to my personal account', rules: [PAY] },
  { text: 'Переведите предоплату на карту, номер ниже', rules: [PAY] },
  // A seventh probe's false alarms: refusals and warnings in other languages, POS terminals and gift-card boxes as
  // goods, a new bank paid through Alibaba.
  {
    text: 'Hi, just a warning: someone is using our company name on WhatsApp and asking buyers to pay to a personal account. That is not us. Only pay via Alibaba.',
    rules: [],
  },
  {
    text: 'Our Android POS supports QR code payment: Alipay, WeChat Pay, UPI and PIX, we can preload your app.',
    rules: [],
  },
  { text: '这款POS收款机支持银联、支付宝、微信支付，起订量100台。', rules: [] },
  {
    text: 'Cuidado: alguien está usando nuestro nombre por WhatsApp pidiendo pagos a una cuenta personal. No somos nosotros. Pague solo en Alibaba.',
    rules: [],
  },
  {
    text: 'Atenção: se alguém falar em nosso nome pedindo pagamento fora do Alibaba, é golpe. Nos avise aqui.',
    rules: [],
  },
  {
    text: 'Здравствуйте! Оплата только через заказ на Alibaba (Trade Assurance), на личные карты мы деньги не принимаем.',
    rules: [],
  },
  {
    text: 'Merhaba, ödeme sadece Alibaba siparişi üzerinden yapılır, Western Union veya kişisel hesap kabul etmiyoruz.',
    rules: [],
  },
  {
    text: 'Sir payment sirf Alibaba order se hi karna, hum kisi personal account me paisa nahi lete, aur koi bole toh hume batana.',
    rules: [],
  },
  { text: 'เรียนลูกค้า การชำระเงินทำผ่านคำสั่งซื้อบน Alibaba เท่านั้น เราไม่รับโอนเข้าบัญชีส่วนตัวค่ะ', rules: [] },
  {
    text: 'Halo kak, pembayaran hanya lewat order Alibaba ya, kami tidak menerima transfer ke rekening pribadi.',
    rules: [],
  },
  {
    text: 'Hai boss, bayaran hanya melalui pesanan Alibaba sahaja, kami tidak terima akaun peribadi.',
    rules: [],
  },
  {
    text: 'Hi po, sa Alibaba order lang po ang bayad, hindi po kami tumatanggap ng GCash o personal account.',
    rules: [],
  },
  {
    text: '안녕하세요, 결제는 알리바바 주문(Trade Assurance)으로만 가능합니다. 개인 계좌로는 받지 않습니다.',
    rules: [],
  },
  {
    text: 'お支払いはAlibabaの注文（Trade Assurance）経由のみとなります。個人口座へのお振込みはお願いしておりません。',
    rules: [],
  },
  {
    text: 'Habari, malipo yanafanyika kupitia oda ya Alibaba pekee, hatupokei M-Pesa wala akaunti binafsi.',
    rules: [],
  },
  { text: '这个礼品卡包装盒可以做成信封款，里面放卡片，尺寸9x12cm。', rules: [] },
  {
    text: 'Có người nhắn tin nói là công ty bên chị đổi tài khoản, chị xác nhận giúp em ở đây nhé, em chỉ thanh toán qua Alibaba thôi.',
    rules: [],
  },
  {
    text: 'Ada yang WA saya bilang rekening kalian ganti. Saya cuma mau bayar lewat Alibaba, tolong konfirmasi di sini.',
    rules: [],
  },
  {
    text: 'I saw a post on LinkedIn warning about fake suppliers asking for USDT payments. Good that we use Trade Assurance.',
    rules: [],
  },
  { text: '我们是做扫码支付盒子的工厂，支持微信支付宝云闪付，起订量200个。', rules: [] },
  // A seventh probe, written apart from the detector: wallets of West Africa and Korea's vouchers, changed accounts and
  // pay instructions in more languages, Traditional Chinese, 不…就 conditions, moves to apps in Polish, Tagalog, Malay,
  // Japanese and Korean, programs inside archives, English ultimatums with 'or'.
  {
    text: 'URGENT!!! finance department has changed our bank, the account on the PI is not valid anymore. pls send the 30% to the new account TODAY or the production slot goes to other customer',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'we have a new rule from customs this year: orders under 5000usd must be paid to our settlement company, Yiwu Huixin Settlement Co., not to the factory. Bank details are in the attached PI.',
    rules: [PAY],
  },
  {
    text: 'Prezado cliente, nossa conta antiga foi bloqueada pelo banco. Favor fazer o pagamento para a conta da nossa empresa irmã na Turquia, dados bancários no PDF em anexo.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Bonjour Monsieur, notre banque a changé suite à un contrôle fiscal. Merci d'envoyer le solde sur le nouveau compte IBAN ci-dessous avant ce soir, sinon le conteneur partira sans votre marchandise.",
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Gentile cliente, il nostro conto in dollari è sotto verifica, per favore invii il pagamento al nostro nuovo conto presso una banca di Hong Kong, i dati sono nel PI aggiornato.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Доброго дня! Щоб встигнути відвантажити цього тижня, оплатіть, будь ласка, сьогодні на картку ПриватБанку нашого менеджера, реквізити надішлю.',
    rules: [PAY],
  },
  {
    text: 'Merhaba, Alibaba komisyonu çok yüksek, ödemeyi direkt kuzenimin hesabına yaparsanız %7 indirim yaparım.',
    rules: [PAY],
  },
  {
    text: 'جناب، پلیٹ فارم کی فیس بچانے کے لیے رقم ہمارے ایجنٹ کے ذاتی اکاؤنٹ میں بھیج دیں، میں تفصیلات بھیج رہا ہوں۔',
    rules: [PAY],
  },
  {
    text: 'Sir hamara purana account band ho gaya hai bank audit ki wajah se, naya account details bhej raha hu, isi me payment karna please.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Boss, bayar terus ke akaun Maybank peribadi saya lagi senang, tak payah guna Trade Assurance, jimat caj.',
    rules: [PAY],
  },
  {
    text: "Ma'am, pasensya na po, na-freeze yung dati naming account. Dito na po kayo magbayad sa bagong account ng sister company namin sa Hong Kong.",
    rules: [CHANGE, PAY],
  },
  {
    text: '고객님, 회사 계좌가 세무조사로 동결되었습니다. 오늘 안에 새 계좌로 잔금을 입금해 주셔야 선적이 가능합니다.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Dzień dobry, przy płatności BLIKiem na mój prywatny numer telefonu dam dodatkowy rabat 4%.',
    rules: [PAY],
  },
  {
    text: 'Bună ziua, puteți plăti avansul prin Revolut direct la mine, e mai simplu decât prin platformă.',
    rules: [PAY],
  },
  {
    text: 'Hi amigo, tenemos new bank account porque el old one está under audit, please send el balance al nuevo, I attach details.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Notice from our accounting: starting this month all USD payments go to our Singapore subsidiary, Sino-Link Pte Ltd, DBS acc 072-901334-5. The Chinese account in the PI is for RMB only.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Hi, the company name on our bank account is different now, we merged with our sister company Dongguan Ruixin. Please change the beneficiary to Dongguan Ruixin Hardware Co. for the balance.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Our company changed its name last month, the new company's account is in Bank of Shanghai. The account on the Alibaba profile is not updated, please pay direct to the new one.",
    rules: [CHANGE, PAY],
  },
  {
    text: '老板，船期就在明天，今天不打款到我个人账户就赶不上了，以后再排要等两周。',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Última unidade! Outro comprador já mandou o comprovante. Se fizer o PIX pra mim nos próximos 30 minutos é sua.',
    rules: [PAY],
  },
  {
    text: 'Vous pouvez payer par Orange Money ou Wave directement à mon numéro +225 07 48 92 11 30, et on continue la discussion sur WhatsApp.',
    rules: [CONTACT, PAY],
  },
  {
    text: 'آخر فرصة! السعر سيرتفع غدا، حول المبلغ اليوم إلى حساب المدير الشخصي وسنشحن فورا.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'محترم، ہمارا پرانا بینک اکاؤنٹ آڈٹ کی وجہ سے بند ہے، براہ کرم بقیہ رقم نئے اکاؤنٹ میں بھیجیں جو میں نے ای میل کیا ہے۔',
    rules: [CHANGE, PAY],
  },
  {
    text: 'স্যার, আমাদের কোম্পানির আগের ব্যাংক অ্যাকাউন্ট বন্ধ হয়ে গেছে, নতুন অ্যাকাউন্ট নম্বর পাঠাচ্ছি, এখন থেকে ওখানে টাকা পাঠাবেন।',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Chị ơi hàng sắp hết rồi, chị chuyển cọc qua Momo cho em trong hôm nay nha, mai là giá lên rồi.',
    rules: [PAY, PRESSURE],
  },
  { text: '샘플비는 문화상품권으로 보내주셔도 됩니다. 핀번호 사진 찍어서 보내주세요.', rules: [PAY] },
  {
    text: 'Beste klant, let op: ons rekeningnummer is gewijzigd. Gelieve de factuur over te maken naar het nieuwe IBAN in Litouwen, het oude is geblokkeerd.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Ndugu mteja, akaunti yetu ya zamani imefungwa, tafadhali tuma salio kwenye akaunti mpya ya kampuni dada yetu huko Dubai.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Leo ni siku ya mwisho ya bei hii! Tuma pesa kwa M-Pesa sasa hivi la sivyo mzigo utauzwa.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ya akhi el daf3 3ala el account el shakhsi beta3 el modeer ahsan, 3shan nwafar el commission beta3 Alibaba.',
    rules: [PAY],
  },
  // Near misses of this round's cues: goods, refusals, choices and plain words that look like them.
  { text: 'We sell backup power bank 20000mAh', rules: [] },
  { text: 'Photos.zip attached, we cannot open .exe files so please send JPG', rules: [] },
  { text: 'Our driver is a .exe for Windows, the manual is in the PDF.', rules: [] },
  { text: '不要付到个人账户就好', rules: [] },
  { text: '我们不接受个人账户付款，就走信保。', rules: [] },
  {
    text: 'Please confirm the artwork today or tomorrow, otherwise the lost time delays printing',
    rules: [],
  },
  {
    text: 'We ship tomorrow or Friday, whichever the forwarder confirms, the sold units are packed',
    rules: [],
  },
  { text: 'Payez par Orange Money, notre terminal est en panne', rules: [PAY] },
  { text: 'Our packaging has an orange money box design', rules: [] },
  { text: 'We will send you the samples in line with the drawing', rules: [] },
  { text: 'send me pix of the samples', rules: [] },
  {
    text: 'Promo keychains shaped like a bitcoin coin, zinc alloy with gold plating, 1,000 pcs for a blockchain meetup in Lisbon.',
    rules: [],
  },
  { text: 'La caja pesa 5 kg y el precio es 3 USD por unidad.', rules: [] },
  { text: 'お支払いは個人口座へお願いします', rules: [PAY] },
  { text: '請匯款到我的個人帳戶', rules: [PAY] },
  {
    text: "Our account changed, you don't pay through Alibaba anymore, pay the new account",
    rules: [CHANGE, PAY],
  },
  // An eighth probe, written after the seventh's fixes: whole threads, indirect asks, apps by short names (IG, wsp, WA
  // pe, vatsap), changed accounts and payees in English, Spanish, Portuguese, French, Italian, Vietnamese, Russian and
  // Greek, ultimatums with 'otherwise' about money, Dutch and Tagalog conditions, refusals in German, Russian, Romanian
  // and Swahili.
  {
    text: "As discussed yesterday, please use the details I sent to your email, not the ones on the old invoice. The account is now under our director's name, Mr. Zhang Wei, at Agricultural Bank of China, only for this order while the company account is being updated.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'As discussed on the phone, pls use the beneficiary I gave you, the one in Shenzhen under Mr. Lin, not the company name. It clears the same day.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'The sample plus DHL comes to USD 95. Our sales assistant collects small amounts by PayPal to her own address, xiaoyu.sales88@gmail.com, just mark it as a gift.',
    rules: [PAY],
  },
  {
    text: "We would appreciate it if the balance could be settled directly to the factory's account in Dongguan instead of to us, the trading company. It saves one step and they release the goods faster.",
    rules: [PAY],
  },
  {
    text: 'Buyer here: I have cash in USD, could your cousin in Guangzhou pick it up from my friend there and then you ship?',
    rules: [PAY],
  },
  {
    text: 'Buenas tardes, le informo que cambiamos de banco y ahora cobramos en una cuenta en Panamá a nombre de nuestro agente. Por favor haga la transferencia allí, le paso los datos por aquí mismo.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Bonjour Madame Dubois, suite à notre échange d'hier, merci d'utiliser les nouvelles coordonnées bancaires que je vous ai envoyées : le compte est désormais au nom de notre directeur, M. Huang, le temps que le compte de la société soit mis à jour.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Buongiorno Marco, il campione è pronto. Per campione e spedizione (USD 120) può mandarci i soldi con PayPal amici e familiari alla mia email personale? Così non paghiamo commissioni.',
    rules: [PAY],
  },
  {
    text: 'سلام آقای رضایی، نمونه‌ها آماده است. برای پرداخت، اگر ممکن است مبلغ را از طریق صرافی به حساب شخصی همکارم در دبی واریز کنید؛ خارج از علی‌بابا سریع‌تر است.',
    rules: [PAY],
  },
  {
    text: 'Halo Pak Budi, sampel sudah lolos QC. Untuk pelunasan, tim keuangan kami lebih suka Bapak transfer ke rekening BCA atas nama adik bos kami, di luar Alibaba, supaya dana lebih cepat cair.',
    rules: [PAY],
  },
  {
    text: 'Hai Encik Azman, untuk bayaran baki, boleh tak encik bayar tunai kepada wakil kami di Johor Bahru? Lebih cepat daripada melalui platform.',
    rules: [PAY],
  },
  {
    text: 'Dzień dobry Panie Tomaszu, próbki są gotowe. Czy mógłby Pan zapłacić resztę BLIKiem na telefon naszego przedstawiciela w Polsce? Omijamy wtedy prowizję platformy.',
    rules: [PAY],
  },
  {
    text: 'שלום אבי, הדוגמאות מוכנות. לגבי התשלום, הכי פשוט שתעביר בביט לסוכן שלנו בישראל ולא דרך עליבאבא, כך נחסוך את העמלה.',
    rules: [PAY],
  },
  {
    text: 'Καλησπέρα κύριε Παπαδόπουλε, σας ενημερώνουμε ότι ο τραπεζικός μας λογαριασμός άλλαξε. Παρακαλώ στείλτε το υπόλοιπο στον νέο λογαριασμό της θυγατρικής μας στην Κύπρο.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Dobrý den, pane Nováku, zboží je připravené. Doplatek mi prosím pošlete přes Revolut na můj osobní účet, mimo Alibabu, ušetříte poplatek.',
    rules: [PAY],
  },
  {
    text: 'Wir zahlen grundsätzlich nur über die Alibaba-Bestellung. Überweisungen auf Privatkonten oder per Western Union lehnen wir ab.',
    rules: [],
  },
  {
    text: 'Извините, мы работаем только через Trade Assurance. Переводы на личные карты и через Western Union не делаем.',
    rules: [],
  },
  {
    text: 'Pak, kalau ada yang minta transfer ke rekening baru atas nama perusahaan kami, tolong abaikan. Rekening kami tidak pernah berubah.',
    rules: [],
  },
  {
    text: 'Nu vom plăti niciodată prin Western Union sau crypto, nici pentru mostre. Vă rog să adăugați costul mostrei în comanda Trade Assurance.',
    rules: [],
  },
  {
    text: 'Tahadhari: kuna watu wanaojifanya wafanyakazi wetu na kuomba malipo kwa M-Pesa. Sisi hatuombi malipo nje ya Alibaba.',
    rules: [],
  },
  {
    text: 'Heads up: a "supplier" on another site asked us to pay in gift cards. Needless to say we said no. Just mentioning it so you know these scams exist.',
    rules: [],
  },
  {
    text: "I'm glad the inspection went well. About the \"direct payment\" you mentioned on the call: we discussed it internally and we'll stay with Trade Assurance, it's our compliance rule. Everything else, price, lead time and packing, is agreed. Please send the order draft.",
    rules: [],
  },
  {
    text: '關於你提到的「直接匯款有折扣」，我們公司不接受，還是走信保。價格方面沒問題，請更新訂單後我就付款。',
    rules: [],
  },
  {
    text: "I know other suppliers offer a discount for paying outside the platform. We're not interested, but thanks for not asking us to do that, it's one of the reasons we like working with you.",
    rules: [],
  },
  // A ninth probe, written after the eighth's fixes, in short chatty messages: apostrophe-less refusals (dont, wont),
  // tracking numbers in Russian and German, the buyer's own bank for a payment through Alibaba, changed accounts in
  // twelve more languages, wallets of Japan, Egypt, Kazakhstan and Uzbekistan, apps by local names (ไลน์,
  // হোয়াটসঅ্যাপে, appje, wsp).
  { text: 'friend n family pls not goods n services, paypal fee too high for us', rules: [PAY] },
  {
    text: 'due to forex control we cant receive usd in company acc now, pls send to our agent in Singapore',
    rules: [PAY],
  },
  { text: 'balance via MG pls, receiver Chen Li, Guangzhou', rules: [PAY] },
  {
    text: 'ignore the bank info on PI, hacker changed it, the correct one is in my last msg',
    rules: [CHANGE, PAY],
  },
  { text: 'реквизиты поменялись, старый счет заблокирован, оплатите на новый сегодня', rules: [CHANGE, PAY] },
  {
    text: 'zmiana numeru konta!! stare zablokowane, przelew na nowe dzisiaj bo wstrzymamy wysyłkę',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: 'PI上的账户是我们老板个人的，放心，这样税少一点', rules: [PAY] },
  { text: 'le paso la cuenta de mi primo en Miami, él recibe y me manda', rules: [PAY] },
  { text: '本日中に個人口座へお振込みいただけないと出荷できません', rules: [PAY, PRESSURE] },
  {
    text: 'vandaag nog betalen op het nieuwe rekeningnummer aub, anders geen verzending',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: 'use the second acc pls, first one is rmb only', rules: [CHANGE, PAY] },
  { text: 'i wont pay to a personal acc, sorry, TA or nothing', rules: [] },
  { text: 'no thanks, i dont click links outside alibaba', rules: [] },
  { text: 'hayır, kişisel hesaba ödeme yapmıyorum, sadece trade assurance', rules: [] },
  { text: 'sir hum kabhi UPI ya paytm pe payment nahi mangte, dhyan rakhein', rules: [] },
  { text: '개인 계좌로는 송금 안 합니다. 플랫폼 결제만 가능해요', rules: [] },
  // Round 10 (pressure): urgency, offers ending, skipped safeguards, pleas and threats in many languages
  { text: 'Alibaba dışında asla ödeme istemiyoruz.', rules: [] },
  // Round 11 (indirect pressure): waiting for the payment said again, the deposit kept, storage by the day, offers
  // valid until tonight, disputes to withdraw, lawsuits, in many languages
  { text: '如果有人自称是我们公司，让您打款到私人账户，请不要相信，直接在平台上举报。', rules: [] },
  {
    text: 'Alibaba dışında asla ödeme istemiyoruz. Bizim adımıza farklı hesap bildiren olursa lütfen dikkate almayın.',
    rules: [],
  },
  {
    text: '弊社がアリババ以外でのお支払いをお願いすることはございません。別の口座を案内された場合はご注意ください。',
    rules: [],
  },
  // Accented words after an ASCII-only \\b were never matched: 'über WhatsApp', 'WhatsApp é …', 'à son compte',
  // 'überweisen'
  { text: 'Payez à son compte personnel, pas sur Alibaba.', rules: [PAY] },
  { text: 'Bitte überweisen Sie die Gebühr direkt an den Prüfer, nicht über Alibaba.', rules: [PAY] },
  // Egyptian Arabic in Latin letters: "7esab" is read as "tesab" (a digit inside a word read as the letter it stands
  // for).
  { text: 'pay b7esab el shakhsi bta3 el manager', rules: [PAY] },
  // A UPI address whose "@" follows a letter is read with an "a" for it: both spellings are looked for.
  { text: 'send the advance to upi ravi.traders@ybl, it is faster', rules: [PAY] },
  { text: 'pay the deposit by upi to 98765@okicici', rules: [PAY] },
  // Bank details said to be given on an app.
  { text: 'I give you bank details on telegram', rules: [PAY, CONTACT] },
  { text: 'bank info I send you on WhatsApp, here the system blocks it', rules: [CONTACT, PAY] },
  // Paying directly, said in more ways: Turkish "direkt", Chinese 私下转, Vietnamese "ko cần qua alibaba", Urdu, Korean
  // "알리바바 말고", Dutch.
  { text: 'Ödemeyi direkt hesabımıza yapın lütfen', rules: [PAY] },
  { text: '尾款私下转给我就可以了', rules: [PAY] },
  { text: 'Anh chuyển thẳng cho em, không cần qua alibaba', rules: [PAY] },
  { text: 'باقی رقم براہ راست ہمارے اکاؤنٹ میں بھیج دیں', rules: [PAY] },
  { text: '잔금은 알리바바 말고 제 계좌로 보내주세요', rules: [PAY] },
  { text: 'U kunt het bedrag direct overmaken naar onze rekening', rules: [PAY] },
  // Not paying outside: a private chat about the packing.
  { text: '我们私下聊聊包装的细节吧', rules: [] },
  // Cash to an agent, and wallets named the way round 12 did: "sa gcash na lang" (by GCash instead), বিকাশে পাঠান (send
  // it by bKash).
  { text: 'cash to our agent in Lagos ok', rules: [PAY] },
  { text: 'el saldo puede mandarlo a nuestro agente en Bogotá en efectivo, él le da recibo', rules: [PAY] },
  { text: 'भुगतान सीधे हमारे एजेंट को कर दीजिए, वो दिल्ली में कैश ले लेगा', rules: [PAY] },
  { text: 'law dafa3t cash l agent bta3na fi masr a3mlak discount 5%', rules: [PAY] },
  { text: 'sa gcash na lang po sir', rules: [PAY] },
  { text: 'বিকাশে পাঠান ভাই', rules: [PAY] },
  { text: 'প্যাকেটে আপনার দোকানের বিকাশ পেমেন্ট কিউআর কোড ছাপানো যাবে, ডিজাইন পাঠান।', rules: [] },
  // The money to another company of the group: 转到我们香港公司. Not a Hong Kong account named without "our".
  { text: '这次货款麻烦转到我们香港公司，老板安排的', rules: [CHANGE, PAY] },
  { text: '這次請匯到我們的新加坡分公司', rules: [CHANGE, PAY] },
  // Reports of someone else's request, told as warnings (round 13): "warned me about", "we reported it", a supplier who
  // asked, "faux fournisseur", осторожно, "podszywa się", "may nag-message", به اسم شما, "a customer asked if we
  // accept".
  {
    text: 'My colleague warned me about a supplier who asked for USDT, we reported it to Alibaba.',
    rules: [],
  },
  { text: "A customer asked if we accept Bitcoin. We don't, all our orders go through Alibaba.", rules: [] },
  {
    text: 'Friendly reminder: please verify any bank change directly with us on Alibaba before paying.',
    rules: [],
  },
  {
    text: 'Attention collègues : un faux fournisseur nous a demandé de payer par Western Union, ne répondez pas.',
    rules: [],
  },
  {
    text: 'Коллеги, осторожно: кто-то от имени поставщика пишет в Telegram и просит оплату в крипте. Это мошенники.',
    rules: [],
  },
  { text: 'payment sirf Trade Assurance order se karna, private account mein kabhi nahi', rules: [] },
  {
    text: 'Uwaga, ktoś podszywa się pod naszego dostawcę i prosi o przelew na nowe konto. Płacimy tylko przez Alibabę.',
    rules: [],
  },
  {
    text: "Don't worry, nobody can change the receiving account in a Trade Assurance order, it's managed by Alibaba",
    rules: [],
  },
  {
    text: 'I got a message from a "supplier" asking me to pay a new account, I reported it. Is this your real store?',
    rules: [],
  },
  { text: 'On a reçu un mail bizarre avec un "nouveau RIB", on l\'a ignoré et signalé à Alibaba', rules: [] },
  { text: 'มีคนทักไลน์มาอ้างว่าเป็นบริษัทคุณ ให้โอนเข้าบัญชีใหม่ ฉันไม่โอนนะคะ จะจ่ายผ่านอาลีบาบาเท่านั้น', rules: [] },
  { text: 'maaf kak saya ga mau pindah ke WA, di sini aja biar ada catatan', rules: [] },
  {
    text: 'یه نفر تو واتساپ به اسم شما پیام داد و شماره حساب جدید فرستاد، من فقط از علی‌بابا پرداخت می‌کنم',
    rules: [],
  },
  {
    text: 'may nag-message sa akin sa Viber na kayo daw at bagong account, hindi ko pinansin, sa Alibaba lang ako magbabayad',
    rules: [],
  },
  // Still requests: the same words said by the one asking.
  { text: 'My manager asked if you can pay the balance by Western Union this time.', rules: [PAY] },
  { text: 'kirim ke WA saya ya kak, ga usah lewat sini', rules: [CONTACT] },
  // Goods that carry a channel's name: a Western Union agent sign, a hardware wallet casing for crypto devices, a
  // French payment terminal.
  {
    text: 'We make light box signboards; one customer runs a money transfer shop and ordered the yellow Western Union agent sign, artwork supplied by him.',
    rules: [],
  },
  {
    text: 'This is a hardware wallet casing for crypto devices, ABS plastic, we can add your logo.',
    rules: [],
  },
  { text: 'Le terminal de paiement accepte Orange Money et les cartes bancaires.', rules: [] },
  // Still a request: paying a Western Union agent.
  { text: 'Pay through a Western Union agent near you and send me the MTCN.', rules: [PAY] },
  // Round 13: a managing director's or an agent's account in German and Czech, a manager's UPI in Hindi, Israel's Bit,
  // Western Union in katakana, cash given to an agent, "senza Trade Assurance" with talk of paying, Trade Assurance
  // suspended then "use our company account".
  {
    text: 'Die Anzahlung bitte direkt per Überweisung auf das Konto unseres Geschäftsführers, über die Plattform dauert es zu lange',
    rules: [PAY],
  },
  {
    text: 'Zálohu můžete poslat přímo na soukromý účet našeho obchodního zástupce, ušetříte poplatky',
    rules: [PAY],
  },
  { text: 'Zaplaťte na účet našeho zástupce', rules: [PAY] },
  { text: 'एडवांस सीधे हमारे मैनेजर के UPI पर भेज दीजिए, प्लेटफॉर्म से पेमेंट में देर होती है', rules: [PAY] },
  { text: 'אפשר לשלם את המקדמה בביט לנציג שלנו בישראל, יותר מהיר מהעברה בנקאית', rules: [PAY] },
  {
    text: '手付金はウエスタンユニオンで担当者宛に送っていただけますか？プラットフォーム経由だと時間がかかります',
    rules: [PAY],
  },
  {
    text: 'Sir we have agent in Lagos, you can give him cash in naira and he will confirm to us same day',
    rules: [PAY],
  },
  {
    text: 'Se mi manda il saldo oggi con bonifico diretto, senza Trade Assurance, le faccio lo sconto del 5%',
    rules: [PAY],
  },
  { text: 'sin trade assurance te hago 5% de descuento', rules: [PAY] },
  {
    text: 'We had issue with chargebacks so our trade assurance is suspended for now, use our company account directly',
    rules: [PAY],
  },
  // Not a request: exporting needs Alibaba.
  { text: 'Sin Alibaba no podríamos vender al extranjero', rules: [] },
  // Round 14: reports of someone using the supplier's name, asked back ("¿es usted?", "c'est vous ?", "это вы?", "siz
  // misiniz?", "kya wo aap ho?", এটা কি আপনি?, "sind Sie das?", "bent u dat?", "ni ninyi?", "jste to vy?", 这是你们吗).
  {
    text: 'Alguien me escribió por WhatsApp diciendo que era de su empresa y me pidió pagar por Western Union, ¿es usted?',
    rules: [],
  },
  {
    text: "Quelqu'un m'a contacté sur WhatsApp au nom de votre société pour un paiement par Western Union, c'est vous ?",
    rules: [],
  },
  { text: 'Мне написали в Телеграме от имени вашей компании и просят оплатить в USDT, это вы?', rules: [] },
  {
    text: "Biri WhatsApp'tan sizin firma adına yazıp Western Union ile ödeme istedi, siz misiniz?",
    rules: [],
  },
  {
    text: 'Kisi ne WhatsApp pe aapki company ka naam lekar Western Union se payment maanga, kya wo aap ho?',
    rules: [],
  },
  { text: 'কেউ একজন হোয়াটসঅ্যাপে আপনার কোম্পানির নাম বলে টাকা চাইছে, এটা কি আপনি?', rules: [] },
  {
    text: 'Jemand hat mich per WhatsApp im Namen Ihrer Firma angeschrieben und will Geld per Western Union, sind Sie das?',
    rules: [],
  },
  {
    text: 'Iemand appte me namens uw bedrijf en vroeg om via Western Union te betalen, bent u dat?',
    rules: [],
  },
  {
    text: 'Mtu mmoja amenitumia ujumbe WhatsApp akidai ni kampuni yenu na kuomba pesa kwa M-Pesa, ni ninyi?',
    rules: [],
  },
  {
    text: 'Někdo mi napsal na WhatsAppu za vaši firmu a chce platbu přes Western Union, jste to vy?',
    rules: [],
  },
  { text: '有人用你们公司的名义让我用西联汇款，这是你们吗？', rules: [] },
  {
    text: 'وصلتني رسالة على واتساب من شخص يدّعي أنه من شركتكم ويطلب تحويل عبر ويسترن يونيون، هل هذا أنتم؟',
    rules: [],
  },
  { text: 'Your colleague asked me to add him on WeChat, I prefer to stay here on Alibaba, ok?', rules: [] },
  // Still requests: "is that ok?" asks nothing about who wrote.
  { text: 'Pay by Western Union to my manager, is that ok?', rules: [PAY] },
  // Paying in the order's own page: "> Pay Now", 「立即付款」, 「我的订单」里直接付款, PayPal or BLIK at Alibaba's checkout.
  {
    text: 'Go to My Alibaba > Orders > select the order > Pay Now. If not showing, update the app.',
    rules: [],
  },
  { text: '請直接在阿里巴巴訂單頁面按「立即付款」，不需要另外匯款給我們', rules: [] },
  { text: '亲，样品单我已经在阿里上给您下好了，您在"我的订单"里直接付款就行', rules: [] },
  { text: 'Posso pagare con PayPal al checkout di Alibaba?', rules: [] },
  { text: 'Czy mogę zapłacić BLIK-iem albo kartą na stronie płatności Alibaba?', rules: [] },
  // A deadline for a file, not a payment: "today, otherwise the production slot moves".
  {
    text: "Il nous faut le logo en vectoriel aujourd'hui, sinon on perd le créneau de production",
    rules: [],
  },
  { text: 'Нам нужен макет сегодня, иначе производство сдвинется на неделю', rules: [] },
  { text: 'Logoyu bugün göndermeniz lazım, yoksa üretim sırası gelecek haftaya kayıyor', rules: [] },
  { text: 'Desainnya tolong dikirim hari ini ya, kalau tidak jadwal produksi mundur', rules: [] },
  { text: 'Bhai artwork aaj hi bhej do warna production slot agle hafte chala jayega', rules: [] },
  {
    text: 'Wir brauchen die Druckdaten heute, sonst verschiebt sich der Produktionsslot um eine Woche',
    rules: [],
  },
  { text: 'Kailangan po namin yung artwork today, kung hindi maa-move yung production slot', rules: [] },
  { text: '您的LOGO文件麻烦今天发一下，不然排产要往后推一周', rules: [] },
  // Still pressure: the same deadline on paying, or the goods to another buyer.
  {
    text: 'Bakiyeyi bugün Western Union ile gönderirseniz mal yarın yola çıkar, yoksa sıradaki gemiyi beklersiniz',
    rules: [PAY, PRESSURE],
  },
  {
    text: "dernier délai aujourd'hui 17h, sinon je donne la marchandise à un autre client désolé",
    rules: [PRESSURE],
  },
  { text: '尾款今天付一下，不然排不上这批货', rules: [PRESSURE] },
  // Round 14: paying outside the order with no finding before: private accounts in Romanian and Hebrew, gift vouchers
  // in Italian, cash to a courier in Egyptian Arabic, a manager's or an agent's account in Hindi, reasons to skip the
  // order ("no time for TA verification").
  {
    text: 'hello dear, my cousin handle our receipts this season, i give u her account, same same as company',
    rules: [PAY],
  },
  {
    text: 'no need place order on alibaba, just transfer and i make the goods, we are old friend now right 😊',
    rules: [PAY],
  },
  { text: 'يا باشا ادفع كاش لمندوبنا في العتبة وخلاص، مش لازم علي بابا خالص', rules: [PAY] },
  { text: 'भाई साहब, एडवांस पेमेंट हमारे एजेंट के खाते में भेज दीजिए, वो फैक्ट्री को दे देगा', rules: [PAY] },
  { text: 'היי, אפשר לשלם ישירות לחשבון הפרטי של הבעלים, ככה נחסוך את העמלה של עליבאבא', rules: [PAY] },
  { text: 'Ciao, per il campione può pagare con buoni regalo Amazon, è più semplice per noi', rules: [PAY] },
  {
    text: 'Bună ziua, avansul îl puteți trimite direct în contul personal al directorului, e mai rapid decât prin Alibaba',
    rules: [PAY],
  },
  // Round 16's session: cash in person, a third party's company account.
  {
    text: 'cash is ok also when you come to Yiwu market, or your friend in Guangzhou can give to our staff',
    rules: [PAY],
  },
  {
    text: 'Kindly pay to third party company account, it is our partner trading company in Dubai, we send you invoice from them',
    rules: [PAY],
  },
  // Not a request: the supplier says it never asks for that.
  { text: 'We never ask buyers to pay to a third party account, only Trade Assurance.', rules: [] },
  // Round 16 (long, chatty messages in many languages, written by a helper and scored before any fix): its misses.
  {
    text: 'Dear sir, the goods are ready as per your order. Our Trade Assurance order link has a problem with the amount (the system shows the old price), so we cancelled it. Please transfer the money by normal TT to our other company, Guangzhou Jinda Trading Co., their bank details are below, they are our sales office.',
    rules: [PAY],
  },
  {
    text: '고객님 안녕하세요. 주문하신 LED 조명 800개는 포장이 완료되었고 검품 사진을 첨부합니다. 참고로 저희 회사의 기존 계좌가 감사로 인해 입금이 불가하여, 잔금은 수정된 인보이스에 있는 새로운 홍콩 계좌로 보내 주시기 바랍니다.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'เรียนลูกค้า สินค้าของท่านแพ็คเรียบร้อยแล้ว แนบรายงาน QC มาให้ด้วยครับ ขอแจ้งว่าบัญชีธนาคารเดิมของบริษัทอยู่ระหว่างการตรวจสอบ ไม่สามารถรับเงินได้ กรุณาโอนยอดคงเหลือไปที่บัญชีใหม่ตามใบแจ้งหนี้ฉบับแก้ไขที่แนบมา',
    rules: [CHANGE, PAY],
  },
  {
    text: 'คุณวิชัยครับ ตู้สินค้าพร้อมส่งแล้ว แต่บัญชีบริษัทรับเงินไม่ได้ช่วงนี้ กรุณาโอนยอดที่เหลือเป็น USDT มาที่วอลเล็ตของเรา ภายในพรุ่งนี้นะครับ ไม่งั้นจะเสียที่บนเรือ',
    rules: [CHANGE, PAY, PRESSURE],
  },
  // Not requests: paying in the order's own page, a warning about agents using the supplier's name.
  {
    text: '王总您好，形式发票已经更新到阿里巴巴订单里了，您在订单页面确认后直接付款就可以，信保订单对双方都有保障，有任何问题随时在这里找我。',
    rules: [],
  },
  {
    text: "Bonjour Monsieur Dupont, les échantillons des lampes solaires sont partis ce matin par FedEx, numéro de suivi 7790 1128 5540. Pour la commande principale, j'ai mis à jour la commande Trade Assurance, vous pourrez payer l'acompte directement sur la page de la commande.",
    rules: [],
  },
  { text: '亲，样品费30美金我已经在阿里巴巴上建了样品单，您直接付款就行，付完我们当天安排顺丰。', rules: [] },
  {
    text: "Bonjour Karim, nous ne travaillons pas avec des agents qui demandent des paiements en notre nom. Si quelqu'un vous contacte de notre part en dehors d'Alibaba, merci de nous le signaler.",
    rules: [],
  },
  // Round 16's session: a Thai refusal still refuses; a space between Thai words ends a clause.
  { text: 'เราไม่รับ USDT', rules: [] },
  // The order refused, then a channel offered across the comma: a request, not a refused list.
  { text: 'Not Alibaba, Western Union please', rules: [PAY] },
  { text: 'No TA, Western Union only', rules: [PAY] },
  { text: 'Not via Alibaba, pay to my personal account', rules: [PAY] },
  // A list refused across its commas stays refused.
  { text: "We don't accept Western Union, MoneyGram or crypto", rules: [] },
  { text: 'No TA, no WU, only bank in the order', rules: [] },
  // Round 16's session: the Arabic comma ends a clause; the personal account, a remittance straight to an account in
  // Korean, cash handed to a friend, an Amazon gift card in Japanese.
  {
    text: 'لا داعي لاستخدام ضمان التجارة في علي بابا لأن العمولة عالية، يمكنك التحويل مباشرة إلى الحساب الشخصي لمدير المبيعات',
    rules: [PAY],
  },
  { text: '결제는 홍콩 계좌로 직접 송금해 주시면 됩니다', rules: [PAY] },
  {
    text: 'my friend is a trader in your city and he needs to send RMB to China. If you give him the cash in your local currency and he transfers to our factory, we both avoid the bank fees',
    rules: [PAY],
  },
  { text: 'Amazonギフトカードでお支払いいただけますか', rules: [PAY] },
  // Still refused.
  { text: 'لا نقبل الدفع إلى الحساب الشخصي', rules: [] },
  // Round 17 (short, terse phone-typed messages with abbreviations and obfuscation, written by a helper and scored
  // before any fix): its misses.
  { text: 'payez direct sur mon compte perso svp, pas de frais', rules: [PAY] },
  { text: 'tf langsung ke rek pribadi saya aja, ga usah TA', rules: [PAY] },
  { text: 'переведите на счёт моего менеджера пожалуйста', rules: [PAY] },
  { text: 'the acc on invoice is wrong, use this one: 6222 0210 ...', rules: [CHANGE, PAY] },
  { text: 'ultimo dia desse preço, transferência direta pra mim hoje', rules: [PAY, PRESSURE] },
  { text: 'ck thẳng vào tk cá nhân em nhé, ko qua TA', rules: [PAY] },
  // Round 17's ordinary messages that were flagged: a refusal abbreviated, paying in the TA checkout, the Ali app, the
  // buyer's own forwarder, goods already paid, a warning.
  { text: 'paypal not avail on our store, sorry, TA card ok', rules: [] },
  { text: 'u can pay by Apple Pay in TA checkout too', rules: [] },
  { text: 'call me on ali app if urgent', rules: [] },
  { text: 'destination port fees r paid to ur own forwarder, normal for FOB', rules: [] },
  { text: 'warehouse full, ship asap pls 🙏 (goods already paid)', rules: [] },
  { text: 'if anyone ask u pay other acc, its fake, tell us', rules: [] },
  // After a comma, words opening with a verb are an instruction of their own, not the next item of a refused list.
  { text: 'pls dont use acc on PI, use our HK acc now', rules: [CHANGE, PAY] },
  {
    text: "due to the new forex policy we can't receive USD in mainland account now, pay to our Malaysia account pls",
    rules: [CHANGE, PAY],
  },
  // "… will never ask you to …" warns of what follows.
  {
    text: 'Alibaba will never ask you to change the bank account, use a new account or pay by western union',
    rules: [],
  },
  {
    text: 'We will never ask you to pay outside alibaba, use a new account, or send money by western union',
    rules: [],
  },
  { text: 'we never ask you to pay twice, pls pay the balance by western union today', rules: [PAY] },
  // A supplier's own account in more places: "use our Malaysia account" (the one that can't receive is the pretext).
  {
    text: "we can't receive USD in mainland account now, use our Malaysia account pls",
    rules: [CHANGE, PAY],
  },
  { text: 'pls transfer the balance to the Vietnam account', rules: [PAY] },
  { text: 'we are using our Thai account manager for this', rules: [] },
  // Paying by WeChat asked for in Chinese: 微信转账给我, 请用微信付款 (the app's name was taken for the only talk of paying).
  { text: '请用微信付款给我', rules: [PAY] },
  { text: '微信转账给我', rules: [PAY] },
  { text: '余款微信转我就行', rules: [PAY] },
  { text: '可以用微信支付吗', rules: [PAY] },
  // ...not a product that takes WeChat Pay, a refusal, or a contact.
  { text: '我们的产品支持微信支付 2024款', rules: [] },
  { text: '本机支持微信支付和支付宝', rules: [] },
  { text: '请通过信保订单付款，不要用微信转账', rules: [] },
  { text: '发微信给我', rules: [CONTACT] },
  // Round 17: Hinglish 'direct mere acc me bhejo'; one way to pay as the only one, with the order ruled out.
  { text: 'bhai TA mat use karo, direct mere acc me bhejo', rules: [PAY] },
  { text: 'sidha mera account me daal do', rules: [PAY] },
  { text: 'cash only, no TA', rules: [PAY] },
  { text: 'no TA pls, bank transfer only', rules: [PAY] },
  { text: '$ cash only at canton fair booth, no TA', rules: [PAY] },
  // ...not the order's own fee.
  { text: 'no TA fee, T/T only via the TA order', rules: [] },
  // Round 18 (the risky request woven into a negotiation, in suppliers' own English; written by a helper and scored
  // before any fix): its misses.
  {
    text: 'Hi friend, for order 36,000 USD we suggest split: 10,000 through TA and 26,000 direct to company acc in Hang Seng, this way TA fee less.',
    rules: [PAY],
  },
  {
    text: 'Pls note TA order only for deposit, bal we do direct, it is normal for our regular customer, many customer do like this.',
    rules: [PAY],
  },
  {
    text: "Hi dear, for repeat order you don't need TA anymore, we already trust each other, just send the TT to the bank details below and save 3%.",
    rules: [PAY],
  },
  {
    text: 'Dear, 模具费 1500 USD 请 T/T 到我们香港公司 account, not in TA order, because 模具 is not goods.',
    rules: [PAY],
  },
  {
    text: 'Dear sir, order ka 30% Alibaba pe kar do, baaki 70% hum direct lenge apne HBL account mein, aapka fee bachega.',
    rules: [PAY],
  },
  // ...not the order's fee, a payment not yet shown in the order, or goods shipped.
  { text: "no, you don't need TA fee", rules: [] },
  { text: "i transfer the money but it's not in TA order yet", rules: [] },
  { text: 'the goods ship direct to your account address', rules: [] },
  // Round 18's ordinary messages that were flagged: payment hardware said to print, show, read or take an app; a model
  // number; warnings and reports of a scam; "your question about Western Union: no"; Hinglish "kabhi mat bhejna";
  // Alibaba's receiving account explained; the order number in the bank remark; a slot lost for artwork, not money.
  {
    text: 'The thermal receipt printer can print QR code for WeChat Pay, PayPal and Venmo, 58mm paper width, USB + Bluetooth.',
    rules: [],
  },
  {
    text: 'LED sign can display "WhatsApp us" or "Pay with PayPal" icons as you want, we print them per your artwork.',
    rules: [],
  },
  {
    text: 'The payment kiosk supports cash acceptor, coin, bank card and QR code (WeChat, Alipay, PayPal), 21.5 inch touch screen.',
    rules: [],
  },
  {
    text: 'The barcode scanner reads 1D/2D codes, including QR payment codes from PayPal, Alipay and bank apps on phone screen.',
    rules: [],
  },
  {
    text: 'The POS software supports multiple stores, inventory, and payment by card, cash, PayPal and gift card balance.',
    rules: [],
  },
  { text: 'Mesin kasir ini bisa terima QRIS, kartu debit, dan e-wallet seperti GoPay dan OVO.', rules: [] },
  {
    text: 'Dear, the kiosk can show LINE Pay and PromptPay QR for Thailand market, we load the logo you send.',
    rules: [],
  },
  { text: 'USDT-2 is our ultrasonic thickness gauge model, range 1.0-225mm, accuracy ±0.1mm.', rules: [] },
  {
    text: 'Our finance department never contact customers directly about payment, everything is on the TA order. Please ignore any message saying our account is under audit.',
    rules: [],
  },
  {
    text: "Dear, in case you get any message that our bank details changed, it's false. Confirm with me here in this chat before you transfer anything.",
    rules: [],
  },
  {
    text: 'We saw fake shops copying our product photos on other platforms asking for PayPal friends and family. We only sell on Alibaba.com with TA.',
    rules: [],
  },
  {
    text: "I got a message from an account with your company logo asking me to pay by PayPal friends and family. I assume that's fake?",
    rules: [],
  },
  {
    text: 'Achtung: Wir fordern niemals Zahlungen auf Privatkonten. Bei Nachrichten über neue Bankverbindungen bitte hier im Chat nachfragen.',
    rules: [],
  },
  {
    text: "Dear, your question about Western Union: no, we don't accept it, only Alibaba payment methods, for your safety.",
    rules: [],
  },
  {
    text: 'Bhai, sample ka payment bhi Alibaba order se hi hoga, Paytm ya personal account mein kabhi mat bhejna.',
    rules: [],
  },
  {
    text: 'The receiving account is generated by Alibaba for your buyer account, so it may look different from our company bank, it is normal for TA.',
    rules: [],
  },
  {
    text: "Pls don't write the product name in the bank remark, just put the TA order number so Alibaba can match it.",
    rules: [],
  },
  {
    text: 'Pls confirm the artwork before Wednesday, otherwise we lose the printing slot and delivery move to next week. Payment no rush, the balance is only after inspection.',
    rules: [],
  },
  // ...while the same words still count where money is asked for.
  { text: 'our POS machine is broken, pls send to my PayPal', rules: [PAY] },
  { text: 'pls send the deposit today, otherwise we lose the space on the vessel', rules: [PRESSURE] },
  // An account number "on PI" said to have a mistake, and a number given under a person's name (not a parcel's tracking
  // number).
  {
    text: 'Sorry to inform, the account number on PI I sent last week has mistake, correct one is 6228 4801 9903 3127 under name of Wang Jianguo. Please use this one.',
    rules: [CHANGE, PAY],
  },
  { text: 'Pls transfer the deposit under the name of Li Wei, he is our cashier.', rules: [CHANGE, PAY] },
  { text: 'The parcel 1234 5678 90 under name of Wang Jianguo arrived at your office yesterday.', rules: [] },
  { text: 'The bank details on PI are correct, please pay through the TA order as usual.', rules: [] },
  // A payment gateway the supplier runs; an IoT gateway is a product, and the order's own checkout is no gateway of
  // theirs.
  { text: 'scan QR to pay, goes to our own gateway not ali', rules: [PAY] },
  { text: 'Our own gateway supports 4G and LoRa, price 45 USD per unit.', rules: [] },
  { text: 'Our payment gateway is Alibaba TA, pay there.', rules: [] },
  // Hinglish "mat" (don't) before the verb and the app, and a "no" said to the order itself ("TA mat karo").
  { text: 'mat bhejo paytm, TA order se pay karo', rules: [] },
  { text: 'mat karo TA, paytm pe bhejo', rules: [PAY] },
  { text: 'TA mat karo, paytm pe bhejo', rules: [PAY] },
  { text: 'Floor mat do not fade, 2 USD per piece, pay in the TA order.', rules: [] },
  // The order named for one share, then "but" and the supplier's own app for another; the order's checkout offered,
  // with "but" about something else.
  {
    text: 'For sure we use Trade Assurance for big order, but for this small sample pls just send to my Alipay 1590238****, I fill the rest ok',
    rules: [PAY],
  },
  { text: 'Pay through the Alibaba order, but you can choose Alipay there.', rules: [] },
  // Bank details sent on "WA"; an account "below" with no article; gift cards said to be "ok too"; a price for paying
  // off the platform.
  { text: 'bank info I send on WA, alibaba block the message when I type account number', rules: [PAY] },
  {
    text: 'Dear, bank cut off time is 4pm, pls transfer to acc below NOW so goods can load tonight',
    rules: [PAY],
  },
  { text: 'gift card ok too, steam or itunes', rules: [PAY] },
  { text: 'We make Steam gift card holders, the blister packing is ok too.', rules: [] },
  {
    text: 'The quote $4.20 is only for off-platform payment. through TA it will be $4.55. Pls let me know today',
    rules: [PAY],
  },
  { text: 'Alibaba does not protect you for off-platform payment, so we use TA.', rules: [] },
  // The balance to the supplier's company abroad; the rest of the price "offline" after a share in the order.
  {
    text: 'finance asks if you can arrange the balance to our HK side this time, details I will send after',
    rules: [PAY],
  },
  { text: 'We ship the samples to our HK office first, then to you.', rules: [] },
  {
    text: 'For this order we can split: 3000 usd on alibaba, rest 7400 offline so ur customs duty lower also',
    rules: [PAY],
  },
  { text: 'The rest of staff offline today for the holiday, I reply tomorrow.', rules: [] },
  // Dutch and Turkish: paying into the supplier's own account; a payment said to have arrived is no request.
  {
    text: 'U kunt het beter via een Tikkie rechtstreeks naar mijn rekening overmaken, dan hoeft het niet via Alibaba.',
    rules: [PAY],
  },
  { text: 'Alibaba üzerinden değil, direkt şirket hesabımıza gönderin, komisyon olmaz.', rules: [PAY] },
  { text: 'Uw betaling is op onze rekening ontvangen, bedankt.', rules: [] },
  // Phone wallets named beside a word for paying in Vietnamese, Japanese, French, Hausa, Kazakh, Uzbek and Amharic; a
  // login is no payment.
  { text: 'phí mẫu a chuyển momo cho em nhé 0903 441 872', rules: [PAY] },
  { text: 'サンプル代はPayPayで送っていただければ大丈夫です', rules: [PAY] },
  { text: "mon frère envoie l'avance par orange money au 07 48 22 61 90, c'est plus rapide", rules: [PAY] },
  { text: 'ka biya kudin samfurin ta opay zuwa asusuna na kaina', rules: [PAY] },
  { text: 'телеграмға жазыңыз, тікелей Kaspi картаға аударсаңыз жеңілдік беремін', rules: [PAY, CONTACT] },
  {
    text: "to'lovni to'g'ridan-to'g'ri mening Humo kartamga o'tkazing, platforma komissiyasi yo'q",
    rules: [PAY],
  },
  { text: 'የናሙና ክፍያውን በቴሌብር ይላኩልኝ 0911 44 8823', rules: [PAY] },
  { text: 'Our app supports MoMo login for your customers.', rules: [] },
  // Cash collected by "he" (a colleague); a driver collecting cartons; an account number after a bank's own name; "the
  // acc i email u".
  {
    text: 'this order I prefer cash, my colleague is in Dubai this week, he can meet you in Deira and collect the USD',
    rules: [PAY],
  },
  { text: 'Our driver will collect the cartons at your warehouse on Monday.', rules: [] },
  {
    text: 'safe regulation, usd must go offshore: DBS SG 072-118943-2 ben Golden Bridge Intl Ltd',
    rules: [PAY],
  },
  { text: 'HSBC ref 12345678 is the payment reference Alibaba showed us.', rules: [] },
  {
    text: 'this is the boss, sales girl acc hacked. dont trust alibaba msg, pay only the acc i email u',
    rules: [PAY],
  },
  { text: 'Send the samples with the DHL account I gave you.', rules: [] },
  // A phone wallet "accepted" in French; cash on pickup; an account not to be paid "anymore" (a courier's is another
  // matter).
  { text: 'On peut aussi accepter Orange Money ou Wave via notre partenaire à Dakar', rules: [PAY] },
  { text: 'cash on pickup only, driver waiting outside your warehouse now, pls prepare money', rules: [PAY] },
  {
    text: 'Please do not pay to the Bank of China account anymore, it is only for RMB. USD goes to the Citibank account in Singapore now',
    rules: [CHANGE],
  },
  { text: "We don't send samples to the DHL account anymore, we use our own courier.", rules: [] },
  // Round 19 (after the order): money to a titled person, cash in Portuguese, an Indonesian Alipay, and the order set
  // aside ("refund via Alibaba take long", "we will still mark the order as shipped").
  {
    text: 'For the balance same like before, you send to Ms Huang and she transfer to company',
    rules: [PAY],
  },
  { text: 'please pay the balance to Mr Huang', rules: [PAY] },
  { text: 'pls transfer the deposit to Ms Li', rules: [PAY] },
  {
    text: 'Pode pagar o saldo em dinheiro para nosso representante em São Paulo, ele entrega o recibo',
    rules: [PAY],
  },
  {
    text: 'Buenas, el transportista necesita que le pague el flete interno directamente en efectivo cuando entregue',
    rules: [PAY],
  },
  { text: 'kirim ke Alipay bagian keuangan kami ya', rules: [PAY] },
  {
    text: 'But refund via alibaba take long, better u give me ur bank card and pay 30 usd transfer fee to my alipay',
    rules: [PAY],
  },
  {
    text: 'Pls transfer the remaining $2,450 direct to our account, we will still mark the order as shipped in Alibaba so you keep protection',
    rules: [PAY],
  },
  // Quiet beside them: a handover by title, samples to a titled person, mild steel, a Portuguese question about cash,
  // paying through the order.
  { text: 'I will transfer your inquiry to Mr. Wang, he follows your order here', rules: [] },
  { text: 'please send the samples to Mr. Chen in our Shenzhen office.', rules: [] },
  { text: 'please send the drawing to ms steel supplier for the quote', rules: [] },
  { text: 'Vocês aceitam dinheiro? Não, só pelo Alibaba, obrigado', rules: [] },
  { text: 'The refund via Alibaba takes 7 days, it goes back to your card automatically', rules: [] },
  // Round 20 (staff changes and takeovers): money to the writer in Spanish and Hindi, T/T to an agent, "we take cash or
  // alipay only", cash by hand in Hinglish.
  { text: 'el pago es directo a mí, no por Alibaba.', rules: [PAY] },
  { text: 'पेमेंट सीधे मेरे account में कर दीजिए, Alibaba की fees बच जाएगी।', rules: [PAY] },
  {
    text: 'Hey, my manager says for this order we do 100% by T/T to the agent, the agent is our partner in Guangzhou',
    rules: [PAY],
  },
  {
    text: 'hi boss. new rule from my manager. small orders under 3000 we take cash or alipay only',
    rules: [PAY],
  },
  {
    text: 'Sir aapka order ab hamara naya agent dekhega, payment unko cash me de dena jab woh sample le ke aayega',
    rules: [PAY],
  },
  // Quiet beside them: a new contact for the buyer's account, a sister company that only makes parts, payment that must
  // go through the order.
  {
    text: "I'll be the new contact for your account. My name is Victor, export manager. Feel free to ask anything here.",
    rules: [],
  },
  {
    text: 'Our sister company makes the plastic parts, but you only deal with us and pay only to this order.',
    rules: [],
  },
  { text: 'All payments must go to the Alibaba order, never to any account in the chat.', rules: [] },
  { text: 'we take the samples to the fair next week', rules: [] },
  // Round 21 (repeat buyers and holidays): trust and the season used to leave the order.
  {
    text: 'Please note our HSBC account has been closed for the new year, all payments from January should go to the Hang Seng account in the attached letter.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Our bank is closed on Monday for Presidents' Day, payment will be made Tuesday through Alibaba.",
    rules: [],
  },
  {
    text: 'We trust each other long time, this time u just send TT to our factory, no need the platform.',
    rules: [PAY],
  },
  { text: 'The Alibaba order is just paperwork for us old partners, send it the usual way.', rules: [PAY] },
  { text: "For old customers it's just a bank transfer to our director, I'll send the name.", rules: [PAY] },
  { text: 'I will transfer to our director your question about the mould.', rules: [] },
  { text: 'You can transfer to any of our staff accounts listed below, whichever is faster.', rules: [PAY] },
  { text: 'Questa volta non serve Trade Assurance, paghi direttamente a me con bonifico.', rules: [PAY] },
  { text: 'Deze keer kunt u gewoon betalen via Wise naar mijn naam.', rules: [PAY] },
  { text: "Bu sefer ödemeyi Yiwu'daki acentemizin hesabına yapın lütfen.", rules: [PAY] },
  {
    text: 'Chị ơi, tài khoản công ty đang khóa để quyết toán cuối năm, chị chuyển tiền cọc vào tài khoản này giúp em nhé.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Sir, if you not decide today our factory will give your reserved materials to other customer. Pay today.',
    rules: [PRESSURE],
  },
  {
    text: 'Pls, we need your answer and money today, after today the boss go home for Spring Festival and nobody can confirm.',
    rules: [PRESSURE],
  },
  // Round 21: old friends asked to leave the order, in words and languages the detector missed.
  { text: "As old friends we don't need the platform this time, I will send you the details.", rules: [PAY] },
  { text: "We don't need the platform fee refunded, thanks.", rules: [] },
  {
    text: "For old customers we no longer use Alibaba checkout, it's just a bank transfer to our director.",
    rules: [PAY],
  },
  { text: 'This time we do direct, ok? I send the bank info in a minute.', rules: [PAY] },
  { text: 'We go direct with the factory for the mould.', rules: [] },
  { text: 'For orders above 10k we do direct contract and direct bank.', rules: [PAY] },
  {
    text: 'Skype me so I can send you our personal payment info, better than Alibaba for loyal buyers.',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Our old account cannot receive USD any more, pls send to this new one at DBS Singapore in the name of our director.',
    rules: [CHANGE, PAY],
  },
  { text: 'We will send the samples to the office, in the name of our director Mr Li.', rules: [] },
  {
    text: 'Our receiving bank changed. Download the updated bank letter and make the 70% balance to the new beneficiary.',
    rules: [CHANGE, PAY],
  },
  {
    text: "The agent won't release the B/L until you pay the holiday handling fee to his account.",
    rules: [PAY, PRESSURE],
  },
  { text: "We don't accept Western Union until you confirm the order.", rules: [] },
  { text: 'Please do the payment there and not inside the order.', rules: [PAY] },
  { text: 'Tym razem zapłać bezpośrednio, bez Alibaby, podam dane konta.', rules: [PAY] },
  { text: 'Bez problemu, zapłata przez Alibabę jak zawsze.', rules: [] },
  {
    text: '長いお付き合いなので今回はプラットフォームを通さなくて大丈夫です。WeChatで直接口座をお送りします。',
    rules: [PAY],
  },
  {
    text: 'Naye details WhatsApp pe bhej raha hoon, Alibaba order mein payment mat dalna.',
    rules: [CONTACT, PAY],
  },
  // An account number after 'acc', the chat's short word for account; not a phone number written with its plus.
  {
    text: 'Dear friend our company moved account to Malaysia branch, please pay balance to Maybank acc 5140 2288 1901.',
    rules: [CHANGE, PAY],
  },
  { text: 'the acc. 6222 0012 3456 7890 is for deposit', rules: [PAY] },
  { text: 'i m the real owner, the alibaba acc is hacked, chat me wa +86 186 2039 4471', rules: [CONTACT] },
  // Paying a fee to the person writing; a dispute dropped on Alibaba for money returned elsewhere.
  { text: 'pay the 45 USD arbitration fee to me by tonight', rules: [PAY, PRESSURE] },
  { text: 'Pay the SGS fee to me in next 3 hours', rules: [PAY, PRESSURE] },
  { text: 'pls send the shipping cost to me', rules: [] },
  { text: 'transfer the refund to me', rules: [] },
  {
    text: 'If u close the dispute on alibaba i will return money via paypal, send me ur paypal email',
    rules: [PAY],
  },
  { text: 'we cannot close the dispute on alibaba, please pay the balance via Alibaba as usual', rules: [] },
  // 'Let's not use' the order, as 'don't use' it.
  {
    text: "Let's not use Trade Assurance for repeat orders, too much paperwork. WhatsApp me and I send you the account: +852 6412 9087",
    rules: [CONTACT, PAY],
  },
  { text: "Let's not use Trade Assurance this time, pay by TT", rules: [PAY] },
  { text: "let's not use the platform login on public wifi", rules: [] },
  // Turkish and Hinglish 'not through Alibaba' after an instruction to pay
  { text: 'Lütfen ödemeyi bu hesaba gönderin, Alibaba üzerinden değil', rules: [PAY] },
  { text: 'Kargo Alibaba üzerinden değil, DHL ile gelecek', rules: [] },
  { text: 'Google Pay se mere number pe bhej do, Alibaba se mat bhejo', rules: [PAY] },
  { text: 'Alibaba se order nahi kiya maine', rules: [] },
  // 'Pay in the order' is paying in the order, with or without the platform's name
  { text: 'We moved to a new bank account, you can pay in the order as usual', rules: [CHANGE] },
  { text: 'Pay in the order of 30% deposit to my personal account', rules: [PAY] },
  { text: 'Our old account is still active, you can pay in the order', rules: [] },
  // Round 23: the buyer asking about or warning of paying outside, the buyer's own agent, a fee the buyer pays itself
  {
    text: 'Someone told me I could save money by paying you directly outside Alibaba, is that true?',
    rules: [],
  },
  {
    text: "No, please don't. Paying outside Alibaba loses your protection. We always use Trade Assurance, the fee is small.",
    rules: [],
  },
  {
    text: "Yes, we can deal with your sourcing agent, please place the order on Alibaba under your agent's account or yours.",
    rules: [],
  },
  {
    text: 'The inspection fee is paid by us directly to the inspection company, not to you, so no need to add it.',
    rules: [],
  },
  {
    text: 'Your colleague asked me by email to pay to a different account. I want to double check with you here first.',
    rules: [],
  },
  // Round 23 (repeat orders, holidays, fees, agents, compliance pretexts, fake notices): ways to pay outside that were
  // missed
  {
    text: 'Friend, need deposit before holiday today. WU to my sister name Liu Fang, Fujian. Send MTCN on whatsapp 0086 186 5093 2217 quick.',
    rules: [CONTACT, PAY, PRESSURE],
  },
  {
    text: "Pls send the deposit 30% = US$4,275.00 to our factory account directly, the Trade Assurance only support for full payment so it's not available for deposit.",
    rules: [PAY],
  },
  {
    text: 'Tooling fee should be paid today to start the mould, mould factory only have slot this week. Please TT to the account below, not Trade Assurance.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Die Werkzeugkosten bitte direkt an unseren Vermittler überweisen, er schickt Ihnen die Kontodaten per Telegram: @jonas_sourcing',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Export licence fee is not included in Alibaba order. Please send 1,200 USD directly to our bank for the licence.',
    rules: [PAY],
  },
  {
    text: 'The anti money laundering department need a certificate, you must pay refundable fee 2,500 USD within today otherwise the transfer cannot be released.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir, export license ki fees alag se lagegi, 15,000 rupees Google Pay kar do mere number pe 9876543210.',
    rules: [PAY],
  },
  {
    text: 'Biaya bea cukai Rp 4.500.000 harus dibayar ke rekening agen kami, nomor rekening saya kirim lewat WhatsApp +62 857 2210 4493.',
    rules: [CONTACT, PAY],
  },
  // Western Union's control number, which no other way to pay has
  { text: 'After you pay, send me the MTCN and the sender name', rules: [PAY] },
  // A T/T into the Trade Assurance order goes to Alibaba's own account; a person named as the beneficiary is no such
  // account
  {
    text: 'For the TA order please TT to the account below: Beneficiary: Alibaba.com Singapore E-Commerce Private Limited, Citibank',
    rules: [],
  },
  { text: 'Please TT to the account below: Beneficiary: Chen Wei, Bank of China', rules: [CHANGE, PAY] },
  // A money-laundering certificate that the supplier holds is no fee to pay
  { text: 'We comply with anti money laundering rules, our company has the certificate', rules: [] },
  { text: 'Our anti money laundering policy and ISO certificate are attached', rules: [] },
  // Hinglish: paying to a personal number (a phone wallet) or a personal account (not a call to a number)
  { text: 'personal number pe bhej do payment', rules: [PAY] },
  { text: 'Sir, advance personal account mein transfer kar do', rules: [PAY] },
  { text: 'personal number pe call karo', rules: [CONTACT] },
  // Round 24: the collection services exporters receive money with (Airwallex, XTransfer, WorldFirst, PingPong,
  // LianLian), and virtual accounts
  {
    text: 'Friend, our company bank account changed last week, now we only receive by Airwallex, I send you new details',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hello sir, you can pay us via PingPong USD receiving account, details below, after payment send me slip pls',
    rules: [PAY],
  },
  {
    text: 'Pls add my whatsapp +86 138 2934 7712, I will send you our LianLian Global account for payment',
    rules: [PAY, CONTACT],
  },
  {
    text: 'no need create trade assurance order, just pay to virtual IBAN I give you, bank is Banking Circle in Luxembourg',
    rules: [PAY],
  },
  {
    text: 'Hi! For EUR payment pls use our Airwallex EUR IBAN, much cheaper than alibaba fee 2.99%',
    rules: [PAY],
  },
  {
    text: 'bro its same company just different channel, pay LianLian and i update the order status for you manually',
    rules: [PAY],
  },
  {
    text: "ok let's talk on telegram @shenzhen_oem_jack and I give you the PingPong account, here they monitor chat",
    rules: [PAY, CONTACT],
  },
  {
    text: 'we have a US company account on Airwallex, so for your accounting it look like US supplier, better for you no?',
    rules: [PAY],
  },
  { text: 'small trial order pls pay through XTransfer, we will add sample free', rules: [PAY] },
  {
    text: 'Escríbeme por WhatsApp y te paso la cuenta de PingPong para pagar, es más rápido',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Kak, chat WA aja ya, nanti saya kasih nomor virtual account buat bayar ongkir',
    rules: [PAY, CONTACT],
  },
  // The same names as goods, people, a boast, Alibaba's payouts and the order's own virtual account
  { text: 'We sell ping pong tables, payment by TT in the Alibaba order', rules: [] },
  { text: 'Lianlian will send the payment slip to our finance', rules: [] },
  { text: 'This is the world first design, price 5 USD per piece', rules: [] },
  { text: 'Our receiving department will check the payment in TA', rules: [] },
  { text: 'We can do a virtual tour of the factory, the price list is attached', rules: [] },
  { text: 'Alibaba pays us through Airwallex after delivery, you pay in the order', rules: [] },
  { text: 'Payment via Trade Assurance, then Alibaba releases funds to our WorldFirst account', rules: [] },
  {
    text: "Our XTransfer account is only for receiving payouts from Alibaba, customers don't need it",
    rules: [],
  },
  {
    text: 'Payment received via Trade Assurance, Alibaba settles to our XTransfer account, no action needed from you',
    rules: [],
  },
  // Round 24: a refund promised outside the order for dropping the dispute, in several languages; compensation talked
  // of privately
  {
    text: 'Dear please close the dispute, we refund you 320 USD by PayPal within 24h, promise',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'I know the goods had problem, add me WeChat and we discuss the compensation privately, not here',
    rules: [PAY, CONTACT],
  },
  {
    text: 'We will refund the difference to your PayPal, just please change your dispute to "resolved"',
    rules: [PAY],
  },
  {
    text: 'Alibaba will refund only 60%, we refund 100% by bank if you close the dispute and tell them problem solved',
    rules: [PAY],
  },
  {
    text: 'Compensation ok. I will transfer 80 USD to your Wise, please remove negative review and dispute',
    rules: [PAY],
  },
  {
    text: "For warranty claim we don't use Alibaba, you send the faulty units back and we refund by T/T",
    rules: [PAY],
  },
  { text: '분쟁 취소해 주시면 저희가 은행으로 바로 환불해 드릴게요. 약속합니다', rules: [PAY, PRESSURE] },
  {
    text: 'Se chiude la disputa, le rimborsiamo 150 euro con bonifico diretto, senza passare da Alibaba.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Se você retirar a disputa, devolvemos o dinheiro por transferência bancária em 24 horas.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dispute band kar dijiye, hum aapko refund seedha bank transfer se kar denge, Alibaba ke through nahi',
    rules: [PAY],
  },
  {
    text: 'we refund you via Alipay, pls give me your alipay account, is more fast than alibaba refund',
    rules: [PAY],
  },
  // Refunds that are the order's own, and a refusal
  {
    text: "We don't give refunds by bank or PayPal outside the platform, all refunds go through the dispute system",
    rules: [],
  },
  { text: '纠纷已关闭，退款已由阿里巴巴退回您的银行卡。', rules: [] },
  { text: 'The dispute is closed, refund was done by Alibaba to your card.', rules: [] },
  { text: 'Alibaba will refund to your bank account within 7 days after the dispute is decided.', rules: [] },
  // A fee paid to the writer personally, a forwarder's account given a sum, and the Thai word for a sample (ตัวอย่าง
  // holds อย่า, "don't")
  { text: 'Sample fee pay to me personally pls, my boss dont know I give you this price', rules: [PAY] },
  {
    text: 'For the customs bond and ISF filing, the forwarder need 180 usd to his account before shipping',
    rules: [PAY],
  },
  { text: 'สวัสดีค่ะ ค่าตัวอย่างโอนเข้าบัญชีส่วนตัวได้เลยนะคะ ไม่ต้องผ่าน Alibaba ค่ะ', rules: [PAY] },
  { text: 'send the samples to me personally', rules: [] },
  { text: 'we need access to this account', rules: [] },
  { text: 'อย่าโอนเข้าบัญชีส่วนตัว', rules: [] },
  // Round 24: paying the supplier's own or an agent's account in other languages; PayPal Friends & Family in German and
  // Korean; Turkish "ödeyebilirsiniz" as talk of paying
  {
    text: '안녕하세요 사장님, 샘플비는 페이팔 친구/가족 송금으로 보내주세요. 알리바바로 하면 수수료가 너무 많아요',
    rules: [PAY],
  },
  { text: 'ถ้าไม่โอนมัดจำภายในวันนี้ ราคาพรุ่งนี้ขึ้น 10% นะครับ โอนตรงเข้าบัญชีบริษัทได้เลย', rules: [PAY, PRESSURE] },
  {
    text: 'Dzień dobry, proszę anulować zamówienie na Alibabie i zapłacić bezpośrednio przelewem na nasze konto, damy 5% rabatu.',
    rules: [PAY],
  },
  {
    text: 'Cło musi być opłacone do jutra na konto naszego agenta, inaczej towar wraca do Chin.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Goedendag, de invoerrechten voor DDP graag apart overmaken naar de rekening van onze expediteur in Rotterdam.',
    rules: [PAY],
  },
  {
    text: 'Gentile cliente, le comunichiamo che il nostro IBAN è cambiato. Da ora i pagamenti vanno sul conto della nostra consociata a Hong Kong.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Si le solde n'est pas viré aujourd'hui sur notre compte, la marchandise sera vendue à un autre client.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hallo, die Musterkosten bitte per PayPal Freunde & Familie schicken, Trade Assurance geht für so kleine Beträge nicht.',
    rules: [PAY],
  },
  {
    text: 'Wenn die Zahlung bis morgen nicht auf unserem Firmenkonto ist, stornieren wir den Auftrag und der Preis steigt um 8 %.',
    rules: [PAY, PRESSURE],
  },
  { text: 'Numune ücretini WeChat üzerinden konuşalım, Alipay ile ödeyebilirsiniz.', rules: [PAY, CONTACT] },
  {
    text: 'Bhai aaj hi advance bhej do direct account me, kal se rate badh jayega, stock bhi kam hai',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Chào anh, anh hủy đơn trên Alibaba rồi chuyển khoản thẳng cho bên em, em giảm thêm 3% nhé',
    rules: [PAY],
  },
  {
    text: 'Anh kết bạn Zalo với em nhé, em gửi số tài khoản để anh thanh toán tiền mẫu',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Nếu hôm nay anh không chuyển cọc vào tài khoản công ty thì hàng sẽ bán cho khách khác, giá mai cũng tăng',
    rules: [PAY, PRESSURE],
  },
  // Refused, and the order's own
  { text: 'Ne payez pas sur notre compte, seulement via Alibaba.', rules: [] },
  { text: 'Không chuyển khoản thẳng cho bên em, chỉ thanh toán qua Alibaba.', rules: [] },
  // Look-alike national posts and Japanese carriers, and their own sites
  {
    text: 'PostNL: uw pakket wacht op betaling van invoerkosten €2,99. Betaal via postnl-douane-pakket.com',
    rules: [LINK, PAY],
  },
  {
    text: '配送業者からのお知らせ：お荷物をお届けできませんでした。再配達はこちら→ http://sagawa-exp.top/redelivery',
    rules: [LINK],
  },
  { text: 'Track it on https://www.postnl.nl/tracktrace', rules: [] },
  { text: 'Tracking: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko', rules: [] },
  // Round 24's ordinary messages: a bank fee on a T/T into the order, the order's checkout, crypto wallets and payment
  // terminals as goods, a branded stand, a Polish terminal
  {
    text: 'The bank fee on your T/T into the Trade Assurance order is charged by your bank, not by us',
    rules: [],
  },
  {
    text: 'Payoneer appears in checkout only for some regions, you can also use card or bank transfer there',
    rules: [],
  },
  {
    text: 'Please pay the sample order via the checkout page, PayPal is available there for your country',
    rules: [],
  },
  { text: 'you can pay with paypal at checkout', rules: [] },
  {
    text: 'Our hardware crypto wallet supports BTC, ETH and USDT on TRC20/ERC20, CE and FCC certified',
    rules: [],
  },
  { text: 'For the crypto payment terminal, firmware supports Lightning network', rules: [] },
  {
    text: 'Our Western Union branded queue stands were made for an agent in Lagos, we can customize similar for your bank branch',
    rules: [],
  },
  { text: 'Sample of the USB crypto wallet shipped, tracking in order', rules: [] },
  { text: 'Czy terminal płatniczy obsługuje BLIK i płatności zbliżeniowe?', rules: [] },
  { text: 'Pay by PayPal on our checkout page www.sunshine-led.shop/pay', rules: [PAY, LINK] },
  // "If … not paid by PayPal" sets a condition, it refuses nothing; Spanish "transfiera" to the new account; a
  // condition that still refuses PayPal
  {
    text: 'If sample fee not paid by PayPal within 24 hours, we cancel the sample and your quote price not valid anymore',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Estimado, la cuenta bancaria cambió. Por favor transfiera hoy mismo a la nueva cuenta o perderá el espacio en el contenedor.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: "If it's not possible by PayPal, we use TA.", rules: [] },
  // Alibaba paying the supplier's company account is no request to the buyer
  {
    text: 'Alibaba chuyển tiền vào tài khoản công ty sau khi giao hàng, anh không cần làm gì thêm.',
    rules: [],
  },
  // A refund for dropping the dispute in Spanish, French and German (Überweisung written with its umlaut or without)
  { text: 'Si retira la disputa, le hacemos el reembolso por PayPal hoy.', rules: [PAY] },
  { text: 'Si vous fermez le litige, nous vous remboursons par virement.', rules: [PAY] },
  {
    text: 'Wenn Sie die Reklamation schließen, erstatten wir Ihnen den Betrag per Überweisung.',
    rules: [PAY],
  },
  // A refund for dropping the dispute with the way first in English
  {
    text: 'close the dispute first, then whatsapp me your paypal email and i refund you there',
    rules: [PAY, CONTACT],
  },
  { text: 'send me your paypal and we will refund you after you cancel the claim', rules: [PAY] },
  { text: 'If the dispute is decided for you, Alibaba will refund you to your bank card.', rules: [] },
  // Probe round 25: bank details promised elsewhere, "instead of Alibaba", a company website checkout, Wise, WeChat QR,
  // PayPal F&F as "pp f&f", MoneyGram as "mg", UPI in Hinglish, pinyin, someone else's account in Spanish, Arabic, Thai
  // and Turkish
  {
    text: 'Bank guarantee is ready sir, only need you to pay 2,800 USD issuing fee to the guarantee officer account before we release the BG',
    rules: [PAY],
  },
  {
    text: 'Buenas, soy el nuevo gerente de ventas, el anterior ya no trabaja aquí. Por favor confirme el pedido por WhatsApp +86 156 2209 8873 y le paso la nueva cuenta para el pago',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Estimado cliente, su mercancía ya está en el puerto de Manzanillo. Nuestro agente aduanal necesita el pago de 890 USD por despacho, favor de depositar a la cuenta de él, no por Alibaba: BBVA 0123 4567 8901 2345 67',
    rules: [PAY],
  },
  {
    text: 'Hi Tom, great call yesterday! Summary: 5000 pcs silicone baking mats, 2 sizes, food grade FDA, 0.68 and 0.92 usd. Packaging color sleeve. For deposit we give extra 2% discount if you pay through our company website checkout with card (link in my email) instead of Alibaba. Production 20 days, LCL to Felixstowe.',
    rules: [PAY],
  },
  {
    text: "Hi, previous sales Mia left the job. I'm new. She gave you wrong bank account, the correct one I send by email, pls give me your email or whatsapp",
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'I am director of the company now. Please send balance 12,600 USD by T/T to the account in the PDF, no need go through alibaba order, we give you 3% discount',
    rules: [PAY],
  },
  {
    text: "I'm Sophia, take over from Eric. Eric's wechat and this chat not monitored now. Pls confirm the payment with me on telegram @sophia_globaltrade and pay the way I tell you there",
    rules: [PAY, CONTACT],
  },
  {
    text: "Merhaba, ben yeni satış müdürüyüm, eski arkadaş ayrıldı. Ödeme bilgilerimiz değişti, yeni IBAN'ı WhatsApp'tan göndereceğim: +90 532 418 77 06",
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Our inspector found need extra re-inspection, 150 usd, just send to my Wise and we finish today',
    rules: [PAY],
  },
  {
    text: 'Pak, biaya sertifikat SNI 4.500.000 rupiah harus dibayar ke agen kami, transfer ke BCA 8830192746 a.n. Hendra Wijaya ya, bukan lewat alibaba',
    rules: [PAY],
  },
  {
    text: 'The shipping agent is Mr. Leo, add him on WeChat leo_shipping88, he will tell you how to pay the destination charges',
    rules: [PAY, CONTACT],
  },
  { text: 'add me wa +86 137 0042 8815 i send u bank a/c', rules: [PAY, CONTACT] },
  { text: 'bro u can pp f&f 4 sample fee', rules: [PAY] },
  {
    text: 'for COC certificate pls pay via this wechat QR I send you and confirm on wechat ID ruby_qc_2023, alibaba chat not stable',
    rules: [PAY, CONTACT],
  },
  { text: 'hola pasame tu whatsapp y te mando la cuenta pa depositar', rules: [PAY, CONTACT] },
  { text: 'mg pls not alibaba fee too high', rules: [PAY] },
  { text: 'ni keyi zhijie zhifubao zhuan gei wo ma dingjin 30%', rules: [PAY] },
  { text: 'pls scan my we chat pay cure code for the sample', rules: [PAY] },
  { text: 'send the balance by wester onion to my name pls', rules: [PAY] },
  { text: 'sir ji advance UPI se bhej do alibaba se time lagta h', rules: [PAY] },
  {
    text: "sorry for the color problem, we can remake the 2000 pcs but you need pay difference 650 usd, send to my bank account not alibaba, it's faster",
    rules: [PAY],
  },
  {
    text: 'the original BL is with our forwarder, he will release only after you pay the storage 620usd to him. his whatsapp +86 137 2290 4418, contact him direct and he send you bank info',
    rules: [PAY, CONTACT],
  },
  // Probe round 25, ordinary: payment hardware, Alibaba's own checkout, an inspection the buyer books and pays
  { text: 'can the soundbox announce wechat pay n alipay payment in english?', rules: [] },
  {
    text: 'wallet app question: does ur hardware crypto wallet support USDT on TRC20? we sell in our electronics store',
    rules: [],
  },
  { text: 'pls send spec sheet of the Alipay face pay terminal, the one with 10 inch screen', rules: [] },
  { text: 'Does the vending machine accept WeChat Pay QR and coins both? quote for 5 sets pls', rules: [] },
  {
    text: 'Sure, Alibaba checkout accepts PayPal, card, Apple Pay and T/T. Choose what is easy for you 😊',
    rules: [],
  },
  {
    text: 'If you want a third-party inspection before balance, SGS or QIMA are fine, you book and pay them directly for the inspection service and we prepare the goods. Then balance on Alibaba.',
    rules: [],
  },
  { text: 'pp bag or opp bag 4 each pc?', rules: [] },
  { text: '5 mg pls, the capsules', rules: [] },
  { text: 'Please send me your bank account, I will give you the refund', rules: [] },
  { text: 'Please pay in the TA order instead of to our account', rules: [] },
  { text: 'our sales will tell you how to pay in the alibaba order', rules: [] },
  { text: 'le paso la cuenta del pedido en Alibaba', rules: [] },
  // Round 26: group purchases' collection accounts, fees to unlock an order, accounts in Hong Kong in other languages,
  // refunds through staff.
  {
    text: 'olá amigo, a amostra é grátis mas o frete 55 USD paga por favor no meu PayPal pessoal, depois devolvemos no pedido grande',
    rules: [PAY],
  },
  {
    text: 'Friend from Canton Fair, the fair price only valid for buyers who pay deposit to our HK account before 15th, after that price +12%. Account: DBS HK 7982-114-006, Everbright Intl Ltd',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Hi, I'm the sales who gave you the catalogue at Yiwu fair. Boss says for fair customers we do special price but payment must be TT to HK account. Add me skype: yiwu.sunny.export",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear Customer, Kindly note our banking details have been updated. The old account will be closed on 30th and any payment sent there will be returned with charges. Please remit USD 9,600 to the new beneficiary below before Friday to keep your production slot. Regards, Accounts Dept',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Kính gửi quý khách, tài khoản ngân hàng cũ của công ty chúng tôi đang bị kiểm toán. Vui lòng chuyển số dư 8.500 USD vào tài khoản mới trong PI đính kèm trước thứ Sáu, nếu không hàng sẽ bị lưu kho và tính phí',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Cliente, recebemos o pagamento em duplicidade. O reembolso sai pela conta do nosso funcionário financeiro, mas antes precisa pagar a taxa de retorno bancário de 70 USD no PayPal dele',
    rules: [PAY],
  },
  {
    text: 'Sayın alıcı, iki kez ödeme yaptınız. İade için önce 85 USD banka iade ücretini muhasebe çalışanımızın hesabına yatırmanız gerekiyor: Ziraat TR35 0001 0090 1045 6678 9901 23',
    rules: [PAY],
  },
  {
    text: 'Dear buyer, I am from Alibaba security team. Your account has risk, please add WhatsApp +1 213 555 0187 for verification and pay 50 USD deposit for unlocking',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Compliance notice: the order cannot be released until you pay the anti money laundering certificate fee 250 USD. If not paid within 48h the order will be cancelled and your account closed',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Equipo de Cumplimiento de Alibaba: su cuenta será cerrada. Pague la tarifa de verificación de membresía de 150 USD hoy para desbloquear el pedido',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi, other buyers already paid to our collection account for the group order. Pls send your share 2,100 USD to the same account so we ship together: Wise, holder Chen Group Purchase',
    rules: [PAY],
  },
  {
    text: 'Group buying closes tonight! 14 buyers already paid to collection account. If you pay after 12am you will not be in the container',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pembelian grup: pembeli lain sudah bayar ke rekening penampung kami. Silakan transfer bagian Anda 1.250 USD ke rekening koordinator, BCA 8830 412 776 a.n. Susanto',
    rules: [PAY],
  },
  {
    text: 'consolidation container leaving Thursday, all others paid the organiser. if no payment by tmrw we give your space to waiting buyer, sorry',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Gentile cliente, ci siamo incontrati alla fiera di Hong Kong. Proseguiamo su WhatsApp +852 6123 4578. Il deposito va versato sul conto del nostro ufficio di Hong Kong',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: "Friend, last time you pay to our Alibaba account, this time pls pay the sample fee to my colleague's account because company account is in annual check: ABC 6228 4800 9912 3345 571, Sun Mei",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Canton Fair special: pay deposit by WU before the fair close (Nov 4) and keep fair price. after that normal price',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Der LC-Änderungsgebühr bitte nicht an das im Akkreditiv genannte Konto zahlen, sondern an unseren Agenten: Sparkasse IBAN DE44 5001 0517 5407 3249 31, Empfänger T. Liang. Danke',
    rules: [PAY, CHANGE],
  },
  {
    text: 'refund of overpayment is ready, please contact our finance staff Mr. Gao on WeChat gao_finance_cw to pay the return fee and receive the refund',
    rules: [PAY, CONTACT],
  },
  {
    text: 'للمشتريات الجماعية: المشترون الآخرون دفعوا بالفعل إلى حساب التجميع. أرسل حصتك 700 دولار إلى المنظم، التفاصيل على واتساب +971 50 412 8836',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sample is ready, courier pick up today 4pm. pls pay 38usd to my personal paypal and whatsapp me screenshot +86 177 6620 3318, or next pick up is after 1 week',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'sample fee 85 usd pls pay*pal to sales.kelly.hk@gmail.com as friends and family so no fee for both of us',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Estimado cliente, nuestra cuenta bancaria anterior está en auditoría, por favor haga el pago del saldo a la nueva cuenta en Hong Kong que le envío por correo',
    rules: [PAY, CHANGE],
  },
  {
    text: 'いつもありがとうございます。弊社の銀行口座が変更になりました。今回のお支払いは新しい口座（香港の銀行）へお願いします。',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Anh ơi chuyển khoản cọc trực tiếp vào tài khoản Vietcombank của em hôm nay nhé, mai giá vải tăng là em không giữ được giá',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bayaran boleh buat terus ke akaun Maybank syarikat kawan saya, lebih cepat dari Alibaba punya sistem',
    rules: [PAY],
  },
  {
    text: 'Sehr geehrter Herr Braun, bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Die alte IBAN bitte nicht mehr verwenden, die neue Kontonummer sende ich Ihnen per Mail.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Beste klant, de aanbetaling moet vandaag nog via bankoverschrijving naar onze rekening in Hong Kong, anders gaat uw productieplaats naar een andere klant',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'بھائی ایڈوانس براہ راست میرے ذاتی بینک اکاؤنٹ میں بھیج دیں، علی بابا کی فیس بچ جائے گی',
    rules: [PAY],
  },
  {
    text: 'Hey Carlos! Thanks so much for the order 🙏 We already started cutting the fabric. Btw the Alibaba payment sometimes fails for Mexico, so easier: WhatsApp me +52 1 55 3381 9044 (our local agent) and pay him in pesos at OXXO',
    rules: [PAY, CONTACT],
  },
  {
    text: 'sendme the balance two thousand and fifty dollars by bank transfer to the account on the commercial invoice not on alibaba pls because the order already closed',
    rules: [PAY],
  },
  {
    text: '本日中にデポジットを私の個人口座に送金してください。明日になると価格が15%上がります',
    rules: [PAY, PRESSURE],
  },
  // Round 26's ordinary near-misses: warnings about other suppliers, refunds to the original account, payment hardware
  // and stickers.
  {
    text: "Friend, I know some suppliers ask sample fee by Western Union or personal PayPal. We don't do this, everything through Alibaba order so you are protected 👍",
    rules: [],
  },
  { text: '您重复付款了，我们已经在阿里巴巴订单里申请退款，3到7个工作日退回原账户', rules: [] },
  {
    text: 'Group order? Is it safe? The organiser in my Facebook group asks everyone to pay to his account, I prefer to order directly here',
    rules: [],
  },
  { text: 'our printing machine can print QR code for payment on the receipt, for restaurants', rules: [] },
  {
    text: 'if anybody says he is our "finance manager" and asks you to pay to another account, it\'s not us',
    rules: [],
  },
  {
    text: 'the shop door stickers: visa, mastercard, western union, size 15x10cm each, 500 sets, matte finish pls',
    rules: [],
  },
  {
    text: 'our colleague Amy will also reply in this same alibaba chat, her sub-account name is Amy - Jinhua Factory',
    rules: [],
  },
  { text: '¿La caja registradora acepta pagos con tarjeta y QR de Mercado Pago?', rules: [] },
  // Near-misses of round 26's new cues.
  { text: 'we treat our customers as friends and family, no fees for samples', rules: [] },
  { text: 'Alibaba settles the payment to our collection account after delivery', rules: [] },
  { text: "we don't accept western union until you confirm the sample", rules: [] },
  { text: 'we can talk on whatsapp, but to pay please use the alibaba order', rules: [CONTACT] },
  { text: "we can't ship until you pay the balance by western union", rules: [PAY] },
  // Probe round 27 (sanctions and currency excuses, tax, split payments, forwarders and brokers, holidays, QR codes,
  // forwarded e-mails; long relationships, new finance staff, other marketplaces, rarer payment apps and channels, fake
  // authority).
  {
    text: 'our USD account is limited this month by SAFE, please pay RMB equivalent 68,400 to below account: 中国农业银行 东莞长安支行 户名 陈志强 卡号 6228 4808 1234 5567 019',
    rules: [PAY, CHANGE],
  },
  {
    text: 'pls dont pay to the USD account in PI, it is limited now. Alipay is ok, i send you the QR code, amount RMB 12,650',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Container arrived Jebel Ali. Our agent need THC + release fee USD 640 today, otherwise demurrage USD 120 per day from tomorrow. bank detail below',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'the freight forwarder is our friend, cheaper than yours. Pay the sea freight 2,380 USD to Shenzhen Blue Ocean Logistics account and we arrange everything',
    rules: [PAY],
  },
  {
    text: 'Chinese New Year coming, our finance office close 28 Jan. Pls pay balance today to my personal Alipay, after holiday account can not receive until 18 Feb and your goods will wait in warehouse',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'CE certificate fee 1,200 USD must pay before testing, to the testing agent account in Hong Kong. If not pay this week your goods can not ship to EU and must stay in port',
    rules: [PAY, PRESSURE],
  },
  {
    text: '> From: finance@hengda-industry.com.cn > Dear customer, kindly note our company bank account has been changed due to annual audit. Please remit the balance to new account below. --- Dear, pls see email from our finance, use the new account',
    rules: [PAY, CHANGE],
  },
  {
    text: '---------- Forwarded message --------- From: accounts@ningbo-sunrise-trade.cn Subject: Updated Bank Info. Please download the updated invoice here: http://45.77.182.13/invoice_PI2043.zip and pay to the new beneficiary',
    rules: [PAY, CHANGE, LINK],
  },
  {
    text: 'pls whatsapp me +86 159 2087 4413, i send you the bank detail of our HK partner there, cheaper than alibaba',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Update from forwarder: shipment on hold at Lagos, clearing agent need USD 980 release fee to his Ecobank account before Friday or container go to state warehouse and auction',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Golden week Oct 1-7, company account frozen for holiday, pls transfer 3,500 USD to my personal card now to keep your production line',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: '[Voice message 0:42] "hi dear, ok the price is ok, you pay the deposit to the WeChat I send, my wechat is lily-0731, add me pls"',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Forwarded from our finance Ms. Tang: "Dear valued client, due to tax inspection our corporate account is temporarily frozen. Kindly remit to our subsidiary account within 3 days to avoid late penalty."',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'pls pay the mold fee to my personal PayPal, company paypal has problem to receive now',
    rules: [PAY, CHANGE],
  },
  {
    text: 'This price only for payment today by Western Union, tomorrow raw material up 12%',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'I got a strange email from finance@yourcompany-cn.com asking to pay to a new account. Is this you?? we did not pay anything',
    rules: [],
  },
  { text: 'From: sales@ourfactory.com to buyer: attached updated drawings v3, pls confirm', rules: [] },
  {
    text: 'Sir the port customs hold your shipment for inspection. Inspection fee 380 USD must pay by Western Union to the clearing agent name Li Wei today, after 48h customs will confiscate and destroy the goods',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Hello dear, I am Mr. Wang's daughter, I handle the finance now. Dad's company account has problem with SAFE, please pay the balance to my Payoneer and contact me on Skype: amy.wang.finance",
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Is Payoneer possible or only Trade Assurance? just asking because my bank charges a lot for SWIFT',
    rules: [],
  },
  {
    text: 'Payoneer not needed, Trade Assurance accepts local bank transfer in many countries, the fee is lower than SWIFT',
    rules: [],
  },
  {
    text: 'one question, Cash App and Venmo is only for US right? we are in Kenya, which methods can I use on Alibaba?',
    rules: [],
  },
  {
    text: 'the WeChat Pay function in our POS terminals only works with Chinese bank license, export version supports Visa/Master/UnionPay contactless',
    rules: [],
  },
  { text: 'My colleague says Alibaba charges 2.99% for card. Is T/T cheaper?', rules: [] },
  {
    text: 'B/L is held by our forwarder until you pay the customs clearance fee 1,150 USD to their account. After payment they release telex immediately. Pls hurry, free days end on 14th',
    rules: [PAY],
  },
  {
    text: 'dear Mark we work together since 2021, 3 years no problem ya? this time our company account have tax checking so pls send the 30% to my personal Revolut, I send you details, you can trust me friend',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Mr. Ahmed, I am the new finance manager. The shipment is ready but released only after balance. Our usual account has limit, please use Paysera, details on WhatsApp +86 150 1982 4407. Vessel closes tomorrow morning',
    rules: [PAY, CONTACT, PRESSURE],
  },
  // Near-misses of round 27's new cues.
  { text: 'pay the freight to your logistics company account directly', rules: [] },
  {
    text: 'For T/T please pay to Alibaba.com Singapore E-Commerce Pte Ltd account shown in the order',
    rules: [],
  },
  { text: 'our prices are cheaper than alibaba, pay in the order', rules: [] },
  {
    text: 'Shenzhen Hengda Co., Limited account is our company account, pay in the Alibaba order',
    rules: [],
  },
  { text: 'pay the deposit to my wechat', rules: [PAY] },
  { text: 'please send the deposit by Paysera', rules: [PAY] },
  // Round 27's misses: money to a staff member in Chinese, a manager's or personal account in Ukrainian, an agent's in
  // Indonesian and Malay.
  { text: '开模费3500元请单独转给我们工程师，货款你在阿里巴巴下单就行', rules: [PAY] },
  { text: '样品费付给我们业务员就可以', rules: [PAY] },
  { text: '请把付款凭证转给我们经理', rules: [] },
  { text: '我们的工程师会给你发图纸', rules: [] },
  { text: 'Будь ласка, оплатіть залишок у юанях на рахунок нашого менеджера, реквізити нижче', rules: [PAY] },
  { text: 'перекажіть на особисту картку директора', rules: [PAY] },
  { text: 'ніколи не платіть на особистий рахунок', rules: [] },
  { text: 'оплата тільки на рахунок компанії', rules: [] },
  { text: 'Tuan, kastam minta bayar denda melalui pindahan terus ke akaun ejen kami', rules: [PAY] },
  { text: 'jangan bayar ke rekening agen, hanya lewat alibaba', rules: [] },
  // A condition set in Thai and Indonesian is no refusal: "if you don't transfer into my personal account today…".
  { text: 'ลูกค้าคะ ถ้าไม่โอนค่ามัดจำเข้าบัญชีส่วนตัวของดิฉันภายในวันนี้ โรงงานจะยกเลิกคิวผลิตนะคะ', rules: [PAY, PRESSURE] },
  { text: 'ถ้าไม่ต้องการโอนเข้าบัญชีส่วนตัว ชำระผ่านอาลีบาบาได้ค่ะ', rules: [] },
  { text: 'เราไม่รับโอนเข้าบัญชีส่วนตัว', rules: [] },
  { text: 'kalau tidak mau bayar ke rekening pribadi, bisa lewat alibaba', rules: [] },
  { text: 'kami tidak terima transfer ke rekening pribadi', rules: [] },
  { text: 'if you dont pay 4,200.00 USD to my personal account today we cancel', rules: [PAY, PRESSURE] },
  // Paid through someone who pays the seller, told as it happens; a screenshot of bank details to pay; "no invoice"
  // refuses only the invoice.
  {
    text: 'we can issue PI from our Turkey company so your bank dont see China, you pay in lira to Akdeniz Ticaret, they pay us',
    rules: [PAY],
  },
  { text: 'you can pay to our partner in Lagos, he then transfers it to us', rules: [PAY] },
  { text: 'our customers in Europe, they pay us by LC at sight', rules: [] },
  { text: 'i send you screenshot of our bank info, pls pay there and send me TT copy', rules: [PAY] },
  { text: 'here is a picture of our company bank details, please transfer the balance to it', rules: [PAY] },
  { text: 'please send a screenshot of the bank details, we will check', rules: [] },
  { text: 'Quote B: no invoice, cash or private account USD 16,700. Which you choose?', rules: [PAY] },
  { text: 'no western union, moneygram or private account', rules: [] },
  { text: 'no invoice, pay via alibaba only', rules: [] },
  // Round 28's misses: paid by bank "not Alibaba", "nicht über Alibaba", Czech "přímo na náš účet", PayPal "(amigos e
  // família)", a relative's or the writer's own app.
  {
    text: 'Ok I reduce to 9.80 usd, but you must pay all today by bank, not alibaba. tomorrow new price list start',
    rules: [PAY, PRESSURE],
  },
  { text: 'we are a factory, not alibaba trading company', rules: [] },
  {
    text: 'Sehr geehrter Herr Wagner, wegen der Werkzeugkosten (3.200 USD): bitte nicht über Alibaba, sondern per Wise, Details schicke ich an Ihre E-Mail.',
    rules: [PAY],
  },
  {
    text: 'der Sonderpreis gilt nur bei Anzahlung per Banküberweisung direkt an unser Firmenkonto (nicht über Alibaba).',
    rules: [PAY],
  },
  {
    text: 'Dobrý den, platbu za formu pošlete prosím přímo na náš účet v Hongkongu, ne přes Alibabu.',
    rules: [PAY],
  },
  {
    text: 'Para o frete da amostra, envie 70 USD por PayPal (amigos e família) para o email do nosso agente de carga.',
    rules: [PAY],
  },
  {
    text: 'Dear Khalid, the freight forwarder in Jeddah is my brother. Pay him the DDP fee 1,100 USD to his Al Rajhi account',
    rules: [PAY],
  },
  { text: 'my cousin in Cairo can receive. Send him cash in EGP', rules: [PAY] },
  { text: 'send them the cash flow statement', rules: [] },
  {
    text: 'The inspection agency charges 180 USD urgent fee, pay to my personal WeChat today',
    rules: [PAY, PRESSURE],
  },
  { text: 'add my personal wechat for photos', rules: [] },
  // Said no to: "hum kabhi personal account nahi dete" (we never give a personal account).
  { text: 'Sir, aap Trade Assurance se payment karo, hum kabhi personal account nahi dete.', rules: [] },
  // Round 28: cash said in Russian, Ukrainian, Turkish and Arabic with talk of paying, paid over an exchange house's
  // counter, or a payment to 'our agent' in Portuguese and Spanish
  {
    text: 'Привет! Оплату за образцы и пресс-формы лучше сделать через нашего агента в Москве наличными, он передаст в Китай. Напишите ему в Telegram @cargo_msk_andrey, он всё объяснит',
    rules: [PAY, CONTACT],
  },
  {
    text: "Şirket hesabımıza Türkiye'den gönderim engelli. Lütfen numune ve kalıp ücretini (1.450 USD) Dubai'deki acentemize nakit olarak teslim edin, makbuz veriyorlar",
    rules: [PAY],
  },
  {
    text: 'رسوم الفحص 320 دولار، ادفعها نقداً للمفتش عندما يزور المصنع، ممكن موظفك في قوانغتشو يسلمها له مباشرة بدون علي بابا',
    rules: [PAY],
  },
  {
    text: 'Dear, Iran sanctions make TT impossible, so we use exchange house in Dubai. You pay AED cash at Al Noor Exchange, give them code HX-4471, we receive in RMB',
    rules: [PAY],
  },
  {
    text: 'Olá! Para evitar bloqueio do banco angolano, pague o frete ao nosso agente em Luanda em Kwanzas, contacto dele: +244 923 771 402 (WhatsApp)',
    rules: [PAY, CONTACT],
  },
  // …and cash refused, goods (not money) to the agent, the agent named beside the Alibaba order
  { text: 'Entregue a mercadoria ao nosso agente em Luanda, o pagamento fica no Alibaba.', rules: [] },
  { text: 'Envíe las muestras a nuestro agente en Lima, el pago por Trade Assurance.', rules: [] },
  { text: 'Nakit olarak ödeme kabul etmiyoruz, lütfen Alibaba siparişi üzerinden ödeyin.', rules: [] },
  {
    text: 'Our agent in Dubai can show you the samples; you pay through the Alibaba order as usual.',
    rules: [],
  },
  {
    text: 'Pague o frete pelo pedido do Alibaba, o nosso agente em Luanda só recebe a mercadoria.',
    rules: [],
  },
  { text: 'Мы не берём наличными, только Trade Assurance.', rules: [] },
  { text: 'Оплата только через заказ Alibaba, наличными мы не принимаем.', rules: [] },
  { text: 'نحن لا نقبل الدفع نقداً، الدفع فقط عبر طلب علي بابا', rules: [] },
  // Round 29: money to a relative's, a partner's or an agent's account in Vietnamese, Korean, Spanish, Italian, French
  // and Turkish, cash to a partner in Dutch, 'the payment receiver is our export agent', a company's account named by a
  // forwarder, bank details promised in Chinese, a Vietcombank number
  {
    text: 'Sample free but shipping 28$, pls pay to my wechat pay, add me: amy_sz_8866',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Our boss handle this chat himself now. He said the deposit go to his sister company in Malaysia this time, Maybank 5140 8822 7713, same for the balance later',
    rules: [PAY, CHANGE],
  },
  {
    text: 'mẫu giá 25 USD, bạn chuyển khoản vào tài khoản cá nhân của tôi nhé: Vietcombank 0071 0045 6689 2, Nguyen Thi Hoa, phí ship tôi trả',
    rules: [PAY],
  },
  {
    text: 'Ciao caro, ti ricordi di me? Sono Lisa, lavoravo da Hongda, ora ho la mia fabbrica. Stesso prodotto, prezzo più basso, pagamento diretto su WeChat Pay. Aggiungimi: lisa_hd2019',
    rules: [PAY, CONTACT],
  },
  {
    text: "Dear Sir, for the balance of order 98827 pls pay to our factory's new account in Vietnam since production moved there: Vietcombank 0071 0003 9918 27, Cong ty TNHH Tan Phat. the old China account will not be checked",
    rules: [PAY, CHANGE],
  },
  {
    text: 'container is in Ningbo port already, B/L we only release after the balance USD 14,360 arrive to our HK account by TT. terminal storage start from tomorrow 85usd/day, that one is your cost not ours',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Merhaba, konteyner limanda bekliyor. Bakiyeyi bugün yarın Alibaba dışında direkt hesabımıza gönderirseniz konşimentoyu hemen yollarım, komisyon da olmaz. Gecikirse depo ücreti sizden.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dzień dobry, proszę przelać pozostałą kwotę na nowe konto naszej firmy w Hongkongu, stare konto w Bank of China zostało zamknięte. Dane w załączniku.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Good day, I'm the clearing agent for your goods at Apapa. Duty and terminal charges come to N2,450,000, pay into Adeyemi Logistics Ltd First Bank account before Monday or the container enters overtime cargo",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Anh ơi, phí gửi lại mẫu anh chuyển khoản vào tài khoản vợ em giúp em nhé, Vietcombank 0071 0009 8812 34, chủ TK Nguyễn Thị Hạnh',
    rules: [PAY],
  },
  {
    text: 'bro just pay the 30% any way u like, paypal or wise to me personally, then I push line to finish. if not we miss before CNY and ur goods wait one month more',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Qué tal licenciado, el flete y el despacho aduanal lo puede pagar en pesos a nuestro socio en Guadalajara, le paso su CLABE por WhatsApp. Sale más barato que por Alibaba.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Коллеги, груз уже на СВХ во Владивостоке, хранение 9 000 руб в сутки. Оплатите, пожалуйста, таможенные платежи сегодня на карту нашего брокера, реквизиты скину отдельно.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Prezado, sua carga está retida na alfândega de Santos. Pague a taxa de liberação no boleto http://receita-liberacao.site/boleto até amanhã para evitar a devolução.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Le conteneur arrive à Abidjan lundi. Les frais de manutention et le BL sont à régler avant, directement sur le compte du transitaire en Chine. Sans paiement ce week-end les surestaries commencent, à votre charge.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'boss very angry, goods finished 10 days already and still no balance. I give u until Wednesday then we sell to local market and deposit not refund. pay by TT to the account on PI',
    rules: [PAY, PRESSURE],
  },
  {
    text: '안녕하세요 사장님, 잔금은 제 동생 계좌로 보내주시면 됩니다. 자세한 건 카카오톡 아이디 jinwoo_trade 로 연락 주세요.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'เรียนลูกค้า บัญชีเดิมของบริษัทใช้ไม่ได้แล้วนะคะ กรุณาโอนยอดคงเหลือเข้าบัญชีกสิกรไทยของผู้จัดการฝ่ายขาย คุณสมชาย แทน',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Goedemiddag, de restbetaling mag ook contant aan onze partner in Rotterdam, hij komt langs bij het magazijn op de dag van levering.',
    rules: [PAY],
  },
  {
    text: "shipping line put GRI from the 1st, if you transfer extra freight by wise today we lock the old rate, from tomorrow it's +450$",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Tài khoản công ty đang bị kiểm tra thuế, anh chuyển phần còn lại qua tài khoản cá nhân của kế toán giúp em nhé. Zalo: Ketoan Huong Linh',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'सर, सैंपल का कूरियर चार्ज 2,500 रुपये मेरे भाई के UPI पर भेज दीजिए, UPI आईडी व्हाट्सएप पर दे दूंगा',
    rules: [PAY, CONTACT],
  },
  {
    text: "Abi gümrük masrafını kuzenime elden verebilirsin, o İstanbul'da. Telegram'dan yaz, adresini atayım",
    rules: [PAY, CONTACT],
  },
  {
    text: 'our accountant go holiday tomorrow, if ur transfer to my personal ICBC card not arrive today the B/L will wait until 10th',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'FINAL NOTICE from forwarder: destination THC and doc fee still unpaid, cargo move to bonded warehouse tonight. pay at https://is.gd/thcpay or whatsapp us',
    rules: [PAY, CONTACT, LINK, PRESSURE],
  },
  { text: "We offer cash on delivery only inside China, for export it's Trade Assurance", rules: [] },
  {
    text: 'We have customs problem with your goods at port, need pay 380 USD clearance fee to agent today or storage 50 USD per day',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Balance can be paid cash to our office in Guangzhou or to our agent in Dubai, no need through platform',
    rules: [PAY],
  },
  {
    text: 'Amigo, para no pagar la comisión de Alibaba mejor hacemos la orden por fuera. Te paso los datos bancarios por correo, ¿cuál es tu email?',
    rules: [PAY, CONTACT],
  },
  // …and an agent or partner named with the payment left in the order, a company's form 'Private Limited', a power
  // bank's number
  {
    text: 'Le spediamo i campioni tramite il nostro agente a Milano, il pagamento resta su Alibaba.',
    rules: [],
  },
  { text: 'Le compte du transitaire est chez lui, vous payez seulement via la commande Alibaba.', rules: [] },
  { text: 'Mi socio revisará la cuenta de mi socio? no, todo el pago va por Trade Assurance.', rules: [] },
  { text: 'Our powerbank 12345678901 model is the best seller this month.', rules: [] },
  {
    text: 'The payment receiver is Alibaba.com Singapore, shown on the order page, please pay there.',
    rules: [],
  },
  { text: 'Pls share with him your feedback on the samples here in the chat.', rules: [] },
  {
    text: 'You can pay into Alibaba.com Singapore E-Commerce Private Limited account shown in the order.',
    rules: [],
  },
  // Round 30 (payment terms across industries; account takeovers and impersonators, written by two helpers and scored
  // before any fix): its misses.
  {
    text: 'يا أخي الكونتينر وصل جبل علي، لازم تدفع رسوم الإفراج 2,150 درهم لمكتب التخليص قبل الخميس وإلا تبدأ غرامات التأخير. كلمني واتساب أرسل لك رقم الحساب',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Kindly note our finance department has been restructured, the new finance manager Ms. Lucy Zhou will send you our updated beneficiary account, please don't use the one printed on the Alibaba PI anymore",
    rules: [PAY, CHANGE],
  },
  {
    text: 'pls add me on whatsapp +86 135 0288 4471 I send you the proforma invoice from our finance with bank info, Alibaba system limit the amount for machine orders',
    rules: [PAY, CONTACT],
  },
  {
    text: 'anh oi, dat coc 30% chuyen khoan thang vao tai khoan Vietcombank cua cong ty em nhe, khong qua Alibaba de duoc giam them 2%. STK 0071 0042 88193',
    rules: [PAY],
  },
  {
    text: 'To make it simple for you we issue the invoice from our Hong Kong trading company (Wing Fat Int\'l Ltd), please pay that one by wire, the Alibaba order will be closed as "offline paid"',
    rules: [PAY],
  },
  {
    text: 'mi amigo mejor hablamos por WhatsApp +86 150 1377 6620, ahi te paso el link de pago con tarjeta, más rápido que Alibaba y sin comisión',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Final notice: Bank charges and exchange rate changed, new quote valid until 18:00 Beijing time today only, after that we cancel the order. Payment to HSBC account in attached PI',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'hi, the exchange rate RMB is good now, if you pay in RMB to our Alipay QR (attached pic) you save almost 400 USD compare to USD via Trade Assurance',
    rules: [PAY],
  },
  {
    text: 'pls email me at jason.autoparts.sales@163.com for the invoice with bank details, Alibaba chat cannot send pdf with bank info it block',
    rules: [PAY, CONTACT],
  },
  {
    text: 'señor, para el envío de los repuestos el flete marítimo 1.350 USD se paga aparte directo a nuestro forwarder, le paso la cuenta de Ningbo Seaway Logistics',
    rules: [PAY],
  },
  {
    text: '加我微信 ljf_0820 我给你银行账户 pay RMB direct, cheaper than USD through Alibaba 汇率 better for you',
    rules: [PAY, CONTACT],
  },
  {
    text: 'ano ba yan ang bagal ng Alibaba, send mo na lang via bank transfer sa account ng cousin ko sa BDO, siya na magcoconvert sa RMB para sa factory',
    rules: [PAY],
  },
  {
    text: 'Last chance friend: 200 sets left at old price, if deposit not received today on our account (not platform) I must sell to Brazil customer waiting',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'yaar deposit ka 30% aap apne bank se hamare agent Mr. Sharma ke account mein bhej do Mumbai mein, woh INR mein le lega, aapko forex charges nahi lagega',
    rules: [PAY],
  },
  {
    text: 'chị ơi cọc 50% qua Momo của em 0903 xxx 118 luôn cho nhanh nha, không cần đặt đơn trên Alibaba đâu, hàng mỹ phẩm em giao ngay',
    rules: [PAY],
  },
  {
    text: 'dear sorry Alibaba order cannot set LC for this amount, we do it simple: you send 40% to our trading agent in Guangzhou, he issue receipt',
    rules: [PAY],
  },
  {
    text: 'Habibi we give you special agent price, but payment must be cash in Guangzhou office or to our Dubai exchange house, Al Fardan, name Li Hua, tamam?',
    rules: [PAY],
  },
  {
    text: 'if you want keep the discount 7%, pay by tomorrow noon to the account in my email. After noon discount cancel automatic, system',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'no bank charge if you pay via our Payoneer request, I send you the request now, click and pay with card',
    rules: [PAY],
  },
  {
    text: 'kal tak payment kar do sir, Paytm ya UPI se bhi chalega mere number pe, factory ko main cash de dunga',
    rules: [PAY],
  },
  {
    text: 'Dear friend this is Kevin from Hongda, my old alibaba account was hacked so pls dont reply there anymore. add my new whatsapp +86 137 2486 0915 and I send you the updated bank info for the balance USD 8,420',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'I am the lawyer of Guangzhou Weiye Co. Your unpaid balance of USD 4,900 will be sent to court in 3 days. To settle, write me at weiye.legal.dept@gmail.com and pay the amount to our escrow account',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'hello sir this is the boss of Ling. Ling is on maternity leave. The account in her PI is for our old company, we changed company name in March. please send the 40% deposit to Yiwu Jinhua Trading, Agricultural Bank of China 6228 4801 5523 9100 876',
    rules: [PAY, CHANGE],
  },
  {
    text: "Bonjour, je suis le nouveau comptable. Le compte Alibaba a un problème, merci de nous écrire sur WhatsApp +86 159 7742 0381 pour recevoir le RIB et régler l'acompte de 3 200 USD",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Pak, saya manajer keuangan pabrik. Sistem Alibaba sedang error, tolong transfer sisa pembayaran Rp 48.500.000 ke rekening BCA 5271 0938 44 a.n. Hendra Wijaya hari ini, kalau tidak barang tidak bisa dikirim besok',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Hi, it's Sandy from accounts. Our previous Payoneer was closed, please send the sample fee 85 USD to my colleague's Payoneer: sandy.lin.pay@outlook.com",
    rules: [PAY, CHANGE],
  },
  {
    text: "Dear, this is Kevin's boss. Kevin's account has been stolen by hackers, they will try to get your money. Pay ONLY to our new account, I send it on WhatsApp +86 135 8827 4410. Hurry pls, goods are ready and from Monday the warehouse will charge you 200 USD per day",
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Merhaba efendim, muhasebe departmanından yazıyorum. Proforma faturadaki banka bilgileri hatalıydı, lütfen ödemeyi şu hesaba yapın: Bank of China HK, hesap 012-883-2-019244-5, alıcı HENGSHENG GLOBAL LTD',
    rules: [PAY, CHANGE],
  },
  {
    text: 'ATTENTION buyer: your container MSKU 7729104 is held at Jebel Ali port. Storage 150 USD per day is running. Contact our clearing agent on WhatsApp +971 50 448 2917 to pay the release fee',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Dear, our bank found your last payment went to a hacker account. Please pay the 3,200 again to the verified account below by Monday, we refund the first one after investigation. If not, the order will be cancelled',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hi Ahmed, Fatima from export accounts. Our Agricultural Bank account is blocked for incoming USD, please do the TT to our UAE partner: Emirates NBD AE07 0260 0010 1582 9940 301',
    rules: [PAY, CHANGE],
  },
  {
    text: 'أهلا، أنا مدير المصنع. حساب علي بابا عندنا فيه مشكلة، كلمني على الواتساب +86 138 2290 6614 وأعطيك حساب البنك لتحويل الدفعة',
    rules: [PAY, CONTACT],
  },
  // Round 30: ordinary messages it flagged (the order's own beneficiary, the buyer's reported messages).
  {
    text: 'our bank is Bank of China, the same as shown in the Alibaba order payment page, the beneficiary name is our company name',
    rules: [],
  },
  {
    text: 'Please double-check: for Alibaba orders the beneficiary is Citibank with a virtual account number shown in your order page. It is normal that the number is different for each order',
    rules: [],
  },
  {
    text: 'Our previous sales rep Mike left in March. Any message from him outside Alibaba is not from our company now',
    rules: [],
  },
  // Rounds 30 and 31 (the sample stage; long quotes with the ask buried): amounts sent directly beside a share through
  // Alibaba, WeChat and QR payments, Wise, Paytm, cash and Western Union as typed in a hurry, an agent's account,
  // details promised in Turkish and Korean; quiet: courier account numbers in four languages, paying the courier, a
  // buyer asking which, a reported message.
  {
    text: 'ta bien mano, the 30% pde mo ibigay kay Mr. Chen pag nasa Manila sya next week, cash lang, then the balance send ka via remittance sa pangalan nya',
    rules: [PAY],
  },
  {
    text: 'Dear sir, we split the invoice: machine body 21,000 USD through Alibaba, spare parts & installation 6,800 USD directly to our service company account, to reduce your customs duty',
    rules: [PAY],
  },
  {
    text: 'boss here. alibaba payment system has problem this week dont use the order link. send the balance 12,600 usd direct by TT today, otherwise we cannot keep your production slot',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'hi friend sample ok. add my wechat lily_0928 i send you the QR for sample cost',
    rules: [PAY, CONTACT],
  },
  { text: 'sample ok. courier cost 35. pay me on wechat, my id is ybtoys_amy', rules: [PAY, CONTACT] },
  {
    text: 'cash also ok if you have agent in Guangzhou, he can bring sample money to our office, no need online pay',
    rules: [PAY],
  },
  {
    text: 'Ciao, il campione costa 60 euro, può pagare con bonifico diretto al nostro conto, così evitiamo le commissioni di Alibaba',
    rules: [PAY],
  },
  { text: 'Last chance sir, sample price hold till 6pm. send 30usd wu now', rules: [PAY, PRESSURE] },
  { text: 'the sample fee is $50 you can send it by west and union to my name Chen Jing', rules: [PAY] },
  {
    text: 'after today the sample slot closed for 2 weeks, transfer 65 usd to bank account in PI now pls',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Xin chào, đơn hàng thử 200 cái, anh thanh toán qua Wise cho sếp em nhé, rẻ phí hơn Alibaba',
    rules: [PAY],
  },
  {
    text: 'Olá, meu número de conta FedEx é 612349870, podem enviar a amostra com frete a cobrar?',
    rules: [],
  },
  { text: 'Em ơi, tài khoản FedEx của anh là 630918274, gửi hàng mẫu cước người nhận trả nhé', rules: [] },
  { text: 'bhai hamare paas DHL account hai, number 958231047, freight collect bhej do', rules: [] },
  {
    text: 'yes if account is valid for import from China, we ship freight collect, you pay DHL directly',
    rules: [],
  },
  {
    text: 'Olá amigo, cotação do óleo de soja refinado: 1.180 USD/MT CIF Santos, mínimo 200 MT, embarque em 30 dias, certificado SGS e halal. Para garantir esse preço precisa pagar o depósito de 10% até sexta-feira via transferência para a nossa conta em Dubai, senão perdemos a alocação.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Hello my friend, marble slab Afyon white 2cm polished, 38 USD/m2 FOB İzmir, min 1 container. Proforma hazır, ama ödeme için lütfen WhatsApp'tan yazın +90 532 418 77 26, orada hesap bilgisi veririm.",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sir, customs in Lagos hold your container for document check. The agent need clearing fee USD 1,250 paid today to his account, I send you his details. If not paid by tomorrow demurrage start USD 150 daily.',
    rules: [PAY, PRESSURE],
  },
  {
    text: '안녕하세요, 요청하신 견적입니다: 스테인리스 텀블러 600ml, 로고 인쇄, 단가 3.10달러, 최소 주문 500개, 생산 기간 15일. 결제는 알리바바 말고 카카오톡으로 연락 주시면 계좌 알려드리겠습니다. 카톡 ID: tumbler_kr88',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hi po sir, ready na po yung quote: bamboo straw 20cm, 0.08 USD each, MOQ 5000 pcs, 2 weeks production. Pwede po ba sa GCash na lang yung deposit para mas mabilis? Send ko po yung number sa Viber.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sir, I am agent of the factory. Price 18% lower than the store if you pay direct, only this week. WhatsApp me +44 7457 392018',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'नमस्ते सर, आपका सैंपल तैयार है। सैंपल चार्ज 1500 रुपये और कूरियर 400 रुपये, कृपया मेरे Paytm नंबर पर भेज दीजिए, अलीबाबा ऑर्डर की जरूरत नहीं है।',
    rules: [PAY],
  },
  {
    text: 'Our finance dept asked: do we pay to your company account or on Alibaba? I told them the Alibaba order page, is that right?',
    rules: [],
  },
  {
    text: "My colleague got a message from 'your manager' on Telegram saying 8% less if direct transfer. Is that you? I assume it's a scam.",
    rules: [],
  },
  // Quiet: a catalog sent to a mailbox.
  { text: 'I will send the catalog to my email account', rules: [] },
  // Round 31: a way to pay called quicker in Indonesian; a warning with "email" and no article.
  {
    text: 'Halo kak, biaya sampel 40 USD, transfer saja ke rekening pribadi saya biar cepat ya',
    rules: [PAY],
  },
  {
    text: 'we never change our bank details. if you ever get email saying new account, ignore it and tell me',
    rules: [],
  },
  // Probe round 32: after-sales, and who is writing and when
  {
    text: 'بھائی جان، ریفنڈ کے لیے پہلے 40 ڈالر ہمارے ایجنٹ کو ایزی پیسہ پر بھیج دیں، باقی تفصیل واٹس ایپ پر: +92 301 4478 256',
    rules: [PAY, CONTACT],
  },
  {
    text: 'سلام دوست عزیز، برای بازگشت وجه لطفاً اول هزینه ارسال ۵۰ دلار رو به کیف پول تتر ما بفرستید. آیدی تلگرام: @parsa_trade_cn',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Здравствуйте, компенсацию 300$ отправим через Western Union, но комиссию 45$ нужно оплатить вам заранее. Сегодня последний день, завтра бухгалтерия закрывается.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Değişim ürünlerini göndermek için kargo ücreti 70 USD, lütfen Alibaba dışında direkt IBAN'a gönderin, daha hızlı olur.",
    rules: [PAY],
  },
  {
    text: 'Pak, untuk pesanan ulang tidak usah lewat Alibaba lagi ya, transfer langsung ke rekening BCA pribadi saya, nomornya saya kirim di WA 0812 7741 9302',
    rules: [PAY, CONTACT],
  },
  {
    text: 'bhai last order me jo damage hua uska adjustment next order me karenge, but payment Alibaba se mat karo, direct UPI karo. mera no 97180 55264 whatsapp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'if you want the replacement in time for xmas season, pay 150 USD express fee to our boss alipay now. tomorrow price double and no space in plane',
    rules: [PAY, PRESSURE],
  },
  {
    text: '国庆假期前最后一天收款是9月28日，请直接打款到我们公司账户，不走平台，不然只能节后排产，价格也要重新报',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Para el flete pagas directo a la naviera por transferencia, a la cuenta que te paso ahora, no lo pongas en la orden de Alibaba',
    rules: [PAY],
  },
  { text: 'The inspection company will send the report to you directly, we also get a copy.', rules: [] },
  { text: 'Alibaba dışında asla ödeme yapmayın', rules: [] },
  { text: 'Alibaba dışında ödeme göndermeyin', rules: [] },
  { text: 'refund done, you pay the transfer fee on your side as usual', rules: [] },
  { text: 'send the certificate directly to customs', rules: [] },
  // Review: a courier's account named earlier, and a 'no' that labels a number
  { text: 'I have a DHL import account from my old job, can i use it? account no 954100287', rules: [] },
  {
    text: 'DHL account is fine for samples. For the deposit pay to account no 6222020212345678',
    rules: [PAY],
  },
  // Round 32's last misses: an account abroad after a longer amount, bank details sent by e-mail in Italian and Dutch,
  // a Dutch "my account", details promised after they are named
  {
    text: 'the refund must go through our HK account, so pls first send the goods value difference 120 USD to the HK account, then our HK office return you 620 USD all together',
    rules: [PAY],
  },
  {
    text: 'Buongiorno, sono il nuovo responsabile commerciale. Il conto aziendale è cambiato, le mando i nuovi dati bancari via email personale: chen.export@163.com, mi scriva lì per favore.',
    rules: [PAY, CHANGE, CONTACT],
  },
  { text: 'De bankgegevens stuur ik u per mail, graag vandaag nog overmaken.', rules: [PAY, PRESSURE] },
  {
    text: 'Hallo, ik ben de nieuwe agent van de fabriek in Europa. U kunt de aanbetaling naar mijn Nederlandse rekening sturen, scheelt kosten. App me even op +31 6 4410 2287 voor het IBAN.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'ok we accept to take back the 2 pallets. return freight 640 USD, pay to our shipping agent in Ningbo, bank details i send in pdf. after receive we refund 100%',
    rules: [PAY],
  },
  {
    text: "New sales rep here. For your reorder pls don't pay to the account Lily gave you last time, that was her department. Our official account now is ICBC Foshan branch, details in PI",
    rules: [PAY, CHANGE],
  },
  // Near misses of the same: bank details asked for a refund, an account sent inside the Alibaba order, Dutch refusals
  // ("niet", "nooit"), an HK office named without paying
  { text: 'bank details we send you for the refund, pls fill the form', rules: [] },
  { text: 'the bank account i send you is the one shown in the alibaba order', rules: [] },
  { text: 'Het geld komt via Alibaba terug, niet naar mijn rekening rechtstreeks? Graag uitleg.', rules: [] },
  { text: 'Wij betalen nooit naar een privérekening, alleen via Trade Assurance.', rules: [] },
  {
    text: 'our HK office handles the export documents, the goods value is on the commercial invoice',
    rules: [],
  },
  {
    text: 'Details in the PI are only the product specs and packing, the payment is by Trade Assurance',
    rules: [],
  },
  // Probe round 33 (logistics, and text as it is pasted): a named agent paid, a Thai account at a named bank, UPI said
  // outright, an account attached, cash to prepare, a card over the phone, Polish, Dutch, Japanese, Indonesian, Turkish
  // and Spanish ways to pay outside the order
  {
    text: 'Our shipping agent Mr. Kevin will handle the B/L, pls add his whatsapp +86 177 2841 0093 and pay the telex release fee 180 USD to him',
    rules: [PAY, CONTACT],
  },
  {
    text: 'عزيزي، الجمارك في جدة طلبت رسوم تخليص 1,450 دولار. ادفعها اليوم إلى حساب المخلص الجمركي وإلا ستبدأ غرامات التخزين 200 دولار يومياً',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir aapka consignment Nhava Sheva pe customs me ruka hai, clearance charges 38,500 Rs direct hamare CHA ke account me dalna hoga. Unka whatsapp 98201 55734 hai, unse baat kar lo',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Bhai container Mundra port pe 10 din se pada hai, detention 150 dollar per day lag raha hai. Aaj hi agent ko UPI kar do clearing.agent77@okaxis',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'DAP term means you pay the duty to us first and we pay customs, pls send 780 usd to company account attached',
    rules: [PAY],
  },
  {
    text: 'ตู้คอนเทนเนอร์ของคุณค้างที่ท่าเรือ 7 วันแล้ว ค่าฝากตู้วันละ 3,500 บาท กรุณาโอนเข้าบัญชีตัวแทนวันนี้ ไม่งั้นตู้จะถูกส่งกลับ',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'เรียนลูกค้า กรุณาโอนค่ามัดจำ 30% เข้าบัญชีกสิกรไทย 0418823019 ชื่อ นายหวัง เลย ภายในวันนี้ ไม่งั้นราคาจะปรับขึ้นพรุ่งนี้',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'the fumigation certificate and CO cost 160 USD, pls prepare cash, our agent will collect at your warehouse',
    rules: [PAY],
  },
  {
    text: 'Prezado, o agente de carga mudou de banco. O novo beneficiário do frete é FASTWAY CARGO LTDA, Banco Inter, ag 0001 cc 8849201-3',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Buenas, la DIAN retuvo la carga en Cartagena. Escríbale ya al agente de aduana al WhatsApp +57 300 000 7719 y consigne el arancel por Nequi, hoy es el último día antes del abandono legal',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Dzień dobry, płatność przez Alibaba trwa za długo. Proszę przelać zaliczkę bezpośrednio na konto firmy, dane wyślę mailem. Proszę podać swój prywatny email albo numer WhatsApp.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Goedemorgen, de monsters zijn klaar. U kunt de €95 verzendkosten via Wise overmaken naar Zhou Min, rekeningnummer volgt. Dan versturen we vandaag nog.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'お世話になっております。残金はこちらの口座へ本日中に直接お振込みください。本日中にご入金がない場合、在庫は他のお客様へ回します。',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Halo sis, stok tinggal 2 karton saja, kalau mau ambil transfer sekarang ke rekening saya ya, yang lain juga mau ambil lho',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Sayın müşterimiz, banka hesabımız değişti. Kalan ödemenin yarın saat 12:00'ye kadar yeni hesaba yapılması gerekiyor, aksi halde sevkiyat bir sonraki gemiye kalacak ve depolama ücreti sizden alınacak.",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'ok mira eh te explico el contenedor ya está en el puerto y eh si no pagas hoy el resto a la cuenta que te mandé la naviera cobra cien dólares por día',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'hey uh its linda again uh we really need the payment today because uh the boss say if no money tonight he sell your goods to the customer from dubai uh so pls transfer the seven thousand to the account i sent yesterday ok',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi, refund processed. To receive it pls confirm your card on https://alibaba-refund-center.net/claim?id=55192',
    rules: [PAY, LINK],
  },
  {
    text: 'OLÁ AMIGO 🔥🔥 PROMOÇÃO SÓ HOJE 🔥 PAGA DIRETO NO MEU PIX E GANHA 10% OFF ⏰⏰ DEPOIS DE MEIA NOITE ACABOU 📲 CHAMA NO WHATS +55 11 97731-4482',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Olá amigo, pagamento pelo Alibaba demora muito, melhor fazer PIX direto pro nosso representante no Brasil, chave 41 99873-2210, me chama no zap que te mando o comprovante',
    rules: [PAY, CONTACT],
  },
  {
    text: "Votre colis Chronopost est bloqué en douane. Frais de dédouanement 2,99€ à régler sous 48h: chronopost-suivi-colis.fr-livraison.info sinon retour à l'expéditeur",
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'MAERSK Notice: Container MRKU8830194 overdue. Demurrage $245/day accrues. Settle via maersk-release-center.com before vessel departure 06:00',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'From: accounts@ningbo-sunrise-imp.com Subject: Important notice: change of beneficiary. Dear valued customer, with effect from 1 July our HSBC account will no longer receive payments. All future remittance must go to our subsidiary SUNRISE GLOBAL LTD. Updated bank letter follows. Best regards, Finance Dept.',
    rules: [PAY, CHANGE],
  },
  // A Polish account word (rachunek), a payment screenshot to send on WhatsApp
  {
    text: 'Uwaga: zmiana danych spedytora. Fracht proszę wpłacić na nowy rachunek PL27 1140 2004 0000 3702 7631 9458, poprzedni jest nieaktywny',
    rules: [PAY, CHANGE],
  },
  {
    text: 'the courier need extra remote area fee 48 USD, pay by this link https://pay-dhl-fee.xyz and send screenshot to my whatsapp',
    rules: [PAY, CONTACT, LINK],
  },
  {
    text: 'I will take photos of the packing and send them to our WhatsApp group for the QC team, you will get the report on Alibaba',
    rules: [],
  },
  { text: 'please make the deposit on our account by tomorrow', rules: [PAY] },
  { text: 'please deposit in our account and send me the slip', rules: [PAY] },
  { text: 'we received the deposit in our account, thank you', rules: [] },
  { text: 'the money is on our account now, production starts monday', rules: [] },
  {
    text: 'chuyển khoản qua mã QR này https://qrpay-vn.top/cnc và nhắn Zalo cho em nhé',
    rules: [PAY, CONTACT],
  },
  { text: 'quét mã QR này để thanh toán phí kích hoạt', rules: [PAY] },
  { text: 'pague con el código QR que le mando por aquí', rules: [PAY] },
  { text: 'bayar pakai QRIS aja kak biar cepat', rules: [PAY] },
  { text: 'สแกนจ่ายได้เลยค่ะ ค่าตัวอย่าง 500 บาท', rules: [PAY] },
  { text: 'quét mã QR trên hộp để xem hướng dẫn sử dụng', rules: [] },
  { text: 'pague con el QR de Alibaba en la app, es seguro', rules: [] },
  {
    text: 'We deduct the technician travel from your refund, for the rest pls send USD 320 to our service partner Shenzhen Huatong by T/T',
    rules: [PAY],
  },
  { text: 'send 500 usd to our agent in Lagos for the customs', rules: [PAY] },
  { text: 'we will send USD 320 to our partner for the spare part, you pay nothing more', rules: [] },
  {
    text: 'hello, is it safe to pay outside alibaba? other supplier tell me pay TT direct for discount',
    rules: [],
  },
  { text: 'es seguro pagar fuera de alibaba? otro proveedor me lo ofrecio con descuento', rules: [] },
  {
    text: 'aman ga sih bayar di luar alibaba? supplier lain nawarin diskon kalau transfer langsung',
    rules: [],
  },
  { text: 'anh oi thanh toan ngoai Alibaba co an toan khong? nguoi ta noi tiet kiem phi', rules: [] },
  { text: 'safe po ba magbayad outside Alibaba? may nagsabi po kasi na mas mura daw', rules: [] },
  { text: 'is e safe to pay outside alibaba? one supplier dey tell me make I send am direct', rules: [] },
  { text: 'it is safe to pay outside alibaba, we are gold supplier', rules: [PAY] },
  {
    text: 'Zdravstvuyte, predoplata 50% — oplata na kartu Sber 2202 2061 4478 3390, poluchatel Irina S., tak bystree chem cherez alibabu',
    rules: [PAY],
  },
  { text: 'Perevod cherez Wise na moyo imya, dannye nizhe', rules: [PAY] },
  { text: 'obrazcy oplati pozhaluista cherez Zolotaya Korona, tak proshe', rules: [PAY] },
  { text: 'оплатите образцы через Золотую Корону', rules: [PAY] },
  { text: 'mozhno nanesti logo na kartu?', rules: [] },
  { text: 'vozvrat pridet na kartu cherez 5 dnei, zakaz otmenen cherez alibabu', rules: [] },
  { text: 'abeg our account don block, pay to this one: GTBank 0237118904', rules: [PAY, CHANGE] },
  {
    text: 'To receive your refund please fill the form: refund-alibaba-service.com/claim?case=77102 with your card details',
    rules: [PAY, LINK],
  },
  {
    text: 'Global Sources support: your supplier verification failed, pay 99 USD renewal fee in 6 hours or listing removed. Contact billing on whatsapp +852 5000 1189',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'For return of the defective inverter, buy shipping label here https://fedex-return-label.store/buy and send us the tracking',
    rules: [PAY, LINK],
  },
  {
    text: 'Ваш возврат одобрен. Чтобы получить деньги, введите данные карты на странице http://alibaba-vozvrat.ru/refund',
    rules: [PAY, LINK],
  },
  {
    text: 'Dear buyer, I am from DHgate logistics. Your machine parts parcel return to sender tomorrow unless you pay 48 USD re-delivery fee, WhatsApp +1 555 0162 903 for payment method',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Esli do 18:00 po Moskve ne budet oplaty, tovar ujdet drugomu pokupatelyu, u nas ochered. Perevod cherez Wise na moyo imya, dannye nizhe',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Prezado, atencao: nossa conta no Banco do Brasil esta bloqueada temporariamente. Favor depositar o saldo restante na conta da filial em Hong Kong: HSBC HK 808-441223-838, beneficiario Fortune Bright Ltd',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Anh oi, tai khoan cong ty ben em dang bi kiem toan thue nen tam thoi khong nhan tien duoc, anh chuyen phan con lai sang tai khoan cua ke toan truong giup em nhe',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kindly pay the duty via this link pls: cutt.ly/hq-customs-fee , amount 212.40 usd, if not pay today the parcel return to china',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Ola amigo, o sinal de 30% pode fazer por Wise direto pra mim, manda msg no telegram @vendas_shenzhen que eu passo os dados',
    rules: [PAY, CONTACT],
  },
  {
    text: 'note: pls DONT pay to bank on old PI, we change to Payoneer now, our receiving acct: 8801-224-719, beneficiary Lin Xiaomei',
    rules: [PAY, CHANGE],
  },
  { text: 'our whatsapp group is for payment reminders only', rules: [] },
  {
    text: 'the label template is here https://dropbox.com/s/abc/label.pdf, please buy the labels locally',
    rules: [],
  },
  {
    text: 'Guten Tag, ich bin der Einkaufsagent vor Ort. Bitte überweisen Sie die Anzahlung auf mein Konto bei der Bank of China, ich leite es an die Fabrik weiter, das spart die Alibaba-Gebühren.',
    rules: [PAY],
  },
  {
    text: "Merhaba, fabrikanın ihracat acentesiyim, ödemeyi fabrikaya değil bizim Dubai'deki şirket hesabımıza gönderin, IBAN bilgisini hemen yazıyorum.",
    rules: [PAY],
  },
  {
    text: 'I am export agent handling payment for the Dongguan factory, they not have export license, so send deposit to my company, details on skype live:export.agent.huang',
    rules: [PAY, CONTACT],
  },
  {
    text: 'こんにちは、工場の輸出代理店です。手付金は弊社の口座に直接お振込みください。詳しくはLINE ID: tradeagent_jp77 までご連絡ください。',
    rules: [PAY, CONTACT],
  },
  {
    text: 'our agent in Nigeria will receive the balance in Naira and pay factory, call him 0803 441 2290',
    rules: [PAY, CONTACT],
  },
  {
    text: 'dear, the PI from our Hong Kong office has a mistake in the bank, please use the corrected invoice attached, beneficiary now Sunrise Global Ltd at Hang Seng Bank',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Olá, sou da empresa de inspeção, a taxa do certificado de 180 USD precisa ser paga hoje, me passa seu WhatsApp que te mando o link de pagamento, senão o embarque atrasa e a fábrica cobra armazenagem.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Mon ami, je suis l'agent de sourcing, envoie-moi l'acompte sur mon compte Wise, je paie l'usine en RMB, c'est moins cher que Trade Assurance.",
    rules: [PAY],
  },
  {
    text: 'Achtung: unsere alte Bankverbindung bitte nicht mehr verwenden, Zahlung ab sofort an unsere Vertretung in Hongkong, neue Daten im Anhang.',
    rules: [PAY, CHANGE],
  },
  {
    text: '您好，我是货代，您这票货的目的港清关费1200美金今天必须打到我个人账户，不然明天开始每天滞箱费100美金。',
    rules: [PAY, PRESSURE],
  },
  { text: 'नमस्ते, मैं फैक्ट्री का एजेंट हूँ, एडवांस पेमेंट मेरे अकाउंट में भेज दीजिए, मैं फैक्ट्री को दे दूँगा।', rules: [PAY] },
  {
    text: 'Kak, saya agen ekspedisinya. Ongkir laut bayar ke rekening pribadi saya saja ya, chat WA 0812 9934 2210',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Gümrük müşaviriyim, 14.000 TL gümrük ücretini bugün kişisel hesabıma göndermezseniz konteyner iade edilir.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'dear, forwarder says fuel surcharge increased, pay extra 480 USD to his account before Friday or the space will be given to other shipper',
    rules: [PAY, PRESSURE],
  },
  {
    text: '포워더입니다. 통관 수수료 입금 계좌는 카카오톡으로 보내드릴게요. 카톡 ID: cargo_kim22',
    rules: [PAY, CONTACT],
  },
  {
    text: "Merhaba, dolar/TL kuru çok oynuyor, fiyatı sabitlemek için ödemeyi TL olarak İstanbul'daki arkadaşımın Ziraat hesabına yapın: TR42 0001 0009 4418 2230 5710 02, alıcı Mehmet Y.",
    rules: [PAY],
  },
  {
    text: 'Dear, fapiao cost us 13%, so if you dont need fapiao just pay RMB to our cashier WeChat Pay, I send QR code now',
    rules: [PAY],
  },
  {
    text: '老板说不开票的话价格可以按人民币算，3.6元一个，你转到他微信就行，微信号 hx13922056781',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hello my friend, boss wants cash for the mould fee USD 1,600 at canton fair, dont put it in TA order or we must pay tax on it',
    rules: [PAY],
  },
  {
    text: 'boss says: for price USD 2.05 no tax, you pay RMB 14.7/pc to his ICBC card. if you need invoice add 9%',
    rules: [PAY],
  },
  {
    text: 'Nếu anh muốn khai giá thấp để đóng thuế ít thì bên em làm hóa đơn 1.000 USD, còn lại anh đưa tiền mặt qua người quen của em ở Hải Phòng',
    rules: [PAY],
  },
  {
    text: 'EUR/USD shift means your PI is 4% short. pls top up EUR 1,290 by SEPA to Global Trade Solutions s.r.o. (our European agent) before we can ship',
    rules: [PAY],
  },
  {
    text: 'Dear, we refund 50% for defective batch as agreed, but your bank rejected it. Pls pay USD 30 reactivation fee to our finance WeChat so we can resend',
    rules: [PAY],
  },
  {
    text: "Fiyatlar Cuma'ya kadar geçerli, sonra hammadde zammı geliyor. Kapora için linke tıklayın: http://alibaba-odeme.com.tr-pay.info",
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Estimado, la tasa del peso cambió. Para no perder el precio transfiera hoy en pesos a la CLABE de nuestro socio en CDMX 0121 8000 4512 7793 06, mañana ya no se puede',
    rules: [PAY, PRESSURE],
  },
  { text: 'you will receive the payment confirmation from Alibaba', rules: [] },
  { text: 'I will send the photos to our wechat group', rules: [] },
  // Round 35's leftovers: a share paid apart from the goods', a new agent for 70% of the balance, an account that can't
  // receive USD, a deadline a day away with the price up after it, 'immediately or', an overpayment returned to 'our
  // other account', 'se não pagar' as a condition.
  {
    text: 'our export agent account in Turkey not working now, pls send the 70% balance to our new agent in UAE, Emirates NBD, account details in PI v2',
    rules: [PAY, CHANGE],
  },
  {
    text: 'price valid until friday 18:00 beijing time. after that copper up and we cant hold. send 50% now to the account in the PI not TA',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Customs in your country hold the goods, need pay USD 380 tax immediately or goods return to China and you lose all. Pay to our clearing agent Mohammed Rashid, Emirates NBD AE07 0260 0010 1528 8830 901',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pak, pabrik tutup Imlek 2 minggu. Kalau mau barang keluar sebelum libur, DP 40% hari ini ke rekening pribadi bos ya, jangan lewat Alibaba biar cepat',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'friend send the 8% VAT part separately by WeChat pay, the goods part via alibaba is ok',
    rules: [PAY],
  },
  {
    text: 'Attention: due to new SAFE regulation on foreign exchange we cannot receive USD in company account. Please pay to our director personal USD account in Bank of China HK',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ваш платёж прошёл дважды, верните, пожалуйста, лишние 96 000 ₽ на карту бухгалтера 4276 3800 1129 5531, иначе банк заблокирует обе суммы',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Amigo, a fábrica fecha no Ano Novo Chinês. Se não pagar o saldo hoje na conta que mandei no WhatsApp, a produção só volta em março e o preço sobe',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'urgent!! bank said you paid USD 9,700 but we only need 7,900 (typo). Return USD 1,800 to our other account in 24h or your order is cancelled by bank compliance',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: 'Barang kami kirim hari ini sebelum libur, pembayaran sudah lewat Alibaba', rules: [] },
  { text: 'se não quiser pagar pelo PayPal, tudo bem, use o Alibaba', rules: [] },
  { text: 'you can pay by paypal, the whole amount via alibaba checkout', rules: [] },
  { text: 'quote valid 30 days, after that price may go up', rules: [] },
  { text: 'we will reply immediately or tomorrow', rules: [] },
  { text: 'the refund will return to your account in 3 days', rules: [] },
  // Round 35's ordinary messages that were flagged: 'se alguém pedir' warns, the buyer's own personal card, '? haha
  // no', a bank changed for domestic customers only, the last units with more made at the same price.
  {
    text: 'Cuidado com o golpe do "pagamento em duplicidade". Se alguém pedir devolução fora do Alibaba, não faça.',
    rules: [],
  },
  {
    text: 'If you paid with your personal card, the refund goes back to the same card automatically',
    rules: [],
  },
  {
    text: "Pay to our boss? haha no, boss doesn't touch money, finance handles everything through Alibaba",
    rules: [],
  },
  {
    text: "We changed the bank for RMB payments from our domestic customers, doesn't affect you, overseas orders still through Alibaba as always",
    rules: [],
  },
  {
    text: 'Only 200 pcs left in stock at this price, if sold out we produce more in 2 weeks, same price',
    rules: [],
  },
  { text: 'Si alguien le pide pagar fuera de Alibaba, no lo haga.', rules: [] },
  { text: 'If someone asks refund outside Alibaba, dont do it', rules: [] },
  { text: 'pls pay to my personal card', rules: [PAY] },
  { text: 'pay to our boss? haha yes pls', rules: [PAY] },
  { text: 'only 200 pcs left, pay today', rules: [PRESSURE] },
  // Round 36 (bulk commodities; buyers' own languages), scored before its fixes: 28 of 220 with no finding, 5 of 400
  // ordinary flagged. These now read right.
  {
    text: 'Rafiki, mzigo umefika bandari ya Dar es Salaam. Lipa ada ya kutoa mzigo USD 450 kwa wakala wetu leo, la sivyo kuna faini ya kuhifadhi kila siku',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear buyer, ICUMSA 45 sugar 12,500 MT ready at Santos. Seller require 2% performance bond paid to our mandate account before we issue the FCO, after 48hrs the price go back to $485/MT',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Urgent: tank storage at Fujairah is charged $12,000 per day, the terminal account is different from our company account, pls wire the storage fee today to Al Noor Terminals LLC IBAN AE46 0260 0010 1553 8841 902 or the product will be reallocated',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'If you do not open the LC within 24 hours we will treat it as contract breach and charge you the 2% penalty as per SPA',
    rules: [PRESSURE],
  },
  {
    text: 'Estimado cliente, para liberar el azúcar ICUMSA 45 del almacén en Santos debe pagar hoy USD 6.800 de almacenaje directamente a la cuenta del depósito, mañana sube a 9.000',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'O pagamento do frango congelado tem que ser por TT direto na conta da nossa empresa no Banco do Brasil, pelo Alibaba não dá pra pedido grande',
    rules: [PAY],
  },
  {
    text: 'عزيزي، رسوم التخزين في خزانات الفجيرة 15000 دولار يومياً، يجب تحويلها اليوم إلى حساب الشركة المالكة للخزان وإلا سيتم بيع الديزل لمشتري آخر',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Уважаемый покупатель, оплатите демередж 14 000 долларов на счёт судового агента до конца дня, иначе судно уйдёт вместе с вашим карбамидом',
    rules: [PAY, PRESSURE],
  },
  {
    text: '老板，白糖货源很紧张，今天加我微信 tang_45_trade 详谈，明天价格就涨了',
    rules: [CONTACT, PRESSURE],
  },
  {
    text: 'Mohon maaf pak, rekening perusahaan kami di Bank Mandiri sedang diblokir, pembayaran kopi robusta tolong dikirim ke rekening BCA atas nama direktur kami',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Mteja, ghala linatoza dola 300 kwa siku kwa saruji yako, lipa moja kwa moja kwa mwenye ghala leo la sivyo mzigo utauzwa',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Aviso importante: nuestra cuenta en Bancolombia ya no está activa. No envíe pagos allí, pronto le mandamos la cuenta nueva del beneficiario',
    rules: [CHANGE],
  },
  {
    text: 'Seu pedido de ureia no Alibaba será cancelado em 12h, confirme seus dados aqui: https://alibaba-pedidos-confirmar.com.br/login',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Sehr geehrter Kunde, die Lagergebühr in Hamburg für Ihre Kupferkathoden beträgt 950 EUR pro Tag. Bitte direkt an das Lagerhaus überweisen, sonst wird die Ware ab Montag versteigert',
    rules: [PAY, PRESSURE],
  },
  {
    text: '注意：之前发的PI上的银行信息作废，请以新的PI为准，收款公司改为香港鸿泰贸易有限公司',
    rules: [CHANGE],
  },
  {
    text: 'Port authority fine for overstay of your scrap containers $4,300. Must be settled today via our clearing agent or the containers will be seized',
    rules: [PAY, PRESSURE],
  },
  {
    text: "pls pay the performance bond 2% via MT103 to the seller's paymaster account in Dubai, after that the PPOP documents are released to you",
    rules: [PAY],
  },
  {
    text: 'last chance!! copper cathode price locked only until midnight Shanghai time, after that LME +$400 and no more allocation for you',
    rules: [PRESSURE],
  },
  {
    text: 'Sir the refinery requires 25,000 USD dip test deposit before the tank-to-tank transfer, please send to the storage company account',
    rules: [PAY],
  },
  { text: "ok the proforma on the order is correct, I'll pay now via Alibaba checkout", rules: [] },
  {
    text: 'Le informo que la cuenta de BBVA que le dimos la semana pasada ya no sirve por auditoria. Favor de depositar el saldo del pedido a Banorte CLABE 072320000987654321 titular Importadora Hua Xing SA de CV',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Só temos 3 caixas da sanduicheira nesse preço, se você fizer o Pix de R$ 4.800 agora eu seguro, depois das 18h vai pro outro cliente',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'يا باشا كلمني على الواتس 010 0000 4573 وأنا أبعتلك رقم فودافون كاش تحول عليه العربون بتاع الموبايلات',
    rules: [PAY, CONTACT],
  },
  {
    text: 'الشحنة وصلت بورسعيد ومحتاجين ٨٥٠٠ جنيه جمارك النهارده كاش للمخلص بتاعنا وإلا الأرضيات هتبدأ تتحسب من بكرة',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'خويا صيفط ليا العربون ب Cash Plus ولا Wafacash على سمية ديال المسؤول ديالنا فكازا، أسهل بزاف',
    rules: [PAY],
  },
  {
    text: "Chers clients, nous avons changé de banque. Ne plus utiliser l'ancien compte Ecobank. Envoyez le solde sur le compte UBA n° 000 1204 5567 89 au nom de Global Access Sarl",
    rules: [PAY, CHANGE],
  },
  {
    text: "Aka, pulni Payme orqali 8600 0000 4455 1234 kartaga tashlang, Alibabada komissiya ko'p",
    rules: [PAY],
  },
  {
    text: 'we can accept cash in Dubai, our cousin have shop in Deira, you give him AED and he give you receipt, no need online pay',
    rules: [PAY],
  },
  {
    text: 'Uwaga, nasze stare konto jest zablokowane do czasu audytu, proszę wpłacić saldo na nowe konto w Hong Kongu, szczegóły w fakturze',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Bună ziua, contul nostru vechi a fost închis, vă rog transferați restul de 3.200 USD în noul cont BT RO00 BTRL 0000 0000 1234 XX01',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Stok tinggal 2 karton, kalau DP belum masuk rekening Mandiri 000-00-1234567-8 sampai jam 3 sore, kami jual ke reseller lain',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir pwede po kayo mag-GCash na lang sa 0917 000 2214, name Maria L., para mas mabilis yung order ng mga bag',
    rules: [PAY],
  },
  {
    text: 'Mzigo uko bandarini Mombasa, unatakiwa kulipa ushuru shilingi 85,000 leo kwa wakala wetu la sivyo utatozwa faini kila siku',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'برادر پرداخت را با تتر به این آدرس بفرست TRx8KLmN0000pQ7rS2vWz9YbC4dE6fG1h، حواله بانکی به خاطر تحریم نمیشه',
    rules: [PAY],
  },
  {
    text: 'click the link to verify your buyer account or it will be suspended: https://alibaba-security-check.com.verify-id.ru/',
    rules: [LINK, PRESSURE],
  },
  {
    text: 'Porfa mándeme la orden de Comercio Garantizado y ahí pago con tarjeta, por fuera no pago nada',
    rules: [],
  },
  {
    text: 'Friend we never change bank details. If you get any msg saying new account pls report to Alibaba and tell us here',
    rules: [],
  },
  { text: 'Nitalipa kwa kadi ndani ya oda ya Alibaba, sitatuma pesa M-Pesa kwa mtu yeyote', rules: [] },
  {
    text: 'you have until 5pm to send the $2,000 POP fee, the tank lease expires tonight and we lose the product',
    rules: [PRESSURE],
  },
  {
    text: 'Amigo atenção, a conta do Itaú que passamos antes foi bloqueada pela receita, o novo Pix é o CNPJ 00.123.456/0001-00 em nome de Lima Comercio Exterior Ltda',
    rules: [CHANGE],
  },
  {
    text: 'Me chama no zap (11) 90000-3318 urgente, o frete das maquiagens tem que ser pago hoje via boleto senão o navio sai sem a sua carga',
    rules: [CONTACT, PRESSURE],
  },
  { text: 'pls open the LC within 5 days as per contract, thanks', rules: [] },
  { text: 'Nunca cambiamos de banco, si su cuenta ya no funciona avise', rules: [] },
  {
    text: 'Dear, I found a cheaper forwarder but I still pay you the goods through Alibaba. Can you deliver to their Shenzhen warehouse?',
    rules: [],
  },
  { text: 'we pay the inspection through the agent of SGS in the order', rules: [] },
  { text: 'our POS machine can accept cash and card payments', rules: [] },
  {
    text: 'Sir basmati rice sample ka courier charge 1500 rupees UPI kar do mere number 98734 12560 pe, aur baaki baat WhatsApp pe karte hain',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Buenas mi estimado, el envio de los repuestos de moto lo paga aparte por Nequi al 300 000 7712 a nombre de mi primo que esta en Bogota, cualquier cosa me escribe al WhatsApp del mismo numero',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Salam khoya, zid liya f WhatsApp 06 00 00 18 27 bach n3tik RIB dyal CIH w tkhelles direct bla Alibaba',
    rules: [PAY, CONTACT],
  },
  {
    text: "Bonsoir, suite à un contrôle fiscal notre compte en Chine est bloqué, merci d'envoyer le reste en espèces via notre partenaire à Alger, je vous donne l'adresse",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Напишите мне в телеграм @optom_china_vlad, там скину реквизиты для оплаты в юанях через нашего агента в Москве',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Telegramga yozing @tashkent_opt_xitoy, u yerda Click raqamini beraman, oldindan 50% tashlaysiz',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Kak, biar cepat transfer aja ke BCA 000 123 4567 a.n. Susanti, nanti kami kirim barang kosmetiknya langsung',
    rules: [PAY],
  },
  {
    text: "Tambah saya di WeChat ya: my_furniture_ah_keong, nanti saya bagi QR Touch 'n Go untuk deposit",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Ka same ni a WhatsApp 0803 000 1196 don in ba ka lambar asusun kai tsaye, zai fi arha',
    rules: [PAY, CONTACT],
  },
  {
    text: 'ውድ ደንበኛ፣ የቀድሞው የባንክ ሂሳባችን ተዘግቷል። ቀሪውን ክፍያ ወደ አዲሱ የንግድ ባንክ ሂሳብ 1000 0000 12345 ያስተላልፉ',
    rules: [PAY, CHANGE],
  },
  {
    text: 'لطفاً در تلگرام پیام بدید @tehran_optom_cn تا شماره کارت همکارمون در تهران رو بدم براتون',
    rules: [PAY, CONTACT],
  },
  {
    text: 'আজকের মধ্যে নগদে পেমেন্ট না করলে কন্টেইনারে আপনার মাল উঠবে না, পরের শিপমেন্ট ৩ সপ্তাহ পরে',
    rules: [PAY, PRESSURE],
  },
  {
    text: "IMPORTANT: our Bank of China account is frozen due to audit, do not pay there. Use the new account in HK we send now, please hurry, shipment can't leave port until balance arrive",
    rules: [PAY, CHANGE, PRESSURE],
  },
  // Round 37 (buyers and their agents, machine-translated suppliers; after the order: refunds, claims, reorders, port
  // fees).
  {
    text: 'Dear, our company public account is temporarily not convenient to receive, kindly please remit to the private account of our financial Ms. Zhou, the details I put in the PI attached',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kindly do the needful and remit the advance amount to below mentioned account by EOD itself sir, otherwise rates will get revised from tomorrow onwards',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ciao, posso pagare con bonifico diretto sul conto della fabbrica senza passare da Alibaba? Mandami IBAN e SWIFT per favore',
    rules: [PAY],
  },
  { text: 'Can I pay half by alibaba and other half cash when I visit Guangzhou next week?', rules: [PAY] },
  {
    text: "I'm from Sunrise Sourcing, the buyer's agent. Buyer pay to our company and we pay you RMB, pls send me your RMB account on WeChat: sunrise_yiwu",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Anh ơi hàng đóng gói xong rồi, anh chuyển nốt 70% vào Momo của em trong hôm nay nhé, mai xe ra cảng, không chuyển kịp là lỡ tàu đó',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'yes we can do like that, small amount on alibaba and main amount to our HK account, its common for our customers',
    rules: [PAY],
  },
  {
    text: 'Estimado cliente, por favor haga el pago a la cuenta personal de nuestro gerente, la cuenta de la empresa está en auditoría este mes',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear sir we are ready to ship, pls transfer remain 70% to company private account before tomorrow morning, if not the vessel will leave without your container',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Respected sir, due to GST issue our current account is on hold, kindly transfer the advance in our proprietor's savings account, HDFC A/c 5010 0238 8812 74, IFSC HDFC0001192",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our boss said bank account of alibaba order cannot be changed by us, it is fixed by alibaba system, so dont worry',
    rules: [],
  },
  {
    text: 'Can this LED ticker show crypto prices like BTC/USDT? my client wants it for his office',
    rules: [],
  },
  { text: 'yes our LED ticker display can connect API and show BTC, ETH, USDT prices, 3 sizes', rules: [] },
  {
    text: 'We also make cash on delivery pouches for couriers, 10x15cm, self adhesive, 1000 pcs per carton',
    rules: [],
  },
  {
    text: 'Dobrý den, zásilka je zadržena celníky v Praze. Poplatek 9 800 Kč musíte zaplatit dnes na účet celního agenta, jinak bude zboží vráceno odesílateli na vaše náklady.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'שלום, לגבי ההחזר על הסחורה הפגומה, אני יכול להחזיר לך 700 דולר בפייפאל אם תסגור את המחלוקת. תשלח לי הודעה בוואטסאפ 972-54-771-3309',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear the QC claim we accept 8% compensation. but our finance cannot refund via Alibaba, pls give me your bank info on WeChat and i send by USDT or bank, which you like',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hi, my colleague Amy left the company, her account you paid last year is closed. for this reorder pay to my account, Agricultural Bank of China 6228 4801 2290 5573 618, name Wu Jun',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Mate just do a bank transfer for the 500 extra pcs, no need new Alibaba order, I will put them in the same container with your warranty parts',
    rules: [PAY],
  },
  {
    text: 'The shipping line says the container will be destroyed by the port authority on Monday if the USD 960 detention is not paid. Only Western Union accepted, name Patrick Osei, Lagos',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'こんにちは、返品の送料は PayPal の「友達・家族」で送ってください。手数料がかかりません。LINE ID: sato_trade77 で連絡ください',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Panie Kowalski, towar jest w porcie w Gdańsku, opłata celna 3 240 zł musi być zapłacona przelewem na konto agenta do jutra 12:00, inaczej naliczamy 400 zł dziennie za magazyn',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Geachte heer, voor de garantie-onderdelen moet u €75 verzendkosten via Tikkie betalen. Stuur me een WhatsApp op +31 6 4128 7730 dan stuur ik de link',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Δεν πληρώθηκαν τα έξοδα αποθήκευσης στο λιμάνι. Πρέπει να στείλετε 640€ μέσω Western Union σήμερα, αλλιώς το εμπόρευμα θα βγει σε δημοπρασία.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'שלום, המשלוח שלך מעוכב במכס בנמל אשדוד. יש לשלם 320 ש"ח דמי שחרור בקישור https://israel-post-customs.co/pay עד הלילה, אחרת החבילה תוחזר לשולח',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Mr. Rossi, notice: our company changed bank after merger. Balance for the re-shipment goes to new beneficiary Guangzhou Heng Tai Import & Export, pls reply to finance.hengtai@gmail.com to get the details',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Em chào chị, hàng lỗi bên em hoàn tiền qua Momo cho nhanh nhé, chị hủy khiếu nại trên Alibaba rồi nhắn Zalo 0987 112 450 cho em',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Witam, nasza firma zmieniła bank. Zwrot nadpłaty 1 150 USD prosimy odesłać na nowe konto w Bank of China Hong Kong, a nie na konto z faktury',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear, the system overpaid you compensation USD 600 by error. Alibaba will freeze your account if not returned. contact our finance on Telegram @ta_finance_refund and send back by USDT',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Thông báo từ cảng Cát Lái: hàng của quý khách quá hạn lưu bãi, phải nộp 18.400.000 VNĐ trước 17h hôm nay qua tài khoản đại lý, nếu không hàng sẽ bị tịch thu',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'आपका रिफंड तैयार है। कृपया इस लिंक पर क्लिक करके ₹99 वेरिफिकेशन फीस भरें: http://bit.ly/refund-ali-in',
    rules: [PAY, LINK],
  },
  {
    text: 'Our factory closes for holiday in 2 days. Reorder by bank transfer to the account in this PI today, not TA, otherwise no production until March',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'part arrived thx. btw my colleague asked if we can pay spare parts by PayPal, I told him no, only Alibaba order right?',
    rules: [],
  },
  { text: 'ok the UPS site shows duty 48 EUR, I paid it directly on ups.com', rules: [] },
  {
    text: '반품 환불은 알리바바 말고 제가 직접 해드릴게요. 분쟁 취소하시고 카카오톡 ID sunny_trade 로 계좌번호 보내주세요',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'no need to hurry, production takes 20 days until balance', rules: [] },
  { text: 'send me the photos on alibaba chat', rules: [] },
  // Round 37's leftovers: storage "paid by bank transfer … Account details attached", an overpayment asked back, a
  // Dutch deadline with the container destroyed.
  {
    text: 'Final notice from Port of Felixstowe agent: goods will be disposed of at your cost unless £1,450 storage is paid by bank transfer today. Account details attached.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Op last van de rederij: container MSCU 882140 wordt zaterdag vernietigd als de €2.300 demurrage niet vóór vrijdag op de rekening van onze agent staat',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi its Sandy again, you still not return the overpaid 900 USD. if not paid by tomorrow we report to police and Alibaba and your account will be banned',
    rules: [PAY, PRESSURE],
  },
  { text: 'Please pay the 30% deposit by T/T, bank details attached.', rules: [PAY] },
  { text: 'Please pay by T/T in the Trade Assurance order, bank details attached', rules: [] },
  { text: 'we have not yet returned the overpaid amount, will do via Alibaba', rules: [] },
  {
    text: 'Please send me your bank details, we will refund the overpaid shipping cost through the order.',
    rules: [],
  },
  { text: '付款还是原账户，没有变', rules: [] },
  // Round 38 (small online sellers, garments and trade-show leads; electronics brokers and importers in Africa and
  // Latin America): Moniepoint, Yape and Orange Money with 'soles', 'FCFA', 'envoyez'; Easypaisa and bKash; Urdu 'براہ
  // راست' and Western Union, Bengali 'নগদ অগ্রিম'; accounts in Hong Kong in Russian, Spanish and Swahili; an agent's
  // account in Amharic and 'de nuestro representante'; 'sai mais barato que pelo Alibaba'; a spaced CLABE. Quiet: 'I go
  // pay' is no GoPay, 'el pago va por Alibaba', warnings of fake clearing agents.
  {
    text: 'For the 300pcs private label leggings sample fee is 85 USD, pls send by PayPal friends and family to lindawu.sales@163.com today, the sampling room closes for holiday tomorrow and next slot is 3 weeks later',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Oi amiga, nos conhecemos na feira de Cantão 😊 pode pagar o sinal direto por Pix pro nosso parceiro no Brasil, é mais rápido. Me chama no zap +55 11 97734-2098',
    rules: [PAY, CONTACT],
  },
  {
    text: 'بھائی سیمپل کی فیس 40 ڈالر ہے، براہ کرم میرے ذاتی ایزی پیسہ اکاؤنٹ 0345 7712093 میں بھیج دیں، پھر ہم ڈی ایچ ایل سے بھیجیں گے',
    rules: [PAY],
  },
  {
    text: 'আপনার হ্যাংট্যাগ স্যাম্পল ফি ২৫ ডলার, অনুগ্রহ করে বিকাশ নম্বর 01819 224 670 এ পাঠান, প্ল্যাটফর্মে নয়',
    rules: [PAY],
  },
  {
    text: 'جناب ہم کینٹن فیئر میں ملے تھے، آرڈر کی ادائیگی براہ راست ہمارے بینک میں کریں، علی بابا کی ضرورت نہیں۔ واٹس ایپ پر بات کریں 0300 8821744',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Guten Tag, wir haben uns auf der Messe in Frankfurt getroffen. Bitte zahlen Sie die Anzahlung direkt auf unser Konto, ohne Plattform. Schreiben Sie mir heute noch auf WhatsApp +49 1523 8890 117, das Angebot gilt nur bis morgen',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Dear we met in Canton, remember? The 500 tote bags with your brand are ready. Pay balance 1,260 USD to our account by tomorrow 12:00 or we start charging 20 USD/day warehouse fee',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'مدیر صاحب کا کہنا ہے کہ چھوٹے آرڈر کے لیے پوری رقم ویسٹرن یونین سے بھیجیں، علی بابا پر نہیں',
    rules: [PAY],
  },
  {
    text: "Fuarda tanıştık hatırlarsanız. Siparişi Alibaba dışında yaparsak %7 indirim veririm. Ödeme için banka bilgisini WeChat'ten göndereceğim: ayse_tekstil",
    rules: [PAY, CONTACT],
  },
  {
    text: 'কারখানার ম্যানেজার বলছেন আজকের মধ্যে নগদ অগ্রিম না দিলে অর্ডার বাতিল হবে। বিস্তারিত হোয়াটসঅ্যাপে বলি',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Yape al 987 215 604 (Luis C.) 1,240 soles para liberar tus paneles solares en el Callao, es el costo de almacén + tasa aduanera',
    rules: [PAY],
  },
  {
    text: 'Bonjour patron, le transitaire à Abidjan demande 450 000 FCFA pour dédouaner. Envoyez par Orange Money au +225 07 48 22 91 30 et contactez-le sur WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: "Je vous confirme : prix 0,38 USD/pc pour les puces CH340G seulement si vous payez aujourd'hui sur le compte de notre société à Hong Kong. Demain le prix monte à 0,52",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Здравствуйте! Чипы в наличии на складе в Шэньчжэне, но нужно оплатить 50% сегодня на наш счёт в Гонконге, завтра цена вырастет на 20%',
    rules: [PAY, PRESSURE],
  },
  { text: 'ሰላም፣ የማሽኑን ቀሪ ክፍያ ወደ ወኪላችን የንግድ ባንክ ሂሳብ 1000 2233 4456 78 ያስገቡ፤ ከዚያ ደረሰኙን ይላኩልን', rules: [PAY] },
  {
    text: 'Hello sir, your 2 units 5kW hybrid inverter ready but shipping line raise freight. Pay additional 680 USD to forwarder account today or miss vessel of 28th, next one is 3 weeks later',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hermano, última oportunidad: 2000 pcs ESP32-WROOM-32E original a 1.85 USD, pero solo si transfieres hoy a la cuenta de la empresa de HK. mañana ya no hay stock',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mama Njeri, mzigo wako wa taa za LED umefika Nairobi ICD. Tuma ushuru KES 62,300 kwa M-Pesa 0722 913 405 leo, kesho storage inaanza. Nipigie WhatsApp',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Hola Andrea, cambiamos de banco. El saldo de los 600 paneles ahora va a la cuenta de Bancolombia de nuestro representante en Medellín, ya no a la de China',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Estimado, el depósito puede ser en efectivo al gestor que va a su oficina en Lima, él le entrega recibo de la fábrica',
    rules: [PAY],
  },
  {
    text: 'Hermano la naviera subió el flete, necesito 450 USD extra por Western Union hoy para que el contenedor de variadores salga en el buque del lunes, si no pierde el espacio',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss the factory go close for Chinese New Year from 1 Feb. if you no pay the 50% to our company account before Friday, your PCB order go wait till March and price go change',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Amount due for the pedimento: 17,840 MXN. Please deposit to CLABE 0121 8000 4412 9831 57 (Agencia Aduanal Torres) and send me the voucher so I release the machine',
    rules: [PAY],
  },
  {
    text: 'Yaani leo ndio mwisho, bei ya solar inverter 3kW itapanda kesho. Tuma deposit 50% kwenye akaunti ya kampuni yetu ya Hong Kong sasa hivi',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mr Alvarez le habla el agente de la DIAN, su cortadora de plasma tiene factura irregular. Consigne COP 2.300.000 de multa a Daviplata 321 449 0183 hoy y mande el soporte por WhatsApp, o la máquina será decomisada',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Wallahi boss this na last price, 1.2m naira for the 10 pcs servo motor. Send am today for our Lagos agent account or another customer go carry am',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Olá, para o inversor solar você pode pagar no boleto que envio pelo WhatsApp +55 11 97433 2810, sai mais barato que pelo Alibaba',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Boss Kibet, clearing agent wetu anasema storage ni USD 80 kila siku Mombasa. Lipa KES 140,000 M-Pesa 0745 602 911 sasa hivi tuondoe mzigo',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Estimado cliente, por temas fiscales ya no recibimos en la cuenta de Hong Kong. Favor de pagar el saldo a nuestra cuenta en Panamá, Banco General, Trading Latam Corp',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Pls note there are fake clearing agents calling buyers in Lagos asking duty to OPay numbers. Our forwarder never asks you to pay to a personal number',
    rules: [],
  },
  {
    text: 'Eh boss, na Alibaba I go pay, I no dey send money to any account wey dem drop for chat',
    rules: [],
  },
  { text: 'Uso Nequi pa todo jaja pero entiendo que el pago va por Alibaba, no hay problema', rules: [] },
  // Round 38's leftovers.
  {
    text: 'Amiga, o tecido rosa está acabando! Só tem 90 metros. Se não pagar hoje por transferência direta, vai pra outro cliente da Shopee',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'اگر آج ڈپازٹ براہ راست ہمارے اکاؤنٹ میں نہیں آیا تو کپڑا کسی اور گاہک کو دے دیں گے',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Oga, abeg the clearing agent wey dey Tema say make you send GHS 6,500 to MTN MoMo 024 551 8830 for the duty on your inverter batteries. e dey urgent, tomorrow dem go start charge storage. WhatsApp am direct',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Customs broker here. Your container MSKU 4472190 at Callao tiene observación, pagar S/ 4,600 por Plin o Yape al 951 880 327 antes de las 5pm o pasa a canal rojo con multa',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hello my friend. SGS inspection found the CNC machine voltage 380V not match your 220V order. Pay USD 540 conversion fee by MoneyGram today or we ship as it is',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Salam boss, your CNC lathe dey Lagos port, SON officer say pay 480k to my moniepoint 6071225984 or e go enter seizure list by Monday. WhatsApp me',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'I pay my agent, send the deposit to my PayPal', rules: [PAY] },
  { text: 'I pay my agent myself, you pay me by Western Union', rules: [PAY] },
  {
    text: 'Amigo, el flete local desde Callao hasta Arequipa lo pago yo con Yape a mi transportista, ustedes solo envíen hasta el puerto',
    rules: [],
  },
  { text: 'we pay our forwarder by PayPal, you only pay the goods in the Alibaba order', rules: [] },
  { text: 'pode pagar por transferência direta pelo Alibaba, é protegido', rules: [] },
  // Round 39: furniture, home goods and private-label cosmetics for buyers in the Middle East and Central Asia; food,
  // agriculture, auto parts and medical supplies from brokers and mandates.
  {
    text: 'أخي الكريم، لازم تحول رسوم القالب 1200 دولار اليوم على حساب المصنع مباشرة، إذا ما وصل المبلغ قبل الساعة 6 نلغي موعد الإنتاج',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Invoice financing notice: receivables for order #2093381 are assigned to Silverline Trade Finance Ltd. Pls remit the balance to their account at Standard Chartered HK, not to us. A/C 447-2210938-001',
    rules: [PAY, CHANGE],
  },
  {
    text: 'سلام آقا، برای سفارش کاشی لطفا پیش پرداخت رو به حساب همکار ما در دبی واریز کنید، به خاطر تحریم از طریق علی‌بابا نمیشه. شماره واتساپ من +971 52 384 6610',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Ака, ассалому алейкум! Образцы матрасов готовы, за доставку 140$ можно наличными отдать нашему человеку в Ташкенте, он сам приедет к вам в офис',
    rules: [PAY],
  },
  {
    text: 'Dear Mr. Khalid, to avoid VAT problem in Saudi better you pay us by Western Union, receiver name Liu Fang, and send the MTCN on my WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Our invoice financing partner pays us in advance, so you need settle USD 18,400 to "OceanBridge Capital" account in attached letter within 30 days of BL date',
    rules: [PAY],
  },
  {
    text: 'नमस्ते सर, सैंपल के पैसे 60 डॉलर सीधे हमारे एजेंट को UPI पर भेज दीजिए, नंबर व्हाट्सएप पर भेज रहा हूँ',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Срочно! Наш корпоративный счет на проверке, платеж за вторую партию плитки отправьте на счет директора в Bank of China сегодня, завтра будет поздно, контейнер уходит',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Сәлеметсіз бе! Вагон на Достык отходит в пятницу, доплату за ЖД 1 450$ скиньте на Kaspi Gold нашему экспедитору, номер дам в WhatsApp, иначе груз стоит до следующего месяца',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'For invoice financing reason pls make payment under name "Trade Credit Partners Ltd" with reference INV-2391, they are our finance company',
    rules: [PAY],
  },
  {
    text: 'Brother the vessel is loading Monday. If the 3,200 USD port clearance fee is not paid cash to our clearing agent in Apapa by Saturday, demurrage start 450 USD per day on your account',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss, the frozen chicken paws (grade A) container is at Tema port. Clearing officer wants 2,100 USD cash before 5pm or the container goes to state warehouse. Call me on Viber +233 24 551 8870',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Kochany, cena cukru ICUMSA 45 ważna tylko do jutra. Prześlij 5000 USD opłaty licencyjnej na konto agenta w Dubaju, szczegóły na Telegramie @sugar_pl_direct. Potem cena w górę.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'アリババ経由だと手数料が高いので、LINEで直接やり取りしましょう。ID: jp_parts_tanaka。前払いは銀行振込でお願いします。',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Your container of RBD palm olein is at Chittagong and accumulating storage 380 USD/day. Send the customs release fee by MoneyGram now to stop the charges, receiver name Kazi Rahman.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Buongiorno, per i campioni di pastiglie freni può pagare 150 euro in contanti al ritiro presso il nostro magazzino. Mi scriva su WhatsApp al +39 333 918 4421 per l'indirizzo",
    rules: [PAY, CONTACT],
  },
  {
    text: "Warning: the phytosanitary certificate will expire in 3 days. If the renewal fee (USD 950) is not received in our agent's Revolut today, the frozen beef shipment cannot leave Paranaguá.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Olá amigo, a taxa de inspeção da SGS é 1.100 USD, paga via Binance Pay para meu ID 384 221 907, depois me avisa no Telegram',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Señor, el pago del certificado sanitario del pollo congelado lo hace en efectivo al agente cuando recoja los documentos, 900 dólares, no por Alibaba',
    rules: [PAY],
  },
  {
    text: 'We hold 2 containers of shea butter for you until 6pm only. Pay 1,000 USD reservation fee in Bitcoin now, after 6pm the reservation fee becomes 2,500.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss we need the bank charges 420 USD today or the SWIFT will bounce and the whole 12,000 MT diesel + urea package cancel. Send via Wise to my name, my telegram @okafor_energy',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Anh ơi, hãng tàu báo nếu không đóng phí lưu container 1.200 USD trước 17h hôm nay thì sẽ bị phạt gấp đôi. Anh chuyển thẳng vào tài khoản công ty forwarder giúp em nhé',
    rules: [PAY, PRESSURE],
  },
  {
    text: '오늘 안에 선금 30%를 제 개인 계좌로 보내주셔야 브레이크 패드 가격 유지됩니다. 계좌번호는 카톡으로 드릴게요: brake_kim77',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'We work with an invoice financing partner, but you still pay in the Alibaba order as usual',
    rules: [],
  },
  { text: 'Does your bank offer factoring company services for importers?', rules: [] },
  {
    text: 'the mold for your custom lamp base finished but mold factory wont release it until mold fee USD 2,300 paid directly to them. pls arrange today otherwise they scrap it',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi Mark, update on PO 4500228193: 60% of goods finished, remaining 40% by 20 May, Intertek inspection booked 22 May. Sea freight from our forwarder USD 2,950 per 40HQ to Rotterdam for May sailings, if you accept I add it to the Alibaba order. Bank charges on our side we absorb.',
    rules: [],
  },
  {
    text: 'we give 200 USD cash discount for orders over 5 containers, paid in the Alibaba order',
    rules: [],
  },
  // Round 40: solar panels, batteries and EV chargers for installers in Europe, with forwarders' surcharges; toys, baby
  // products and jewellery for retailers in East Asia and Oceania, and impostors of Alibaba's service and banks' fraud
  // desks.
  {
    text: 'Kindly arrange the freight USD 2,780 to the forwarder account in the attachment (not part of the Alibaba order).',
    rules: [PAY],
  },
  {
    text: '견적 드린 금도금 목걸이, 계좌이체로 직접 보내주시면 5% 할인해 드려요. 하나은행 238-910283-12207 (주)빛나무역',
    rules: [PAY],
  },
  {
    text: 'After 7 free days the terminal charges storage, you pay it directly to the terminal through your forwarder, we have nothing to do with it.',
    rules: [],
  },
  // Round 40's leftovers: safe accounts of bank 'fraud teams', money on the HK account, Italian 'bonifico diretto',
  // Czech and Chinese pay-to-new-account verbs, Maya, currencies by sign; deadlines in Italian, Spanish, Czech, Greek,
  // Polish; ordinary: money received on an account, a safe way through the order.
  {
    text: 'ciao Marco, per il supplemento peak season (USD 650) meglio fare bonifico diretto a me, risparmi le commissioni di Alibaba. Scrivimi su WeChat: solarking_lily88',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Estimado cliente, la naviera ha aplicado recargo de emergencia por combustible (EBS) de 780 USD. Debe pagarlo por Western Union a nombre de nuestro agente antes del viernes, si no el contenedor se queda en Ningbo.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Vážený pane Nováku, prosím nepoužívejte starý účet z proforma faktury. Doplatek 70 % za FV panely zašlete na nový účet naší pobočky v Hongkongu, údaje posílám v příloze.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Buongiorno, se non saldate entro stasera i 4.200 USD per il supplemento Suez tramite bonifico al conto dello spedizioniere, la compagnia scarica il container a Colombo e i costi raddoppiano.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dobrý den, celní úřad v Hamburku zadržel vaše baterie kvůli chybějícímu certifikátu UN38.3. Poplatek 890 EUR prosím uhraďte ještě dnes na účet našeho agenta, jinak bude zboží vráceno.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dragă client, contul vechi nu mai este valabil. Vă trimit noile date bancare pe WhatsApp (+86 136 4418 2290), vă rog să transferați avansul de 30% acolo.',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Dear Mr Rossi, because of new EU sanction checks our usual bank cannot receive EUR. Kindly pay the balance for the 1MWh ESS to our partner company in Turkey, details attached.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Friend, DG declaration was rejected by shipping line, new declaration cost 380 USD, send to my Wise account now, cutoff is at 6pm and if we miss you wait 2 weeks + new surcharge.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear Carlos, the Suez rerouting via Cape add 14 days and the line charge extra 2,200 USD. We need this money on our HK account tomorrow morning or the container stays in Yantian and you pay daily storage.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Hi Aleksandra, our PayPal is limited now, could you pay the 2 sample batteries (210 USD) to my colleague's PayPal wendy.lx88@outlook.com as friends?",
    rules: [PAY, CHANGE],
  },
  {
    text: 'OK i will hold the 40HQ for you until 18:00, send 5000 USD deposit by TT to our Hong Kong account now and i send PI after. after 18:00 no more.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ΠΡΟΣΟΧΗ: Η αποστολή σας (UN3480) κρατείται. Πληρώστε τέλη επιθεώρησης 145€ εδώ: https://elta-customs.gr-pay.xyz εντός 48 ωρών, αλλιώς επιστρέφεται στον αποστολέα.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Dear, the container of inverters arrived Piraeus but DG declaration wrong. Agent needs 650 EUR cash today, send me message on WhatsApp +30 697 442 1180 I give you his address. Tomorrow penalty 300 EUR.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Zaraz odpływa statek, dopłata za szczyt sezonu 500 USD — proszę przelać na PayPal kolegi z działu logistyki w ciągu godziny, bo inaczej czekamy 10 dni.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear partner, please be informed that the ocean freight will now be collected by our new forwarder "Blue Anchor Shipping", pay 2,650 USD to their account (not ours, not Alibaba).',
    rules: [PAY, CHANGE],
  },
  {
    text: '親愛的客戶，因公司帳戶年度審計，玩具訂單尾款請改匯至以下新帳戶：香港恒通貿易有限公司，帳號 012-883-4410927，原帳戶請勿再使用',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Bank of the Philippine Islands Fraud Team here. We noticed a suspicious transaction to Alibaba. Call us at 02 8555 0147 and transfer your remaining balance to a safe account for protection.',
    rules: [PAY, CONTACT],
  },
  {
    text: "Ma'am, kailangan po bayaran ang ₱12,000 para sa ASTM lab test ngayong araw sa Maya account ng tester, kung hindi ma-delay ng 3 weeks ang shipment ng toys niyo",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Alibaba 退款部門：您的退款 NT$18,600 已核准，請於今天內支付 NT$1,200 手續費至指定帳戶，否則退款將退回賣家',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear Yuki san, correction: the bank in our PI is wrong, pls use this one: Bank of Communications, beneficiary Xu Haiyan, acct 6222 6007 1122 3345 678',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hi! Security team of Metrobank. Your Alibaba payment is flagged. Install our secure app http://metrobank-secure.app/install.apk, then call 0917 555 8201 to transfer funds to your protected account.',
    rules: [PAY, CONTACT, LINK],
  },
  {
    text: '尾款請匯到我們台灣代理的帳戶，不要匯到大陸公司帳戶了：玉山銀行 808-0123-456-789 戶名 林志明',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Your refund was sent by mistake twice (2 x USD 320). Please return USD 320 via Wise within 24h, otherwise we must freeze your Alibaba account',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hello this is Kiwibank fraud team. Your payment to a Chinese supplier is suspicious. Call 0800 555 0192 now and move your funds to a safe account today or they may be lost.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Boss told me the company account is only for RMB now, so USD payment pls to his personal account: Zhou Qiang, China Merchants Bank 6214 8312 0099 4476',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Storage at Sydney port is AUD 95 per day for your container of ride-on toys. Pay the port fee to our agent account now to stop it: BSB 062-555 Acc 1029 8834',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Ma'am last day na po ngayon ng promo sa gift boxes, if you transfer sa BDO account namin today 10% off, bukas balik na sa original price",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sample fee for pacifier clips 25 usd via Wise within today pls, else we cannot keep the sample for you',
    rules: [PAY, PRESSURE],
  },
  { text: 'we have received the money on our usd account, thank you', rules: [] },
  { text: 'Once Alibaba releases the money on our HK account we ship', rules: [] },
  { text: '不要付到个人账户，只通过阿里巴巴付款', rules: [] },
  { text: 'il bonifico diretto tramite Alibaba Trade Assurance va bene', rules: [] },
  {
    text: 'please pay in the order, it is the safe way, your money stays in a protected account until you confirm',
    rules: [],
  },
  // Round 41 (textiles and machinery for South Asia; electronics, pet and sports goods for the Americas): eSewa,
  // Khalti, Nagad, GPay to an agent, personal and sister-company accounts in Hindi, Nepali and Sinhala, cash to a
  // friend, OXXO deposits, a CBU personal, the account 'que le paso por WhatsApp', pay-to-my-account after eight words;
  // changed accounts ('belong to old company', 'do not pay Dhaka agent anymore', 'account abhi band hai', 'naye
  // account', Sinhala); deadlines in Hinglish, Nepali, Bengali, Tamil, Portuguese, French; ordinary: UPI asked of the
  // checkout, 'direct bank transfer nahi', a call from someone, the company's own account name.
  {
    text: 'IMPORTANT: Our Dubai account is under audit. Do NOT pay to old Emirates NBD account. New beneficiary: Al Noor General Trading FZE, Mashreq IBAN AE07 0330 0000 1923 4456 789. Pay today to keep the container slot',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'तपाईंको कढाई मेसिन बीरगंज भन्सारमा रोकिएको छ, आज नै भन्सार शुल्क रु. ९२,००० हाम्रो एजेन्टको eSewa मा पठाउनुहोस्, नत्र भोलिदेखि दैनिक जरिवाना लाग्छ',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ඔබේ එම්බ්‍රොයිඩරි යන්ත්‍රය රේගුවේ තියෙනවා, නිෂ්කාශන ගාස්තුව රු. 210,000 අපේ නියෝජිතයාගේ පුද්ගලික ගිණුමට දාන්න',
    rules: [PAY],
  },
  {
    text: 'ভাই, মেশিনের বাকি টাকা আমার নগদ অ্যাকাউন্টে পাঠান 01800-000733, আর হোয়াটসঅ্যাপে কথা বলেন, এখানে মেসেজ দেরি হয়',
    rules: [PAY, CONTACT],
  },
  {
    text: 'சார், உங்கள் ஸ்பேர் பார்ட்ஸ் சென்னை போர்ட்டில் இருக்கு, இன்னைக்கே clearance charge ₹48,500 எங்க agent GPay க்கு அனுப்புங்க இல்லனா நாளைக்கு demurrage ஆரம்பிக்கும்',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'नमस्ते सर, हमारा पुराना खाता SWIFT समस्या की वजह से बंद है, कृपया बाकी भुगतान हमारी दुबई की सिस्टर कंपनी के खाते में करें, डिटेल्स अभी भेज रहा हूं',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Brother I have friend in Dubai exchange house, you give cash dirham to him and we release the machine, no need bank',
    rules: [PAY],
  },
  {
    text: 'Dai, installation engineer ko visa fee 35,000 Khalti ma pathaunus, number 98000-00213, ani Viber ma message garnus tyahi number ma',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Our accountant made mistake, account on commercial invoice belong to old company. Pls send 70% balance to Guangzhou Tianyu Textile Machinery Trading (new), CCB 6227 0000 1122 3344',
    rules: [PAY, CHANGE],
  },
  {
    text: 'স্যার, আপনার কন্টেইনার বেনাপোল বন্দরে আটকে আছে, আজকের মধ্যে ক্লিয়ারেন্স ফি ৬৫,০০০ টাকা আমাদের এজেন্টের বিকাশে না দিলে প্রতিদিন জরিমানা লাগবে',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir, අපේ bank account එක වෙනස් වුණා. අලුත් ගිණුම Commercial Bank 8001 0000 4471, නම M.S. Perera (our local agent). balance eka ada ekata danna',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Sir RBI ki taraf se hamare account pe SWIFT block laga hai, aaj hi payment naye account me karo warna shipment hold ho jayega. Axis Bank 921000000456, name Mahadev Exim',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hello i am installation engineer assign by factory. Pls pay my visa and air ticket USD 980 to my account in ABC bank and add my WeChat eng_zhao_install for arrival info',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sir hamari company ka Meezan account abhi band hai FBR audit ki wajah se, payment partner ke Bank Alfalah account mein kar dein 0000-1004-778123, title Usman Traders',
    rules: [PAY, CHANGE],
  },
  {
    text: 'नमस्ते, हाम्रो पुरानो बैंक खातामा समस्या भयो, अब बाँकी रकम काठमाडौंमा हाम्रो एजेन्टको व्यक्तिगत खातामा पठाउनुहोस्',
    rules: [PAY, CHANGE],
  },
  {
    text: 'bhai customs wale 2 din se machine rok ke baithe hain, aaj 75k clearance ka nahi diya to kal se 5000 per day demurrage, agent ka GPay 90000 76543',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sri Lanka customs asking machine import permit fee LKR 95,000, pay to our clearing agent today, tomorrow is poya holiday and port storage will increase',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pls do not pay Dhaka agent anymore, he no longer work with us. New agent Mr Karim, bKash personal 01900-000845',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our bank is Bank of China same as last order, no change. Account name is our company name',
    rules: [],
  },
  { text: 'Haan ji payment Alibaba se hi karenge, direct bank transfer nahi, company policy hai', rules: [] },
  { text: "Sorry we can't hold the price after 31 Dec, new year price list will come", rules: [] },
  {
    text: 'yaar UPI se pay karne ka option hai kya Alibaba checkout pe? mera card decline ho raha hai',
    rules: [],
  },
  {
    text: 'If you ever get bank change email, verify with us here in Alibaba chat, not by number in that email',
    rules: [],
  },
  {
    text: 'Chip shortage is real bro, factory lead time 52 weeks. We have 5k pcs TPS54331DR broker stock in our US warehouse partner, wire the balance to them directly and they release same day. Offer valid until 5pm EST',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss, the LM358 reels we can hold only until tonight, after that goes to another distributor. Send on Zelle to partner@halcyon-ic.com and msg me on Signal +1 213 555 0198 when done',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'pls dont pay to our company account this time, the boss ask to pay to his personal account in Bank of China HK, I send details now',
    rules: [PAY, CHANGE],
  },
  {
    text: 'The shortage on MCU is crazy, 3 buyers asking for same 10k pcs. First one who pay via wire to our HK account get it. I hold for you until 6pm only',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Cliente, tenemos solo 800 piezas del sensor BME280 y otro comprador de Monterrey quiere todo. Si transfiere hoy a la cuenta que le paso por WhatsApp se las aparto',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Precio especial de las pelotas de tenis solo hasta mañana, pague por depósito OXXO antes del mediodía para conservarlo',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sorry but customs in Santos charge storage R$ 450 per day now, you need pay the despachante today by Pix or cost keep increase',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'El saldo de las bicicletas fijas pagalo por transferencia a mi CBU personal 0170 3307 4000 0012 3456 78, después te mando la factura',
    rules: [PAY],
  },
  {
    text: 'Oi, a Receita vai devolver as bolas de futebol se o imposto não for pago até amanhã. Deposita R$ 1.870 na conta do despachante que eu te passar',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Buenas, le escribo de la aduana de Manzanillo, su mercancía de módulos de memoria está retenida. Pague el impuesto a la cuenta que le envío por WhatsApp 314 555 0287',
    rules: [PAY, CONTACT],
  },
  {
    text: 'I got a call from someone saying they are Alibaba and asking me to pay customs by Cash App, I hung up lol',
    rules: [],
  },
  { text: 'UPI se pay kar do, Alibaba checkout pe mat karo', rules: [PAY] },
  // Round 40 and 41 leftovers: the account given (Polish, German), new SWIFT details promised, KakaoTalk for the
  // account.
  {
    text: 'Ostatnie ostrzeżenie: jeśli dopłata za przewóz towarów niebezpiecznych (ADR) nie wpłynie do jutra rana na podane konto, ładowarki wrócą do Chin, a zaliczka przepadnie.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hello Mr. Schulz, this is Amanda, new finance manager. Previous account for forwarding charges closed. Send me your email via WhatsApp +86 139 2601 4473 and I send new SWIFT details for USD 4,210.',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: "Hi ma'am Rose, Alibaba refund department po ito. Para ma-process ang refund niyo, i-send ang ₱500 verification sa GCash 0906 555 3312 at i-text kami sa same number",
    rules: [PAY, CONTACT],
  },
  {
    text: 'KC 인증 대행 비용은 제가 따로 받아요. 카톡 주시면 계좌 알려드릴게요 ID: kc_agent_park',
    rules: [PAY, CONTACT],
  },
  {
    text: '你好，我是阿里巴巴客服。您的信保訂單因違規被凍結，請在今晚12點前將貨款轉入安全帳戶，詳情加微信 ali_kefu_2024',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Hurry sir only 3 sets of 6 color carton printer slotter left at this price!! Send deposit by Western Union to our sales manager Chen Hui and whatsapp me the MTCN +86 150 0000 3471',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'proszę zapłacić na podane konto w zamówieniu Alibaba', rules: [] },
  // Round 42: paying outside, and ordinary talk of POS systems, a broken order page.
  {
    text: 'Buongiorno, per il saldo può pagare tramite il nostro agente in Italia, il sig. Marco, con un bonifico SEPA normale. Le mando il suo IBAN su WhatsApp.',
    rules: [PAY, CONTACT],
  },
  {
    text: "Sayın müşterimiz, gümrükteki konteyneriniz için 2 gün içinde 960 USD ardiye ücreti ödenmezse mallar tasfiyeye gidecek. Ödemeyi lütfen acentemizin hesabına EFT ile yapın, IBAN'ı ekte gönderdim.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hi Anna, small update: our bank changed from Bank of China to Agricultural Bank because of new company registration. Please send the 2nd payment for the pouches to the new beneficiary and SWIFT in the PDF.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'sir pls call me on +971 55 000 2730, I am our company representative in Sharjah, you can give the deposit cash to me in office and take the tiles from our warehouse',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Байке, оплату можно сделать через Юнистрим на имя нашего менеджера, это быстрее чем SWIFT в Китай. Потом пришлите контрольный номер.',
    rules: [PAY],
  },
  {
    text: "Hi Sophie, please be informed that due to restructuring the pouch invoice #SP-0344 should now be paid to Yuhang Packaging Int'l (HK) instead of Yuhang Packaging Co., Ltd. Kindly update your vendor master and pay the 6,780 EUR this week.",
    rules: [PAY, CHANGE],
  },
  {
    text: "Assalomu alaykum aka, bugun to'lov qilmasangiz kafel narxi oshadi. Pulni to'g'ridan-to'g'ri bizning Toshkentdagi vakilimizga naqd bering, Alibaba orqali kerak emas.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear friend, container booking cancel if not pay freight 3,300 USD before tomorrow noon. Send to forwarder account in Ningbo, I whatsapp you the bank slip: +86 133 0000 1846',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Hello Tom, our boss decided to receive payment via his relative's company in Malaysia due to tax reason. It's same company group, pls use that account for the final balance.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Brother this is the last chance, the factory has 2 other buyers for this lot of sanitary ware. Send the 30% by western union today and the goods are yours.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Customs duty unpaid for your sample box from China. Pay 14.50 EUR within 2 days at http://198.51.100.23/pay or parcel returned to sender, and WhatsApp the receipt to +44 7700 900412',
    rules: [PAY, CONTACT, LINK, PRESSURE],
  },
  {
    text: 'Dear client, our account changed! old account blocked. Pay balance 8,400 USD today to new account (details https://bit.ly/newbankHX) or loading stop. Add whatsapp +86 135 0000 2286 for confirmation',
    rules: [PAY, CHANGE, CONTACT, LINK, PRESSURE],
  },
  { text: "The payment link in the Alibaba order page doesn't work for me, can u check?", rules: [] },
  {
    text: 'أخي العزيز، الدفع عن طريق علي بابا ياخذ وقت طويل، حوّل العربون 40% على حسابنا في دبي مباشرة وأنا أرسل لك الفاتورة اليوم',
    rules: [PAY],
  },
  {
    text: 'お客様、現在アリババの決済システムがメンテナンス中のため、下記の銀行口座へ直接お振込みをお願いいたします。本日中にご対応いただけない場合、在庫を確保できません。',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'we can do cash too, our representative in Deira will collect from you at your shop, no bank charges no waiting',
    rules: [PAY],
  },
  {
    text: 'שלום, בגלל בעיה טכנית בחשבון הבנק שלנו נא להעביר את יתרת התשלום לחשבון החדש שמופיע בחשבונית המתוקנת שצירפתי',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear sir our bank info updated, new details i sent your email already. pls pay today and confirm on whatsapp +86 135 0000 2290, truck is waiting',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Kindly note payment to our Bank of China account is not possible anymore due to system upgrade. Please use Payoneer: finance@zhongmedtech.net',
    rules: [PAY, CHANGE],
  },
  {
    text: "Cher client, le transitaire attend le paiement du fret 1 280 USD aujourd'hui, sinon le conteneur part sans vos marchandises. Merci de virer sur le compte ci-dessous",
    rules: [PAY, PRESSURE],
  },
  {
    text: "Son gün! Ödeme yapılmazsa mallar depoda bekleyecek, günlük 50 USD ardiye. Lütfen IBAN'a havale yapın: TR56 0001 2009 4410 0058 0077 13",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pls note the beneficiary now is our boss Mr. Zhang Wei personally, company account only for domestic, same bank Agricultural Bank of China, acc 6228 4800 0000 1517 213',
    rules: [PAY, CHANGE],
  },
  {
    text: "Ciao, per il pagamento del campione puoi usare PayPal amici e familiari, ti mando l'indirizzo su WhatsApp",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Geachte klant, ons bedrijf heeft een nieuwe bankrekening bij een bank in Hongkong. Gelieve het saldo van factuur 4471 daarnaar over te maken, niet naar de oude rekening.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Jeśli nie zapłacisz dziś zaliczki na nasze konto w banku, cena wzrośnie o 15%. Dane konta wysłałem w PDF.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'para economizar a taxa de 3% o pagamento pode ser feito direto na conta da fábrica, te passo os dados bancários',
    rules: [PAY],
  },
  {
    text: 'Bitte überweisen Sie die Zollgebühr von 245 EUR heute noch auf das Konto unseres Spediteurs, sonst wird die Ware zurückgeschickt.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Harga ini cuma sampai jam 5 sore, transfer langsung ke rekening pabrik biar dapat diskon',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Due to audit our account will be frozen from tomorrow, do not send anything to old account!! new details coming today, please wait and pay fast',
    rules: [PAY, CHANGE, PRESSURE],
  },
  { text: '可以走公对公转账，不走阿里，省手续费，账户信息我发你', rules: [PAY] },
  {
    text: 'Ultima possibilità: se non paghi il saldo entro stasera tramite bonifico sul conto indicato, perdi lo spazio sul container',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'bhai sample ka 1500 rupees GPay kar do 98000 11223 pe, whatsapp bhi yahi hai',
    rules: [PAY, CONTACT],
  },
  { text: 'Our WeChat Pay and Alipay QR payment module is compatible with most POS systems', rules: [] },
  {
    text: 'Our cashier system accepts crypto payments, USDT and BTC, with optional fiat settlement',
    rules: [],
  },
  // Near-misses of round 42's cues.
  { text: 'our driver will collect the samples from you tomorrow', rules: [] },
  {
    text: 'You can pay the freight part via Payoneer to freight@swiftlinelog.com and the product part in Alibaba, its cheaper like this',
    rules: [PAY],
  },
  {
    text: 'pls send the mould part by PayPal friends and the goods part through alibaba order',
    rules: [PAY],
  },
  { text: 'You can pay the mould part and the goods part both in the Alibaba order, one invoice', rules: [] },
  // Round 43 (IoT, e-bikes, hair, farm machinery, furniture hardware) and variants
  {
    text: 'hello mr. Andreas, final price for 120 e-scooters 189 usd. only valid 24 hrs, pay deposit direct to my boss alipay, add telegram @tomscooter_cn I send QR',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Hi, i am forwarder agent of your supplier. Pls pay sea freight USD 2,150 to me directly, contact me on whatsapp +86 152 1877 0394 for invoice',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hi Markus, this is Anna from accounting. Due to currency regulation we now receive EUR only at our Lithuanian account (Revolut, LT41 3250 0774 1298 5530). Please remit the second payment there instead of the China account.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hola amigo, el pago del flete lo hace directo a mí, le paso número de cuenta por whatsapp +86 135 0928 7741',
    rules: [PAY, CONTACT],
  },
  {
    text: '사장님, 데모 POS 단말기 마지막 3대 남았어요. 다른 분도 문의 중이라 지금 페이팔 친구 계정으로 보내주시면 예약해 드릴게요',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hurry sir! Ship ETD is Monday. Just send 40% by bank transfer to our account, TA take 3 days to confirm, too late',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear customer, the account in the contract is for RMB only. For USD pls send to our agent account in Dubai: Emirates NBD, Al Noor General Trading LLC, AE46 0260 0010 1532 7719 804',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Mr Ahmed, our company account is full for this quarter (limit of foreign exchange). Pay this time to the personal account of our general manager, bank details in attachment.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Liebe Grüße aus Ningbo! Für die 10 Muster-Pedelecs bitte die Frachtkosten bar an unseren Fahrer bei Lieferung zahlen, 240 EUR, nicht über die Bestellung.',
    rules: [PAY],
  },
  {
    text: 'Proszę o kontakt na WhatsApp, podam dane do przelewu bezpośrednio do fabryki, będzie taniej niż przez Alibaba',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Kunde, Ihre Ware ist beim Zoll in Hamburg. Zahlen Sie heute 890 EUR Zollgebühr per Überweisung an unseren Agenten, sonst Lagergeld 60 EUR pro Tag.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sorry for the confusion, the bank in the PI was old. Please use this one for the 2nd payment: beneficiary Shenzhen Goldlink Supply Chain Co, account 44201 5300 4205 2581 773, CCB Shenzhen',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear Jennifer we can ship your 613 blonde bundles tomorrow, pls zelle the $820 to my sister in Houston 832-555-0146 then text me same number',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sister I have the Vietnamese raw hair you asked, only 5kg left. Pay N380,000 to Opay 8145520937 now and whatsapp me the receipt, before other customer take it',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Señor, el barco sale el jueves. Si no transfiere hoy los 3.200 USD del flete a la cuenta del forwarder, el contenedor con las cuchillas se queda en Ningbo y paga almacenaje',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear Andrei, new bank details for the handles order is in the PDF i send to your gmail, old account cannot receive EUR anymore, pls confirm on WhatsApp when paid',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'hi dear small problem, our alibaba bank account for receive payment have limit now, so pls make payment to my personal Bank of China card 6217 8520 0001 3349 882, same company',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Доброго дня, Олег. Через проблеми з банком просимо оплатити партію петель на рахунок нашого партнера в Гонконгу, реквізити в оновленому інвойсі.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear if you want we can also receive through your friend in China, he pay us RMB cash and we ship, cheaper for you',
    rules: [PAY],
  },
  {
    text: 'Sir the remittance you made bounced because of wrong SWIFT, our bank changed last month. Please message me on WeChat hw_manager_liu for the new account and resend',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Why you ask me to pay another account?? I am buyer, I will only pay inside the Alibaba order, sorry',
    rules: [],
  },
  { text: 'Vocês emitem a invoice no nome da minha empresa no Brasil? Mando o CNPJ aqui', rules: [] },
  { text: 'please pay the inspection fee 180 usd to us directly, not in the order', rules: [PAY] },
  { text: 'te paso los datos bancarios por WhatsApp para el depósito del 30%', rules: [PAY, CONTACT] },
  { text: 'Frachtkosten bitte bar an meinen Kollegen in Hamburg, er kommt am Montag vorbei', rules: [PAY] },
  { text: 'zahlen Sie die Musterkosten bitte an unseren Spediteur, 120 EUR', rules: [PAY] },
  {
    text: 'the account on the invoice was wrong, pls pay this one: Standard Chartered HK 447-120-88213',
    rules: [PAY, CHANGE],
  },
  {
    text: "Our company account is full this month, pay to our manager's account please",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our factory contacts in Accra can sell you the same hair, no rush, order through Alibaba when you are ready',
    rules: [],
  },
  {
    text: 'The bank details in the PI we sent through Alibaba are correct, nothing changed, pay in the order as usual',
    rules: [],
  },
  {
    text: 'Hurry up with the artwork please! We want to pay the deposit in the Alibaba order this week',
    rules: [],
  },
  { text: 'El pago del flete lo hace usted directo en la orden de Alibaba, no a mí', rules: [] },
  {
    text: 'Customs rules: goods left 90 days may be sold at auction, your container is already released',
    rules: [],
  },
  // Round 44 (LED signage for the Gulf, yarn and trims for South Asia and Turkey; FBA kitchenware, PPE for Africa,
  // pumps for Central Asia).
  {
    text: 'Dear container already loaded, you must pay balance today to the account in my last message otherwise shipping line charge detention 80 USD every day',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dada sample charge 3,000 INR Google Pay kore din 93305 61872 number e, tarpor WhatsApp e screenshot pathan',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Sayın müşterimiz, iplik siparişinizin bakiyesi bugün hesabımıza ulaşmazsa fiyat garantisi iptal olur. Alibaba dışından havale yapın lütfen, banka bilgileri aşağıda',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'भाई साहब sample का 25 dollar Paytm या UPI से भेज दो, मेरा number 98114 60273 है, वहीं बात करेंगे',
    rules: [PAY, CONTACT],
  },
  {
    text: "Dear T/T is also possible inside the Alibaba order, the payment page gives you Alibaba's own receiving account",
    rules: [],
  },
  {
    text: 'Уважаемый покупатель, если оплату за солнечные насосы на наш счёт не получим до пятницы, склад начнёт брать 50 долларов в день за хранение',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Merhaba, numune ücreti 120 dolar, lütfen şirket hesabına değil müdürümüzün kişisel hesabına gönderin, daha hızlı oluyor',
    rules: [PAY],
  },
  {
    text: 'Madam, for the Nairobi order pls call me +254 722 418 906, I give you the Equity Bank account of our Kenya office, pay in KES',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Amigo, el flete DDP sube mañana, transfiera hoy 1.850 USD a la cuenta de la agencia de carga que le envié y aseguramos el espacio',
    rules: [PAY, PRESSURE],
  },
  { text: 'If you want refund back pls first return 200usd to my paypal then we process', rules: [PAY] },
  { text: 'Can I pay the TA order with Apple Pay or only credit card?', rules: [] },
  // A Turkish "not" after the thing it refuses; "sino" starts another clause; paying into "our account" in Russian.
  { text: 'Western Union değil, sadece Alibaba', rules: [] },
  { text: 'Western Union ile değil, Alibaba üzerinden ödeyin', rules: [] },
  { text: 'no a la cuenta de la empresa sino a la cuenta personal del gerente', rules: [PAY] },
  { text: 'bizim adımıza havale yapın, kişisel hesabıma', rules: [PAY] },
  { text: 'переведите на наш счёт', rules: [PAY] },
  { text: 'оплату на наш счёт в Alibaba', rules: [] },
  { text: 'la agencia de carga le enviará la factura', rules: [] },
  { text: 'we refund through Alibaba, not PayPal', rules: [] },
  { text: 'the POS supports PayPal and refunds', rules: [] },
  // Round 45: construction materials for the Gulf and East Africa, private-label cosmetics, machinery for West Africa
  // and Ethiopia, party goods for Latin America, small appliances for Japan and Korea.
  {
    text: 'السلام عليكم أخي، أرسل لي رقم الواتساب حقك وأرسل لك بيانات الحساب البنكي لدفع العربون مباشرة بدون علي بابا',
    rules: [PAY, CONTACT],
  },
  { text: '안녕하세요, 샘플비는 위챗페이로 보내주세요. 알리바바 결제는 안 돼요', rules: [PAY] },
  {
    text: 'Pour le conteneur vers Dar es Salaam, le fret se paie directement à notre transitaire en espèces à Guangzhou, pas sur Alibaba',
    rules: [PAY],
  },
  {
    text: 'hi, got a msg from someone say they are your finance dept and ask me pay new account in HK. is that you??',
    rules: [],
  },
  {
    text: 'Mr Kwame your container is at Tema 12 days already, rent is 75 USD per day now. Pay my agent by MTN mobile money 024 558 1193 (Kofi Mensah) before Friday',
    rules: [PAY, PRESSURE],
  },
  { text: 'ቀሪውን ክፍያ በቀጥታ ወደ ወኪላችን የኢትዮጵያ ንግድ ባንክ አካውንት ያስገቡ፡ 1000418553207', rules: [PAY] },
  {
    text: 'Hola, soy el agente de la fábrica en Bogotá. El anticipo lo puedes enviar por Nequi al 310 552 8841 y yo le giro a China',
    rules: [PAY],
  },
  {
    text: '田中様、いつもお世話になっております。PSEの試験報告書を添付いたしました。今回の残金は手数料節約のため、弊社担当者個人のWise口座へお振込みいただけますでしょうか。口座の詳細はLINE（ID: hk_kitchen_sato）でお送りします。出荷は来週火曜日の予定です。',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hello Kofi, your 60kVA generator is ready and tested. I checked with our finance, because cedi transfer to China take long and banks charge too much, we can accept the balance by mobile money to our Ghana rep in Accra, he is trusted, many customers use him. Then we release the BL immediately.',
    rules: [PAY],
  },
  {
    text: 'A mis clientes en Perú les cobro por Yape, pero a China siempre pago por Alibaba no te preocupes',
    rules: [],
  },
  // Probe round 46 (sporting goods and pet supplies for Eastern Europe and Oceania; garments and jewellery for Asia,
  // the Gulf and Africa), and round 45's last misses.
  {
    text: 'Kindly send the LC amendment fee USD 420 directly, my colleague give you the account on WeChat: steelwang_88',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Baghdad customers usually pay thru exchange office in Erbil. call me on viber +964 750 228 1934 i tell you the address',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Our company account reach the limit for foreign payment this month, pls pay to my manager personal account in ICBC name Zhang Wei',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Buongiorno, la nostra banca è cambiata e il vecchio IBAN non è più valido. Per il saldo delle creme usi i nuovi dati che le mando subito.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear partner, due to sanctions review our USD collections moved to our Dubai subsidiary. for the rebar LC pls make beneficiary Al Safwa Metals FZCO instead of us',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Estimado, desde este pedido los pagos van a nombre de la empresa de mi primo en Hong Kong, Golden Sky Ltd, por temas de impuestos',
    rules: [PAY, CHANGE],
  },
  {
    text: 'عزيزي، الحساب القديم فيه مشكلة مع البنك، من فضلك حوّل باقي المبلغ على الحساب الجديد اللي هبعتهولك دلوقتي',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Szanowny Panie, proszę o wpłatę zaliczki 1200 USD bezpośrednio na konto naszego przedstawiciela w Polsce, będzie taniej bez prowizji Alibaba',
    rules: [PAY],
  },
  {
    text: 'Bună ziua, sunt de la agentul de transport din Constanța. Containerul dvs. cu echipament fitness a sosit, vă rog achitați direct către noi 1.850 lei taxe portuare în contul RO49 RZBR 0000 0600 1234 5678 până mâine, altfel se aplică 200 lei/zi depozitare',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dzień dobry, tu spedycja z Łodzi. Pana przesyłka z Chin (opony rowerowe, 2 palety) czeka na odprawę. Prosimy o przelew kaucji celnej 2 340 zł na nasz rachunek do jutra 12:00, inaczej naliczymy 150 zł za każdy dzień magazynowania.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dobrý den, vzorky pošleme hned, jen prosím pošlete 35 USD přes PayPal přátelé a rodina na jackwu.sport@gmail.com a napište mi na WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Laba diena, dėl pavyzdžių: sumokėkite 50 USD per Payoneer ir parašykite man WeChat tom_scooter_parts, atsiųsiu sąskaitą',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Вітаю! Для швидшого розмитнення в Польщі оплатіть 300 € напряму нашому агенту, його Viber +48 512 000 913',
    rules: [PAY, CONTACT],
  },
  {
    text: "Bro for the balance just PayID it to my mate in Melbourne, he's our agent, saves you the intl fees. PayID 0491 570 158",
    rules: [PAY],
  },
  {
    text: 'Bună ziua, contul nostru vechi nu mai este activ. Vă rog plătiți restul în noul cont de la Banca Transilvania, IBAN RO32 BTRL 0000 1234 5678 9012, și confirmați-mi pe WhatsApp',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Customs clearance deposit EUR 1,150 must arrive before 16:00 CET on our broker account in Gdańsk, otherwise container goes to customs warehouse and fine 2000 EUR',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hey mate, your refund was overpaid by mistake (AUD 1,400 instead of 140). Finance will freeze our store unless you return AUD 1,260 today by bank transfer to the account I send',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Labdien, lūdzu samaksājiet muitas depozītu 260 EUR tieši mūsu pārstāvim, rekvizītus prasiet Telegram @riga_cargo_lv',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Это последнее предупреждение: если до завтра не оплатите 1 200 $ на наш счёт в Казахстане, склад утилизирует ваш груз',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Witam, nasze konto w PKO zostało zablokowane, proszę zapłacić na nowe konto w mBanku. Szczegóły wyślę na WhatsApp, proszę podać numer.',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Hi Ben, biosecurity officer found bark on the cat tree sisal, fumigation + quarantine fee AUD 640 must be paid before 3pm or container exported back, I give you broker bank detail',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kiwi bro your order on hold because unpaid "import GST pre-clearance" NZD 180, pls send to me by bank transfer asap otherwise ship leave without your pallets',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Witam, nasze konto zablokowane przez audyt, przelew 70% proszę zrobić dziś na konto firmy partnerskiej, dane podam na Telegramie @anna_fitness_pl, jutro towar idzie do innego klienta',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Kak, pelunasan Rp 48.500.000 mohon ditransfer hari ini ke rekening BCA pribadi owner kami ya, kalau lewat jam 5 sore produksi sepatu kakak kami stop dulu',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Factory cashier call me again, they need the balance 6,800 usd in their account before Friday or they charge 3% fine per day and sell the 2000 pairs sneakers to other buyer',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Our finance refund you 7,300 instead of 730 by typing mistake!! Pls return the 6,570 to my personal account today, tomorrow audit start and I will have big problem',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sayang sekali kalau tak jadi, stok kasut ni tinggal 200 pasang je. Bayar deposit ke akaun Maybank peribadi saya sebelum pukul 6 petang, kalau tak saya jual ke buyer Johor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Friend the customs in Durban need 420 USD clearance fee today or cargo go back to China. Pay to our agent via MoneyGram, name is in my WhatsApp message, +27 71 504 2298',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Để em gửi mã VietQR, anh quét chuyển luôn 20% cọc nhé, đơn trên Alibaba em tạo sau cũng được',
    rules: [PAY],
  },
  {
    text: "Ağabey depozito bugün gelmezse fabrikayı durduruyoruz, lütfen verdiğim Ziraat IBAN'ına hemen gönder, dekontu da at",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kak, mohon maaf rekening perusahaan lama sedang diblokir karena pemeriksaan pajak, untuk pelunasan pakai rekening kasir pabrik yang baru ya, nomornya saya kirim sebentar',
    rules: [PAY, CHANGE],
  },
  { text: 'she will give you the account on whatsapp', rules: [PAY] },
  {
    text: 'we have an exchange office near the factory if you want to change money for your trip',
    rules: [],
  },
  // Probe round 47 (hotel and restaurant supplies for Latin America and Iberia, mining safety gear; phone accessories
  // and packaging for online sellers in Europe, North America, the Gulf and Pakistan).
  {
    text: 'Para el certificado CE de los cascos de seguridad debe pagar 380 USD directo al laboratorio tercero, le envío los datos bancarios de ellos, no se puede pagar por Alibaba.',
    rules: [PAY],
  },
  {
    text: 'Please note: new invoice re-issued from our Hong Kong trading company (Golden Bridge HK Ltd), please pay to this beneficiary from now, not to the factory account. Bank: DBS HK, acc 0479-110-83365.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Bro pay today the 2,000 USD by Wise to my colleague account, tomorrow the exchange rate change and price of the glassware go up 10 percent',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'La transferencia del flete hágala a nombre personal del jefe, Sr. Huang Wei, cuenta en ICBC, así sale más barato que a la empresa',
    rules: [PAY],
  },
  {
    text: 'Dear valued customer, our previous bank has blocked incoming USD. The corrected PI with our new Singapore account is attached, please pay the balance before the 15th or the shipping company will charge extra.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Pague o frete marítimo para Lisboa diretamente ao nosso agente, o banco é Millennium BCP, NIB que envio a seguir, a mercadoria paga pelo Alibaba normalmente',
    rules: [PAY],
  },
  {
    text: "Friend you must pay the container release fee 950 USD to the Callao agent today, he called me, here his whatsapp +51 900 000 218, if you don't pay he return container to China",
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Sehr geehrter Kunde, bitte überweisen Sie die Restzahlung für die Gastro-Spülmaschinen heute direkt auf unser Firmenkonto, nicht über Alibaba, sonst verlieren Sie den Platz im Container nach Hamburg.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Zanmi, pou depo a ou ka peye pa Zelle oswa CashApp, rele m sou WhatsApp, m ap ba ou tout enfòmasyon yo',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear, the port of Durban congestion surcharge USD 780 must be paid to our forwarder before vessel cut-off tomorrow or your PPE container rolls to next month.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ok the insurance for sea freight 180 USD pls pay separate by PayPal to my personal, the goods value still on Alibaba order',
    rules: [PAY],
  },
  {
    text: 'Good morning, finance department here. Due to tax audit our Industrial Bank account is frozen. Please send the 70% balance for order 2208-55431 to our Turkish partner account today to avoid late shipping.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'A conta para o sinal de 30% é pessoal do gerente, Sr. Zhou, no Bank of China Macau. É normal aqui, pode ficar tranquilo.',
    rules: [PAY],
  },
  {
    text: 'Xin chào anh, pls pay the 5,600 USD deposit today by TT to the company account in my message, tomorrow price of stainless 304 increase, I can not hold',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear friend, captain of vessel say this is last chance, you pay 1,100 USD extra BAF surcharge to our forwarder directly or they offload the container in Manzanillo',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Chef, para los cuchillos profesionales te hago precio especial si pagas por fuera. Escríbeme al +52 81 0000 7719 por WhatsApp y te paso la cuenta',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear, our finance need the balance by TT to the account I sent you in chat TODAY before 5pm Beijing time, otherwise the 5000pcs TWS earbuds will be released to another buyer from Dubai who is waiting',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir JazzCash pe 18,000 rupees bhej dein aaj raat tak, kal se rate barh jayega aur ye stock kisi aur party ko chala jayega',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'The Dubai FZE account is the only correct account now, our China account is closed. Send the remaining 70% to FZE account in the new PI',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Für die Musterkosten (35 €) bitte per PayPal an Freunde senden, Waren und Dienstleistungen geht bei mir leider nicht wegen Gebühren',
    rules: [PAY],
  },
  {
    text: 'ya basha el balance 3ala el account el gdeed bta3 CIB, el adim mawkoof. 7awel 3ala 1000 0000 4873 2219 b esm Ahmed Samir',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Beste klant, de samplekosten kunt u betalen via een Tikkie van onze agent in Rotterdam, gaat sneller dan via Alibaba',
    rules: [PAY],
  },
  {
    text: 'Dear Mr. Müller, due to new EU regulation we now receive EUR payments only to our Netherlands account, IBAN NL20 INGB 0000 4412 87. Pls confirm by email sales.eu.kevin@gmail.com',
    rules: [PAY, CHANGE, CONTACT],
  },
  { text: 'Okay, I will send quotation to your new account today', rules: [] },
  {
    text: 'Avec plaisir ! Je prépare la commande Alibaba avec Trade Assurance, vous pourrez payer directement dessus',
    rules: [],
  },
  { text: 'يا فندم احنا مش بنطلب فودافون كاش خالص، الدفع على علي بابا بس', rules: [] },
  { text: 'ابعت فودافون كاش على الرقم ده', rules: [PAY] },
  { text: 'حوّل فودافون كاش على الرقم ده', rules: [PAY] },
  { text: 'no se puede pagar por Alibaba con tarjeta? quiero pagar por Alibaba', rules: [] },
  // Probe round 48 (clinic equipment and farm inputs for India, Nigeria, Brazil, the Philippines, Kenya, Morocco, Egypt
  // and Turkey; truck parts for Russia, Central Asia, Mongolia and Georgia, school goods and toys for southern Europe).
  {
    text: 'Sir ji autoclave order ke liye 30% advance direct hamare HDFC current account me transfer kar dijiye, Alibaba pe 3% charge lagta hai, aapka paisa bachega',
    rules: [PAY],
  },
  {
    text: 'Oga abeg the engineer wey go install the dental unit for your clinic need visa money, send ₦450,000 cash through our agent for Ikeja, call am for 0803 555 0192',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hi maam the sample fee PHP 6,500 please send via Maya today, price will go up tomorrow because new stock',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bwana msimu wa kupanda unaanza, lipa balance leo kwa M-Pesa till number 5190447 ama container itaenda kwa mkulima mwingine',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Abi ilaçlama makinelerinin parasını bugün Papara ile gönderirsen bu fiyat geçerli, yarın yeni fiyat listesi geliyor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Olá, nossa conta antiga foi bloqueada por auditoria do banco central chinês, favor enviar o saldo de US$ 9.200 para a conta nova em nome de outra empresa do grupo',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Doutor, o técnico que vai instalar a cadeira precisa tirar visto, custo R$ 3.500, faz o Pix na chave 11955550412 e me manda o comprovante no whats',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Mkulima, offer ya greenhouse film inaisha Ijumaa, tuma deposit 40% kwa M-Pesa 0722 555 018 ya msimamizi wetu, la sivyo stock itauzwa',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Oga the container with drip pipe don land for Tin Can, abeg pay the clearing agent ₦1.2m cash today before demurrage start to count',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Khoya ila ma sifti l'acompte b CashPlus lyoum, l fellah li f Agadir ghadi ychri l conteneur kaml",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bro the seed trays deposit fit pay with USDT, message me for telegram make I give you wallet address',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Friend the company account have forex restriction now, pay to the personal account of our manager, I pass you the details on WhatsApp +86 150 5555 3381',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'اخويا ابعتلي فودافون كاش 500 جنيه رسوم المعاينة على الرقم ده وكلمني واتساب 01115550263',
    rules: [PAY, CONTACT],
  },
  { text: 'please place the order through Trade Assurance, I will send you the draft order now', rules: [] },
  { text: 'Dá pra pagar com Pix pelo próprio Alibaba? Não tenho cartão internacional', rules: [] },
  {
    text: 'brother u can bring cash to Yiwu market district 5 shop 28117, my cousin receive it and give receipt. add wechat hxparts_yiwu88 pls',
    rules: [PAY, CONTACT],
  },
  {
    text: "Assalomu alaykum aka, Payme orqali to'lasangiz ham bo'ladi, karta 8600 1404 7722 3915. Telegramga yozing @shina_tashkent_opt chekni yuboring",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Сайн байна уу, төлбөрөө Эрээн дэх манай агентад юаниар бэлнээр өгч болно, Alibaba-гаар дамжуулах шаардлагагүй',
    rules: [PAY],
  },
  {
    text: 'გამარჯობა, შეგიძლიათ პირდაპირ ჩვენს ანგარიშზე გადაიხადოთ, Alibaba-ს საკომისიო არ იქნება. მომწერეთ WhatsApp-ზე +995 599 41 27 83',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Καλησπέρα φίλε, μπορείς να πληρώσεις απευθείας στον λογαριασμό μας στην Κίνα χωρίς Alibaba, έτσι γλιτώνεις 3% προμήθεια',
    rules: [PAY],
  },
  {
    text: 'Уважаемый клиент, из-за санкций наш счет в Bank of Communications заблокирован для платежей из России. Новые реквизиты: ООО «Восток Логистик», р/с 40702810938000176542, ПАО Сбербанк, Москва',
    rules: [PAY, CHANGE],
  },
  {
    text: 'ძმაო, ბანკით ნუ გადარიცხავ, ნაღდი ფული მიეცი ჩვენს კაცს თბილისში, დაურეკე +995 555 18 64 02',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Дорогой друг, последний шанс! Курс юаня завтра меняется. Если переведете USDT сегодня — цена 42 600 юаней, завтра уже 45 000',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Сәлем брат, Kaspi-ге 50% аванс жіберсең, қалғанын тауар келгенде төлейсің. Номер +7 747 219 53 08, WhatsApp та осы',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Манай хуучин данс хаагдсан тул шинэ данс руу шилжүүлнэ үү: Хаан банк 5021884317, эзэмшигч Батболд',
    rules: [PAY, CHANGE],
  },
  {
    text: "Hurmatli mijoz, Alibaba orqali emas, to'g'ridan-to'g'ri Payme ga o'tkazsangiz 3% chegirma beramiz",
    rules: [PAY],
  },
  {
    text: "Attenzione: l'IBAN che le abbiamo mandato prima era sbagliato, quello corretto è IT29 K030 6909 6061 0000 0184 532 intestato a Lin Trading SRLS. Paghi lì il saldo per favore",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear friend, για τα παιχνίδια μπορείτε να πληρώσετε με Revolut στον προσωπικό μου λογαριασμό, πιο γρήγορα από Alibaba',
    rules: [PAY],
  },
  {
    text: 'hello domnule, I am agent in Bucharest for the factory, you can give me cash lei and I send to China same day. call me 0722 418 905',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Брат, можешь через Золотую Корону отправить на имя Ли Хуа, город Урумчи, так быстрее и без комиссии Алибабы',
    rules: [PAY],
  },
  {
    text: 'Склад в Иу закрывается на праздники. Если до пятницы не отдадите наличные нашему менеджеру, товар продадим другому клиенту',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'The account on PI is for EUR only. For USD pls pay to our boss account: Wang Jianguo, Agricultural Bank of China 6228 4801 2839 4417 079',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Бұрынғы Kaspi нөмірі бұғатталды, енді мына картаға жіберіңіз: 4400 4303 5521 0984 Айгерім Б.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ciao Luca, stock of EN71 slime only 300 ctns left, pay by bonifico directly to us today or another customer from Napoli take all',
    rules: [PAY, PRESSURE],
  },
  { text: 'Hi, do you have OEM number WG9725520274 for Howo leaf spring? need 60 sets', rules: [] },
  {
    text: "Kechirasiz, USDT bilan to'lamaymiz. Faqat Alibaba buyurtmasi orqali, iltimos buyurtma yarating",
    rules: [],
  },
  {
    text: "Import duty and VAT in Kazakhstan you pay to customs directly at Khorgos, we don't collect any customs fee",
    rules: [],
  },
  {
    text: 'Cash payment at our showroom in Yiwu? sorry no, our company only receive through Alibaba now, for your safety too',
    rules: [],
  },
  {
    text: 'The "gift card" insert for Christmas packaging we can print inside the lid, free of charge',
    rules: [],
  },
  {
    text: 'I asked my bank about paying to a personal account in China and they said no, so I only use Trade Assurance',
    rules: [],
  },
  { text: 'em vez de pagar pelo próprio Alibaba, faz um Pix direto pra mim', rules: [PAY] },
  { text: 'pay the customs fee to us directly', rules: [PAY] },
  { text: 'can you give me cash price for 500 sets?', rules: [] },
  { text: 'IBAN DE89 3704 0044 0532 0130 00', rules: [PAY] },
  // Round 49's fixes (coffee, event and audio gear for the Nordics, the Balkans, Israel, Ethiopia, Ghana and Canada;
  // CNC, boats, drones, eyewear and perfume for Iraq, the Caribbean, Chile, Peru, Japan, Korea, Malaysia, Indonesia and
  // the Gulf): local wallets, paying straight to an account in Swedish, Norwegian, Finnish, Serbo-Croatian, Albanian
  // and German, a suffixed "Western Uniona" and "PayPalilla".
  {
    text: 'Hej! Vi har bytt bank. Det gamla kontot i Shenzhen är fryst pga skatterevision, så betala resterande 70% för kaffeförpackningarna till vårt nya konto, uppgifterna står i PI v2.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Postovani, za uzorke LED svadbenih slova molimo uplatite 120 EUR preko Western Uniona na ime naseg agenta Li Qiang, Ningbo',
    rules: [PAY],
  },
  {
    text: 'היי דני, אפשר להעביר את המקדמה בביט לנציג שלנו בישראל, 054-7718203, ולשלוח צילום מסך בוואטסאפ. יותר מהיר מעלי באבא',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hei! Prøvene koster 450 kr, dere kan betale med Vipps til vår agent i Oslo, 412 77 039, så sender vi fra lageret',
    rules: [PAY],
  },
  {
    text: 'Hej, betal fragten 320 kr med MobilePay til 28 19 44 07 og send kvittering på WhatsApp samme nummer',
    rules: [PAY, CONTACT],
  },
  { text: 'ሰላም፣ የናሙና ክፍያ 2,500 ብር በቴሌብር ወደ 0912 48 3361 ይላኩ፣ ከዚያ በቴሌግራም ያሳውቁኝ', rules: [PAY, CONTACT] },
  {
    text: 'Zdravo, uzorak aparata za kafu mozete platiti preko Western Uniona, podatke saljem na Viber +86 133 0218 5579',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Në faturë është llogaria personale e shefit tonë, ju lutem paguani atje, del më lirë se përmes Alibaba-s',
    rules: [PAY],
  },
  {
    text: 'Hallo! Der Zoll hält die Espressomaschinen für Schweden fest, bitte überweisen Sie die Zollgebühr 410 EUR heute an den Spediteur, sonst gehen die Waren zurück nach China',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Vi kan ta emot betalning via Swish till vår svenska partner, 123 598 44 17, då slipper du avgifterna hos Alibaba',
    rules: [PAY],
  },
  {
    text: 'Pozdrav, avans od 30% uplatite direktno na privatni račun našeg zastupnika u Sarajevu, tako je brže i bez provizije',
    rules: [PAY],
  },
  {
    text: 'Hyvä asiakas, voitte maksaa ennakon suoraan kiinalaiselle henkilötilille, se on nopeampaa ja halvempaa kuin Trade Assurance',
    rules: [PAY],
  },
  {
    text: 'Preporučujem ti da platiš direktno na naš račun u kineskoj banci, Trade Assurance uzima proviziju 😉',
    rules: [PAY],
  },
  {
    text: 'اخي العزيز ممكن تدز العربون على زين كاش رقمي 07814429073 وكلمني واتساب على نفس الرقم حتى نكمل الطلب',
    rules: [PAY, CONTACT],
  },
  {
    text: 'hola po, el flete maritimo hasta San Antonio lo pagas aparte por MACH o transferencia a mi cuenta RUT, hablemos mejor por wsp +56 9 7741 2280',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Yow boss the outboard engine dem ready, just send di balance through Lynk to mi number an mi ship it Monday',
    rules: [PAY],
  },
  {
    text: 'عزيزي حتى نكمل شحن ماكنة الـCNC لاربيل حول باقي المبلغ على FIB باسم المحاسب مالتنا هاوكار، اسرع من البنك',
    rules: [PAY],
  },
  {
    text: 'Puede hacer un plin de 350 soles para el envio de los repuestos del motor fuera de borda, asi no pasamos por alibaba y sale mas rapido',
    rules: [PAY],
  },
  {
    text: 'Si no me transfieres por MACH antes de las 18h la lancha se la lleva otro cliente de Valparaíso, ya me ofreció mas',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kak untuk order serum halal ni boleh bayar guna QR DuitNow, saya share QR kat WhatsApp ya 😊',
    rules: [PAY, CONTACT],
  },
  {
    text: 'We can print your Swish QR code on the bag so your customers can pay you at the farmers market',
    rules: [],
  },
  { text: 'Aqui en Chile pago con MACH casi todo jaja pero tranqui, yo pago por Alibaba nomás', rules: [] },
  { text: 'our CNC uses Mach3 control, pay in the Alibaba order', rules: [] },
  {
    text: "We pay our own forwarder directly for the sea freight, it's our company in Montreal we always use",
    rules: [],
  },
  {
    text: 'MTN MoMo is how our customers pay us in Ghana, so the POS for the coffee shop must support mobile money 👍',
    rules: [],
  },
  { text: 'Yape y Plin no aceptamos, solo pago por Alibaba.com, disculpe', rules: [] },
  {
    text: 'The buyer who told you we changed bank is not us!! our only payment way is Alibaba Trade Assurance',
    rules: [],
  },
  {
    text: 'Our whatsapp number is printed on the machine nameplate only for after sales service, but for now we talk here',
    rules: [],
  },
  {
    text: 'we dont use bit.ly or any short links, all our files we send inside this chat as attachment',
    rules: [],
  },
  {
    text: 'Buyer reminder: I will release payment only after inspection report is uploaded in the Alibaba order',
    rules: [],
  },
  // Round 49's fixes: a refund "by mistake on alibaba" to send back to PayPal; Kurdish money by FIB; a deadline to
  // confirm in Haitian Creole and Malay.
  {
    text: 'We refund you 500 usd by mistake on alibaba, pls return it to my paypal sales.xu88@outlook.com',
    rules: [PAY],
  },
  {
    text: 'کاکە پارەکە بە FIB بنێرە بۆ ئەکاونتی کوڕەکەم، ناوی ئاراس، ئینجا ئێمە ئامێرەکە دەنێرین',
    rules: [PAY],
  },
  {
    text: 'Frè, fòk ou voye frè ladwàn nan jodi a pa Western Union sinon motè a ap rete nan pò Pòtoprens e yo chaje 50 dola chak jou. Rele m sou WhatsApp +509 3712 4408',
    rules: [PAY, CONTACT, PRESSURE],
  },
  // An engineer's fee paid by hand.
  { text: 'pls pay his 600 usd daily fee cash when he arrives at your factory', rules: [PAY] },
  // Round 49's leftovers: an account on a PI "dated 12 March", cash at an agent's in Gulf Arabic, deadlines with a loss
  // in Norwegian, Albanian and Iraqi Arabic.
  {
    text: 'Përshëndetje, çmimi për 200 karrige Chiavari vlen vetëm deri nesër. Nëse e dërgoni depozitën direkt në llogarinë tonë bankare sot, e mbajmë çmimin, përndryshe shkon te një klient tjetër.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hei, lagerplassen koster 60 USD per dag fra i morgen. Send tollavgiften til speditøren vår med bankoverføring i dag, kontonummeret står under.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Note: the bank account on PI dated 12 March is not valid anymore, blocked by tax bureau. do not send there. our finance will give you the new one',
    rules: [CHANGE],
  },
  {
    text: 'اخوي الدفع يكون كاش عند مندوبنا في ديرة، تواصل معاه على الواتساب 0503 118 274 وهو يعطيك الوصل',
    rules: [PAY, CONTACT],
  },
  {
    text: 'لازم تحول اليوم على زين كاش، باچر السعر يصعد والبضاعة تروح لزبون من البصرة، ما اكدر انطرك',
    rules: [PAY, PRESSURE],
  },
  { text: 'Hej, vi skickar provet i dag, betalning sker i Alibaba-ordern', rules: [] },
  { text: 'Vi sender prøvene i morgen, betal gjerne når du er klar', rules: [] },
  {
    text: 'The bank details on the PI dated 12 March are the same as before, pay in the Alibaba order',
    rules: [],
  },
  // Round 49's leftovers: Yape as a verb, Indonesian "ditransfer", a Croatian payment page.
  {
    text: 'Estimado, para agilizar el despacho de la impresora 3D puede yapearme el adelanto de S/ 1,200 a mi numero 987 114 236, luego le envio la factura',
    rules: [PAY],
  },
  {
    text: 'Kak, ongkir laut + bea masuk total Rp 8.500.000 harus ditransfer hari ini via DANA ke 0813 5520 7741, kalau tidak container ditahan di Tanjung Priok dan kena denda per hari',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Vaša pošiljka čeka, uplata carine ovdje: https://posta-hr-carina.com/placanje?ref=HR7781',
    rules: [PAY, LINK],
  },
  // A shop's customers said to pay it in one clause; the next clause's request still counts.
  { text: 'our customers pay us by Swish, so you can pay us by Swish too', rules: [PAY] },
  // Round 49's leftovers: an agent's account at a named bank, a Haitian transfer counter, Turkish payment to the new
  // account, a Croatian payment page.
  {
    text: 'La aduana cobra almacenaje S/ 90 por dia, deposita hoy a la cuenta BCP de mi agente o se remata la carga, no hay otra',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear Nadia, for Port-au-Prince shipment you can pay our agent through Sogexpress, I send you his name on whatsapp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Merhaba, eski IBAN hesabımız bloke oldu, lütfen bakiye ödemesini yeni hesabımıza yapın: TR41 0006 4000 0011 2345 6789 01, alıcı adı farklı ama aynı firma',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dobar dan, za plaćanje carine za vašu pošiljku razglasa kliknite ovdje: https://posta-hr-carina.com/placanje?ref=HR7781',
    rules: [PAY, LINK],
  },
  { text: 'we pay the customs fee in cash at the port ourselves, you dont need to do anything', rules: [] },
  { text: "le compte rendu de mon directeur sur l'audit de l'usine est prêt", rules: [] },
  { text: 'ödemeyi alibaba üzerinden yapın, hesabımıza değil', rules: [] },
  // Probe round 50 (vape, aquarium and baby goods; construction machinery, tyres and 3D printing; Portugal, Brazil,
  // Vietnam, the Baltics, Central Africa, the Pacific, Central Asia, the Caucasus, Bangladesh, Sri Lanka, Eastern
  // Europe, Mexico).
  {
    text: "Bonjour mon frère, pour les poussettes on fait simple: mon cousin à Guangzhou va récupérer le cash, tu déposes chez l'agent de transfert à Kinshasa. Appelle-moi sur WhatsApp +243 81 000 4472",
    rules: [PAY, CONTACT],
  },
  {
    text: "mbote papa, pour l'acompte des biberons tu peux passer par M-Pesa au numéro de notre agent à Kinshasa, c'est plus rapide que Alibaba",
    rules: [PAY],
  },
  {
    text: 'Salom aka, pulni Alibaba orqali emas, naqd Toshkentdagi odamimizga berasiz, telegram: @yiwu_toshkent_cargo',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Labdien, lai ietaupītu komisiju, pārskaitiet naudu tieši uz mūsu Honkongas kontu, nevis caur Alibaba. Rekvizītus nosūtīšu PDF formātā.',
    rules: [PAY],
  },
  {
    text: 'Tere, meie Alibaba makse on ajutiselt peatatud, palun tehke ülekanne uuele kontole: LT62 3250 0174 8812 0456, saaja UAB Vaiku Prekes Trade',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Anh ơi tiền mẫu núm ti 35 đô anh quét mã QR Alipay hoặc WeChat Pay em gửi nhé, nhận tiền em gửi mẫu luôn',
    rules: [PAY],
  },
  {
    text: 'For customs fee in Douala 450,000 FCFA please deposit at Express Union to the name of our transitaire Mr Ngono Paul and send us the receipt',
    rules: [PAY],
  },
  {
    text: 'Bula! Your aquarium order 4 pallets is at Suva wharf, pay FJD 2,300 handling to our broker account today or it goes back to China at your cost',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mano drauge, galite atsiskaityti Bitcoin, tada duosime 4% nuolaidą nuo visos sumos',
    rules: [PAY],
  },
  {
    text: 'Xin chào anh, công ty em có tài khoản Vietcombank ở HCM, anh chuyển VND trực tiếp cho nhanh, Zalo em 0912 000 384 em gửi số tài khoản',
    rules: [PAY, CONTACT],
  },
  {
    text: "Mbote! Pour éviter les frais Alibaba, envoie l'argent par la maison de transfert à Gombe, on te donne le code par SMS et notre gars récupère à Guangzhou",
    rules: [PAY],
  },
  {
    text: 'Mbongo ya commande ya biberons, tinda yango na Orange Money na numéro oyo +243 89 000 1276, soki problème benga ngai na WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Aka, 1000 dona vape uchun pulni bugun naqd dollarda Toshkentdagi vakilimizga bering, ertaga narx 20% oshadi',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Galite sumokėti grynais mūsų atstovui Vilniuje, jis pats atvažiuos į jūsų sandėlį paimti pinigų',
    rules: [PAY],
  },
  {
    text: 'Привет, можно через обменник в Ташкенте: отдаешь сумы, наш человек в Иу получает юани. Так все делают, быстро',
    rules: [PAY],
  },
  {
    text: "Palun pange tähele, meie pangakonto on muutunud. Uus konto Wise'is, saaja Li Hong, IBAN BE71 9670 3344 1289",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Paskutinė diena: jei šiandien nesumokėsite per Western Union, prarasite 0.92 USD kainą ir vietą gamyboje',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boa tarde, a conta da empresa mudou, o novo IBAN português é PT50 0033 0000 4521 8890 1120 5, mande o comprovativo pelo WhatsApp',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Mon frère la marchandise est déjà à Kribi, envoie les 350 000 FCFA par Orange Money avant ce soir sinon le magasinage augmente chaque jour',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ça va? Pour le reste on peut faire en cash à Libreville, notre associé gabonais passe chez toi récupérer',
    rules: [PAY],
  },
  {
    text: 'سلام برادر، پول را از طریق حواله به صراف ما در هرات بفرستید، شماره واتساپ صراف 0093 700 000 412 — قطعات بیل مکانیکی فردا بار میشه',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Señor la excavadora ya está en el puerto de Manzanillo, el agente aduanal pide 1,850 USD por Western Union hoy mismo o cobran almacenaje 120 dólares diarios',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Salam qardaş, ekskavator üçün qalan 40% ödənişi bu gün nağd olaraq Bakıda ofisimizə gətirin, yoxsa sabah başqa alıcıya satacağıq',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Jó napot! A konténer a koperi kikötőben van, 650 EUR kiadási díjat kell fizetni ma a szállítmányozó magánszámlájára, különben napi 90 EUR tárolási díj.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Բարև ձեզ, կանխավճարը խնդրում եմ փոխանցեք Idram-ով կամ կանխիկ մեր գործընկերոջը Երևանում, Alibaba-ով պետք չէ',
    rules: [PAY],
  },
  {
    text: 'Sorry friend but steel price up, need you top up 800 USD by western union today, if not factory will stop production of your bucket teeth',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Здравейте, за гумите може да платите в брой на шофьора при доставка в Русе, така е по-евтино, без такси за Alibaba',
    rules: [PAY],
  },
  {
    text: 'Estimado, su contenedor en Puerto Quetzal tiene retención aduanal, debe depositar Q 9,800 a la cuenta del agente hoy, mañana empiezan multas de 150 USD por día',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear friend, I am export manager. Special price this week: 2 sets used Komatsu PC300 at 38k each, but need deposit by crypto today. Add me WhatsApp +86 177 0000 6152 quickly, many buyer waiting',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'ur goods r ready but u havent paid the port fee. 480 bucks cash app to $ChinaTyreExport by end of day or they go back to warehouse and u eat the restocking',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Az alkatrészekért fizethet készpénzben is a sofőrnek Záhonynál, így nincs banki költség',
    rules: [PAY],
  },
  {
    text: 'POZOR: náš účet u Bank of China je zmrazen kvůli kontrole. Doplatek 12 400 USD pošlete dnes na nový účet v Turecku, jinak nestihneme loď 14.6.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'ფული გადმორიცხეთ პირად ბარათზე, TBC ბანკი, 4000 0000 1234 5678, ალიბაბას საკომისიო არ დაგჭირდებათ',
    rules: [PAY],
  },
  {
    text: 'Barev dzez, mnacac gumar@ tveq Telcell-ov kam kanxik, grum em WhatsApp-ov +374 91 000 217',
    rules: [PAY, CONTACT],
  },
  {
    text: 'வணக்கம் சார், டயர் ஆர்டருக்கு முன்பணம் எங்கள் ஏஜெண்ட் கணக்கில் நேரடியாக அனுப்புங்கள், Alibaba fee இல்லை',
    rules: [PAY],
  },
  {
    text: 'Вантаж на кордоні в Ягодині, митний брокер вимагає 700 євро готівкою сьогодні, інакше повернуть машину назад до Польщі',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'just do bank transfer to my company in Dubai, we handle the sanctions for you, no problem with alibaba rules',
    rules: [PAY],
  },
  {
    text: 'Пратката е във Варна, агентът иска 350 евро за освобождаване по Revolut днес, иначе склад 40 евро на ден. Пишете му във Viber +359 88 000 4417',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'حساب جدید شرکت در ترکیه است، لطفا از طریق صرافی به این حساب لیر بفرستید، حساب قبلی دیگر فعال نیست',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Utolsó figyelmeztetés: ha holnapig nem utalja a 4 800 USD-t a megadott magánszámlára, a rakodógépet eladjuk másnak és az előleg elveszik',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'დღესვე გადაიხადეთ 2000 ლარი ნაღდი ფულით საბაჟო აგენტთან ფოთში, თორემ ხვალიდან ჯარიმა დაგერიცხებათ',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss, balance eka ape Dubai office ekata cash walin denna puluwan, WhatsApp karanna +971 50 000 7712',
    rules: [PAY, CONTACT],
  },
  {
    text: 'someone on whatsapp claiming from your company asked me pay USDT. I blocked him. pls check your staff',
    rules: [],
  },
  // Round 50, found in part: the changed bank without the payment it implies, the partner account without the sanctions
  // pretext, the stopped account without its pressure.
  {
    text: 'Sveiki, dėl sankcijų mūsų bankas Kinijoje nebepriima eurų, prašome mokėti į partnerio įmonės sąskaitą Estijoje, rekvizitai sąskaitoje faktūroje',
    rules: [PAY],
  },
  {
    text: 'Kindly stop the payment to Bank of Communications immediately!! It is being investigated. If you pay there money will be lost and we cant ship. New details coming',
    rules: [PAY, CHANGE, PRESSURE],
  },
  // Probe round 51 (fertilizer and farm machines, medical disposables and LED signs for East Africa, Nigeria, Pakistan,
  // Egypt, Morocco, the Philippines, Thailand, Turkey, Poland, Italy and Greece; pet goods, cosmetics packaging and
  // kitchenware for East Asia, Southeast Asia, Nepal, Mongolia, New Zealand, Spain, Argentina, Austria and
  // Switzerland).
  {
    text: 'Rafiki bei ya DAP inapanda kesho. Ukituma deposit leo moja kwa moja kwa account yetu ya KCB tunakushikia USD 612/ton, kesho hakuna bei hiyo.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Oga abeg make we no use alibaba for this one, their charge too much. Just pay the balance enter our Access bank account, I go send the details for WhatsApp +234 806 412 7739',
    rules: [PAY, CONTACT],
  },
  {
    text: 'بھائی سیمپل فیس 150 ڈالر ہمارے ایجنٹ کے اکاؤنٹ میں بھیج دیں، علی بابا پر آرڈر بنانے کی ضرورت نہیں',
    rules: [PAY],
  },
  {
    text: 'Hello sir, I am Kevin from Alibaba Trade Assurance team. Your supplier requested early release of the funds, to stop it you must pay 150 USD reversal bond to our settlement officer',
    rules: [PAY],
  },
  {
    text: 'last price for you 0.028 usd/pc for 3-ply masks, only valid today!! contact my WhatsApp +86 159 0218 4476 and pay TT to company account, tomorrow factory take other order',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Customs don hold your container for Apapa o. You go pay N850,000 clearing fee enter this account today or dem go auction am',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'bhai advance 40% Meezan bank me direct dal do, alibaba ki commission dono ki bachegi',
    rules: [PAY],
  },
  {
    text: 'ISO 13485 audit company need USD 450 audit fee before shipping, this is buyer side cost. pls pay to MedCert Global by bank transfer, i send the account',
    rules: [PAY],
  },
  {
    text: 'Ndugu mnunuzi, kampuni ya ukaguzi imeagiza ada ya ukaguzi USD 300 kabla mzigo wa mbolea haujapakiwa. Lipa kupitia akaunti hii leo la sivyo mzigo utachelewa wiki tatu.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'My broda this tractor price na only today o. Send the 20% deposit to my personal account, I go share am for WhatsApp. Tomorrow another customer go carry am.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Attenzione: l'IBAN indicato in fattura non è più valido, usate questo nuovo conto in Lituania LT72 3250 0118 4471 2093",
    rules: [PAY, CHANGE],
  },
  {
    text: 'لازم تحول الفلوس النهارده على حساب الشركة مباشرة، بكرة السعر هيزيد 15% ومش هقدر أثبته',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Αν δεν στείλετε την προκαταβολή σήμερα στον λογαριασμό που σας έδωσα, χάνετε τη θέση στην παραγωγή.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boss abeg no pay to the Zenith account again, use this new GTBank one 0219447381 name Okoro Ventures',
    rules: [PAY, CHANGE],
  },
  {
    text: "WhatsApp'tan yazın +90 532 417 8820, ödeme bilgilerini oradan paylaşırım, Alibaba komisyonu çok yüksek",
    rules: [PAY, CONTACT],
  },
  {
    text: 'our account in Agricultural Bank of China is in maintenance, pay the 70% to our Bank of Communications account this time pls',
    rules: [PAY, CHANGE],
  },
  { text: 'the LED sign text will be "PHARMACY OPEN 24H - Lipa na M-Pesa" as u asked?', rules: [] },
  { text: 'sir payment Alibaba se hogi, kisi personal account pe nahi bhejunga', rules: [] },
  {
    text: 'Dai, customs clearance ko lagi NPR 18,500 eSewa ma pathaunus 9800 00 4417 ma, ani screenshot WhatsApp ma pathaunus hai',
    rules: [PAY, CONTACT],
  },
  {
    text: '친구, 알리바바 수수료 너무 비싸요. 샘플비 5만원은 그냥 제 계좌로 보내주세요: 국민은행 123401-04-567890 김민수',
    rules: [PAY],
  },
  {
    text: 'Dear valued customer, due to annual audit our Bank of China account can not receive payment until 15th. To not delay your shipment pls pay the 70% balance to our Hong Kong branch today: Glory Pack HK Ltd, DBS 7892-334-01, swift DHBKHKHH',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'yaar ek kaam karo, balance 60% seedha hamare Hong Kong company account me bhej do, Alibaba wala fee bach jayega. details abhi bhejta hu',
    rules: [PAY],
  },
  {
    text: 'Hi, small change: pls pay to our sister factory account this time (Dongguan Yongsheng Hardware), our main account reached the yearly forex limit. Acc no 4410 0208 6621 90',
    rules: [PAY, CHANGE],
  },
  {
    text: 'NZ customs need biosecurity fee NZD 210 for the bamboo pet beds, pls pay our broker directly today or goods will be sent back to China',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Сайн уу найз аа, Khan Bank данс руу шилжүүлээрэй 5000 0000 12, баримтаа WhatsApp-аар явуулаарай',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear Mr Sato, we give you 3% discount if you pay by LINE Pay today, tomorrow the price back to normal',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dai 10% off if you send via IME Pay today only, contact Viber 9800 000 331',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'hocam disaridan odeme yapmak guvenli mi? Alibaba komisyonu yuksek diyorlar ama emin degilim',
    rules: [],
  },
  // Near misses of round 51's fixes: a machine (not an account) in maintenance, account-opening forms, a logo (not a
  // payment) wanted today.
  { text: 'the machine is in maintenance this week, we restart the line on Monday', rules: [] },
  { text: 'we send the account opening forms for your distributor portal by DHL', rules: [] },
  { text: 'please send the logo today, if not we will use the old one', rules: [] },
  { text: 'we are claiming from the insurance, pay the 500 usd by usdt', rules: [PAY] },
  // Probe round 52 (furniture, bicycles and valves for France, Belgium, Québec, Senegal, Côte d'Ivoire, Algeria,
  // Tunisia, Iran, Israel, Romania, Moldova, Serbia, the Netherlands, Indonesia and Malaysia; solar gear, cameras and
  // printing for Southern and East Africa, Sudan, Somalia, the Gulf, India, Bangladesh, the US, Colombia and
  // Venezuela).
  {
    text: "Bonjour Madame, je suis Maître Ndiaye, avocat du fournisseur. Pour sécuriser la commande de 60 lits, l'acompte de 1 500 000 FCFA doit être déposé sur mon compte séquestre avant vendredi, sinon le stock sera attribué à un autre client. Joignez-moi au +225 07 48 19 22 30",
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'if you transfer in USDT TRC20 today I give extra 5% discount for the 200 pumps, this offer only until midnight',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Atenție: contul nostru de la BCR nu mai este valabil. Vă rugăm să plătiți restul doar în noul IBAN din proforma atașată.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Khouya l'avance dirha par CCP f compte ta3 sahbi, ana nthala fik w nb3atlek la marchandise, ma tsahalch Alibaba",
    rules: [PAY],
  },
  {
    text: 'Salam waay, yonnee ma xaalis bi ci Orange Money 78 551 20 43, matelas yi dinañu dem ci ayu bés bi. Moo gën a gaaw',
    rules: [PAY],
  },
  {
    text: 'Mon frère on est ensemble, tu envoies les 300 mille par Orange Money ou mandat cash et les vélos quittent Abidjan demain matin. Si tu dors dessus le gars de Yopougon va tout prendre',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Salam, les frais de douane ta3 les pompes 85 000 DA, khalashom cash l transitaire ta3na f Oran, sinon yb9aw f port w magasinage kol nhar',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Le notaire Me Sarr à Dakar va recevoir le dépôt de garantie pour les pompes solaires, virement à son étude, RIB en pièce jointe. Faites vite, le bateau part le 12 et après c'est fini",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir, if you not pay today the transport difference 640 EUR direct to the carrier, the truck with the beds leave without your goods',
    rules: [PAY, PRESSURE],
  },
  { text: '亲，样品费350元直接转我个人支付宝就行，账号我微信发你，平台手续费太高了', rules: [PAY, CONTACT] },
  {
    text: 'Faites un mandat cash à La Poste au nom de M. Diallo Ibrahima, 600 €, et envoyez-moi la photo du reçu',
    rules: [PAY],
  },
  { text: 'يا خويا الخلاص بالدينار كاش في وهران عند الوكيل تاعنا، ومن بعد نبعثو السلعة', rules: [PAY] },
  {
    text: 'Hello, after change of bank (BIAT to Attijari) pls use the new RIB for the rest of payment',
    rules: [PAY, CHANGE],
  },
  { text: 'Sis can pay with QRIS, I send the QR code by WA 0857-1122-9043', rules: [PAY, CONTACT] },
  {
    text: "Attention, quelqu'un se fait passer pour votre société sur WhatsApp et m'a demandé de payer sur un autre RIB. Je n'ai rien envoyé, je reste sur Alibaba.",
    rules: [],
  },
  {
    text: 'Plata o facem prin Alibaba Trade Assurance, nu prin transfer direct, așa e politica firmei',
    rules: [],
  },
  {
    text: "my last supplier asked me Western Union and I lost 2000 USD, that's why now only Trade Assurance",
    rules: [],
  },
  {
    text: 'Hola amigo, el pago de la proforma PI-7782 fue devuelto por el banco intermediario 😞 por favor envíelo otra vez a la cuenta nueva: Ping An Bank 1500 3326 7741 09 a nombre de Yuhang Solar Trading',
    rules: [PAY, CHANGE],
  },
  {
    text: 'puede hacer el pago móvil Banesco al 0414-555-0173 CI V-18.552.311 y me manda el capture por WhatsApp al mismo numero',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Mukoma the clearing agent in Harare is waiting, send USD 120 via EcoCash to 077 555 0419 name T. Moyo then he release your inverter',
    rules: [PAY],
  },
  {
    text: 'ሰላም ወንድሜ, transport from Djibouti to Addis is 4,500 birr, pls send with HelloCash to 0915 550 273 agent name Dawit then we load the panels',
    rules: [PAY],
  },
  {
    text: 'Walaal lacagta shixnadda $210 ku soo dir EVC Plus 61 555 0388 magaca Abdirahman, kadib tracking-ka ayaan kuu soo dirayaa',
    rules: [PAY],
  },
  {
    text: 'حبيبي الطلبية جاهزة، حول الباقي 18,400 درهم على حسابنا الجديد في بنك الإمارات دبي الوطني لأن الحساب القديم موقوف للمراجعة',
    rules: [PAY, CHANGE],
  },
  {
    text: 'akhi send the deposit 3ala el account el jdeed pls, el old one closed by the bank. kalimni whatsapp +971 50 555 0236 a3tik el details',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Dada payment PhonePe var kara 90555 01876 la ani screenshot WhatsApp var pathva, mag lagech dispatch karto',
    rules: [PAY, CONTACT],
  },
  {
    text: "Y'all's 40 panels are held at the Laredo warehouse, customs needs a $275 hold fee via Cash App $SolarDepotTX by 5pm or they get sent back to the port",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'أرامكس: شحنتك معلقة بسبب عنوان غير مكتمل، يرجى تحديث البيانات ودفع 7.50 درهم عبر aramex-ae-delivery.com/p/8832',
    rules: [PAY, LINK],
  },
  {
    text: 'Sawubona mfowethu, ngicela ukhokhele idiphozi ku-akhawunti yami ye-FNB 6281 554 0973, noma ku-Capitec uma kulula',
    rules: [PAY],
  },
  {
    text: 'Goeiemôre, ons bankbesonderhede het verander. Betaal asseblief die balans in ons nuwe Standard Bank rekening 0724 559 183, die ou een is gesluit.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Boss pay the clearing agent at Nakonde K3,500 through Airtel Money 097 555 0182. if not cleared in 14 days ZRA will auction the batteries',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kaka the Zambian customs holding your 20 panels, send K1,800 MTN MoMo 096 555 0144 today and call me on same number after, tomorrow the fine is double',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Walaal haddaad maanta ku soo dirto Sahal 63 555 0291 lacagta hore qiimaha waan kuu hayaa, berri wuu kordhayaa',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Se non paga la differenza di 600 euro con bonifico diretto entro stasera, i pannelli verranno venduti a un altro cliente',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sundarban Courier: apnar parcel (CCTV DVR) atke ache, 150 taka fee din ei link e sundarban-parcel.xyz/p/4410',
    rules: [PAY, LINK],
  },
  {
    text: 'Ndapota tumirai mari ye deposit ku EcoCash 078 555 0265, zita ndi Farai, ipapo tinotumira ma panels',
    rules: [PAY],
  },
  { text: 'Pago por Zelle no amigo, yo solo compro por Alibaba con protección, mande el pedido', rules: [] },
  { text: 'Maa ngi fey ci Alibaba rekk, duma yónnee xaalis ci Wave walla Orange Money', rules: [] },
  {
    text: 'en Venezuela mucha gente paga por pago móvil pero yo prefiero Alibaba, así tengo garantía',
    rules: [],
  },
  {
    text: 'Mukuru is how I send money to my mum in Bulawayo haha, for business I use only Alibaba',
    rules: [],
  },
  { text: 'il bonifico diretto tramite Alibaba Trade Assurance va bene per noi', rules: [] },
  // Rounds 50 and 52, found in full now: a Hebrew changed account with the new details "in the attached invoice", and a
  // French deadline whose "ne … pas" sets a condition ("si … ne sont pas envoyés … avant 17h").
  {
    text: 'שים לב: פרטי החשבון שלנו השתנו. אל תעביר לחשבון הישן בבנק לאומי, יש פרטים חדשים בחשבונית המצורפת',
    rules: [PAY, CHANGE],
  },
  {
    text: "Si les 75 000 F de transit ne sont pas envoyés par Orange Money avant 17h, le camion reste au port de San Pedro et c'est 10 000 F par jour",
    rules: [PAY, PRESSURE],
  },
  // Probe round 53 (auto parts and garment trims for the Levant, Uganda, Rwanda, Bolivia, Paraguay, Ecuador, Uruguay,
  // Russia, Belarus, Ireland and Scotland; food packaging and salon equipment for Thailand, Cambodia, the Philippines,
  // Malaysia, Singapore, Hong Kong, Taiwan, Germany, Austria, Poland, Czechia, the US and Canada).
  {
    text: 'Muraho boss, the 200 label rolls are ready. Ohereza amafaranga kuri MoMo 078 551 2294 (Habimana J.) then we talk on whatsapp same number',
    rules: [PAY, CONTACT],
  },
  {
    text: "Hello, I'm the customs broker for your zipper shipment at Grangemouth. Clearance is £142, pay by card-to-card to the details below before 5pm today or it goes back to China",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hakuna shida, unaweza kulipa kwa Airtel Money 0752 301 448 jina Nakato Sarah, then we ship the wheel caps',
    rules: [PAY],
  },
  {
    text: 'Можно оплатить по СБП на номер +7 916 204 31 87, Тинькофф, получатель Дмитрий С. — это наш менеджер',
    rules: [PAY],
  },
  {
    text: 'Brother i need your answer now. factory will sell this lot of brake discs to another customer. send deposit via Western Union today and whatsapp me the MTCN +86 158 6721 0493',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'to save time, lipa deposit kwa account ya kampuni yetu ya Nairobi, we ship from there to Kampala',
    rules: [PAY],
  },
  {
    text: 'You can pay the customs broker by card to card to this Visa 4276 3801 2294 6615, he is my friend in Minsk, fast release',
    rules: [PAY],
  },
  {
    text: 'Уважаемые партнёры! С 1 числа мы больше не принимаем оплату на счёт в ВТБ. Срочно переведите остаток 214 000 руб на новую карту 2200 7013 4456 0921 до конца недели, иначе заказ аннулируется',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Ты что делаешь? груз уже на таможне в Бресте, брокер ждёт 380 BYN на карту, каждый день простоя 40 BYN. Переводи сейчас',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ahlan, 7sab l sharike sar bel Emirates NBD mesh bel Bank of China, 7awel 3al IBAN l jdid AE07 0260 0010 1234 5678 901 pls',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Oye amigo mándame tu whatsapp y te paso el link de Mercado Pago, es más rápido que Alibaba',
    rules: [PAY, CONTACT],
  },
  {
    text: '唔好意思，我哋公司戶口因為審計暫時凍結咗，尾數麻煩轉去新戶口：中銀香港 012-883-0-071245，收款人 永興包裝貿易，唔該晒',
    rules: [PAY, CHANGE],
  },
  {
    text: 'សូមផ្ទេរប្រាក់កក់ 30% ទៅគណនី ABA ផ្ទាល់ខ្លួនរបស់ខ្ញុំ 000 555 812 ឈ្មោះ SOK DARA ដើម្បីកុំឲ្យចំណាយថ្លៃសេវា Alibaba',
    rules: [PAY],
  },
  {
    text: 'Sir i-chat niyo na lang ako sa Messenger, tapos send the downpayment via GCash today po kasi may ibang buyer na interesado sa stock',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Jestli nezaplatíte dnes přímo na náš účet, ztratíte cenu 0,032 USD za kelímek, od zítřka je 0,038',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'lah boss, pay via TnG eWallet to my number today can, tomorrow cannot hold the stock already, many order for the bubble tea cups',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mahal na customer, nag-update po kami ng bank details. Sa Metrobank na po ang bayad, acct 555-7-12345-8, hindi na sa BPI',
    rules: [PAY, CHANGE],
  },
  {
    text: "Dear Ms Park, please add KakaoTalk id hanspa_export and I'll send the account for the deposit, cheaper than Alibaba",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Bunu bugün PayPal arkadaş olarak gönderirseniz fiyat sabit kalır, yarın fiyat artıyor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'haha my customers in US always ask for Zelle but we only accept Alibaba payment, sorry',
    rules: [],
  },
  // Probe round 54 (sportswear, camping gear and instruments in the English most chats are written in; appliances,
  // lighting and office furniture in the big marketplace languages).
  {
    text: 'Hola amigo, el pago anterior fue rechazado por el banco. Por favor envíe de nuevo los 1,250 USD a la cuenta nueva de nuestra filial en Hong Kong: Bright Stage Music Trading Ltd, HSBC 848-221093-838',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Yes same account as last time, HSBC Hong Kong. Just send the 30% and send me the bank slip',
    rules: [PAY],
  },
  {
    text: 'kindly find revised PI attached, only change is beneficiary bank (now Standard Chartered). pls make TT for USD 7,240 accordingly',
    rules: [PAY, CHANGE],
  },
  {
    text: 'honestly im a bit scared, last year a "supplier" asked me Western Union and disappeared. can we do everything on alibaba pls?',
    rules: [],
  },
  { text: 'friend the color card is on our alibaba store page, Product > Color Options', rules: [] },
  {
    text: 'FYI a buyer told us someone used our logo on Telegram asking for USDT. That is not us, we only do trade assurance orders',
    rules: [],
  },
  {
    text: "Cher client, notre compte bancaire a changé suite à un contrôle fiscal. Merci d'effectuer le solde sur le nouveau compte indiqué dans la facture corrigée ci-jointe.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Sehr geehrter Kunde, bitte überweisen Sie die Restzahlung heute noch direkt auf unser Firmenkonto, sonst verlieren wir den Platz im Container am Montag.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'msg me on telegram @minh_office_furniture, i send bank acc for the chair deposit',
    rules: [PAY, CONTACT],
  },
  {
    text: '오늘 안에 잔금 입금 안 해주시면 생산 순서가 다음 달로 밀립니다. 알리바바 말고 회사 계좌로 직접 보내주세요.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'dear the goods are ready, pls arrange balance USD 15,600 to our HK account before Thursday, after that we charge 1% per day warehouse fee',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'the remaining 5,000 can you send to my cousin company in Yiwu? he will pay the factory for us',
    rules: [PAY],
  },
  {
    text: '老板，我们公司换了收款银行，以后请付到新的中国银行账户，之前的工行账户不要再付了',
    rules: [PAY, CHANGE],
  },
  { text: 'Customs in Saudi charge 15% VAT, I will pay it to my own clearing agent, no worry', rules: [] },
  {
    text: 'Final call 🔥 our Telegram VIP group for car accessories closes tonight. Entry fee 50 USDT and you get factory price all year. Write @autoVIPclub now',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'ana 3andi wakil bi 3amman, fik tedfa3lo cash w huwe bib3atli. bab3atlak raqmo 3al whatsapp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hi dear this is Jenny from accounts dept, Tom (your sales) is on holiday. Our company bank doing system upgrade so pls send the 30% deposit for order #2038846512 to our agent account in Malaysia, Maybank, holder LIM WEI KANG, 5140 2277 8831. Tom will confirm when back.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hi I am Mr. Liu, general manager of Jinhua Sports. Our sales girl Anna left the company, pls dont pay to the account she gave, pay to the one I will send you on WhatsApp +86 158 2203 9174',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Dear the goods ready in our warehouse, if balance not paid till Monday we charge 30 usd per day for warehouse and after 2 weeks we sell goods to recover cost. Pls TT to account same as last time',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, as discussed yesterday, pls use the details I sent in email for the balance, not the alibaba payment. Our new collection account is in Singapore now',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ciao amico, purtroppo il conto che ti ho mandato a gennaio è stato chiuso. Per il saldo delle chitarre usa il nuovo IBAN che ti scrivo qui sotto, intestato a mia moglie',
    rules: [PAY, CHANGE],
  },
  { text: 'Pagá por Tigo Money al 0981 447 219 y me mandás el comprobante', rules: [PAY] },
  { text: 'la fattura è intestata a mia moglie, va bene?', rules: [] },
  { text: 'use the details I sent in email for the logo, the pantone is in there too', rules: [] },
  { text: 'the carton size is same as last time, pls TT after you see the photos', rules: [] },
  {
    text: 'Dobryi den. Vnimanie: nashi rekvizity izmenilis, staryi schet zakryt. Ostatok 6 800 USD perevodite na novyi schet, IBAN prishlyu otdelno. Ne platite po staromu invoisu!!',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ka biya kudin samfurin ta asusun banki na kaina, sai ka turo min rasit ta WhatsApp 0803 555 4471',
    rules: [PAY, CONTACT],
  },
  { text: 'The goods are ready; when you are ready just release payment in TA, no hurry', rules: [] },
  {
    text: 'bhai payment alibaba pe mat karo seedha mere account mein daal do 2% fees bach jayegi dono ki',
    rules: [PAY],
  },
  {
    text: 'khun kha on ngern mat jam khao banchee Kasikorn suan tua khong chan dai loey na kha 148-2-77301-5',
    rules: [PAY],
  },
  {
    text: 'k sozhaleniyu nash staryy schet v bank of china zamorozhen, novye rekvizity v prikreplennom invoyse, platite tolko tuda',
    rules: [PAY, CHANGE],
  },
  {
    text: 'bhai LC mat kholo, sample ka 60 dollar paytm kar do isi number pe, baaki order alibaba pe',
    rules: [PAY],
  },
  {
    text: 'jiezhi de kuan qing da dao xianggang zhanghu, zhanghao wo shangwu yijing fa gei ni le',
    rules: [PAY],
  },
  { text: '오늘 안으로 개인 계좌로 입금 안 하시면 물건 다른 분께 넘깁니다', rules: [PAY, PRESSURE] },
  {
    text: 'sir wag na po sa dating account, bago na po yung account namin, GCash na lang po',
    rules: [PAY, CHANGE],
  },
  { text: 'GST bill chahiye toh alibaba pe, warna cash mein sasta padega bhai', rules: [PAY] },
  { text: '請求書の振込先が変更になりました。以前の口座には送金しないでください。', rules: [PAY, CHANGE] },
  { text: 'you sent the wrong colour by mistake, pls return it and we send new', rules: [] },
  { text: 'we paid the freight twice by mistake, pls return it through alibaba refund', rules: [] },
  // Probe 56 (machinery and spare parts agents; commodity brokers, food and cosmetics) and leftovers of probe 55.
  {
    text: 'Ndugu, tuma deposit ya 40% kupitia M-Pesa namba 0722 418 903 (jina Peter Otieno, agent wa kiwanda) halafu nitumie screenshot WhatsApp hapo hapo',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Bhai, LC er dorkar nai, apni amader Dhaka agent er kache cash diye den 3,20,000 taka, generator 62.5kVA er advance hisabe',
    rules: [PAY],
  },
  {
    text: 'Poštovani g. Hodžić, molim uplatite avans 9.800 EUR direktno na račun našeg zastupnika u Beogradu još danas, od ponedjeljka fabrika diže cijene panela za 8%',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mteja wetu, malipo ya balance ya inverters 10kW lazima yafike leo kwenye akaunti ya CRDB tuliyokupa jana, kesho bei ya dola inabadilika na mzigo utauzwa kwa mteja mwingine wa Arusha',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kunden wie Sie zahlen normalerweise per Überweisung direkt an unseren Chef in Hongkong, das spart die 3% Alibaba Gebühr. Soll ich Ihnen die Kontodaten schicken?',
    rules: [PAY],
  },
  {
    text: 'Dear Sir to release the 5 pallets of batteries pls pay 420 USD storage fee via WeChat QR, add me on WeChat freight_lucy_sz i send you the code',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Po dogovoru, ostatak od 4.200 EUR možete platiti keš našem čovjeku u Sarajevu kad kamion stigne, bez alibabe',
    rules: [PAY],
  },
  {
    text: 'Ju lutem dërgoni 150 EUR për kampionin e filtrave me PayPal (miq dhe familje) në email-in tim, pa komision',
    rules: [PAY],
  },
  {
    text: 'Dear, Kazakhstan border closing for holiday from 28th, if you send 50% by SWIFT to the account in my last message before Friday truck leave 26th, if not your tractors wait in Khorgos 2 weeks with storage fee',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear buyer, for ICUMSA 45 we need MT103 transfer direct to seller account today, price valid until 5pm Dubai time only. After that the FCO is cancelled.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Cher client, pour l'acompte du poulet congelé contactez notre directeur sur WhatsApp au +225 07 00 00 41 26, il vous donnera le RIB de la société",
    rules: [PAY, CONTACT],
  },
  {
    text: "Procedure: buyer sends ICPO + POF, then the 50,000 USD performance bond goes MT103 to the seller's escrow lawyer in London, not through any platform.",
    rules: [PAY],
  },
  {
    text: 'Sir to proceed with the SBLC send the RWA to my Telegram @sugar_mandate_dxb and the 1% facilitation fee to the intermediary account I give you there',
    rules: [PAY, CONTACT],
  },
  {
    text: 'ماشاء الله اتفقنا. ارسل لي رقم الواتساب وسأرسل لك تفاصيل الحساب البنكي لتحويل العربون مباشرة',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Na oga, no need open trade assurance for small order like this, just send the 700 dollars to my GTBank, I go ship sharp sharp',
    rules: [PAY],
  },
  {
    text: 'Kak sample lipstik sudah siap, transfer ongkir 350rb ke rekening Mandiri pribadi saya hari ini ya, kalau besok sudah kena biaya gudang 🙏',
    rules: [PAY, PRESSURE],
  },
  { text: "the seller's escrow account is Alibaba Trade Assurance, don't worry", rules: [] },
  { text: 'Ndugu, nitumie picha za mzigo hapa Alibaba chat', rules: [] },
  // Probe 57 (electronics for online sellers and fake notices; furniture and building materials for contractors).
  {
    text: 'Dear sir, because you are in Iran the bank will block TT with your name. pls pay the 12,400 USD in USDT TRC20 to this wallet TNq8vXzR4kP2mYb7Lh3sWdE9cGf1JuA6oQ, we confirm in 10 min',
    rules: [PAY],
  },
  {
    text: '[DHL Express] Your parcel from Shenzhen is held at customs. Pay clearance fee 38.50 EUR to release: http://dhl-parcel-release.info/pay  Parcel returns to sender after 48h.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Hi, this is Alibaba Customer Service. Your buyer account has an unpaid logistics surcharge of $27.90. Pay here to avoid suspension: https://alibaba-service-center.top/pay/88213',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Ciao Marco, per il campione dei droni possiamo accettare pagamento con Wise, ti mando i dati su WhatsApp +86 135 8702 3316',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear Paul, if balance USD 12,300 is not received by tomorrow to the account on our PI (not alibaba) we charge 2% late fee per day and sell the 3000 smart watches',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Gentile cliente, la spedizione è ferma in dogana a Milano. Deve pagare 96 euro di sdoganamento entro oggi con bonifico al nostro agente, altrimenti la merce torna in Cina.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dringend: Ihr Paket mit 40 Powerbanks wird beim Zoll Frankfurt festgehalten. Zahlen Sie 64,90 € Zollgebühr per Sofortüberweisung an das Konto unten bis heute 18 Uhr, sonst Rücksendung.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'we accept credit card through our own website, cheaper than alibaba, i send link after you confirm qty',
    rules: [PAY],
  },
  {
    text: "Nous avons une autre commande pour les mêmes coques. Si vous payez l'acompte aujourd'hui par virement direct (hors Alibaba), on vous garde le prix de 0,68 $.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Wir können gerne auch Bargeld auf der Messe in Köln annehmen, dann bekommen Sie 3% Rabatt',
    rules: [PAY],
  },
  { text: 'I resend the report, pls download from qima.com account, booking no. 0923-4471', rules: [] },
  {
    text: 'أخي الكريم الأفضل نتواصل على واتساب +86 159 0271 4436 وتدفع العربون تحويل مباشر على حساب الشركة في بنك الصين، أوفر لك من رسوم علي بابا',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Send USDT TRC20 for balance of order #2218849, wallet TXq8fR2mLp4Nw9Zk3vH7cYbD1sEaU6jG5t, we confirm in 10 min and arrange loading',
    rules: [PAY],
  },
  {
    text: 'Sir kailangan po ma-send yung downpayment today thru GCash 0917 555 6620 (Jenny R.), kasi kung hindi ibibigay na ng factory sa ibang buyer yung production slot natin',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'For the glass partition order we prefer Wise, please send EUR 12,300 to account holder Chen Mei, she is my colleague same company',
    rules: [PAY],
  },
  {
    text: 'Dear sorry bank TT is slow. Pls send the 30% by PayPal F&F today to lock the SPC flooring price, tomorrow PVC resin up and factory will requote',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Xin chào anh, em gửi mã QR WeChat Pay qua Zalo cho anh nhé, anh quét trả tiền mẫu sàn gỗ 120 USD là được',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Buenas tardes Ing., el flete subió, necesitamos que deposite USD 1,900 adicionales hoy a la cuenta del forwarder en Ningbo, si no la naviera libera el espacio del contenedor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'For the hotel project in Riyadh our partner company in Dubai will invoice you, pay them by TT and confirm with their manager on +971 52 555 6120',
    rules: [PAY, CONTACT],
  },
  {
    text: "Hola Don Pedro, pa' no pagar comisión le conviene transferir directo, le paso los datos de la cuenta por WhatsApp, mi número +86 139 5552 0731",
    rules: [PAY, CONTACT],
  },
  {
    text: 'progress payment 2 for the fit-out is overdue, pls send to our site office account in Abu Dhabi by tomorrow or installation team will leave site',
    rules: [PAY, PRESSURE],
  },
  // Probe 58 (medical and beauty devices with certificate pretexts; packaging, printing and promotional goods for
  // events).
  {
    text: 'Hallo, bitte schreiben Sie mir auf WhatsApp +86 159 2740 6613, dort schicke ich Ihnen die Bankdaten für die Anzahlung der Zahnarztstühle.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'عزيزي العميل، من فضلك تواصل معي على الواتساب 00201067734520 لإرسال بيانات الحساب البنكي ودفع عربون أجهزة الليزر',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Salam aghaye Rezaei, hazine-ye certificate CE ro lotfan be hesab-e shakhsi-ye man variz konid, Tether ham ghabul mikonim chon Alibaba baraye Iran baz nist.',
    rules: [PAY],
  },
  {
    text: 'Hi, customs in Karachi asking clearance + DRAP licence verification fee 42,000 PKR, pls send to the clearing agent JazzCash 0301 4478 2291, otherwise demurrage 8000 per day',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Уважаемый клиент, напишите мне в Telegram @medtech_anna, отправлю реквизиты для предоплаты за тест-системы. Цена действует только до пятницы.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'پرداخت از طریق علی‌بابا برای ایران امکان‌پذیر نیست، لطفاً مبلغ ۴۵۰۰ دلار را به صورت تتر به این آدرس بفرستید. فقط تا فردا این قیمت معتبر است.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bhai jaldi karo, plate charges 9,500 INR GPay kar do 98000 00000 pe, warna aaj ka printing slot chala jayega. WhatsApp pe screenshot bhejna',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Dear sir pls add whatsapp +86 150 0000 8826, we send the bank info for the pantone proof fee there',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dear customer, we need the sticker mould fee 210usd now by wu or moneygram, factory close for golden week from tomorrow, after that your order start only 8 Oct',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mwalimu, your school T-shirts are ready but courier needs KSh 7,800 extra today through M-Pesa Paybill 000111 acc 4455 or they will return the parcel to China',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Mon ami, pour les frais de moule des gobelets (300€), je t'envoie le RIB sur WhatsApp, c'est plus simple que par Alibaba 😉",
    rules: [PAY, CONTACT],
  },
  {
    text: 'TODAY ONLY: pay the 300 USD rush fee to our sales assistant account and your banners ship tomorrow, if not it will be next week and you miss your expo',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kuya pasensya na, need na po ng bayad sa plates today, GCash po 0917 000 2281 then send proof sa Viber ko, kung hindi next week pa ang print',
    rules: [PAY, CONTACT, PRESSURE],
  },
  // Probe 59 (re-orders, refunds and hacked accounts for home goods; industrial raw materials in Asian business
  // styles).
  {
    text: 'שלום דני, לגבי ההחזר על הקערות הפגומות – המערכת של עליבאבא איטית. תכתוב לי בוואטסאפ +86 150 3318 7420 ואעביר לך ישירות, רק צריך קודם לשלם עמלת העברה של 25 דולר.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Olá Sr. Rui, a compensação de 450 euros pelo lote com defeito foi enviada duas vezes por erro do sistema. Por favor devolva 450 EUR por Wise para a conta que envio em anexo ainda hoje, senão o banco bloqueia a nossa loja amanhã.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dzień dobry Panie Tomku, zwrot za uszkodzone wentylatory zrobimy poza platformą, tak szybciej. Proszę napisać na WhatsApp +86 136 8801 2294, tam podam dane do opłaty manipulacyjnej 18 USD.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Szia Péter! A hibás kávéfőzők kártérítését Alibabán kívül intézzük, írj Viberen: +86 131 4402 9977. A visszautalás előtt 25 USD banki díjat kell befizetned.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Moi Antti, viallisten kahvinkeittimien hyvitys maksetaan suoraan, ei Alibaban kautta. Laita viestiä WhatsAppiin +86 159 0023 7741, sieltä saat maksulinkin 12 USD käsittelymaksulle.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hallo Herr Becker, für die Gutschrift wegen der defekten Kaffeemühlen bitte auf Telegram melden (@ningbo_aftersales). Vorher müssen Sie 30 USD Bearbeitungsgebühr per PayPal Freunde senden.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Atenção: recebemos emails falsos com "novos dados bancários" em nosso nome. Nunca mudamos a conta, pague só pelo Alibaba.',
    rules: [],
  },
  {
    text: "My customer from Greece paid via PayPal on my Shopify store, so I'm ready to order the next batch",
    rules: [],
  },
  {
    text: 'Merhaba, bakır katot için ön ödeme bugün yapılmazsa fiyat geçerli değil. Alibaba dışında direkt banka havalesi yaparsanız %3 indirim veriyoruz, hesap bilgilerini hemen gönderiyorum.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear buyer, freight rate Tianjin to Mombasa increase tomorrow. pls send the freight charge 3,450 USD today to our forwarder account directly (not alibaba), else we cant hold the booking',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Friend if you pay the full amount by Western Union today i give extra 2% discount, tomorrow no discount and goods will ship to other customer',
    rules: [PAY, PRESSURE],
  },
  {
    text: '今回のアルミ型材は取引保証を使わずに、直接弊社の口座へ送金していただければ3%値引きいたします。',
    rules: [PAY],
  },
  {
    text: 'Sir sample amount 3000 rupees en GPay-ku anupunga, screenshot WhatsApp pannunga 93617 40285',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Last warning: if the balance is not received in our account by Tuesday we will charge 2% penalty per day and resell the aluminium. Use the Bank of China account in the PI, not Alibaba.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'サンプル代はPayPalの友達・家族で送ってください。PayPalメール：chensteel.sales@gmail.com。送金後WeChatでお知らせください。',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Final reminder: balance 18,750 USD for 2x40HQ cotton denim rolls. pay today to the account on the invoice i sent to your gmail, or from tomorrow warehouse charge 200 USD/day',
    rules: [PAY, CONTACT, PRESSURE],
  },
  // Near misses of probe 59's new cues.
  { text: 'Soha nem fizetünk Alibabán kívül, kérem küldje a Trade Assurance rendelést.', rules: [] },
  {
    text: 'Die Bearbeitungsgebühr von 20 USD ist schon in der Alibaba-Bestellung enthalten, Sie zahlen alles dort.',
    rules: [],
  },
  {
    text: 'the invoices come from our parent company Ningbo Sunrise Trading Co, but you still pay in the Alibaba order',
    rules: [],
  },
  // Probe 60 (jewellery, watches and bags for social-commerce sellers; e-bikes and batteries for buyers whose banks
  // can't pay China).
  {
    text: 'اخوي التحويل المباشر على حسابي أسرع وأرخص، كلمني واتساب +86 135 0012 7789 وحول اليوم قبل ما يخلص الستوك',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Gift cards also ok friend, Apple or Steam $100 cards, send me the codes before 6pm, after 6pm the Rolex go to next buyer',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ya habibti el 3ard lel live bas el leila, 7awli 3ala STC Pay 0551112233 gabl 12 w el set el dhahab lech',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, for shipping to Kuwait use our own forwarder, pay freight KWD 85 with the KNET link he send you after',
    rules: [PAY],
  },
  {
    text: 'Brother if you pay cash to my cousin in Guangzhou Sanyuanli market today I give 8% off, tomorrow no',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Kaabo! E jowo, send the money to my sister's GTBank account, I go give you the details for WhatsApp",
    rules: [PAY, CONTACT],
  },
  {
    text: 'today last day of promotion for the 925 silver sets, transfer to the account in this photo before 5pm China time or price back to normal',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'The account name on my Alibaba changed because I registered my company, the new one is Bella Boutique LLC, still me 😊',
    rules: [],
  },
  {
    text: 'cash in Yiwu also ok, my cousin will meet your agent in Futian market and take the RMB, then we ship the chargers',
    rules: [PAY],
  },
  {
    text: 'Dear, because amount is big your bank will check it. better split: 9,800 USD to Zhang Wei account, 9,800 USD to Liu Fang account and the rest 6,400 to company. I send you the 3 bank info',
    rules: [PAY],
  },
  {
    text: "Hocam Türkiye'den Çin'e havale çok takılıyor, bakiyeyi Hong Kong'daki ajans firmamıza gönderin. Bugün gönderirseniz bu fiyat geçerli, yarın fiyat artar",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ваш банк в Казахстане может платить в юанях? Если нет, переведите тенге нашему партнёру ТОО «Восток Транзит» в Алматы, они сами заплатят фабрике. Реквизиты ниже',
    rules: [PAY],
  },
  {
    text: 'Sir airline reject battery without DG declaration. Our DG consultant need 450 usd today to issue paper, pay to his Payoneer. if not, air shipment go back to warehouse and you pay return cost',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Перевод лучше разбить на несколько карт по 150 тыс. руб, чтобы банк не блокировал. Карты: Альфа — Анна К., Сбер — Дмитрий П., ВТБ — Ольга С.',
    rules: [PAY],
  },
  {
    text: 'Perevedite segodnya ostatok 430 000 rub na kartu, inache zavtra konteiner uhodit bez vashih zaryadnyh stanciy, mesto otdadim drugomu klientu',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'We accept also cash USD in our Guangzhou office, you come or your friend come, no bank transfer needed',
    rules: [PAY],
  },
  {
    text: 'Сәлеметсіз бе! Төлемді Kaspi Gold картасына теңгемен жібере аласыз, Alibaba арқылы төлеу қажет емес',
    rules: [PAY],
  },
  {
    text: 'Amigo, hoy mismo necesito el 50% en USDT, el precio de las celdas 21700 sube el lunes y no puedo guardarte el lote',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Türk müşteriler için: ödemeyi TL olarak İstanbul'daki temsilcimizin Ziraat hesabına yapabilirsiniz, biz dövize çeviriyoruz",
    rules: [PAY],
  },
  {
    text: 'Oga the goods don ready, abeg send the balance today through our Lagos agent, else we go charge warehouse 50 dollar every day from Monday',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir for Belarus you can pay in Belarusian roubles to our dealer in Minsk, he give you receipt and goods come with his invoice',
    rules: [PAY],
  },
  {
    text: 'Бро, срочно: таможня в Ташкенте задержала ваши аккумуляторы, нужно заплатить брокеру 900$ наличными сегодня. Пишите мне в телеграм @broker_tash',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Mehmet bey, DG sertifikası için danışmana 300 USD bugün ödenmezse uçak rezervasyonu iptal olur, danışmanın IBAN'ını gönderiyorum",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'sir pay the 40% now to this USDT address and confirm on telegram @fast_battery_cn, price valid only till 18:00 Beijing time',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'We get many fake inquiries asking us for Western Union, we just ignore them', rules: [] },
  // Probe 61 (farm machinery and tenders in Africa, Asia and the Pacific; toys and party goods for first-time
  // importers).
  {
    text: 'Tender agent here. Ministry registration for the Zimbabwe livestock feed tender: USD 420, pay to my name by Mukuru or EcoCash agent, send slip to my WhatsApp +263 77 301 8846 before Monday 10am or registration closed.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  { text: 'ငွေကို KBZPay နဲ့ ကျွန်တော့်အကောင့်ကို တိုက်ရိုက်လွှဲပေးပါ၊ Alibaba ကနေ မပေးပါနဲ့', rules: [PAY] },
  {
    text: 'Gude, plis baim deposit long bank account bilong mi long BSP, i no long Alibaba, bai mi salim ol seed na fertilizer kwiktaim.',
    rules: [PAY],
  },
  {
    text: 'Sir your goods (3 x 40HQ fertilizer spreaders) are ready. Pay balance to the account below by tomorrow or we start charge warehouse 80 USD per day per container. Beneficiary: Ningbo Fengshou Agri Ltd, A/C 3310 0291 8874 5520',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Boa tarde mano, faz o pagamento da taxa de licença de importação 250 mil kwanzas por Multicaixa Express para o número 923 440 781 e me manda o comprovativo no WhatsApp mesmo',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Final notice: the irrigation tender (Ref MoA/IRR/2024/17) bid security must be received by our partner Ethio Green Tech PLC, CBE account 1000 2233 4455, before 12 June. Late bids rejected, no exception.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear cooperative chairman, registration fee for the supplier database of the food programme is 200 USD, pay via MoneyGram to our Nairobi consultant. Only 3 slots remaining for this quarter!',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Selam, ye sample kifiya 95 dollar be Telebirr wede yene silk kutir lakuln, be Alibaba aydelem',
    rules: [PAY],
  },
  {
    text: 'Dear, the bid bond must be paid to our legal partner in Harare, not to the procurement office. Deadline 4pm tomorrow, late bid is void and your cooperative blacklisted 6 months.',
    rules: [PAY, PRESSURE],
  },
  { text: 'ກະລຸນາໂອນເງິນມັດຈຳ 30% ໃສ່ບັນຊີ BCEL ສ່ວນຕົວຂອງຂ້ອຍ, ບໍ່ຕ້ອງຈ່າຍຜ່ານ Alibaba', rules: [PAY] },
  {
    text: 'សូមបង់ប្រាក់កក់តាម ABA ទៅគណនីផ្ទាល់ខ្លួនរបស់ខ្ញុំថ្ងៃនេះ បើមិនដូច្នោះទេ ម៉ាស៊ីនច្រូតនឹងលក់ឱ្យអ្នកផ្សេង',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, the vet inspection at Port Sudan requires 1,200 USD fast track to the officer via our agent today, otherwise the 2 containers of sheep feed stuck 3 weeks with 100$/day.',
    rules: [PAY, PRESSURE],
  },
  {
    text: "We don't accept Western Union, PayPal or any personal account. Only Alibaba secure payment. Thank you.",
    rules: [],
  },
  {
    text: 'If you pay this week we can still catch the vessel on the 20th, otherwise next one is 2nd of next month, no problem either way.',
    rules: [],
  },
  {
    text: 'Hallo Herr Becker, für die Musterkosten von 60 USD können Sie bitte direkt auf mein privates PayPal überweisen, als "Freunde", dann keine Gebühren.',
    rules: [PAY],
  },
  {
    text: 'Ate, yung shipment mo nasa Manila na pero may customs fee na 8,500 pesos. Pls send sa GCash ng broker namin today kasi may storage fee na bukas.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Salam kak, untuk bayaran sampel RM150 boleh transfer terus ke akaun Maybank ejen kami di KL. Nanti saya WhatsApp nombor akaun, nombor saya +60 12-000 4471',
    rules: [PAY, CONTACT],
  },
  {
    text: 'my dear friend u r my first customer from Ireland so i give u 20% off but only if u pay today direct to my personal account, text me on +86 186 0000 9912 for details',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Kochana, tylko dla Ciebie cena 0,90 USD za sztukę, ale zaliczkę 30% trzeba wysłać dzisiaj przez Western Union, jutro fabryka podnosi ceny.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sis last na lang to ha, kung hindi ka magbayad ng 3,000 pesos sa GCash ng agent ngayong araw, ibabalik ng customs yung mga laruan mo sa China.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear Mr Ahmed, the DDP shipment to Riyadh needs VAT pre-payment 1,150 SAR, pay to our broker today or SASO will return the toys and fine 500 SAR',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear the container booking closes tonight 😥 if u cannot pay freight 1,240 USD to forwarder today we lose the space. Pls call me +86 139 0000 2871 I explain how to pay',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Señora, la aduana del Callao retiene su carga de útiles escolares, necesitan 350 USD para liberar, si no paga al agente hasta el lunes la mercadería pasa a abandono legal.',
    rules: [PAY, PRESSURE],
  },
  {
    text: '山本様、少額注文なので、Alibaba経由ではなく銀行振込でお願いします。口座情報はLINEでお送りします。ID: happy_kids88',
    rules: [PAY, CONTACT],
  },
  {
    text: "Hi ma'am, yung 2 boxes ng party balloons mo held sa Bureau of Customs, need bayaran 4,200 PHP thru Palawan Express under my cousin's name by tomorrow or i-dispose na nila.",
    rules: [PAY, PRESSURE],
  },
  {
    text: "Chère cliente, votre colis de jouets est bloqué à la douane de Roissy. Frais de dédouanement 89 € à régler aujourd'hui par coupon PCS, sinon retour à l'expéditeur.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sir ji small order hai to Trade Assurance ki kya zarurat, aap seedha bank transfer kar do hamare Mumbai wale agent ko, GST bhi nahi lagega',
    rules: [PAY],
  },
  {
    text: 'My cousin said western union is cheaper, but I think I prefer to pay on alibaba to be safe, right?',
    rules: [],
  },
  {
    text: 'My friend told me Chinese suppliers ask for Western Union and then disappear, is it true?',
    rules: [],
  },
  // The buyer paying from its own bank, not the supplier's account
  { text: 'we send the balance through our own bank in Lagos', rules: [] },
  { text: 'I send the deposit through my bank today, pls confirm PI number', rules: [] },
  { text: 'we will transfer the 30% via our bank tomorrow morning', rules: [] },
  { text: 'pls send the balance through our own bank, faster than alibaba', rules: [PAY] },
  // Round 62: steel structures and cranes for contractors from the Caucasus to the Andes; hair and beauty supplies for
  // salons and online resellers; and earlier rounds' fake security notices about the buyer's own account
  {
    text: '[Alibaba Security] Your order #300-8821 flagged for verification. Pay refundable 99 USD deposit: alibaba.com-verify.order-check.ru within 12h otherwise account frozen',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'bro forwarder need the freight $1,840 today for the flight tomorrow morning, send by zelle to my cousin in LA, text me 213-555-0147 when done',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'hello Emma, the bamboo cutting boards finished 2 weeks ago and storage costs us. pay the last 70% by bank to factory account tomorrow or we must charge 80usd per day',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'dear for refund of wrong length (you got 18" not 22") pls first send $40 handling fee by western union, then we return $210 to your card',
    rules: [PAY],
  },
  {
    text: 'Ghana customer pls pay the cedis to our agent momo 0244 918 332 today, he deliver to Accra. whatsapp him same number. if not today container leave without ur goods',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Trinidad customer: FedEx say your box need TTD 640 duty, pay to our agent Republic Bank acct 160-448-0912 today or box go back china tomorrow',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'your container space for Durban close Friday, pay the R18,500 freight to our forwarder FNB acct 6281 9930 115 now or you wait next month and price go up',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Madam your goods don land Apapa, clear am today with 95k to our account Moniepoint 5012883409 or demurrage go start tomorrow',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hola, alguien me escribió por Instagram diciendo que es ustedes y me pidió pagar por Zelle. ¿Es verdad? no pagué nada todavía',
    rules: [],
  },
  {
    text: 'new address of our factory: No. 88 Xuchang Ruigong Road, pls use this for sample return, bank details no change',
    rules: [],
  },
  {
    text: 'Hola amigo, el precio del acero sube el lunes. Si transfiere el 50% hoy directo a nuestra cuenta en HSBC Hong Kong le mantenemos USD 780/ton, despues ya no puedo garantizar nada',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Mr Dauren, the 70% balance for tower crane QTZ80 pls pay to our export company in Hong Kong by TT, it's same group just different name. cannot go by alibaba because amount over the limit",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Proszę przelać zaliczkę 40% bezpośrednio na konto naszej firmy w Hongkongu, będzie taniej bez prowizji platformy, dane w załączniku',
    rules: [PAY],
  },
  {
    text: 'Barev dzez Aram jan, hashvehamary kgrem WhatsApp-ov. Kanxavchary ugharkeq anmijapes mer gortsarani hashvin, aranc Alibaba, aveli ejan klini',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hörmətli müştəri, qalan 60% ödənişi birbaşa zavodun bank hesabına köçürün, Trade Assurance komissiyası olmayacaq, sizə də sərfəlidir',
    rules: [PAY],
  },
  {
    text: 'after transfer to our company account in the PI (not alibaba one) pls send the bank slip to my wechat lucy_steel2019 so we arrange production',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Dobryi den Serik, nado oplatit 5000$ za inspekciyu BV segodnya, inache inspektor uedet i sleduyushaya data tolko cherez 2 nedeli. Pishite v telegram @bv_agent_chen, dam rekvizity',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'split payment pls: 60% in alibaba order as before, but remaining 40% go to our new factory account in Agricultural Bank of China, old trading company account can not receive USD anymore',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Bună ziua, contul nostru în USD a fost blocat temporar. Vă rog plătiți restul de 18.500 USD în contul partenerului nostru din Hong Kong, detaliile vi le trimit pe WhatsApp +86 139 0571 6628',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Estimado, la naviera cobra sobreestadía en el Callao desde mañana, 200 USD diarios. Deposite hoy 1,400 USD a la cuenta personal de nuestro agente en BCP y se libera el contenedor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'გადახდა გააკეთეთ პირდაპირ ჩვენს საბანკო ანგარიშზე, Alibaba-ს გარეშე, ასე უფრო იაფი გამოვა ორივესთვის',
    rules: [PAY],
  },
  {
    text: 'Barev, kanxavchari 30%-y karox eq poxancel Wise-ov mer menejerin, manramasnery grum em Telegram-ov',
    rules: [PAY, CONTACT],
  },
  {
    text: "Hurmatli mijoz, bugun to'lov qilmasangiz kranni boshqa xaridorga sotamiz. To'lovni shaxsiy kartamga qiling, raqamini Telegramda yozaman",
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'new bank info is in the updated invoice, pls download: https://cutt.ly/inv-new-bank',
    rules: [PAY, CHANGE, LINK],
  },
  {
    text: 'steel price rising every day. pls pay deposit via crypto now, bank transfer take 5 days and the price will change',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Don Hugo, para que no pague tanto impuesto le hago la factura por menos y la diferencia la manda por Western Union a mi nombre',
    rules: [PAY],
  },
  {
    text: 'Bu gün ödəniş etsəniz endirim qalır, sabah qiymət artır. Pulu şəxsi kartıma köçürün, nömrəsini göndərirəm',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'we found other supplier with cheaper price but he ask pay to personal account, we refused',
    rules: [],
  },
  // A buyer proposing a way with no buyer protection is warned too
  { text: 'can i use zelle for this order or only card?', rules: [PAY] },
  { text: 'can I pay with crypto? USDT is easier for me from Lagos', rules: [PAY] },
  // Round 63: kitchen equipment for restaurants and hotels around the Mediterranean, the Gulf and South Asia; account
  // takeovers and people posing as the supplier's finance team, with buyers quoting the messages back to ask if they
  // were real
  {
    text: 'Bro customs in Constanța hold the lithium batteries, you need pay 2.300 RON today to the broker, call him at +40 721 604 338 he tell you how to pay cash. tomorrow they charge more',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'pls dont use the HSBC account on PI anymore its under audit, new account i send you on whatsapp 0086 158 6620 3391',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Dear Mr. Bekov pls message me on WhatsApp +86 177 3318 0452 now, 3 CNC plasma tables are ready and if balance not reach our Agricultural Bank account by Thursday we sell to Russia buyer',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Dear Sir, kindly note our Citibank account can't receive USD anymore since 1st this month. Pay the 30% to our Payoneer instead, today pls, else we cannot book the container for your hotel opening",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: "Dear customer, the balance for order 190284417 please don't pay to the account on old PI, use the Standard Chartered details in my email, our finance changed",
    rules: [PAY, CHANGE],
  },
  {
    text: "Bonjour Monsieur, notre compte bancaire a changé suite à un contrôle fiscal. Merci de ne plus utiliser l'ancien RIB, contactez ma collègue sur WhatsApp +86 135 6021 8874 pour le nouveau",
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Kindly note, if balance for the 2 walk-in cold rooms not received in our HK account by tomorrow 12:00, we release your production slot and deposit will not refund',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bhaiya baki taka ta bKash e pathan, amader Dhaka agent er number 01712-448903, oita WhatsApp o ache',
    rules: [PAY, CONTACT],
  },
  {
    text: 'ya basha el account el adeem et2afal, ma t7awelsh 3aleh. kalemny 3al WhatsApp 3ashan ab3atlak el account el gedeed abl ma tedfa3 el baqi',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Monsieur, le solde vous pouvez payer en espèces à notre représentant à Tunis quand il passe, ça évite les frais bancaires',
    rules: [PAY],
  },
  {
    text: 'Signora, attenzione: il conto del PI precedente non è più valido. Il nuovo beneficiario è la società del nostro direttore, Ningbo Xinrui Trading, stessa banca ma intestatario diverso',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Sir the hotel opening is 1st June, if you want goods on time you must pay remaining 60% by Western Union this week, bank TT take too long and we miss the vessel',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Qurbani Eid qareeb hai, 2 din me agar aap advance Easypaisa pe nahi bhejenge to meat mincer ka price aur delivery dono gaye',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Bom dia senhor, o navio sai sexta. Precisa pagar o frete 2.340 USD direto pro agente hoje senão perde o espaço. Me chama no WhatsApp +86 137 2208 6615 que te mando a conta',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: '> Please confirm bank details before I release 21,000 USD. Dear Michael, yes confirmed, pls use the Standard Chartered account in Singapore (acct 0108-442197-3) as our HK account cannot receive USD this quarter. Regards, Tony Lee | Export Manager | Xiamen Sunpower New Energy Co., Ltd',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hello? 2 days no reply. shipping line charge 180usd/day from tomorrow. just pay the freight 1650usd by western union to our forwarder Mr Chen Wei, Guangzhou, and send me MTCN',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, kindly send the freight payment via MoneyGram to our shipping agent in Lagos, name: Emmanuel Oduya. Call him on +234 803 118 4420 for the pickup details.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'hi its me again from the factory, just pay the rest to the bank in the pdf, dont use alibaba link this time',
    rules: [PAY],
  },
  {
    text: 'Bapak, harga panel surya naik minggu depan. Transfer DP hari ini langsung ke rekening BCA kami 5270 3391 28 a/n PT Surya Makmur, kalau besok harga sudah berubah.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dzień dobry, w załączeniu nowa faktura z aktualnym numerem konta. Proszę pobrać: http://faktura.xn--alibba-fta.com/FV_2291.zip i dokonać przelewu.',
    rules: [PAY, CHANGE, LINK],
  },
  {
    text: 'สวัสดีค่ะ ลูกค้าโอนมัดจำเข้าพร้อมเพย์ส่วนตัวของดิฉันได้เลยนะคะ ไม่ต้องผ่านอาลีบาบา แอดไลน์ ID: nancy.led88',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Estimado Sr. Muñoz, la cuenta anterior fue bloqueada por el banco. Favor transferir el saldo USD 15.400 a la nueva cuenta hoy mismo, el buque zarpa el lunes y si no pagamos el BL no se libera.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'dear partner, our company is doing internal restructuring. All payments from 1 March should go to Guangzhou Hengtong Supply Chain Mgmt Co (our payment collection company). Stamped PI attached.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'We have many orders waiting. If deposit is not in our account by Monday we move your production slot to December and price +8%. Please TT to the bank info I sent yesterday.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'The remaining $6,900 can be sent through Zelle or Cash App to our US rep, text him at (646) 555-0183',
    rules: [PAY, CONTACT],
  },
  {
    text: "Hi dear, I'm from accounts. The beneficiary on PI rev.2 should read 'Fortune Star International Ltd' (our offshore co) and not 'Zhejiang Fortune Auto Parts', please amend on your side before you send the TT.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear consignee, your shipment HBL SZX-LAX-20931 has arrived at LA port. Pay terminal handling & ISF fee USD 486 online at http://portla-freightcharges.info/pay before 26/09 to avoid general order warehouse costs.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Dear Valued Customer, we regret to inform you that our company account with Agricultural Bank of China has been placed under review for 60 days. Kindly note payments should now be made to our offshore account stated below. Please treat as urgent as orders pending payment after 3 days will be cancelled. Beneficiary: Everbright Solar Tech (HK) Ltd / Bank: OCBC Wing Hang / A/C 035-802-194477-001 / SWIFT OWHKHKH9. Yours faithfully, Accounts Dept.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Olá Sr. Ricardo, aqui é a Helen do financeiro. A conta que está no PI antigo foi encerrada. Me passa seu e-mail pessoal que envio os dados novos para pagar o saldo dos inversores.',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: "Bonjour, suite à notre changement de banque, veuillez effectuer le paiement du solde de la commande PO-CA-7719 (onduleurs hybrides) sur le compte ci-dessous et non plus sur celui de la facture d'origine. Cordialement, Service comptabilité",
    rules: [PAY, CHANGE],
  },
  { text: 'pls use new acct for balance', rules: [PAY, CHANGE] },
  {
    text: 'Kindly be informed that with effect from today all remittances towards our invoices shall be credited to our collection account maintained with Emirates NBD, Dubai. Our previous Bank of China details stand cancelled.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'नमस्ते सर, हमारा पुराना बैंक खाता बंद हो गया है। कृपया बाकी भुगतान नए खाते में करें, डिटेल्स नई PI में दी गई हैं।',
    rules: [PAY, CHANGE],
  },
  {
    text: 'URGENT from finance: ignore all previous bank instructions incl. Alibaba order. New beneficiary details sent to your email, kindly check spam, and confirm on WhatsApp +852 9471 2206 by end of day today to avoid cancellation of PO-88120.',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Hallo Frau Li, wir haben heute eine Nachricht von Ihrem Konto bekommen, dass Ihre Bankverbindung geändert wurde. Ist das korrekt? Wir zahlen erst, wenn Sie das per Videoanruf hier im Alibaba-Chat bestätigen.',
    rules: [],
  },
  {
    text: 'Did you pay anything to that account? Please tell us, we will report to Alibaba and police.',
    rules: [],
  },
  {
    text: 'Bwana, hii message ya "clearing charges KES 184,000 kupitia M-Pesa" ni yenu? Sijalipa bado.',
    rules: [],
  },
  {
    text: 'Oga please confirm, na your account send me this message abeg: "send the 50% balance to our Lagos office account in Zenith bank"? I dey suspect o',
    rules: [],
  },
  {
    text: 'Sir Alibaba charge 2.99% for card, but T/T to the Citibank virtual account in your Alibaba order has no fee',
    rules: [],
  },
  // Round 64: furniture and décor for designers and short-let hosts in Australia, New Zealand, Canada, the UK, Ireland
  // and South Africa; chips and modules from Shenzhen brokers for engineers in Europe, Israel, India, the US, Japan,
  // Korea and Brazil
  {
    text: 'Hi Sarah, easier we sort the deposit on whatsapp +86 138 0000 5514, I give you our HK company account there, is 3% cheaper than trade assurance',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Goeiedag, die agent sê die doeanegeld van R8 450 moet vandag betaal word by sars-duty-pay.co/clear anders word die houer teruggestuur',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'cash is fine too, my cousin in Sydney can collect AUD 2,500 from you in Chatswood and we ship same day',
    rules: [PAY],
  },
  {
    text: 'Beste kliënt, ons bankbesonderhede het verander vir die nuwe finansiële jaar. Moet asseblief nie meer na die ou rekening betaal nie, gebruik die nuwe rekening op die aangehegte faktuur vir die klaringskoste',
    rules: [PAY, CHANGE],
  },
  { text: '亲 尾款可以扫码付 更方便 http://wxpay-qr.cn.com/t/88ab', rules: [PAY, LINK] },
  {
    text: "Bonjour, votre conteneur est bloqué au port de Montréal. Frais de dédouanement 940 $ CAD à payer aujourd'hui par virement à notre agent, sinon pénalités de 75 $ par jour",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, this is manager Wu. Old account cannot receive anymore because the audit. Add me WeChat wu_decor_88 now I give new account, must pay today because bank close for holiday tomorrow',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'sorry mate the insurance company need extra premium USD 180 for the glass chandeliers before loading, pay to forwarder by today 6pm or they refuse',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'just give the driver R6 800 cash for the balance when he drop the rugs in Joburg, he bring receipt',
    rules: [PAY],
  },
  {
    text: 'The factory boss says without the 50% today he will sell the fabric to another order. Can you send by MoneyGram? I give you his name',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kính gửi quý khách, do kiểm toán cuối năm, tài khoản cũ bị tạm khóa. Vui lòng thanh toán 70% còn lại vào tài khoản mới trong hôm nay để kịp tàu',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Mohon pembayaran sisa dikirim lewat Western Union atas nama pemilik, Bapak Slamet, karena rekening perusahaan sedang diperbaiki',
    rules: [PAY, CHANGE],
  },
  {
    text: 'boss agree special price if you pay full by bank transfer to HK today, not TA. tomorrow price go back',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Reel of 3000 pcs BQ24075RGTR reserved for u until 5pm only. send the deposit via Payoneer to my boss, his email I give next msg',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear, for the GD32 replacement parts we take payment only by bank wire to HK, alibaba order is for finished goods only',
    rules: [PAY],
  },
  {
    text: 'Dear the agent release 10k pcs STM32G030F6P6 only if payment before 15:00 HK time to LIANTAI INTL (HK) LTD, otherwise he give to other distributor',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pak, DP-nya langsung transfer ke rekening pribadi saya saja ya, lebih cepat. detail nanti saya kirim via WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'our bank in Shenzhen closed during CNY but Alibaba payment works normally, no problem to pay',
    rules: [],
  },
  // Round 65: fishing gear and boat parts for cooperatives and marine shops in Southeast Asia, West Africa, the Andes
  // and the Nordics; used goods and stock lots for small importers in Africa, the Middle East, South Asia and Latin
  // America
  { text: 'pay sample to my personal Alipay pls, account wanglin8823@163.com', rules: [PAY] },
  {
    text: 'Telex release fee 350 USD pls pay to our agent in Shenzhen, Alipay account sz.hengda.log@163.com, after that he release BL same day',
    rules: [PAY],
  },
  {
    text: 'The sample cost 150 usd will refund later from order, please pay it by Payoneer to our boss directly, email boss.huang.factory@gmail.com',
    rules: [PAY],
  },
  {
    text: 'El primer pedido fue por Alibaba pero para el segundo mejor mándalo por Zelle a nuestro socio en Miami, maria.importsmia@gmail.com, es más rápido',
    rules: [PAY],
  },
  {
    text: 'Buongiorno, per il campione può pagare 60 euro con PayPal amici e familiari a questo indirizzo: campioni.shenli@gmail.com, così evitiamo commissioni',
    rules: [PAY],
  },
  {
    text: 'Dear the lipstick OEM order, deposit can pay via PayPal friends and family to avoid fee, email sales.bella.cosme@gmail.com, pls write "gift" in note',
    rules: [PAY],
  },
  {
    text: 'pls no alibaba for sample, the system take 5%. send to this alipay: lihua.ytrade@foxmail.com',
    rules: [PAY],
  },
  {
    text: 'I am the boss, my sales is off today. You can pay the sample to my Alipay chenboss1970@163.com then I ship tomorrow',
    rules: [PAY],
  },
  {
    text: 'Since RMB dropped vs USD this month we give you 4% off if you pay in RMB to my personal Alipay, account lijun.trade2024@163.com',
    rules: [PAY],
  },
  {
    text: '老板，尾款直接转我们老板个人支付宝就行，账号 wholesale_lin@163.com，不用走平台，省手续费',
    rules: [PAY],
  },
  { text: '亲，样品费直接支付宝转我就行，账号 yw_lily0315@163.com ，付完截图发我', rules: [PAY] },
  {
    text: 'deposit for 5000pcs kraft gift boxes pls send to my personal Alipay jiang.gift@163.com, it save you 3% fee',
    rules: [PAY],
  },
  {
    text: 'Sample of kraft paper bags free, you pay only shipping 38 usd. You can send by Alipay to sunpack_sample@163.com',
    rules: [PAY],
  },
  {
    text: 'We can also accept PayPal but only friends and family mode, please send to finance@hengda-aluprofile.com',
    rules: [PAY],
  },
  {
    text: '亲，平台手续费太高了，您直接转支付宝给我就行，账号 sales-zhou@163.com，我马上安排发货',
    rules: [PAY],
  },
  {
    text: 'Please transfer the sample cost $60 to my alipay account jenny.hw@163.com, then I ship by SF express',
    rules: [PAY],
  },
  {
    text: 'for the 500 cases of to-go containers you can just Zelle the freight to our US agent mike.pkgsupply@gmail.com, way cheaper than bank wire',
    rules: [PAY],
  },
  {
    text: 'pls pay the balance by Alipay to my personal account zhanglei_hz@126.com , we issue the invoice later, more easy',
    rules: [PAY],
  },
  {
    text: 'the printing machine is booked for your order only until tomorrow 10am. pay rush fee 300 USD to my alipay sunny.print88@163.com now otherwise no way to meet your 20 Oct event',
    rules: [PAY, PRESSURE],
  },
  {
    text: '您好，这次返单的货款请直接转到我个人支付宝 lily_petsup@126.com，这样就不用付平台手续费了。',
    rules: [PAY],
  },
  {
    text: 'Sample fee $25 + shipping $35, pls pay by PayPal but friends and family, email paypal.gzwatch@gmail.com',
    rules: [PAY],
  },
  {
    text: 'friend you can pay the sample cost 60usd to my alipay linda.zhao1988@163.com , faster than make order',
    rules: [PAY],
  },
  {
    text: 'Sir the 20 kVA inverters are ready. For this order pls pay through our agent PayPal, friends and family option to avoid fee: payments.gd.agent@gmail.com',
    rules: [PAY],
  },
  { text: '老板好，样品费35美金您直接支付宝转我就行 zhaoli_sample@126.com 不用下单了', rules: [PAY] },
  {
    text: 'Bos, DP 50% bisa via DANA atau OVO ke nomor admin kami 0812 0000 5531, nanti konfirmasi lewat WA ya. Barang langsung dikirim dari gudang Guangzhou',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Pasensya po sir pero kailangan na bayaran ang storage fee sa Manila consolidation warehouse, 3,200 pesos kada araw. Send na lang sa Maya 0998 000 4412 today para hindi na madagdagan',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Sa mga susunod na order po, huwag na sa dating account. Bago na po ang bank namin: Metrobank, acct name Rowena T. Santos, 0123-4567-00891 — siya po ang agent namin sa Cebu',
    rules: [PAY, CHANGE],
  },
  {
    text: "Il reste seulement 3 moteurs 40CV en stock, un client de Nouadhibou veut tout prendre. Faites le versement par Orange Money aujourd'hui au 77 000 65 20 sinon je ne garantis rien",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Ang presyo good only until 6pm. Bayad sa GCash 0915 000 6633 tapos PM mo ko sa Viber, kung hindi ibibigay ko na sa ibang buyer sa Davao',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'Hermano, para los repuestos del motor transfiéreme por Yape o Plin al número del agente en Lima 987 000 321, luego me avisas al WhatsApp',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Halo pak, saya agen supplier di Surabaya, sisa 70% bayar ke saya tunai aja pas barang datang. Hubungi WA saya 0813 0000 2244 ya',
    rules: [PAY, CONTACT],
  },
  {
    text: "Stockage au port de Dakar: 25 000 FCFA par jour. Envoyez les frais de dédouanement 310 000 FCFA par Wave aujourd'hui au transitaire, sinon la marchandise part en fourrière",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Buyer from PNG? you can pay in kina to our cousin in Port Moresby, call him 7000 4412, he send to China for us',
    rules: [PAY, CONTACT],
  },
  {
    text: "Wave et Orange Money ne marchent pas pour payer en Chine. Payez par carte sur la commande Alibaba, c'est plus simple",
    rules: [],
  },
  {
    text: 'Please the MoMo I use is for my shop customers only. For China I go to the bank and pay the Alibaba invoice',
    rules: [],
  },
  { text: 'Sorry po, walang cash payment, lahat po sa Alibaba order para protektado kayo', rules: [] },
  {
    text: "Alibaba doesn't support Wave, Mr Sall. You can pay by card, or bank transfer to the Alibaba Citibank virtual account shown on the order payment page",
    rules: [],
  },
  {
    text: '亲，这批二手笔记本直接付到我支付宝就行，不用走平台订单，省手续费。支付宝账号 lzj_trade2019@163.com',
    rules: [PAY],
  },
  {
    text: 'يا حبيبي ادفع العربون ٣٠٪ عن طريق الحوالة لمكتب صاحبي في دبي وابعتلي الايصال على الواتساب 00971 50 000 6623',
    rules: [PAY, CONTACT],
  },
  {
    text: 'URGENT: our accountant made mistake on PI, the bank in that PI is old one and closed. Pay with the corrected invoice attached today because the port cut-off is tomorrow',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Bhai advance 30% easypaisa ya jazzcash pe mere agent ko bhej do, uska number whatsapp pe deta hoon, add karo 0300 000 7788',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Ndugu tuma pesa ya clearing TSH 1,250,000 kwa agent wetu Dar, M-Pesa 0754 000 918, halafu tupigie simu tukupe risiti',
    rules: [PAY, CONTACT],
  },
  {
    text: 'your lot No. SL-2291 (mixed home appliances 1x40HQ) is reserved until 10pm only. Send booking fee $1,500 by WorldRemit to our staff name, else system will release it',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear buyer our bank account in Hong Kong was frozen by the government due to audit, you must pay balance to our new account in Malaysia today, ship date can not wait',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: "Don Allah ka tura kudin zuwa asusun dan'uwana a Kano, GTBank 0123000456 Musa Ibrahim. Asusun kamfani yana da matsala yanzu, kar ka tura can",
    rules: [PAY, CHANGE],
  },
  {
    text: "Kardeşim bu gece 00:00'a kadar kapora gelmezse forkliftleri Iraklı müşteriye veriyoruz. Hesap: Ziraat TR33 0001 0009 9999 0000 1234 56 şahsi hesap",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'For Afghanistan we use hawaladar in Kabul Shahr-e Naw, you give afghani to him, he give us dollar in Dubai. its normal way',
    rules: [PAY],
  },
  {
    text: 'Dear Mr Omar the bank details of previous invoice are wrong, our finance send you corrected invoice, beneficiary now Golden Bridge Ltd, DBS Singapore, please transfer there directly',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hakuna haja ya kutumia Trade Assurance rafiki, tuma tu kwenye benki yetu moja kwa moja, sisi ni waaminifu miaka mingi',
    rules: [PAY],
  },
  {
    text: 'yalla habibi lazem tdfa3 el 30% el yom 3a account a5oui, aw el lot byrou7 3a zboun tani men Amman',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Konto firmowe jest zablokowane, proszę wpłacić resztę na moje prywatne konto w Revolut, dane wyślę zaraz',
    rules: [PAY, CHANGE],
  },
  {
    text: 'اخي الكريم لازم تحول العربون اليوم على الحساب الشخصي لصاحب الشركة، الكمية محدودة وفي زبون من اربيل ينتظر',
    rules: [PAY, PRESSURE],
  },
  // Round 66: supplements and private-label health products for gyms, brands and pharmacies in the Americas, the Gulf,
  // Eastern Europe, Central and Southeast Asia; and the short fragments people type on phones mid-deal
  {
    text: 'Pode fazer o Pix direto pra mim, chave: importacao.vendas2024@gmail.com, é mais rápido que pelo Alibaba e te dou 5% de desconto',
    rules: [PAY],
  },
  {
    text: 'Pode pagar o restante via PIX para a nossa representante no Brasil, chave pix: representacao.auto@gmail.com, fica mais barato',
    rules: [PAY],
  },
  {
    text: 'Bom dia, pode pagar o sinal por Pix pro nosso representante no Brasil, chave vendas.aquariobr@gmail.com, sai mais barato que o Trade Assurance',
    rules: [PAY],
  },
  {
    text: 'Hi from our Toronto office! Canadian customers can pay via Interac e-Transfer to ar.mapleSalonSupply@gmail.com, security answer: spa2024',
    rules: [PAY],
  },
  {
    text: 'dear sir, for saving the wire fee my sister in Vancouver can take Interac e-transfer for the balance, email: wendy.chen.van@gmail.com',
    rules: [PAY],
  },
  {
    text: 'Bom dia!! faz o Pix da entrada de R$1.200 ainda hoje, chave: vendas.gzoculos@gmail.com, amanhã o preço dos óculos já sobe',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Olá! Para o registro na ANVISA o despachante cobra R$ 2.300, pode fazer PIX direto pra chave dele: despachante.rogerio88@gmail.com, depois te mando o protocolo',
    rules: [PAY],
  },
  {
    text: "Merhaba kardeşim, helal sertifikası için ajanımız 250 USD istiyor, WhatsApp'tan yazarsan IBAN'ı gönderirim: +90 533 418 27 06",
    rules: [PAY, CONTACT],
  },
  {
    text: 'Шановний клієнте, через перевірку наш старий рахунок у Bank of China заблоковано. Залишок 6 420 USD просимо переказати на новий рахунок нашого партнера в Казахстані, реквізити в інвойсі',
    rules: [PAY, CHANGE],
  },
  { text: 'แอด Line มาครับ supp_herbthai เดี๋ยวส่ง QR พร้อมเพย์ให้โอนค่าตัวอย่าง 1,200 บาท', rules: [PAY, CONTACT] },
  {
    text: 'Armazenagem no porto de Santos é R$ 850 por dia, se não pagar a taxa do despachante hoje direto na conta dele a carga volta pra China',
    rules: [PAY, PRESSURE],
  },
  {
    text: "Sayın müşterimiz, eski hesabımız vergi denetimi nedeniyle donduruldu. Kalan bakiye 8.900 USD'yi yarına kadar yeni hesaba göndermezseniz üretim durur ve ek depo ücreti alınır.",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'dear the COA lab fee 180 USD, alibaba not allow this kind payment, pls add wechat zoe-xaextract and i send you my alipay QR',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Due to system upgrade our payment details are updated. Download the new invoice with new bank details: https://we.tl-invoice.xyz/d/INV88231.zip',
    rules: [PAY, CHANGE, LINK],
  },
  {
    text: 'pls pay the NPN consultant directly 950 CAD by Interac e-transfer to register.npn.help@gmail.com, he start the Health Canada file',
    rules: [PAY],
  },
  {
    text: 'Buenas parcero, la cuenta de Bancolombia que le pasé ya no sirve, me la bloquearon. Escríbame al WhatsApp +57 300 555 1843 y le doy la nueva para el anticipo del colágeno',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Hello, our previous USD account is being investigated by the bank, please send remaining $4,300 to our Payoneer instead: payments@gz-yikang-nutri.com',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Pentru certificatul halal, agentul nostru cere 320 USD în contul lui personal Revolut, vă trimit IBAN-ul acum',
    rules: [PAY],
  },
  {
    text: 'Your Alibaba.com account will be suspended in 12 hours due to unpaid inspection fee. Pay now: http://alibaba-verify.help/fee',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Laboratuvar testi için 210 USD bugün Papara hesabıma gelmezse sıranızı kaybedersiniz, sonraki müsait tarih 5 hafta sonra',
    rules: [PAY, PRESSURE],
  },
  { text: 'Please avoid Western Union, our company only accept payment by Trade Assurance', rules: [] },
  { text: 'pay to my WU name Li Wei', rules: [PAY] },
  { text: 'no TA pls, direct TT save 3%', rules: [PAY] },
  { text: 'cash ok? my agent in dubai collect', rules: [PAY] },
  { text: 'MG to my sister Chen Mei ok', rules: [PAY] },
  { text: 'dep 500 via wise to my personal', rules: [PAY] },
  { text: 'customs fee 380 usd by WU tdy or goods return', rules: [PAY, PRESSURE] },
  { text: 'gift card ok? steam or itunes', rules: [PAY] },
  { text: 'WA me for bank details', rules: [PAY, CONTACT] },
  { text: 'ادفع على حساب المدير مباشرة', rules: [PAY] },
  { text: 'bhai TA mat karo, direct TT bhejo', rules: [PAY] },
  { text: 'dep to my PP friends&family', rules: [PAY] },
  { text: 'WA me now, WU within 2h or cancel', rules: [PAY, CONTACT, PRESSURE] },
  { text: 'pay bene Jinhui Trading now not ours', rules: [PAY, CHANGE] },
  { text: 'btc also ok', rules: [PAY] },
  { text: 'MG 800 to guangzhou, name below', rules: [PAY] },
  { text: 'hesaba direkt gönder, alibaba yok', rules: [PAY] },
  { text: 'usdt 2000 tdy, tmrw too late', rules: [PAY, PRESSURE] },
  { text: 'usdt không nhận, chỉ alibaba', rules: [] },
  // Round 67: fabrics, lace and bridal textiles for tailors and boutiques in West Africa, South Asia, the Gulf, North
  // Africa, Turkey and Southeast Asia; long formal letters, real and fake
  {
    text: 'Ka tura kudin ajiya yau ta MoneyGram, in ba haka ba za mu sayar da kayan ga wani mai saye',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear customer this is Frank from cargo, our Xiaobei office change account, send the freight 1,280,000 naira to Moniepoint 5550193827 Adewale Logistics and whatsapp me receipt on +234 809 555 0173',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'friend urgent: our bank block the account for Ramadan audit and customs charge 80usd each day for your container in Apapa, pay the clearing to the new account today: Zenith 5550928174 Ojukwu Global Clearing',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Alhaji the shadda and atiku materials only 3 bales remain, pay cash to our man in Kano today before another customer collect am',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'You want the beaded lace for 14 Sept wedding? Then send the 500 dollars through MoneyGram now now, tomorrow the line is full',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Hurry!!! only 2 rolls of the champagne 3D lace remain, first to send deposit on Wise to me get it. Wise tag @sunnylacegz',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Puan, akaun syarikat kami sedang disemak, sila bayar baki RM 8,900 ke akaun Maybank baru 5550 1234 9876 atas nama Tan Ah Kow',
    rules: [PAY, CHANGE],
  },
  {
    text: 'sir company ka account audit mein hai is liye payment Meezan bank mein mere cousin ke account mein kar dein 0155 5501 9823 4401',
    rules: [PAY, CHANGE],
  },
  {
    text: 'bhai aj e advance pathan amar personal account e, kal theke dam barbe, pore Eid er age delivery possible na',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Malam ka tura kudin yau zuwa account dina na GTB 5550018273, in ba haka ba za mu sayar wa wani kayan',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'dear buyer last time you pay to HSBC, this time pls pay to Citibank because HSBC have problem with Nigeria transfer, new info: Citibank HK 555-0398-221 Golden Thread Ltd',
    rules: [PAY, CHANGE],
  },
  {
    text: 'The Ghana kente and George collection is 90% sold out. Send half payment via Mobile Money today to lock your order 😊',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Eski hesabımız bloke oldu, bakiyeyi bugün yeni hesaba yatırmazsanız bayram öncesi sevkiyat yapılamaz',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Send the sample money to my colleague in Dubai, he is in Deira, you can give him cash there',
    rules: [PAY],
  },
  {
    text: 'Respected Sir, this is to kindly request an extension of the quotation validity until the end of the month, as our board meeting has been postponed. We remain very interested and will place the Trade Assurance order after approval.',
    rules: [],
  },
  {
    text: 'Dear Sir, we appreciate your offer to pay in cash during your visit, but for compliance reasons we are unable to accept cash. Please place the order on Alibaba.com and pay online, and we will be happy to show you around the factory.',
    rules: [],
  },
  // Probe 68 (bulk commodities with mandates and port agents; machinery and its installing engineers; eyewear and
  // watches).
  {
    text: 'يا أخي، عندنا شحنة يوريا جاهزة في ميناء جبل علي. ادفع رسوم التخزين للوكيل كاش في مكتبه بديرة، كل يوم تأخير عليك 700 درهم.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'मैडम, GST बचाने के लिए कैश में पेमेंट कर दीजिए, हमारा आदमी मुंद्रा पोर्ट पर आकर ले लेगा। तिल के 2 ट्रक तैयार हैं।',
    rules: [PAY],
  },
  {
    text: "Please note, our company has been acquired by our parent group. All payments for the diesel allocation now go to the parent's account in Malta, the Alibaba order can be closed.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'tel me your whatsapp i send you photos of the chicken feet and price, also the account for deposit',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Boa tarde. Houve mudança nos dados bancários da exportadora. A conta do Bradesco que está na proforma não é mais válida, use a conta da nossa trading em Montevidéu, em dólar. Nova PI em anexo.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'please change the beneficiary in your system to AFROCOM SUPPLIES LTD. We no longer use the previous company name for receiving funds. SWIFT and account no follow in next message.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Hi, we are a buyer from Kenya. We'll use our own clearing agent in Mombasa and pay the duties directly to KRA. Please just quote CFR Mombasa.",
    rules: [],
  },
  {
    text: "About the 'skip Alibaba' offers you get from others: we stay on Alibaba. Trade Assurance protects you and us.",
    rules: [],
  },
  {
    text: "Your bank asked for our SWIFT for the LC? It's in the draft LC application we uploaded. Your bank sends the LC to our advising bank, not to us.",
    rules: [],
  },
  {
    text: 'Hi Tomas, engineer Mr Wang told me he prefer the daily allowance $120/day pay to his own wechat, not through company. 6 days total = $720, pls send before he flies.',
    rules: [PAY],
  },
  {
    text: 'Panie Marku, inzynier przyjedzie na montaz maszyny do druku 3 marca. Koszt wizy i biletu 4200 zl prosze przekazac gotowka bezposrednio inzynierowi po przylocie, nie wpisujemy tego do zamowienia na Alibabie.',
    rules: [PAY],
  },
  {
    text: 'הטכנאי שלנו יגיע להתקנת מכונת האריזה ב-15 לחודש. את דמי הוויזה והכרטיס (850 דולר) צריך לשלם לו במזומן כשהוא מגיע, זה לא חלק מההזמנה באליבאבא.',
    rules: [PAY],
  },
  {
    text: "Engineer ticket Shanghai–Lagos $1,150 will be bought by me, pls reimburse to my personal Payoneer, I'm the sales manager so it's same company.",
    rules: [PAY],
  },
  {
    text: "Can I pay the remaining 40% for the folder gluer to your USD account in Dubai direct? My bank doesn't like the Alibaba payment page",
    rules: [PAY],
  },
  {
    text: "The installation team (2 engineers) need living cost 80 USD per day each in cash, please prepare USD notes, they can't take card. It's not in PI.",
    rules: [PAY],
  },
  {
    text: 'เพื่อให้ผ่านศุลกากรเร็วขึ้น รบกวนโอนยอดคงเหลือเข้าบัญชีของผู้อำนวยการเราโดยตรงนะคะ ไม่ต้องจ่ายผ่านออเดอร์',
    rules: [PAY],
  },
  {
    text: 'Kỹ sư bên em sang lắp máy in vào tuần sau, phí visa và vé máy bay 1.200 USD anh trả tiền mặt trực tiếp cho kỹ sư khi đến nhé, không tính vào đơn Alibaba.',
    rules: [PAY],
  },
  {
    text: 'Our forwarder in Rotterdam handles customs, I pay them directly for freight and duties. You just ship FOB Ningbo.',
    rules: [],
  },
  {
    text: "The POS bundle includes a receipt printer that prints a QR so your shoppers can pay with PayPal or Apple Pay. That's a product function for your retail customers.",
    rules: [],
  },
  // Probe 69 (auto parts, tyres and batteries where currency controls and sanctions are the pretext; toys and Christmas
  // goods for European shops, with accounting e-mails).
  {
    text: 'Deposítale al primo mío en Banreservas, él me lleva los cuartos a China la semana que viene, eso es seguro loco, lo hacemos siempre',
    rules: [PAY],
  },
  {
    text: 'Boss for the 40 pcs 195/65R15 i fit pay your agent for Lagos in naira cash, he go convert am. Abeg send me him name make i carry the money go Alaba tomorrow',
    rules: [PAY],
  },
  {
    text: 'اخي الحوالة البنكية من العراق صعبة هسه بسبب المنصة والعقوبات، ادفع عن طريق صيرفة بالكرادة وهمه يسلمون لوكيلنا بإسطنبول كاش. راسلني واتساب على +90 532 xxx xx 17 حتى ادزلك الاسم',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Bonjou mesye, pou Ayiti nou pa ka resevwa virement labank. Voye kòb la pa MoneyGram sou non LI WEI, Guangzhou, Lachin. Apre sa voye m nimewo referans lan sou WhatsApp +86 138 xxxx 2290.',
    rules: [PAY, CONTACT],
  },
  {
    text: "Klk mi hermano, la vaina es que la cuenta de nosotros en China está bloqueada pa' República Dominicana. Deposita en la cuenta del socio en Panamá, Banco General, a nombre de Inversiones Lee S.A., esa es la que estamos usando ahora. Te paso el número de cuenta por WhatsApp, escríbeme al +507 6xxx 4412",
    rules: [PAY, CONTACT],
  },
  {
    text: 'يا راجل المصارف عندنا في ليبيا ما فيش اعتمادات ولا تحويل، نقدر نسلم الـ12 ألف دولار كاش لوكيلك في إسطنبول، واحد تاجر في لالالي. قوله يستلم ويعطيني وصل وخلاص',
    rules: [PAY],
  },
  {
    text: 'يا أخي نحن في صنعاء ما نقدر نحوّل من البنك، نرسل لكم الفلوس عبر الكريمي أو صرافة النجم لوكيلكم في عدن أو دبي. أعطنا اسم المستلم الرباعي عشان الحوالة',
    rules: [PAY],
  },
  {
    text: 'کاکە، پارەکە بە حەواڵە بنێرە بۆ سەرافی ئەمین لە هەولێر، ئەوان دەیگەیەننە وەکیلی ئێمە لە گوانگجۆ. تکایە ئەمڕۆ بنێرە، ئەگینا نرخی پاترییەکان دەگۆڕێت.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Adeer, Hargeysa ka lacagta ku soo dir Zaad 063 xxx xxxx, kadibna anigaa u gudbinaya shirkadda Shiinaha. Maanta dir fadlan, berri qiimaha taayirrada ayaa kordhaya.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Pls send via Dahabshiil to our agent in Guangzhou, name Ahmed Farah Ali. Alibaba cannot do Somalia so this is how all our Mogadishu customers pay.',
    rules: [PAY],
  },
  {
    text: 'habibi el 7awala mn el 3raq s3ba hwaya, idfa3 lel sarraf b baghdad w ana astalim b yiwu cash. el sarraf isma abu ali b shar3 el rasheed, ra7 adizlak mawqi3a',
    rules: [PAY],
  },
  {
    text: 'khoya, 7ot el flous 3and el sarraf fi Misrata w howa y7awelha l Istanbul, hadi ashal men el masref, enta ta3ref el masref el markazi shen dayer',
    rules: [PAY],
  },
  {
    text: '现金可以交给我们广州的代理，地址在三元里汽配城，到了给他打电话 +86 135 xxxx 7788，他会给你开收据。',
    rules: [PAY],
  },
  {
    text: 'Pa peye sou Alibaba non frè m. Voye lajan an pa CAM Transfer bay kouzen m nan Pòtoprens, l ap pote l bay ajan an nan Miami, se konsa nou fè ak tout kliyan Ayiti yo.',
    rules: [PAY],
  },
  {
    text: 'Por el tema del anticipo, mejor transfiérale a nuestra agente en Guayaquil, ella tiene cuenta en Banco Pichincha, así se evita la comisión internacional y el ISD.',
    rules: [PAY],
  },
  {
    text: 'الدفع عن طريق شبكة الامتياز أو النجم باسم (عبدالله الحميري) وهو مندوبنا في صنعاء، وبعد ما يستلم نشحن لكم من جوانزو على عدن.',
    rules: [PAY],
  },
  {
    text: 'The ship from Mersin to Misrata leaves Thursday. If you want your batteries on it, send the USD cash with Haj Salem to our man in Tripoli today, otherwise next ship is after 3 weeks.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'hola mi amor mira te mando esto por nota de voz porque no tengo tiempo de escribir lo de las baterías de la moto eléctrica ya te las puedo despachar pero tienes que mandarme los dólares por Zelle hoy mismo porque mañana cierran el contenedor en Miami y si no se van hasta el otro mes',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'ana 3indi sarraf b Dubai yistilim dinar mnni w ysallim dollar lel sherka maltkum, etha tirdhon nsawiha hal marra badal el bank',
    rules: [PAY],
  },
  {
    text: 'Si tienes bolívares, hazle pago móvil a nuestro representante en Caracas: Banesco, CI V-18.xxx.xxx, tlf 0414-xxx-xx21, y nosotros despachamos desde Guangzhou apenas confirme.',
    rules: [PAY],
  },
  {
    text: 'بس دز الفلوس كاش ويه السايق اللي رايح عمّان، والشركة مالتنا هناك تستلم وتحولها للصين',
    rules: [PAY],
  },
  {
    text: 'Nou ka resevwa kòb la pa MonCash tou, voye l bay ajan nou an Pòtoprens, non li se Jean Robert, m ap ba w nimewo a.',
    rules: [PAY],
  },
  {
    text: 'Haddii aad doonto, lacagta waxaad gacanta ku siin kartaa wakiilkeena Yiwu, cash dollar, wuxuu ku siinayaa rasiid.',
    rules: [PAY],
  },
  {
    text: 'انا ممكن ادفعلك دولار كاش من السوق السودا لحد تبعك في العتبة، ولا لازم البنك؟',
    rules: [PAY],
  },
  {
    text: 'Our Trade Assurance is temporarily disabled for Kenya so please pay the balance to our Standard Chartered Nairobi collection account, we opened it last month for African clients.',
    rules: [PAY],
  },
  {
    text: 'We sell the e-bikes on hire purchase and customers pay daily via M-Pesa. Does your IoT controller support remote lock when a payment is late?',
    rules: [],
  },
  {
    text: 'عايزين سكوتر كهربا للتأجير، التطبيق بتاعه بيدعم الدفع بفودافون كاش ولا لازم نبرمج احنا؟',
    rules: [],
  },
  {
    text: 'Aquí en Venezuela todo el mundo cobra en Zelle, pero yo te voy a pagar por Alibaba con la tarjeta de mi empresa en Panamá, para tener la protección.',
    rules: [],
  },
  {
    text: 'Trade Assurance works like this: you pay into the Alibaba order (card, TT to the virtual account shown on the payment page, or online banking), Alibaba holds it, we ship, you confirm receipt.',
    rules: [],
  },
  {
    text: 'I cannot use Trade Assurance with my card because of the limit, so I will ask my bank to wire to the Alibaba payment account in the order - they said it takes 3 days.',
    rules: [],
  },
  {
    text: 'I know hawala and exchange houses are common in Yemen, but for your protection please pay through the Alibaba order only.',
    rules: [],
  },
  {
    text: "I saw you sell e-scooters with an M-Pesa payment module for rentals - what's the MOQ and is the API documented?",
    rules: [],
  },
  {
    text: "You asked if we accept USDT - no. Our company only uses Trade Assurance, it's safer for both of us.",
    rules: [],
  },
  {
    text: 'Sorry bro, I know USDT is easy for you in Venezuela but we cannot accept it, company rule. Alibaba accepts Visa/Mastercard from many banks, try your Panamanian card.',
    rules: [],
  },
  {
    text: 'Grüezi Herr Baumann\n\nAb diesem Auftrag übernimmt unsere Schweizer Niederlassung die Fakturierung. Bitte überweisen Sie die 30% Anzahlung für die Adventskränze nicht via Alibaba sondern direkt an die Toyland Trading AG, PostFinance, IBAN CH56 0900 0000 1234 5678 9. So sparen Sie die Gebühren und wir können schneller produzieren.\n\nFreundliche Grüsse\nSandra Meier',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Servus Herr Gruber, wegen der Gschicht mit der EORI wärs einfacher wenn Sie die Ware direkt an unser Lager in Wien zahlen, das Konto läuft auf unseren Lagerpartner Donau Logistik KG, IBAN AT61 1904 3002 3457 3201. Bitte heut noch, sonst geht der LKW vorm Nikolo nimmer raus und die Masken bleiben bis Jänner liegen.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Sehr geehrter Kunde,\naufgrund einer laufenden Prüfung unseres Firmenkontos durch die Bank of China können wir Zahlungen derzeit nur über unser Wise-Konto in EUR annehmen.\nKontoinhaber: Chen Xiaoming\nIBAN: BE71 9670 5512 3469 (Wise Europe SA)\nBitte als Verwendungszweck nur die Auftragsnummer angeben, NICHT "Spielzeug".',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Moin Jens, unser Steuerberater sagt wegen IOSS müssen wir die Rechnung ab jetzt über unsere Hamburger Tochter stellen. Die neue Rechnung mit der Bankverbindung der Nordlicht Import UG hängt an, bitte das alte PI ignorieren und dorthin überweisen.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Grüezi mitenand, Anzahlung fürs Muster könnt ihr auch per TWINT an meine Nummer 079 412 55 80 schicken, geht schneller als Alibaba 👍',
    rules: [PAY],
  },
  {
    text: "Hoi! Als je gewoon overmaakt naar mijn privérekening ipv via Alibaba kan ik 5% korting geven op de schoolagenda's, Alibaba pakt te veel commissie",
    rules: [PAY],
  },
  {
    text: 'Kære kunde, vores Black Friday-tilbud på byggeklodser udløber i aften kl. 23.59. Betal via linket for at sikre prisen: https://tinyurl.com/bf-klodser-dk',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Hej!\nPå grund av nya EU-regler kring IOSS fakturerar nu vårt lager i Polen. Betala därför resterande 70 % till Euro Warehouse Sp. z o.o., IBAN PL61 1090 1014 0000 0712 1981 2874, och inte till kontot på PI:n. Adventsljusstakarna skickas så fort pengarna är inne.\nMvh Kevin',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hejsan, kan du swisha handpenningen direkt till mig istället? Då slipper vi Alibabas avgifter och jag kan starta produktionen av skolryggsäckarna redan imorgon',
    rules: [PAY],
  },
  {
    text: 'Hej, vi har fått problem med vårt konto hos Alibaba. Kontakta mig istället på min privata mail linda.wu.trade@outlook.com så skickar jag en ny faktura med bankuppgifter som ni betalar direkt till.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Hej Erik, vi har bytt bank till SEB. Sätt in resten på vårt nya bankgiro 5402-8871 före torsdag, annars hinner vi inte skeppa julgransbelysningen före jul.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hei,\nilmoitamme, että pankkiyhteytemme on muuttunut. Pyydämme maksamaan laskun nro 20241187 (joulukoristeet, 1 200 kpl) uudelle tilillemme FI21 1234 5600 0007 85, saaja Nordic Party Supply Oy. Vanhalle tilille tehtyjä maksuja ei voida kohdistaa.\nYstävällisin terveisin\nTalousosasto',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dobrý deň, fakturáciu prevzala naša materská spoločnosť v Hongkongu, preto prosím uhraďte objednávku školských zošitov na účet:\nBeneficiary: Sunrise Stationery HK Ltd\nBank: HSBC Hong Kong, acc. 848-123456-838\nSWIFT: HSBCHKHHHKH\nPôvodný účet na PI už nie je platný.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Vážený zákazník, na Black Friday platí dnes zľava 20 %, ale iba pri platbe v USDT (TRC20) na adresu TXk9bQ2mWz7Lr4pN8vD3sF6hJ1cY5eA0u. Ponuka končí o polnoci.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Kedves Ügyfelünk, az áfa-visszatérítés miatt a számlát ezentúl a szlovákiai raktárunk állítja ki, kérjük a végösszeget oda utalja: SK31 1200 0000 1987 4263 7541. A régi számlaszám megszűnt.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Szia, Revoluton vagy Wise-on is tudsz nekem kozvetlenul fizetni, olcsobb mint a Trade Assurance. Ha ma fizetsz meg befersz a karacsonyi kontenerbe, holnap mar nem.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Spoštovani,\nobveščamo vas, da smo zamenjali banko. Prosimo, da plačilo za šolske potrebščine (naročilo 5512) nakažete na nov TRR: SI56 0201 1001 2345 678, prejemnik Igrače Plus d.o.o. Staro številko računa prosimo izbrišite iz sistema.\nLep pozdrav,\nRačunovodstvo',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Poštovani, zbog revizije naš račun u Kini je blokiran. Molimo uplatite na račun našeg partnera u Sloveniji, podatke šaljem mailom. Ako ne uplatite do sutra, proizvodnja školskih ruksaka se zaustavlja.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Tere,\nteatame, et meie pangarekvisiidid on muutunud. Palun tasuge arve nr 2024-611 (jõulukaunistused) uuele arveldusarvele EE38 2200 2210 2014 5685, saaja Pidu OÜ. Vanale kontole tehtud makseid ei saa kinnitada.\nLugupidamisega\nRaamatupidamine',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Tere, koolitarvete makse leht on siin: https://alibaba-trade-payment.com/ee/order/55120 – palun makske täna, homme link aegub ja tellimus tühistatakse.',
    rules: [PAY, LINK, PRESSURE],
  },
  {
    text: 'Tere, võite maksta ka otse minu Wise kontole, siis pole Alibaba tasu. Andmed saadan WhatsAppis, number +86 186 2019 4455.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Tere! Meie raamatupidamine vahetas pangakontot, uus arve on siin: http://arve-portaal.top/Arve_2024_088.zip . Palun tasuge uuele kontole ja vana konto andmed kustutage.',
    rules: [PAY, CHANGE, LINK],
  },
  {
    text: 'Labdien!\nInformējam, ka mūsu bankas rekvizīti ir mainījušies. Lūdzu, veiciet samaksu par rēķinu Nr. LV-2024/0815 (Ziemassvētku rotājumi) uz jauno kontu LV80 BANK 0000 4351 9500 1, saņēmējs SIA Svētku Preces. Iepriekšējais konts vairs netiek izmantots.\nAr cieņu,\nGrāmatvedība',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Labdien, mūsu uzņēmuma konts Ķīnā ir bloķēts audita dēļ, tāpēc lūdzam maksāt uz mūsu Eiropas noliktavas kontu Polijā. Jaunā faktūra pielikumā. Ja nesamaksāsiet šodien, konteiners aizies bez jūsu preces.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Laba diena,\npranešame, kad pasikeitė mūsų banko sąskaita. Prašome apmokėti sąskaitą faktūrą Nr. 2024-1122 (Kalėdų dekoracijos) į naują sąskaitą LT60 1010 0123 4567 8901, gavėjas UAB Šventės prekyba. Senoji sąskaita nebegalioja.\nPagarbiai\nBuhalterija',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Sveiki, mūsų Vokietijos dukterinė įmonė dabar išrašys jums sąskaitą. Prašome mokėti jai tiesiogiai, o ne per Alibaba; nauji banko duomenys yra pridėtoje sąskaitoje faktūroje.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hello dear, for your convenience our German subsidiary will invoice you in EUR so you avoid the customs hassle. Please pay the invoice from Sunny Toys Deutschland GmbH directly, not through Alibaba.\nBank: Commerzbank\nIBAN: DE89 3704 0044 0532 0130 00',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear buyer, because of the Lithuanian VAT registration our EU entity UAB Toyline will collect the payment from now. Updated PI attached with their Swedbank IBAN LT73 7300 0101 2345 6789. Kindly cancel the Trade Assurance order and pay this PI instead.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear customer, because of the EORI problem please pay the import VAT to our clearing agent directly, Mr. Ahmed Karimi in Frankfurt, by Western Union. Otherwise the goods will be returned to China on Monday.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Dear friend, good day! Our company bank account is under yearly check by government, so can not receive money now. Please kindly pay to our boss personal account in Bank of China, I will send you details soon. Thank you for understanding!!',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Achtung: Wir haben heute eine E-Mail bekommen, angeblich von Ihrer Buchhaltung, mit einer "neuen IBAN" in Litauen. Wir zahlen selbstverständlich weiterhin nur über den Alibaba-Auftrag. Bitte prüfen Sie, ob Ihr E-Mail-Postfach gehackt wurde.',
    rules: [],
  },
  {
    text: 'Vi har betalat slutbetalningen via Alibaba (banköverföring till deras virtuella konto). Ordernummer 2214883710. Säg till när ni ser bekräftelsen.',
    rules: [],
  },
  {
    text: "Please send the samples by DHL Express collect, our DHL import account number is 958123456. We'll pay the courier directly.",
    rules: [],
  },
  {
    text: 'Our FedEx account no. for freight collect is 7712-3456-8, please use it for the 3 sample boxes.',
    rules: [],
  },
  {
    text: 'Alibaba asked for a bank account for the refund – I entered our company IBAN in the dispute form, so no need to send anything here.',
    rules: [],
  },
  {
    text: 'Dear customer, warning: some people copy our photos and company name on Facebook and ask for payment by Western Union. That is not us, we only receive payment in Alibaba order.',
    rules: [],
  },
  // Probe 68's leftovers, caught since probe 69 (another buyer in Spanish, payments to a previous account not
  // credited).
  {
    text: 'Estimado comprador, para liberar la prueba de producto (POP) del diésel EN590 necesita pagar la tarifa de inspección de tanque de USD 6.000 a nuestro agente portuario en Houston. Le envío los datos bancarios por WhatsApp: +1 713 555 0148. Si no paga hoy el tanque se asigna a otro comprador.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "------ Forwarded message ------\nFrom: Alibaba Trade Assurance\nDear Buyer, Supplier 'Wenzhou Visionstar Optical' has updated their receiving bank information. Please use the following for all future payments:\nBank: Standard Chartered Singapore\nA/C 0107-884-221-3\nPayments to the previous account will not be credited.",
    rules: [PAY, CHANGE, PRESSURE],
  },
  // Probe 70 (parts and electronics traded past sanctions and blocked banks, by suppliers and buyers; resellers'
  // phone-typed shorthand).
  {
    text: 'Коллеги, наш банк отключили от SWIFT, поэтому платить будет партнёр из Бишкека. Выставьте инвойс на их фирму и дайте прямые реквизиты, через площадку у нас не пройдёт.',
    rules: [PAY],
  },
  {
    text: 'Курс юаня скачет каждый день. Оплату теперь принимаем только на гонконгский счёт (реквизиты в новом PI). Если до 18:00 по Пекину предоплата не придёт — цена +12%, а место в контейнере отдадим другому клиенту.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Звоните в ватсап +7 701 555 18 42, Ержан, он платёжный агент, вопрос с оплатой решит за 1 день',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Privet, oplata cherez platezhnogo agenta v Kazakhstane ok? Oni skinut vam pryamo na schet v Kitae, komissiya 3%, tolko bez alibaby pozhaluista',
    rules: [PAY],
  },
  {
    text: 'Kurs rublya padaet, zavtra budet eshe huzhe. Platite segodnya na kartu Kaspi 4400 4301 2233 8812, poka kurs normalnyj, zavtra cena +7%',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Davaite razobem platezh: 30% s ooo v Minske, 30% s firmy v Almaty, ostalnoe nalom v Iu. Tak banki ne zablokiruyut',
    rules: [PAY],
  },
  {
    text: 'سلام، به خاطر تحریم‌ها نمی‌تونیم مستقیم از ایران پرداخت کنیم. همکارمون تو دبی مبلغ رو از حساب شرکت خودش مستقیم به حساب بانکی شما واریز می‌کنه. لطفاً شماره حساب و سوئیفت رو بفرستید، از طریق علی‌بابا نمیشه.',
    rules: [PAY],
  },
  {
    text: 'salam, pool ro az tarighe sarrafi mifrestim be hesabe sherkatetoon dar HK, trade assurance baraye Iran baste ast. shomare hesab befrestid lotfan',
    rules: [PAY],
  },
  {
    text: 'agha hesabe ghabli block shode be khatere tahrim, in hesabe jadide: Mehr Trading FZE, Emirates NBD, IBAN AE46 0260 0010 1528 4473 901. lotfan be in variz konid',
    rules: [PAY, CHANGE],
  },
  {
    text: 'dollar dare mire bala, age emrooz pardakht nakonid farda gheymat 20% bishtare. tether ham ghabool mikonim',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'مرحبا اخي، نحنا بسوريا وما فينا نحوّل عن طريق البنك بسبب العقوبات. في عنا صرّاف بإسطنبول بيسلّمك المبلغ كاش، أو منبعتلك عن طريق مكتب حوالات. شو بيناسبك؟',
    rules: [PAY],
  },
  {
    text: 'شريكنا بلبنان رح يدفعلك من حسابو مباشرة، بدون علي بابا، بس ابعتلنا IBAN و SWIFT',
    rules: [PAY],
  },
  {
    text: "Hocam nakit dolarla Laleli'deki ofiste ödeyelim, adamınız gelip alsın. Sipariş sistemde görünmesin.",
    rules: [PAY],
  },
  {
    text: "Abi İran'a gidecek rulmanların parasını kuyumcudan altın olarak verelim, Kapalıçarşı'da teslim. Banka işi çok uzun.",
    rules: [PAY],
  },
  {
    text: 'Сәлеметсіз бе. Төлемді Алматыдағы серіктес компания арқылы жасаймыз, олар сіздің банк шотыңызға тікелей аударады, Alibaba арқылы емес. Реквизиттерді жіберіңізші.',
    rules: [PAY],
  },
  {
    text: 'Қытайға ақша аудару қиын болып тұр. Досым Үрімжіде, ол сіздің менеджеріңізге қолма-қол юань береді, солай болады ма?',
    rules: [PAY],
  },
  {
    text: 'Теңге құлап жатыр, ертең баға өзгереді. Бүгін USDT-мен төлесеңіз бағаны ұстап қаламыз, ертең +10%.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Саламатсызбы. Бишкектеги өнөктөшүбүз сизге төлөйт, түз эле банк эсебиңизге которот. Инвойсту алардын компаниясынын атына жазып бериңиз.',
    rules: [PAY],
  },
  {
    text: 'Төлөм агенти аркылуу төлөйбүз, 2% комиссия. Alibaba аркылуу эмес, түз эсепке.',
    rules: [PAY],
  },
  {
    text: 'Кечиресиз, биздин эсеп өзгөрдү. Эми «Дордой Трейд» ОсОО эсебине төлөңүз, жаңы реквизиттер тиркелди.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Накталай юань менен Ивуда төлөп берсек болобу? Биздин киши 3 күндө барат.',
    rules: [PAY],
  },
  {
    text: 'Բարև ձեզ։ Վճարումը կկատարի մեր գործընկերը Երևանից՝ իր ընկերության հաշվից անմիջապես ձեր բանկային հաշվին։ Խնդրում ենք ուղարկել SWIFT-ը և հաշվեհամարը, Alibaba-ով չենք կարող։',
    rules: [PAY],
  },
  {
    text: 'Մեր հաշիվը փոխվել է, հինը մի օգտագործեք։ Նոր հաշիվը Ameriabank-ում է՝ «Արմ Պարտս» ՍՊԸ, վճարեք այդ հաշվին։',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Փոխարժեքը տատանվում է․ եթե այսօր չվճարեք, վաղը գինը կբարձրանա 10%-ով, իսկ ապրանքը կվաճառենք ուրիշին։ Կարող եք վճարել USDT-ով։',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'barev, vcharumy kanenq mer Gyumrii firmayi hashvic, dzer bankayin hashvin direct, trade assurance-ov chi linum Rusastani patcharov',
    rules: [PAY],
  },
  {
    text: 'မင်္ဂလာပါ။ ဘဏ်ကနေ တိုက်ရိုက် ငွေလွှဲလို့ မရတော့လို့ ရွှေလီမှာရှိတဲ့ ကျွန်တော်တို့ ကိုယ်စားလှယ်ဆီ ဟွန်ဒီနဲ့ ငွေသား ပေးပါမယ်။ Alibaba မှာ မပေးချင်ပါဘူး။',
    rules: [PAY],
  },
  {
    text: 'ကျပ်ငွေတန်ဖိုး နေ့တိုင်း ကျနေတယ်။ ဒီနေ့ မလွှဲရင် မနက်ဖြန် ဈေး ၁၅% တက်မယ်။ ကျွန်တော့် ကိုယ်ပိုင် Alipay ကို လွှဲပေးပါ။',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Estimado cliente, nuestra cuenta en China cambió, ahora recibimos en una cuenta en Hong Kong a nombre de otra compañía. Factura nueva adjunta. Si no paga antes del viernes se pierde la reserva y el precio sube 10%.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'We pay you cash in Istanbul, Grand Bazaar office, our man Ahmet bring dollars. after you confirm receive, you ship. ok?',
    rules: [PAY],
  },
  {
    text: 'Hello, we can settle with gold, 1kg bar delivered by our Dubai partner to your HK office. Value by LBMA fix of payment day.',
    rules: [PAY],
  },
  {
    text: 'we are from Myanmar, bank not working good now. can i pay your staff in Ruili cash RMB? or via hundi',
    rules: [PAY],
  },
  {
    text: 'Bro our Sber card dont work abroad. I send the money to ur wife wechat? she is in china right',
    rules: [PAY],
  },
  {
    text: 'My customer in Syria asked how to pay. I told him only Trade Assurance, and if TA is not available for his country we cannot do the deal.',
    rules: [],
  },
  {
    text: 'Напоминаем: мы никогда не просим переводить на карты, в USDT или через платёжных агентов. Если такое пишут от нашего имени — это мошенники.',
    rules: [],
  },
  {
    text: 'Клиент из Минска спросил, можно ли оплатить через их партнёра в ОАЭ. Я ответил, что мы работаем только через Trade Assurance и платить должен тот, кто указан покупателем.',
    rules: [],
  },
  {
    text: 'Сенімді болу үшін айтайын: біз ешқашан картаға немесе USDT-ге төлем сұрамаймыз.',
    rules: [],
  },
  {
    text: '¿El terminal POS es compatible con Pago Móvil y tarjetas Visa/Master? Lo necesito para una farmacia.',
    rules: [],
  },
  {
    text: 'finance change acc sis, d one 4 PI no valid again, i send new 1 now pay there',
    rules: [PAY, CHANGE],
  },
  {
    text: 'gcash mo na lng sakin ate, bukas tataas na presyo 😅',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'no ali fee if u send to my alipay direct 😉 wechat pay also ok',
    rules: [PAY],
  },
  {
    text: 'pix pra conta da minha loja nova, a antiga foi bloqueada 😬 chave: 31.998.221/0001-07',
    rules: [PAY, CHANGE],
  },
  {
    text: 'send pymt to dis acc, its my agent in dubai, he collect 4 me',
    rules: [PAY],
  },
  {
    text: 'kak bayar DANA aja ke 0812 9931 4470, ali ribet',
    rules: [PAY],
  },
  {
    text: 'acc holder changed to my director name, pls update n tt today',
    rules: [PAY, CHANGE],
  },
  {
    text: 'manda WU pls pro meu primo em Miami, ele me repassa',
    rules: [PAY],
  },
  {
    text: 'chk ur email, i send invoice frm my gmail amy.gztoys@gmail.com, pls pay dat one not ali',
    rules: [PAY, CONTACT],
  },
  {
    text: 'sis wag na ali, bayad ka na lng thru palawan padala sa name ko, mas mura',
    rules: [PAY],
  },
  {
    text: 'kak ini no rek baru ya, yg lama udh ditutup\nMandiri 137-00-1188-442 a/n PT Sinar Jaya',
    rules: [PAY, CHANGE],
  },
  {
    text: 'pls TT to our HK sister co acc, its diff from ali but safe 100%',
    rules: [PAY, CHANGE],
  },
  {
    text: 'ipadala mo na lng sa remittance center, ate ko kukuha, tapos ship ko agad',
    rules: [PAY],
  },
  {
    text: 'yo acc changed\npls pay new one below 👇\nwa me 4 details +234 803 551 2290\nhurry price go up monday',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'the acc on ali order page expired sir, pls transfer to below one\nStandard Chartered 0108 4422 9913',
    rules: [PAY, CHANGE],
  },
  {
    text: 'msh bnst3ml western union, bas trade assurance ya basha',
    rules: [],
  },
  // Probe 71 (East and Southeast Asian buyers and their own wallets and apps; printing and promotional goods for
  // Southern and Eastern Europe and Latin America).
  {
    text: 'PayPayで送ってくれたらすぐ発送するよ〜 ID: bike_parts_kenji　Alibabaのほうは注文キャンセルしといて',
    rules: [PAY],
  },
  {
    text: 'コンビニ払いの番号をお送りします。ローソンかファミリーマートの端末で「各種番号をお持ちの方」から入力してください。\nお客様番号: 8823-4471-09\n確認番号: 5521\nAlibabaでのお支払いは不要です。',
    rules: [PAY],
  },
  {
    text: 'bro just PayNow me lah, my number i send u later, faster than wait alibaba confirm. u pay today i ship same day can',
    rules: [PAY],
  },
  {
    text: 'てかAlibaba通さなくてよくない？LINE Payで直接送ってくれたら送料タダにするよ笑',
    rules: [PAY],
  },
  {
    text: '款項請匯到我們在台灣的代理人林先生帳戶，第一銀行 (007) 帳號 12345678901，他收到後會通知工廠出貨',
    rules: [PAY],
  },
  {
    text: '이번 건은 편의점 결제로 해주시면 됩니다. 첨부한 결제코드 파일 열어서 GS25 카운터에서 바코드 보여주세요 (결제코드.zip)',
    rules: [PAY],
  },
  {
    text: '恐れ入りますが、今回のお支払いは弊社代表の妻名義の口座へお願いできますでしょうか。法人口座が一時的に使用できない状況でございます。',
    rules: [PAY, CHANGE],
  },
  {
    text: '신규 계좌 안내드립니다. 기존 하나은행 계좌는 해지되었으니 아래 계좌로 송금 부탁드립니다.\n우리은행 1002-345-678901 (주)한빛무역',
    rules: [PAY, CHANGE],
  },
  {
    text: '個公司戶口俾稅局凍結咗，暫時用住我阿哥嘅戶口先，恒生 123-456789-883 LAU CHI KEUNG',
    rules: [PAY, CHANGE],
  },
  {
    text: 'wa lao the Songkran shipment from BKK need pay customs first, just PayNow the agent, he settle for u, i give u his number',
    rules: [PAY],
  },
  {
    text: '御社名義で「LINEで個人宛にPayPay送金を」というメッセージが届きました。御社からの正式な連絡でしょうか？弊社はAlibabaの注文以外では一切お支払いしませんので、念のためお知らせします。',
    rules: [],
  },
  {
    text: '카카오페이, 토스는 저희 쇼핑몰에서 소비자들이 쓰는 결제수단이고요, 공급사님께는 알리바바 Trade Assurance로만 결제합니다.',
    rules: [],
  },
  {
    text: '저희 회사는 외부 송금, 개인 계좌 입금, 위챗페이 결제 요청은 모두 거절합니다. 양해 부탁드려요.',
    rules: [],
  },
  {
    text: '街口支付、LINE Pay是我們門市收客人錢用的，跟這筆訂單無關喔，訂單付款一樣走阿里巴巴。',
    rules: [],
  },
  {
    text: 'ร้านเรารับชำระด้วยพร้อมเพย์และ TrueMoney จากลูกค้าหน้าร้าน เลยอยากได้เครื่องชั่งที่พิมพ์ QR พร้อมเพย์บนใบเสร็จได้ มีรุ่นไหนบ้างครับ',
    rules: [],
  },
  {
    text: 'Ada orang WhatsApp saya mengaku staf Alibaba Malaysia, minta bayar deposit ke akaun peribadi. Saya tak layan. Hati-hati ya.',
    rules: [],
  },
  {
    text: 'Akaun bank syarikat kami tak berubah, tapi kami tetap bayar melalui Alibaba seperti biasa. Cuma nak tanya bila boleh ship.',
    rules: [],
  },
  {
    text: "Can the rental e-scooter app show PayPay and LINE Pay as payment options? That's for our rental customers in Osaka, not for the order with you.",
    rules: [],
  },
  {
    text: 'Quick question, the POS terminal — does it accept TrueMoney and PromptPay QR? Our Bangkok cafe client needs both.',
    rules: [],
  },
  {
    text: 'Hola Marta! Para empezar con el diseño de las tazas necesito que me hagas un Bizum de 45€ por los honorarios de diseño. Eso va aparte del pedido de Alibaba, no lo metas ahí porque la plataforma se queda comisión. En cuanto me llegue te mando la primera prueba 😊',
    rules: [PAY],
  },
  {
    text: 'Bom dia, para avançar com as t-shirts personalizadas do casamento precisamos do pagamento da taxa de cliché (35€) por MB Way. Depois envie o comprovativo para o WhatsApp 913 482 177. O casamento é dia 14, se não pagar hoje já não conseguimos garantir a entrega.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: "Ciao Giulia, per il cliché della stampa a caldo sui portachiavi servono 60 euro extra, non si possono mettere nell'ordine Alibaba perché è un costo del laboratorio. Me li mandi con Satispay al mio numero? poi ti confermo la produzione",
    rules: [PAY],
  },
  {
    text: 'Dobrý den, na tisk krabiček potřebujeme zaplatit přípravu tiskové formy 2 400 Kč. Pošlete to prosím převodem na účet mé kolegyně 2201847362/2010 (Fio banka), ona to pak vyřídí s tiskárnou. Fakturu pošleme později.',
    rules: [PAY],
  },
  {
    text: 'Hola! ya tenemos la prueba de las etiquetas lista. Para liberar el archivo final es con una transferencia por Bre-B (Transferencias 3.0) a la llave @disenos.valen, es mi llave personal porque la de la empresa está en trámite. Son 95.000 COP del diseño.',
    rules: [PAY],
  },
  {
    text: 'Hola! el precio en Alibaba está en USD pero si querés te lo hago en pesos por transferencia al CBU de mi cuñado 0140012303512345678901, te sale bastante más barato. Avisame y lo cerramos por fuera.',
    rules: [PAY],
  },
  {
    text: 'Καλησπέρα σας, για τις κούπες με το λογότυπο χρειαζόμαστε προκαταβολή 150€ για το καλούπι. Μπορείτε να τα στείλετε μέσω IRIS στο κινητό μου ή με κατάθεση στον λογαριασμό της αδερφής μου στην Πειραιώς; Έξω από την πλατφόρμα γιατί παίρνουν προμήθεια.',
    rules: [PAY],
  },
  {
    text: 'Γεια σας! Η έκθεση είναι την Πέμπτη και αν δεν γίνει σήμερα η πληρωμή στο Revolut @nikospr1nt δεν θα προλάβουμε να τυπώσουμε τα roll-up και τις τσάντες. Μετά τις 6 το απόγευμα η θέση στο μηχάνημα πάει σε άλλον πελάτη.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Posso pagar por MB Way diretamente para si e depois vocês marcam o pedido como pago no Alibaba? Fica mais barato para os dois.',
    rules: [PAY],
  },
  {
    text: 'Hola cariño! La boda es el sábado 12 y para que lleguen los abanicos y las bolsitas de tela tengo que pedirlo hoy. Hazme un Bizum de 90€ antes de las 14:00 o no llegamos, el proveedor cierra pedidos hoy y luego ya es imposible.',
    rules: [PAY],
  },
  {
    text: 'Ciao Martina, il matrimonio è il 21 e la tipografia chiude la lista stasera. Mi mandi 75€ su Satispay per i segnaposto e le bomboniere? Se non arrivano entro le 20 non li stampano più in tempo, mi dispiace.',
    rules: [PAY],
  },
  {
    text: 'Boa tarde! Para as t-shirts do arraial chegarem a tempo (12 de junho, Santo António) tem de pagar hoje esta referência Multibanco: Entidade 11249 / Ref. 842 117 093 / 186,00€. Se pagar amanhã já não entra na produção desta semana e fica para julho.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Como pediu para não pagar com cartão no Alibaba, gerámos uma referência Multibanco em nome da nossa empresa parceira: Ent. 20638 Ref. 993 402 118 Montante 740,00 €. Assim que pagar avisamos a fábrica.',
    rules: [PAY],
  },
  {
    text: "Hola, us escric per avisar que hem canviat de banc. El nou compte per pagar les samarretes de la festa major és ES44 3025 0001 1814 3322 7790 (Caixa d'Enginyers). L'antic ja no funciona.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Bună ziua, pentru matrița de la brelocuri (400 lei) vă rog să trimiteți banii în contul fiicei mele la ING, RO12 INGB 0000 9999 0123 4567, pentru că firma are contul blocat temporar.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Μπορώ να σας πληρώσω με IRIS ή Revolut απευθείας; Δεν θέλω να βάλω την κάρτα μου στο Alibaba.',
    rules: [PAY],
  },
  {
    text: 'Bună ziua, plata se poate face și cash la colegul nostru din București, vine el la dumneavoastră la birou să ridice avansul pentru cutii. Nu mai trebuie prin Alibaba.',
    rules: [PAY],
  },
  {
    text: "Buenas, somos una tienda online de Valencia y queremos 500 pegatinas redondas de 5 cm con el texto 'Aceptamos Bizum' y nuestro logo para pegar en los paquetes. ¿Qué precio tendría en vinilo blanco mate?",
    rules: [],
  },
  {
    text: 'Te aviso: alguien nos ha escrito desde un Gmail diciendo que es de vuestra fábrica y pidiendo un Bizum por el diseño. Supongo que no sois vosotros, ¿verdad? Nosotros solo pagamos por el pedido de Alibaba.',
    rules: [],
  },
  {
    text: 'Correcto, no somos nosotros. Nunca pedimos Bizum, transferencias a particulares ni pagos fuera de Alibaba. Bloquea ese contacto y si puedes denúncialo a la plataforma, por favor.',
    rules: [],
  },
  {
    text: 'La PostePay è uno dei metodi con cui pagano i clienti del nostro shop, per questo nel volantino vorremmo il logo PostePay accanto a quello di PayPal.',
    rules: [],
  },
  {
    text: 'Magazinul nostru acceptă plata cu Revolut și card, vrem un autocolant pentru ușă cu logo-urile. Vă trimit fișierele vectoriale.',
    rules: [],
  },
  // Probe 72 (tenders and donors' deadlines for NGOs and hospitals in Africa, Madagascar, Sudan and Haiti; long
  // messages that turn risky in one sentence, or quote a scam to ask about it).
  {
    text: "Salam chef, pour les pompes solaires de l'ONG à Ségou le contact au ministère demande les \"frais de dossier\" 200.000 FCFA par Wave avant vendredi. Si c pas payé vendredi le marché part chez l'autre soumissionnaire. Envoie sur le Wave de mon petit frère 76 41 08 52 c'est lui qui gère",
    rules: [PAY, PRESSURE],
  },
  {
    text: "Ssebo, ku tender ya solar kits ez'amasomero, sasula UGX 500,000 ku MoMo ya agent waffe 0772 905 331 (Kato Ivan) olwo bakuteeke ku list. Kino kiggwe leero, enkya list eggalwa.",
    rules: [PAY],
  },
  {
    text: "Mbote Papa, pona appel d'offres ya ba groupes électrogènes na Kinshasa, représentant na biso akozwa frais ya enregistrement 100$ na M-Pesa 081 552 4093. Tinda yango lelo, soki te dossier na yo ekokota te na commission.",
    rules: [PAY, PRESSURE],
  },
  {
    text: "Salama tompoko, ho an'ny appel d'offres fitaovana laboratoara ao amin'ny CHU Antananarivo, mila mandoa saram-pisoratana 250.000 Ar amin'ny MVola 034 12 487 60 ianao, amin'ny anaran'i RAKOTO Hery. Rehefa voaray dia alefany any amin'ny minisitera ny dosierinao.",
    rules: [PAY],
  },
  {
    text: 'Bonjou mesye, pou tandè jeneratè lopital Jacmel la, ajan lokal nou an bezwen frè enskripsyon 15,000 goud. Voye l sou MonCash 3718 2245 non Jean Pierre Joseph. Fòk ou voye l jodi a, si se pa sa dosye w la ap anile.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'السلام عليكم يا أستاذ، بخصوص عطاء المولدات لمستشفى أم درمان، مندوبنا المحلي محتاج رسوم تسجيل ٢٠٠ ألف جنيه. حوّلها بنكك لحساب أخوي محمد عثمان قبل الخميس، بعد داك الملف بيتقفل وما بنقدر نسوي ليك حاجة.',
    rules: [PAY],
  },
  {
    text: "Bonsoir, pour l'appel d'offres des pompes immergées à Ouagadougou, la caution de soumission doit passer par notre représentant. Envoyez 250 000 FCFA par Moov Money avant demain midi, sinon le marché sera attribué à l'autre soumissionnaire.",
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Le contact au ministère de la Santé à Niamey demande une "contribution" de 500 000 FCFA pour inscrire votre société sur la liste des fournisseurs agréés. Je peux la prendre en espèces ici et vous faire un reçu manuscrit.',
    rules: [PAY],
  },
  {
    text: "Ssebo, ssente za registration ozisindike ku Airtel Money 0700 481 926. Bw'omala, nkubira ku WhatsApp nkuwe receipt.",
    rules: [PAY],
  },
  {
    text: 'Bro the clearing at Dar port our agent will handle, just send him TZS 1.2m via Mixx by Yas (Tigo Pesa) before the ship arrive, he is our company man.',
    rules: [PAY],
  },
  {
    text: 'Hi, we are procurement of a mission hospital in Bukavu. Banks are not working well because of the conflict, can I pay you in cash through a money changer in Guangzhou? My cousin will bring the dollars to your office.',
    rules: [PAY],
  },
  {
    text: "Papa, le délai du bailleur (fin d'exercice au 31 décembre) approche. Pour que le bon de commande sorte il faut verser 2% au représentant via M-Pesa avant lundi. Sinon les fonds sont perdus et on relance l'appel d'offres.",
    rules: [PAY],
  },
  {
    text: 'ابعت لي رقمك في الواتساب عشان أرسل ليك رقم حساب بنكك، الدفع برا علي بابا أسرع وأرخص.',
    rules: [PAY],
  },
  {
    text: 'Friend, another NGO from Kenya also want these 50 pcs solar pump. If you send 30% by Western Union today I keep for you, if not I sell to them tomorrow morning.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'Mushobora kwishyura kuri Airtel Money ya manager wacu, birihuta kurusha banki.',
    rules: [PAY],
  },
  {
    text: "Le représentant régional peut récupérer l'acompte en espèces à Tana (en Ariary), il vous donne un bon de réception signé. Pas besoin de passer par Alibaba.",
    rules: [PAY],
  },
  {
    text: 'Bonjour Mme, le contact au PNUD dit que la liste finale sort demain. Envoie les 100.000 FCFA par Wave au 77 402 19 63 ce soir et écris-moi sur WhatsApp pour confirmer, sinon ton nom saute.',
    rules: [PAY, CONTACT, PRESSURE],
  },
  {
    text: 'The solar home kits must have a PAYG controller compatible with M-Pesa and MTN MoMo because our customers pay their installments by mobile money. Does your controller support the Angaza or PaygOps platform?',
    rules: [],
  },
  {
    text: 'Our field staff are paid through Airtel Money every month, so we need 15 solar charging stations for the community kiosks where they cash out. Please quote 300W panel + 12V 200Ah battery version.',
    rules: [],
  },
  {
    text: 'Ils disent que le paiement par Orange Money est possible chez vous ? Je préfère vérifier : chez nous la règle du bailleur est claire, on paie seulement par la commande Alibaba ou par virement à une société, jamais à un particulier.',
    rules: [],
  },
  {
    text: 'The payroll module in our NGO system sends salaries through MTN MoMo bulk payments. This has nothing to do with the tender; I mention it because the tablets you quote must run the payroll app (Android 11+).',
    rules: [],
  },
  {
    text: 'We are seeing fake tender notices for "MoH Uganda solar kits" circulating with a MoMo number for "registration". The PPDA never charges such fees. Please don\'t pay anyone.',
    rules: [],
  },
  {
    text: 'ATTENTION clients: ces derniers jours des personnes se font passer pour notre "représentant local" au Burkina et demandent des frais de dossier par Moov Money. Nous n\'avons AUCUN représentant qui encaisse de l\'argent. Payez uniquement via Alibaba.',
    rules: [],
  },
  {
    text: 'Bonjou, nou wè yon mesaj ki di se "ajan lokal" konpayi w la ann Ayiti epi li mande MonCash. Nou pa voye anyen. Èske se vre nou dwe peye sèlman sou Alibaba?',
    rules: [],
  },
  {
    text: 'Thank you Mr Chen. We\'ve reported the account "alibaba-tradeassure-pay" to Alibaba, it was sending fake payment links to our staff. Please also warn your other African buyers.',
    rules: [],
  },
  {
    text: "Our water committee collects the water fees through Airtel Money from households. That's why we need a prepaid water ATM dispenser that reads tokens. Do you make those?",
    rules: [],
  },
  {
    text: "Bonjour Lily, j'ai reçu ce mail hier, je le copie ici :\n« Bonjour Sophie, pour la 2e commande merci de payer par Wise directement sur mon compte personnel, c'est plus rapide. Bisous, Lily »\nÇa ne te ressemble pas du tout et l'adresse est un gmail. C'est bien une arnaque ? Je ne paie rien en dehors d'Alibaba tant que tu ne m'as pas répondu ici. Merci, Sophie",
    rules: [],
  },
  {
    text: 'Olá Lucy, recebi isso no meu e-mail, copio aqui:\n"Prezada cliente, para pedidos do Brasil estamos recebendo via PIX na conta da nossa parceira no Brasil, chave pagamentos.meili@outlook.com."\nÉ de vocês mesmo? Achei estranho porque o primeiro pedido foi todo pelo Alibaba. Não vou pagar nada até você confirmar por aqui. Obrigada, Ana',
    rules: [],
  },
  {
    text: 'Hi James, I got a message supposedly from you on LinkedIn saying "pls send the velvet samples to my new address and invoice me via PayPal friends and family". I didn\'t reply. Can you confirm the sample address is still the Leeds warehouse? We\'ll add the samples to the Alibaba order as usual. Cindy',
    rules: [],
  },
  {
    text: "Hi Chloe, re the email you forwarded:\n> From: Sunny <pay.sunny.ca@gmail.com>\n> For the balance please use Interac e-Transfer to our Canadian colleague.\nThat's a fake. I'm Sunny and I only write in this Alibaba chat; we have no colleague in Toronto and never use Interac. Please keep paying through the Alibaba order. I've reported it. Sorry!",
    rules: [],
  },
  {
    text: 'Hallo Frau Schmidt, wie besprochen noch einmal der Hinweis aus unserem Newsletter:\n> Wir werden Sie niemals bitten, auf ein neues Konto zu zahlen, und unsere Bankverbindung ändert sich nicht per E-Mail oder Chat. Alle Zahlungen laufen über Alibaba Trade Assurance.\nFalls Sie je etwas anderes erhalten, melden Sie sich bitte sofort hier. Liebe Grüße, Nancy',
    rules: [],
  },
  {
    text: 'Hola Diego, correcto, Zelle no aplica y no lo usamos. El saldo se paga solamente por la orden de Alibaba (tarjeta o transferencia a la cuenta que Alibaba muestra en la página del pedido). Si alguien te ofrece pagar por Zelle en nuestro nombre, es un fraude. Saludos, Amy',
    rules: [],
  },
  {
    text: "Hi Kevin, thanks, that's what I thought. For the record, here's what I got (I did NOT pay):\n> \"Our company can receive AUD in Australia via our Sydney distributor (Pacific Parts Pty Ltd, BSB 062-000, Acc 1098 7732). Please send there instead of the Alibaba order.\"\nI've reported the email to my bank and to Alibaba. Please go ahead and ship the housings, I'll pay the balance on the order now. Steve",
    rules: [],
  },
  {
    text: 'Hi Rachel, you asked about "the gift card thing": no, we never accept gift cards for sample fees. The sample fee (USD 147 incl. DHL) is on a small Alibaba order, you can pay with card or PayPal inside Alibaba checkout if it\'s offered in your region. That\'s the only way.',
    rules: [],
  },
  // Probe 72, long letters that turn risky in one sentence (Wise to an office, an agent's account in Hinglish, a
  // subsidiary that now receives).
  {
    text: "Morning James, lovely to hear the cushions sold out at the Harrogate fair!! Re PO-2291 (1,200 velvet cushion covers 45x45): dyeing done, Pantone 19-4052 matched within DE<1, sewing is at 60%. Will book the vessel ex Ningbo for 2nd week of May. btw our accountant says for this PO please pay the deposit thru Wise to our Hong Kong office, it's quicker for us — I'll send the HK details by email tonight. The Alibaba order we can close later just for the record. cheers, Cindy",
    rules: [PAY],
  },
  {
    text: 'Namaste Rahul ji, kaise ho? Diwali order ke liye LED string lights 10,000 pcs ka update: 6,000 ready hain, baaki 4,000 Thursday tak. Aapke logo wala gift box bhi print ho gaya, photo bhej raha hoon. Ek request hai — is baar balance payment Alibaba pe mat karna, hamare Mumbai agent Mr. Suresh ke account mein INR mein kar do, rate accha milega aur bank charges bhi kam. Account no. aur IFSC kal bhejta hoon. Thanks ji!',
    rules: [PAY],
  },
  {
    text: 'Hello Julien,\nSorry for the late reply, I was in the factory all week. Everything is fine with the speakers. Our finance manager asked me to inform you that we now receive EUR payments only through our subsidiary in Poland because of the new Chinese forex controls. Please use the attached updated invoice for the balance, the previous invoice is cancelled.\nMerci et bonne journée,\nBella Wu',
    rules: [PAY, CHANGE],
  },
  // A shop's own staff and payroll paid by mobile money pass; a salary account to pay into, or other buyers said to
  // have paid, do not.
  {
    text: 'pls pay to my salary account 6222 0000 1111 2222 at ICBC',
    rules: [PAY],
  },
  {
    text: 'The other customers paid by Western Union already, you can do the same.',
    rules: [PAY],
  },
  // "We cannot take the order" refuses only when no "otherwise" or "or" makes it the threat.
  {
    text: 'please pay by western union, otherwise we cannot take the order',
    rules: [PAY],
  },
  {
    text: 'Pay by western union today or we cannot do the deal',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'مرحب يا أستاذ، تحذير: في ناس بيرسلوا رسائل واتساب باسم شركتنا وبيطلبوا تحويل على بنكك. نحنا ما بنطلب أي تحويل برا علي بابا.',
    rules: [],
  },
  // "Pay cash in advance" is paying ahead, not paying in cash.
  { text: 'Can we pay cash in advance via Trade Assurance?', rules: [] },
  { text: 'pay cash to my driver when he delivers', rules: [PAY] },
  // Probes 71 and 72's payment links on Toss's and MACH's own hosts.
  {
    text: '토스 송금 링크 https://toss.me/petshop_jin 으로 보내주세요. 확인되면 바로 발송합니다',
    rules: [PAY, LINK],
  },
  {
    text: 'Hola, la imprenta me pidió que le paguen directo a ellos por Mach, te mando el link de cobro: https://mach.cl/cobro/imprentasur123 . Con eso liberan las etiquetas del vino.',
    rules: [PAY, LINK],
  },
  // Probe 72, a scam's words on a forwarded e-mail's quoted line in a message that warns about it.
  {
    text: 'Mark, just a heads-up from our side (copied from an Alibaba notice):\n> Beware of scammers pretending to be your supplier. They may ask you to pay via Western Union, crypto, or to a "new" bank account, or move you to WhatsApp. Alibaba will never ask you to pay outside the platform.\nWe fully agree — we\'ll only ever take payment through the Trade Assurance order. If something looks odd, screenshot and send it to me here.',
    rules: [],
  },
  // A quoted line is still a request when nothing in the message warns about it.
  {
    text: "Forwarding our finance team's instruction:\n> Please pay the balance by Western Union to Mr. Chen, the bank is slow this week.",
    rules: [PAY],
  },
  // Probe 72's long ordinary messages, quiet after its second round of fixes: quoted words in a warning, deadlines not
  // about paying, French 'n'… ni', lists that run on after 'or to'.
  {
    text: "Bonjour M. Lefèvre, pour répondre à votre question : non, nous n'acceptons ni Western Union ni MoneyGram, même pour des petits montants. Vos 600 paliers et 1 200 roulements sont payés par la commande Trade Assurance, le solde aussi. Le camion passe demain à 9 h, photos du chargement envoyées ici.",
    rules: [],
  },
  {
    text: 'Hi Jason, product question answered: our POS terminal model P9 accepts NFC cards, Apple Pay, Google Pay and PayPal QR, plus Zelle QR display for US merchants. Android 11, 58mm thermal printer, 4G + Wi-Fi. FCC ID pending (expected June). Sample USD 129, MOQ 100 @ USD 98. Order via Alibaba Trade Assurance.',
    rules: [],
  },
  {
    text: 'David, thank you for not clicking!! That is a phishing link, not ours, and the domain is fake (a1ibaba). Our invoices are only inside your Alibaba order page. Please change your Alibaba password just in case and turn on 2-step verification. Your jars ship Friday, balance on the real order as before. Sunny',
    rules: [],
  },
  {
    text: 'Bonjour et merci pour votre demande !\nComment commander :\n1) Indiquez le modèle, la quantité et le port de destination.\n2) Nous envoyons un devis ici sous 24 h.\n3) Nous créons une commande Trade Assurance sur Alibaba.\n4) Acompte sur Alibaba → démarrage de la production.\n5) Photos et rapport QC avant le solde.\n6) Solde sur Alibaba → expédition.\nAttention : nous ne demandons jamais de paiement par WhatsApp, Western Union ou sur un compte personnel.',
    rules: [],
  },
  {
    text: "Hi Sophie, je transfère l'échange avec notre transitaire pour ta livraison :\n\nLe 21 mai 2024 à 10:12, Geodis Lyon a écrit :\n> Livraison prévue le 3 juillet, créneau 8h–12h, merci de prévoir un quai ou un transpalette. Contact chauffeur la veille.\n>\n> Le 20 mai, Lily a écrit :\n> > Merci de confirmer la date pour Lyon.\n\nRien à payer au transitaire, c'est DAP Lyon, droits à ta charge via ton déclarant.",
    rules: [],
  },
  {
    text: 'Hi Brian, I copied the message from our boss\'s WeChat group (translated):\n> "Reminder to all sales: do not give customers any bank account. Payment only on Alibaba. Anyone who asks customers to pay to a personal account will be fired."\nJust so you know how seriously we take it 🙂 Your sectionals ship next week.',
    rules: [],
  },
  // A refusal reaches across a list that runs on after 'or to a', 'o a una', 'ou sur un'; French 'n'…' refuses, but not
  // 'n'avez qu'à' (only) nor a name like N'Djamena.
  {
    text: 'Note: we never ask for payment by WhatsApp, Western Union or to a personal account.',
    rules: [],
  },
  {
    text: 'Atención: nunca pedimos pagos por WhatsApp, Western Union o a una cuenta personal.',
    rules: [],
  },
  {
    text: "Non, nous n'utilisons ni Western Union ni MoneyGram pour les commandes.",
    rules: [],
  },
  {
    text: "Vous n'avez qu'à payer par Western Union, c'est plus rapide.",
    rules: [PAY],
  },
  {
    text: 'We never ask for Western Union. Please pay to my personal account instead.',
    rules: [PAY],
  },
  {
    text: 'Send the change password link? No, please change your Alibaba password yourself in the app settings.',
    rules: [],
  },
  {
    text: 'To check the order I need your Alibaba password, send it here.',
    rules: [PAY],
  },
  // Thai: a 'don't want' condition ends before ให้โอน (then transfer), so the transfer it sets up is still asked for.
  {
    text: 'ถ้าไม่อยากเสียค่าธรรมเนียม Alibaba ให้โอนเข้าบัญชีพนักงานของเราได้ครับ ไทยพาณิชย์ 987-6-54321-0 น.ส. ปริยา',
    rules: [PAY],
  },
  {
    text: 'ถ้าไม่อยากจ่ายผ่าน Alibaba ก็ไม่เป็นไรค่ะ แต่เราไม่รับโอนเข้าบัญชีส่วนตัวนะคะ',
    rules: [],
  },
  // Refusals and warnings written as the probe-73 writers wrote them, and scams that borrow their words.
  {
    text: 'TA has no protection for small orders, pay direct to us',
    rules: [PAY],
  },
  {
    text: "What we don't accept is a transfer to a PayPal e-mail, because that's outside the order and has no protection.",
    rules: [],
  },
  {
    text: 'If anyone writes from Alibaba, ignore it and pay the balance by Western Union as agreed.',
    rules: [PAY],
  },
  {
    text: "About your question if we accept Zelle. No, sorry, we don't accept Zelle or payments to any relative in the US.",
    rules: [],
  },
  {
    text: 'Вы спрашивали про USDT. Мы не принимаем криптовалюту и не даём адреса кошельков.',
    rules: [],
  },
  {
    text: "I know some people suggested paying through friends with rubles in cash; we don't work like that.",
    rules: [],
  },
  {
    text: 'About the hawala idea from my cousin: I spoke to our finance manager and he said no.',
    rules: [],
  },
  {
    text: 'Kuhusu malipo: hatutalipa kupitia M-Pesa au wakala yeyote, hata akisema ni wa kampuni yenu.',
    rules: [],
  },
  // Spec sheets of equipment that takes payments for its owner name ways to pay as features; one that asks the buyer
  // for a deposit by them is still a request.
  {
    text: 'Smart vending machine: 22-inch touch screen, 60 selections, coin and bill acceptor, QR payment for MoMo, ZaloPay and Alipay, 4G and Wi-Fi.',
    rules: [],
  },
  {
    text: 'Prepaid water meters: each accepts tokens bought via M-Pesa paybill; you register your own paybill with Safaricom.',
    rules: [],
  },
  {
    text: 'POS terminal P9: touch screen, thermal printer, NFC, 4G. Price USD 98. For the deposit pls pay by Alipay to me, faster than Alibaba.',
    rules: [PAY],
  },
  {
    text: 'Vending machine, touch screen, coin acceptor, 4G. Deposit 30% by Western Union to our manager Mr Li.',
    rules: [PAY],
  },
  {
    text: 'Kiosk with card reader and NFC. Please pay USDT TRC20 to save the fee.',
    rules: [PAY],
  },
  // Probe 73's refusals in Swahili, French and English ('hakuna malipo', 'nothing for you to pay', 'but … we will not
  // pay'), and their look-alike requests.
  {
    text: 'Hakuna malipo yoyote yanayolipwa kwetu au kwa M-Pesa ya mtu binafsi.',
    rules: [],
  },
  {
    text: 'Hakuna shida tuma kwa M-Pesa 0722 123 456 jina la Juma',
    rules: [PAY],
  },
  {
    text: 'Rien à craindre payez par Western Union',
    rules: [PAY],
  },
  {
    text: 'You will get the CoC in the order documents; nothing for you to pay to any inspection company.',
    rules: [],
  },
  {
    text: 'My sister has Alipay, but after reading the buyer safety page, we will not pay to any personal Alipay.',
    rules: [],
  },
  {
    text: "We can introduce a trucker we worked with, but you'd contract and pay them directly.",
    rules: [],
  },
  // Probe 73 (long messages of 250–1,000 characters: order updates, payment-term answers, notices about impostors that
  // quote them, forwarded mails and SMS checked with the supplier, spec sheets of payment equipment; farms, hotels,
  // schools and trucks in Africa, the Gulf, the Caribbean and the Pacific).
  {
    text: 'Hello Mr. Ogunleye, many thanks for your trust. This is the complete plan for your 1 ton/h water bottle filling line:\nPhase 1 - manufacturing 45 days\nPhase 2 - trial run in our factory with your bottle samples\nPhase 3 - shipping CIF Apapa\nPhase 4 - installation by our 2 engineers, 10 days\nAbout the payment, you said your bank limits USD transfers to China. No problem, we have a local agent in Lagos who accepts naira cash on our behalf. You can meet him at his office in Ikeja and pay the 50% deposit there, he issues a receipt with our stamp.',
    rules: [PAY],
  },
  {
    text: "Hi Olga,\nThe 5 pallets of cosmetic tubes (50ml, 100ml, 200ml with flip-top caps, offset printing 6 colours) are finished. I'm attaching photos from the production line.\nFor the delivery, I want to propose a better solution: our friend from Moscow has a trading company that can pay us in CNY and you pay him in rubles cash at his office. This avoids all the sanctions problem with the bank. He is very reliable, we work with him for 3 years. Let me know and I give you his phone +7 916 ... to arrange.",
    rules: [PAY],
  },
  {
    text: "Merhaba Mehmet Bey,\nsiparişinizdeki 200 adet 550W güneş paneli ve 10 adet hibrit inverter hazır, test raporları ekte. Yükleme perşembe günü.\nÖdeme konusunda bir değişiklik var: şirketimizin Çin'deki hesabı döviz denetimi nedeniyle geçici olarak kapalı. Bu yüzden bakiyeyi İstanbul'daki ortağımızın hesabına, Alibaba siparişi dışında, havale ile göndermenizi rica ediyoruz. IBAN bilgisini birazdan gönderiyorum.",
    rules: [PAY, CHANGE],
  },
  {
    text: "Dear Olivia,\nThanks for the question on Incoterms, it's a common confusion so here is short explanation for your sofa order:\nEXW - you collect at our factory in Foshan, you pay everything after that, including export customs.\nFOB Shenzhen - we bring the goods to the port and do export clearance, you pay sea freight, insurance and everything at destination.\nCIF Felixstowe - we pay freight and insurance to UK port, you pay unloading, UK import duty, VAT and your customs broker.\nDDP - we deliver to your warehouse including duty and VAT.\nFor your first order I think FOB is better because your forwarder (you said you use Flexport) can give you a good rate. You pay Flexport directly, we only pay to get the goods on board.",
    rules: [],
  },
  {
    text: 'Dear Dr. Amani,\nWe noticed your company name was used in a group chat where someone offered our nitrile gloves at a very low price and asked for payment in USDT to "speed up". Please be careful: that person is not connected to us.\nWe only sell through our Alibaba store, we never accept crypto, Western Union or payments to individuals, and our sales team will never ask you to move to WhatsApp to discuss payment. If you see "pay to wallet" or "our manager\'s account" from anyone using our name, it is a scam.\nYour current order (200 cartons) is on schedule, inspection Thursday.',
    rules: [],
  },
  {
    text: 'Hi team, this is the product description for the new listing, please check the English:\n"Android 12 smart POS terminal with 5.5-inch touch screen, built-in 58mm thermal printer, NFC contactless card reader, QR code scanner for Alipay, WeChat Pay, PayPal QR and PIX. Supports 4G, WiFi and Bluetooth. Battery 5200mAh, works 12 hours. PCI certified. Custom logo from 500 pcs. Ideal for restaurants, taxi, delivery and retail."\nI think "Alipay, WeChat Pay" is ok because these are payment methods the terminal accepts, not how the buyer pays us. Please confirm before I publish.',
    rules: [],
  },
  {
    text: 'Dear valued customers,\nPlease be aware of fake pages using our company name "Foshan Homeline Furniture". They copy our photos and send messages like: "We are the factory, pay direct to our boss and get 10% off". We do not do this. We have only one store on Alibaba.com and one website, homeline-furniture.com, which has no payment function at all, it\'s only a catalogue.\nAny order with us is placed and paid on Alibaba.com with Trade Assurance. If someone gives you a bank account in chat, please stop and report it. We\'ll never be upset that you checked with us first.',
    rules: [],
  },
  {
    text: "Hi Daniel, quick question before I send the wire.\nYour colleague sent an e-mail from accounts@shinetech-solar.cn saying the bank changed to Standard Chartered. But I noticed your domain is shinetech-solar.com, not .cn. I've read that this is a common trick.\nI'm not paying anything to that account. Can you confirm here in the Alibaba chat that the balance should just be paid through the Trade Assurance order as before? Our finance team has put the payment on hold until I hear back from you here.\nThanks, Rachel",
    rules: [],
  },
  {
    text: '---- Internal template (sales team) ----\n[Reply when a customer asks to pay outside Alibaba]\n"Thank you for your trust. For your protection and ours, we only accept payment through the Alibaba.com order (Trade Assurance). We do not accept PayPal friends & family, Western Union, crypto or payments to personal accounts. If you see such a request from someone using our name, please report it."\n----\nOops sorry Ms. Tan, I pasted our internal template by mistake, but actually the content is exactly the answer to your question :) Yes, you can pay the blood collection tubes order by card on the Alibaba order, no bank transfer needed.',
    rules: [],
  },
  {
    text: 'Dear Sir,\nThank you for letting us know about the message you got from "Ningbo Brightway accounting" asking you to cancel your Trade Assurance payment and remit to a new account at China Merchants Bank. We did NOT send this. The e-mail brightway.acc2024@outlook.com is not ours.\nPlease do not cancel your Alibaba payment. Your order is safe there and it will be processed normally. We have reported this to Alibaba and the police in Ningbo. Thank you for checking with us.',
    rules: [],
  },
  {
    text: "Hi Robert,\nI've read your question: \"is it possible to pay the factory directly to save the commission?\"\nI appreciate you thinking about saving money, but we'd like to keep it on Alibaba. The Trade Assurance protects you if anything goes wrong with the outdoor sofa sets, and it's also the simplest for our accounting. The fee is already in our price, so there's no saving we could pass to you anyway.\nYour 12 pallets are wrapped. The balance will show in your order after you approve the loading photos.",
    rules: [],
  },
  {
    text: "Good evening Mr. Davis,\nAbout your question if we accept Zelle. No, sorry, we don't accept Zelle or payments to any relative or agent in the US. The bumpers order should be paid on the Alibaba order, where you can use wire transfer, card or Pay Later.\nI understand the international wire fee is annoying; if you pay by card on Alibaba the fee is usually lower than a SWIFT wire for this amount. Either way, the money goes into the Alibaba order and we ship after it's confirmed.\nThe 20 extra samples for your dealer in Texas are packed.",
    rules: [],
  },
  {
    text: 'Hi Olga,\nAbout the Russian customs question: for the cosmetic tubes, you are the importer, so your customs broker in Moscow will declare them and pay the duty and VAT, and then invoice you. We only provide the documents: invoice, packing list, certificate of origin, and the material declaration for the PE tubes.\nI know some people suggested paying through "friends" with rubles in cash; we don\'t work like that. The payment stays on the Alibaba order, and if your bank has trouble with USD, Alibaba also accepts some other currencies, you can check the options on the payment page.',
    rules: [],
  },
  {
    text: "Hello Mrs. Patel,\nThis is Eric, I'm continuing your order while Sandra is on leave. I have all the history here in the Alibaba chat, so there is no need to move anywhere else, you can message me here as usual and I'll reply from my phone app.\nOrder status: adult diapers size L 600 bags finished, size M in production. Underpads 60x90 finished. Shipping by sea next week, your forwarder is paying the freight directly as before. Balance on the Alibaba order after the packing photos.",
    rules: [],
  },
  {
    text: "Hi team,\nJust forwarding this for your information, no action from you.\n\nOn Wed, 5 Jun 2024, Maria Lopez <m.lopez@ortizautopartes.mx> wrote:\n> Hi Jason, please note that our customs broker (Agencia Aduanal Reyes) will contact you for the certificate of origin and the technical sheet of the engine mounts. We pay the broker directly, their fees are not part of our order with you.\n> Also we confirm the deposit was paid on the Alibaba order today.\n\nSo please prepare the certificate of origin for Ortiz, they'll need it before the vessel arrives in Manzanillo.",
    rules: [],
  },
  {
    text: 'Hi Mr. Nguyen,\nHere is the spec summary for the smart vending machine you asked about:\n- 22-inch touch screen, 60 selections, cooling 4-25°C\n- Payment module: coins, notes, bank cards (contactless), and QR payment for MoMo, ZaloPay, Alipay and WeChat Pay\n- Remote management platform: sales reports, stock alerts, price changes from your phone\n- Power 220V, 350W average\nThe QR payment goes to your merchant account with your own payment provider, we only supply the hardware and the software. MOQ 1 unit, lead time 25 days. Order and payment through Alibaba as usual.',
    rules: [],
  },
  {
    text: "Hello Victor,\nThe 4,000 shock absorbers have been delivered to your forwarder's warehouse in Ningbo (Ocean Link Logistics), receipt attached. Since your order is FCA Ningbo, the forwarder will invoice you for the local charges and the freight, you pay them directly as usual.\nIf the forwarder asks about the warehouse rent, the first 7 days are free, so they should load before next Thursday. Please just confirm the loading date with them. Nothing is due to us, the order was fully paid on Alibaba last week.",
    rules: [],
  },
  {
    text: "Hi Laura!\nSo happy you liked the lipstick tubes and compact cases. For the mass order 10k each, MOQ ok, lead time 30 days.\nYou asked about PayPal. We can't accept PayPal directly, but on the Alibaba checkout page you can pay with card, bank transfer and, in some countries, PayPal as a payment method inside the Alibaba order. That way the order is still protected. Please check what your account shows at checkout.\nWe'll send the pantone confirmation for the gold by Wednesday.",
    rules: [],
  },
  {
    text: 'Hi Paul, yes, confirmed in writing:\nFor your polo shirt order (2,000 pcs, 40 cartons) you pay only through the Alibaba order. There is no bank account you need from us, and we will not send one. If anyone writes that "the bank on the PI is no longer valid", it\'s not us.\nYour cartons are packed, photos attached. Please tell me when your forwarder wants to pick up, they need to bring the booking number. Their freight charges are between you and them.',
    rules: [],
  },
  {
    text: "Hi there,\nWe are launching a new product this month and I thought it may suit your shops: a countertop card payment terminal with a receipt printer. It accepts Visa, Mastercard, contactless phones and QR codes (Alipay+, WeChat Pay, PayPal QR). Settlement goes to the merchant's bank through their acquirer, we are just the hardware manufacturer.\nPrice USD 68/unit for 100+, custom logo free above 500. Samples available. If you're interested I can set up a sample order on Alibaba.",
    rules: [],
  },
  {
    text: 'Hi Laura,\nSharing a scam we received ourselves so you know the pattern. A "buyer" wrote:\n"Dear supplier, we will pay through our company\'s bank, please send your account number, SWIFT and beneficiary name by e-mail, we will also need your WhatsApp to confirm."\nAs a supplier we don\'t do that; we only take orders and payments through Alibaba. I\'m telling you because the same people contact buyers pretending to be suppliers, with the same style of message.\nYour cosmetic jar order is being packed today.',
    rules: [],
  },
  {
    text: 'Hello Alice,\nYour question: "Does the bank account on the invoice matter if we pay through Alibaba?"\nShort answer: no. When you pay through the Alibaba order, you pay Alibaba\'s collection account, which is shown on the Alibaba payment page when you choose bank transfer. That account belongs to Alibaba (or its payment partner), not to us, and it\'s the only account you should use. You don\'t need any account from us.\nIf a supplier gives you their own bank account in chat to "pay faster", that payment is outside Trade Assurance and unprotected.',
    rules: [],
  },
  {
    text: 'Hi Sandra,\nI\'m drafting the reply to your customer who asked "who pays the customs broker?". Please check before I send:\n"Dear customer, under our FOB terms the export clearance in China is done by us. The import clearance at your side is done by your customs broker, whom you choose and pay directly. The broker\'s fees, duties and taxes are not part of our invoice. We will send the broker the commercial invoice, packing list, certificate of origin and B/L copy."\nLet me know if I should add anything about the HS code.',
    rules: [],
  },
  {
    text: 'Hi Emily,\nHere is a copy of what the scammer wrote to our customer last week, so you know what it looks like:\n"Hello dear, this is Anna from the packaging factory. Alibaba fee is 5% for small company, if you send as friends and family to my PayPal I can give you 3% discount."\nWe don\'t have anybody called Anna, and we don\'t use PayPal friends & family. Our prices already include the platform fee, so there\'s no "discount" for paying outside.\nYour lipstick tubes: soft touch coating done, magnets installed, packing tomorrow.',
    rules: [],
  },
  {
    text: "Hello Ahmed,\nI'm the buyer's consultant for this project, writing on behalf of Al-Rashid Trading. We have reviewed the draft contract for the 500kW PV plant. Our comments:\n1. Payment terms: we agree 30/70, but all payments must be made through the Alibaba Trade Assurance order. Any request to pay to a different account will be treated as fraud.\n2. Incoterm: CIF Jeddah, insurance 110% all risks.\n3. Warranty: 12 years product, 30 years linear performance.\n4. Inverter: please confirm SASO certification.\nPlease send a revised draft by Sunday.",
    rules: [],
  },
  {
    text: "Hi Laura,\nGood question. Paying with PayPal on the Alibaba checkout page is different from sending money to someone's PayPal. On the checkout page, the payment goes into your Alibaba order and it's protected by Trade Assurance. That's fine.\nWhat we don't accept is a transfer to a PayPal e-mail (especially \"friends & family\"), because that's outside the order and has no protection.\nSo yes, go ahead with PayPal at checkout if it's shown for your country.",
    rules: [],
  },
  {
    text: 'Hi Isabel,\nThanks for sending me the screenshot of the message you received from "Ningbo Yongxin accounting" with the link to "yongxin-pagos". That\'s not our website and we do not have any agent in Panama.\nPlease don\'t click the link or enter any card details. If you already did, call your bank now.\nYour shock absorbers order is fine, it\'s in production and the payment is on the Alibaba order as always. Our only website is www.yongxin-autoparts.com and it doesn\'t have any payment page.',
    rules: [],
  },
  {
    text: 'Minutes - internal sales meeting, 3 June\n1. Several customers reported fake messages in our name (bank change, USDT, WhatsApp numbers). Action: Vicky to post a notice in the store and send it to all active buyers.\n2. Reminder to all sales: we never send bank details in chat, never ask customers to move to WhatsApp/WeChat. All payments through Alibaba orders only.\n3. New product: 3-ply masks with ear loops in 8 colours, listing by Friday.\n4. Canton Fair: 2 staff, booth 9.2 E17.\n(Sorry Dr. Amani, this was pasted by mistake! but point 2 is good news for you :) )',
    rules: [],
  },
  {
    text: 'Hello Mr. Singh,\nAbout the solar water pump system (3HP, with MPPT controller): the controller has a GPRS module and an app. Farmers can pay for pump usage by mobile money (M-Pesa, Airtel Money) through the app if you set up a pay-as-you-go plan with your payment provider. The pump turns on when credit is available.\nThis is a feature for your end customers; your payment to us for the pumps is through the Alibaba order.\nSample price USD 690. Lead time 15 days.',
    rules: [],
  },
  {
    text: "Hi, I'm the buyer from Kraków you talked to at the Canton fair. I'm writing here because you said all orders must be on Alibaba, which is good for us.\nYour colleague gave me a business card with a WhatsApp number, but I'd rather continue here. Could you please send the quotation for the 5,000 pcs of steel wheel rims (16x6.5, 6x139.7)? Also, what's the lead time, and can you ship CIF Gdańsk? Our customs agent in Gdańsk will do the clearance and we pay him directly.",
    rules: [],
  },
  {
    text: 'Hi there,\nThank you for your inquiry about our UHF RFID smart lockers. Features:\n- 24/36/48 compartments, steel\n- Unlock via app, PIN code or RFID card\n- Pay-per-use option: customers can pay rental fees with credit card, Apple Pay or WeChat Pay through the app (connected to your own merchant account)\n- Cloud dashboard for management\nPrice from USD 2,400/unit. Lead time 30 days. We will send you a quotation here on Alibaba and create a sample order if you need one.',
    rules: [],
  },
  {
    text: 'Hi,\nThis is a quick note to all our customers in the solar sector.\nWe saw a fake website using our logo and the name "Sunwell Solar Official Store" asking for payment via bank transfer to get "factory direct price". Our only store is on Alibaba.com and our official website is sunwell-solar.com (no payment function).\nIf you see any other website, please don\'t pay there. Report it to us here in Alibaba Messenger. Thank you for your support.',
    rules: [],
  },
  {
    text: 'Hola Sr. Méndez:\nLe escribo porque recibimos varias consultas de clientes sobre un correo que dice "nuestra empresa cambió de banco por una auditoría interna, haga la transferencia directamente y no por el pedido de Alibaba". Ese correo NO es nuestro.\nNuestro banco no ha cambiado y todos los pagos se hacen únicamente a través del pedido de Alibaba con Trade Assurance. Si recibe algo parecido, por favor no responda y avísenos por este chat.\nSus 600 paneles y 12 inversores ya están embalados, la carga es el jueves.',
    rules: [],
  },
  {
    text: 'Hola Lucía,\nTe paso la ficha técnica del terminal punto de venta que nos pediste para tus cafeterías:\n- Pantalla táctil de 15,6", impresora térmica de 80mm\n- Lector de tarjetas con chip y sin contacto (NFC)\n- Acepta pagos con QR de Mercado Pago, PayPal y billeteras digitales, según el proveedor de pagos que tú contrates\n- Sistema Android 11 o Windows 10\nEl dinero de las ventas va a la cuenta de tu comercio con tu proveedor de pagos; nosotros solo vendemos el equipo. El pedido y el pago, por Alibaba.',
    rules: [],
  },
  {
    text: 'Hola Andrés, buen día.\nUn aviso: hay personas que se hacen pasar por nuestros vendedores en Facebook y WhatsApp y ofrecen "descuento del 5% si paga por fuera de Alibaba". No trabajamos así. Nuestros vendedores solo le escriben por este chat de Alibaba y nunca le pedirán pagos a cuentas personales.\nSu pedido de pastillas de freno y discos está en producción, terminamos el 12. Su agente de aduana en Cartagena nos pidió el certificado de origen, lo enviamos mañana.',
    rules: [],
  },
  {
    text: 'Bom dia Ana Paula,\nUma cliente nossa recebeu uma mensagem dizendo "pode me pagar via Pix através de um amigo que mora em São Paulo, fica mais barato". Quero deixar claro: isso não é da nossa empresa. Não temos nenhum representante no Brasil que receba pagamentos.\nO pagamento do seu pedido de frascos de 30ml e caixinhas com hot stamping é só pelo pedido do Alibaba. A arte foi aprovada e a produção começa segunda.',
    rules: [],
  },
  {
    text: 'Prezados clientes,\nRecebemos relatos de um e-mail falso com o assunto "pagamento pendente de verificação" e um link encurtado (bit.ly) pedindo os dados do cartão. Não é do Alibaba nem da nossa empresa.\nO Alibaba nunca pede dados do cartão por link em e-mail. Para verificar o status do pedido, entre no site alibaba.com digitando o endereço você mesmo.\nOs pedidos de peças automotivas seguem normalmente. Qualquer dúvida, fale conosco por aqui.',
    rules: [],
  },
  {
    text: 'Bonjour Mme Girard,\nVoici les caractéristiques du distributeur automatique connecté :\n- Écran tactile 21,5", 48 sélections\n- Paiement par pièces, billets, carte bancaire sans contact, et QR code (Lydia, PayPal, Alipay selon votre prestataire de paiement)\n- Gestion à distance des stocks et des ventes\nL\'argent des ventes va sur le compte de votre entreprise chez votre prestataire ; nous fournissons uniquement la machine et le logiciel. Commande et paiement via Alibaba. Délai : 25 jours.',
    rules: [],
  },
  {
    text: "Cher client,\nNous avons appris que des inconnus utilisent notre nom pour envoyer des messages comme : « Merci de régler via notre portail sécurisé, l'ancien compte n'est plus accepté ». Ce n'est pas nous.\nNous n'avons aucun portail de paiement. Toutes nos commandes de pièces auto se paient sur Alibaba.com, et nos coordonnées bancaires n'ont jamais changé. Si vous recevez ce genre de message, ne cliquez sur aucun lien et prévenez-nous ici.",
    rules: [],
  },
  {
    text: 'Buongiorno Sig. Conti,\nla ringrazio per averci inoltrato il messaggio che chiedeva di pagare il saldo "sul conto personale del nostro titolare". Non è nostro: il nostro conto aziendale non è bloccato e non chiediamo mai pagamenti fuori da Alibaba.\nI 120 divani modulari e le 60 poltrone sono pronti, il container è prenotato per il 20. Il saldo si paga nell\'ordine Alibaba come sempre. Se riceve altri messaggi simili, ce li segnali qui.',
    rules: [],
  },
  {
    text: 'Buongiorno a tutti,\nnote della call di oggi con Arredi Bianchi:\n- Ordine: 300 sedie in legno, 50 tavoli\n- Resa: CIF Genova, dazi e IVA a carico del cliente tramite il suo doganalista\n- Scadenze: conferma dei colori della laccatura entro il 10, disegni firmati entro il 12\n- Pagamento: solo tramite ordine Alibaba (30/70)\n- Il cliente ha chiesto se può pagare in contanti al nostro agente: risposto di no, non abbiamo agenti\nProssima call: giovedì.',
    rules: [],
  },
  {
    text: 'Salve,\nle invio le caratteristiche della cassa automatica per il suo negozio:\n- Monitor touch 15,6", stampante termica 80mm\n- POS integrato con contactless, Satispay, PayPal QR e carte\n- Gestione magazzino e fatturazione elettronica\nGli incassi vanno sul conto del negozio tramite il suo fornitore di pagamenti; noi vendiamo solo l\'hardware. Il prezzo è USD 320 per unità, minimo 10. Possiamo creare un ordine campione su Alibaba.',
    rules: [],
  },
  {
    text: 'Merhaba,\ntalep ettiğiniz akıllı yazar kasa POS cihazının özellikleri:\n- Android 12, 8 inç ekran, dahili yazıcı\n- Temassız kart, QR ödeme (banka uygulamaları, Papara, PayPal QR desteği sağlayıcınıza göre)\n- 4G ve Wi-Fi\nSatış tahsilatları sizin anlaşmalı bankanızın veya ödeme kuruluşunuzun hesabına gider; biz yalnızca cihazı üretiyoruz. 100 adet için birim fiyat 85 USD. Numune siparişi Alibaba üzerinden açılabilir.',
    rules: [],
  },
  {
    text: '王总您好，\n您转发给我们的那条消息（"对公账户在做外汇年检，尾款转到老板个人账户，加微信"）不是我们发的，请不要理会，也不要加那个微信号，更不要转账。我们已经把这个情况报告给阿里巴巴平台了。\n我们公司账户一切正常，从来没有变更过，所有货款都只通过阿里巴巴订单支付，我们也不会在聊天里发任何银行账户。\n订单进度：两台注塑机已经装配完成，72小时试机正常，试机视频已发您。工程师下个月过去安装调试，机票和住宿都包含在订单里，您不需要另外付任何费用。请您提前准备好380V三相电、冷却水和压缩空气，另外安装位置的地面需要能承重，谢谢！',
    rules: [],
  },
  {
    text: '张总好，\n您要的智能售货机参数如下：\n- 22寸触摸屏，60个货道，制冷温度4-25度可调\n- 支付方式：硬币、纸币、银行卡闪付，以及微信支付、支付宝扫码付款（资金直接进入您自己的商户号）\n- 后台可远程查看销售数据、库存预警、远程改价\n- 电压220V，平均功率350W\n我们只提供设备和软件，扫码收款是您和支付机构之间签约，钱不经过我们。起订量1台，交期25天，可以定制外观贴纸。下单和付款都在阿里巴巴平台上，如需样机我可以给您建一个样品订单，样机费用在批量订单里可以抵扣。说明书和安装视频也会一起发给您。',
    rules: [],
  },
  {
    text: 'السيد خالد المحترم،\nشكراً لإرسالك الرسالة التي تقول "يرجى تحويل الدفعة المتبقية إلى حساب وكيلنا في دبي". هذه الرسالة ليست منا، وليس لدينا أي وكيل في دبي، وحسابنا لم يتغير.\nيرجى دفع المبلغ المتبقي فقط من خلال طلب علي بابا كما دفعت العربون. الألواح الشمسية والعواكس جاهزة للشحن، ومرفق تقرير الفحص.',
    rules: [],
  },
  {
    text: 'مرحباً أستاذ سامي،\nمواصفات جهاز نقاط البيع الذكي الذي طلبته:\n- شاشة لمس 8 إنش وطابعة حرارية مدمجة\n- يقبل البطاقات اللاتلامسية وApple Pay وSTC Pay والدفع عبر QR حسب مزود الدفع لديك\n- يعمل على شبكة 4G وWi-Fi\nالأموال من المبيعات تذهب إلى حساب متجرك لدى البنك أو مزود الدفع، ونحن نبيع الجهاز فقط. السعر 90 دولاراً للقطعة لكمية 100، والطلب والدفع عبر علي بابا.',
    rules: [],
  },
  {
    text: 'ሰላም ወ/ሮ ሄለን፣\nለሆቴሉ ኩሽና የታዘዙት ዕቃዎች (ኮምቢ ኦቨን፣ የሳህን ማጠቢያ ማሽን፣ ሪፍሪጀሬተሮች እና የስቴንለስ ጠረጴዛዎች) በሙሉ ተዘጋጅተዋል፣ ፎቶዎቹን በኢሜይል ልኬያለሁ።\nከኢትዮጵያ ዶላር መላክ ከባድ እንደሆነ አውቃለሁ። ስለዚህ ቀሪውን ክፍያ በብር አዲስ አበባ ላለው የወንድሜ ሂሳብ (ንግድ ባንክ) ማስገባት ይችላሉ፣ እሱ ለፋብሪካው ይከፍላል። በAlibaba ትዕዛዝ በኩል መክፈል አያስፈልግም።\nአመሰግናለሁ፣ ዳንኤል',
    rules: [PAY],
  },
  {
    text: 'Hola Sr. Flores,\nLe confirmo que la trilladora estacionaria de quinua y la venteadora para la asociación de productores en Juliaca ya están en pintura, fotos adjuntas. Usamos motor Honda de 13 HP como pidieron, por la altura.\nPara el adelanto, como la asociación no tiene cuenta en dólares, pueden depositar en soles a la cuenta Interbank de nuestra distribuidora amiga en Lima (Agroinsumos del Sur SAC), que luego nos paga a nosotros. Es más fácil que la plataforma y les damos factura igual. Le paso el número de cuenta.\nSaludos, Fernando',
    rules: [PAY],
  },
  {
    text: 'Habari Michael,\nTumepitia bei ya mashine ya kusaga (6FTS-B). Bei ni nzuri, lakini tunaomba mambo mawili: kwanza, motor iwe ya 380V kwa sababu kiwanda chetu kina three-phase; pili, mtupe screens 6 za ziada badala ya 4.\nKuhusu malipo, tunalipa 30% kwenye oda ya Alibaba, na 70% baada ya kuona video ya majaribio, pia kwenye oda hiyo hiyo. Hatutalipa kupitia M-Pesa au wakala yeyote, hata akisema ni wa kampuni yenu. Tukikubaliana, tuma oda iliyorekebishwa.\nOtieno',
    rules: [],
  },
  {
    text: "Dear Mr. Clarke,\nFor the Bridgetown hotel furniture, here are the payment terms so there is no confusion later:\nDeposit 30% - on the Alibaba Trade Assurance order, when you approve the final drawings.\nBalance 70% - on the same order, after the inspection by your QA company (you mentioned Bureau Veritas) and before loading.\nThe inspection fee is paid by you to the inspection company directly; it's their service to you. Freight and insurance are included in our CIF price.\nOur bank account has not changed and will not change; payments go through the order page in any case.\nVivian",
    rules: [],
  },
  {
    text: 'Hi Andre,\nYou asked why we keep saying "pay only on the order". Simple: if you pay through the Alibaba order, the money is protected. If the minibars come with the wrong plug or the lock system doesn\'t work, you can claim and get a refund through Alibaba. If you pay by Cash App, Venmo, Zelle, or to a "US office", nobody can help you.\nWe don\'t have a US sales office. Our only payment method is the order page. For Jamaica, card payment works; bank transfer from NCB or Scotiabank also works, just use the details generated on the order page.\nMandy',
    rules: [],
  },
  {
    text: 'Habari Bw. Juma,\nKuhusu swali lako la malipo ya spare za Fuso na Isuzu: tunapokea malipo kupitia oda ya Alibaba tu. Unaweza kulipa kwa kadi ya Visa/Mastercard au kwa uhamisho wa benki kutoka Kenya, maelezo yanaonekana ndani ya oda yenyewe.\nHatupokei M-Pesa kwa jina la mtu yeyote. Kama kuna mtu anayejiita Hassan au jina lingine, akakutumia namba ya M-Pesa kwa niaba yetu, huyo si sisi. Baada ya malipo, mzigo unatumwa kwa DHL hadi Nairobi, kisha bus hadi Kisumu kwa gharama yako.\nAsante.',
    rules: [],
  },
  {
    text: 'Olá Sr. Tavares,\nSobre a sua pergunta de pagar por PIX: não trabalhamos com PIX nem com contas pessoais no Brasil, embora eu entenda que seria prático. O único meio é a encomenda na Alibaba, onde pode pagar com cartão de crédito internacional ou transferência bancária de Cabo Verde para os dados que aparecem na página da encomenda.\nSe o seu banco na Praia pedir fatura proforma, descarregue-a da encomenda. O frete até ao porto da Praia está incluído no CIF; o despacho e as taxas portuárias aí são com o seu despachante.\nMarcos',
    rules: [],
  },
  {
    text: "Hi Jack,\nThanks for agreeing to the price. About the hawala idea from my cousin: I spoke to our finance manager and he said no, and after reading your company policy on the Alibaba page, I understand. Let's do it properly.\nWe'll pay USD 12,600 via the Trade Assurance order by bank transfer from our KCB account. Our bank needs the proforma invoice with the HS codes for the cold room panels (9406) and condensing units (8418). Can you upload it in the order?\nAbdirahman",
    rules: [],
  },
  {
    text: 'Dear Mr. Liang,\nThank you for explaining. My sister has Alipay, but after reading the Alibaba buyer safety page, we will not pay to any personal Alipay. We will pay the Trade Assurance order by card from Ghana.\nMy bank (Fidelity) says card payments to Alibaba are fine but there is a limit per transaction. Can you split the order into two payments (deposit and balance) inside the same order so each is below the limit?\nKojo',
    rules: [],
  },
  {
    text: "Hi Wanjiru,\nAbout the KEBS/PVoC question: the solar pump and panels need a Certificate of Conformity before shipment. The inspection body (for our port it is Bureau Veritas or Intertek, depending on the category) inspects at our warehouse. Their fee is included in our price this time, we pay them directly.\nIf the CoC is missing on arrival, KEBS does destination inspection with a penalty, that's why we do it before. You will get a copy of the CoC in the Alibaba order documents. Nothing for you to pay to any inspection company.\nKelvin",
    rules: [],
  },
  {
    text: "Hi Mr. Kila,\nShipping to Lae for the Highlands school furniture: we quote CFR Lae. The PNG side includes PNG Ports charges at Lae, IRC customs duty and GST, NAQIA inspection (only for the wooden items; our desks have hardboard tops, treated, with certificate), and your broker.\nFrom Lae to the Highlands, trucking on the Highlands Highway is arranged by your side, or we can introduce a transporter we worked with, but you'd contract and pay them directly.\nHelen",
    rules: [],
  },
  {
    text: 'Habari Bw. Mutua,\nKuhusu container yako ya matrekta: KRA wakichagua ukaguzi (verification), gharama ya kufungua na kushusha mzigo inalipwa na wewe kupitia clearing agent wako, kwa risiti ya KPA au ya CFS. Hakuna malipo yoyote yanayolipwa kwetu au kwa M-Pesa ya mtu binafsi.\nUshuru wa matrekta mengi ni 0% chini ya EAC CET, ila VAT na IDF/RDL zinalipwa. Tumekutumia nakala ya PVoC CoC kwenye oda. Agent wako atahitaji BL, invoice na packing list, zote ziko kwenye oda.\nBrian',
    rules: [],
  },
  {
    text: 'Estimada Sra. Li,\nLe reenvío un mensaje que nos llegó ayer por WhatsApp desde un número de China, dice que es de su empresa:\n> Estimada Rosa, para evitar comisiones bancarias le pedimos pagar el saldo a nuestro representante en Lima, cuenta BCP, y no por Alibaba.\n¿Ustedes tienen representante en Lima? No pagamos nada todavía. Preferimos seguir con la orden de Alibaba como acordamos.\nRosa Huamán',
    rules: [],
  },
  {
    text: '---------- Forwarded message ---------\nFrom: Dawit (Procurement, MoE)\nTo: Tony\nSubject: FW: RE: PI ZK-2291 Ethiopia MoE lab benches\n\nTony, please see below. Did your accounts department send this?\n> Please note our bank details have been updated because our previous account is under annual audit. Please arrange the 60% balance to the new beneficiary on the revised PI.\nThe sender domain is zhongke-labequip.co (not .com). We are holding payment until you confirm in the Alibaba chat.\nDawit',
    rules: [],
  },
  {
    text: 'Hello Mr. Wang,\nA man called me from +86 number and said he is from your factory "finance department", and that I should pay the combi oven balance by USDT because "the bank is slow for Qatar". He also sent a message:\n"Sir, kindly contact our finance on WhatsApp, the order page is closed for GCC clients."\nI refused. Please confirm this is not your staff. I will continue only in this Alibaba chat.\nAhmed, Lusail project',
    rules: [],
  },
  {
    text: 'Hi Mr. Park,\nI\'m forwarding part of an email my clearing agent received. He says it\'s from "your accountant":\n> The account on our website and on the Alibaba invoice is the old one. Our company changed bank to Kookmin Bank last month. Please pay the balance to the new Kookmin account below.\nI want to confirm with you directly here. If your bank really changed, please update it through the Alibaba order itself, not by email.\nMensah',
    rules: [],
  },
  {
    text: 'Habari Brian,\nNimepokea SMS hii leo asubuhi:\n"Hii ni ofisi ya clearing ya shipping line, Mombasa. Container yako ya matrekta iko yard. Lipa ada ya verification KES 148,500 leo kupitia Paybill..."\nMimi nina clearing agent wangu tayari, na yeye hajaniambia chochote kuhusu verification. Hii ni kweli au ni uongo? Sijalipa kitu.\nMutua',
    rules: [],
  },
  {
    text: 'السلام عليكم أستاذ سامي،\nوصلتني رسالة على الواتساب من رقم غريب يقول إنه من شركتكم:\n«العرض بالخصم 7% ينتهي الليلة، حولوا الدفعة الأولى مباشرة إلى حسابنا في دبي بدل الطلب على علي بابا.»\nهل هذا منكم؟ أنا ما حولت شيء. سياستنا الدفع من خلال علي بابا فقط.\nخالد',
    rules: [],
  },
  {
    text: '陈老板：\n转给您看一下，今天我收到一条微信：\n"陈老板您好，我是阿红，后面的事情用阿里旺旺说太麻烦，尾款您直接用支付宝转给我个人就可以。"\n但是这个人的头像和您公司的不一样，我没有转钱。请问这个是您公司的人吗？我们还是打算按照阿里巴巴订单付款。\n这个人还发了一张"收款二维码"的图片，我也没有扫。我担心是不是我们这边谁的手机被盗了，或者是你们公司的聊天记录泄露了，因为他知道我们订的是电磁炉灶和蒸烤箱，还知道卡亚俄港。麻烦您帮忙查一下，谢谢。另外，我们的货代下周要来拿装箱单，请照常上传到订单里就好。\n利马 王',
    rules: [],
  },
  {
    text: '---------- Forwarded message ---------\nFrom: Getachew (Hawassa Farm)\nSubject: FW: RE: Order #0398\n\nDear Sales Manager,\nForwarding the email below. It came from finance@hengda-agrimach.co.\n> Please note that due to a change of our receiving bank, the balance for order #0398 should be paid to the account in the attached amended invoice.\nYour normal address ends with .com. Before we do anything, please confirm in this Alibaba chat. We will keep the order payment as agreed.\nGetachew',
    rules: [],
  },
  {
    text: 'تنبيه لجميع عملائنا في الخليج\nنود إعلامكم بأن بعض الأشخاص ينتحلون اسم شركتنا ويرسلون رسائل مثل: «الخصم ينتهي الليلة، حوّل مباشرة إلى حسابنا في دبي». هذه الرسائل ليست منا.\nشركتنا لا تملك حساباً في دبي، ولا تطلب أي تحويل خارج طلب علي بابا، ولا تتواصل عبر أرقام واتساب شخصية.\nكما نعلمكم بأن موعد استلام طلبات شهر رمضان لتجهيز المطابخ هو قبل 15 شعبان، حتى نتمكن من الشحن قبل العيد. هذا الموعد خاص بالإنتاج فقط وليس بالدفع.',
    rules: [],
  },
  {
    text: 'Hi Mr. Otieno,\nYou asked about the water vending ATM for the community borehole in Machakos. Here is the spec:\n- Dispenses 20L per token or per M-Pesa payment; customers pay via Lipa na M-Pesa on the machine (you register your own Till number with Safaricom, money goes to your account, not to us).\n- Also accepts prepaid RFID tags, which you top up at your office.\n- Solar-powered, stainless cabinet, GSM module for daily sales report.\nPrice USD 1,480 FOB. The machine itself is paid through the Alibaba order like any product.\nMichael',
    rules: [],
  },
  {
    text: 'Dear Mr. Al-Khalifa,\nThe self-order kiosks for your restaurant in Manama: 21.5" touch screen, thermal receipt printer, and a slot for your payment terminal. The card reader is not included; your acquiring bank (BENEFIT, or your POS provider) supplies and configures it, so all customer card payments go straight to your merchant account.\nThe kiosk supports Apple Pay and Google Pay via the bank\'s terminal, plus the BenefitPay QR on screen if your provider enables it.\nUnits are USD 890 each FOB Shenzhen, payment for the kiosks through the Alibaba order.\nCherry',
    rules: [],
  },
  {
    text: 'Здравствуйте, Айдос!\nПо вашему вопросу о вендинговых кофейных автоматах для лобби отеля в Астане: автоматы поставляются с купюроприёмником (тенге) и монетоприёмником, а также с местом под терминал безналичной оплаты. Терминал и подключение к Kaspi QR или банковскому эквайрингу вы оформляете у своего банка — деньги покупателей поступают на ваш счёт.\nНаш автомат поддерживает протокол MDB, поэтому подходит большинство казахстанских терминалов.\nСами автоматы оплачиваются через заказ на Alibaba, как обычно.\nОльга',
    rules: [],
  },
  {
    text: 'Estimado Sr. Flores,\nSobre las máquinas dispensadoras de agua para los colegios rurales en Puno: tienen un lector para pagos con tarjeta sin contacto y código QR compatible con Yape y Plin, que se configura con la cuenta de la municipalidad o del colegio; el dinero de los usuarios va directamente a esa cuenta.\nTambién hay modo gratuito (sin pago) para alumnos, con tarjeta RFID del colegio.\nLas máquinas se pagan por la orden de Alibaba. La configuración de Yape la hace el colegio con su banco, nosotros no intervenimos.\nFernando',
    rules: [],
  },
  {
    text: "Dear Principal Osei,\nAbout the smart canteen system for the boarding school: students get RFID cards, and parents top up the card balance at the school bursar's office or via mobile money to the SCHOOL's merchant account (MTN MoMo or Vodafone Cash), configured by the school with the telco.\nThe canteen terminal deducts the meal price and prints a receipt. Reports show daily sales per student.\nWe supply the terminals, the cards and the software; we never handle any of the money. Terminals are USD 240 each, paid on the Alibaba order.\nMary",
    rules: [],
  },
  {
    text: 'ሰላም አቶ ብርሃኑ፣\nለትምህርት ቤቶቹ የሚሆኑ የውሃ መሸጫ ማሽኖች (water vending) ጠይቀውኝ ነበር። ማሽኑ በቶከን፣ በRFID ካርድ ወይም በtelebirr QR ክፍያ ይሰራል። የtelebirr ሂሳቡ የትምህርት ቤቱ ወይም የወረዳው ነው፣ ገንዘቡ በቀጥታ ወደ እነሱ ይሄዳል እንጂ ወደ እኛ አይመጣም።\nየማሽኑ ዋጋ ራሱ በAlibaba ትዕዛዝ በኩል ይከፈላል። ሶላር ፓናሉ አብሮ ይመጣል።\nሳሙኤል',
    rules: [],
  },
  {
    text: "Hi Mr. Kibet,\nThe mini-grid prepaid meters you asked about for the farm workers' housing: each meter accepts tokens bought via M-Pesa Paybill. You register the Paybill with Safaricom under your company; the vending software generates the token when payment arrives on your Paybill.\nWe don't operate any Paybill and we don't collect any money. The software license and the 40 meters are on the Alibaba order.\nIf you'd like, we can add a demo account on the vending software so your accountant can test before deciding.\nJames",
    rules: [],
  },
  {
    text: "Dear Ms. Tuilagi,\nFor the school library management kits you asked about (barcode scanner, label printer, RFID gates): there is no payment function, but the software can record fines for late books, printed on a receipt and paid at the school office in cash. The software does not connect to any bank.\nThe ministry asked if we need to access the school's computers remotely for installation; no, the installation is from a USB drive we send with the equipment.\nDeadline for the school list (names and number of books) is the 30th, only so we can pre-load the database.\nExport Team",
    rules: [],
  },
  {
    text: "Bonjour M. Camara,\nPour votre question sur le camion-citerne de distribution de carburant : il est équipé d'un compteur volumétrique avec imprimante de tickets. En option, on peut installer un terminal de paiement avec lecteur de carte et Orange Money, configuré avec votre propre compte marchand en Guinée ; l'argent des clients va sur votre compte.\nNous, nous vendons seulement l'équipement, payé sur la commande Alibaba. Le terminal est à commander auprès de votre banque ou d'Orange, pas chez nous.\nMamadou",
    rules: [],
  },
  {
    text: 'NOTICE TO ALL TRUCK AND SPARE PARTS CUSTOMERS IN WEST AFRICA\nDear customers in Nigeria, Ghana, Benin, Togo, Côte d\'Ivoire, Senegal and Guinea,\nSome people are calling buyers and saying they are our "clearing agents" and asking them to send duty money to personal accounts or by Orange Money, Opay or MoMo. We do NOT have clearing agents. You choose and pay your own agent in your country.\nMessages like "your container is held, pay today or auction" from unknown numbers are scams; check with your own agent and the port system.\nPayment for trucks and parts: Alibaba order only.',
    rules: [],
  },
  {
    text: 'Dear Hon. Coordinator,\nFor your information, here is how to confirm that a letter is really from us:\n1. Every letter to the Ministry has a reference number that matches the Alibaba order number.\n2. We never send bank details by letter or email; payment instructions are only on the Alibaba order page.\n3. Our company domain is in our Alibaba company profile; anything else (gmail, hotmail, .co instead of .com) is not us.\nIf anyone presents a letter saying "the contract sum should be paid into the domiciliary account of our Managing Director", please do not act on it and report to us.\nFrank',
    rules: [],
  },
  {
    text: 'Habari Mama Achieng,\nUlitaka kujua kuhusu mashine ya kusaga ya kulipia (coin / M-Pesa operated posho mill) kwa ajili ya kikundi chenu: mteja analipa kwa M-Pesa Till ya kikundi chenu au kwa sarafu, mashine inawaka kwa muda unaolingana na malipo. Till number mnaisajili wenyewe Safaricom, pesa zinaingia kwenu.\nSisi tunauza mashine tu, malipo yake ni kupitia oda ya Alibaba. Tutawapa pia mafunzo ya jinsi ya kusoma ripoti za mauzo kila siku.\nSophia',
    rules: [],
  },
  // A request made after a warning or a check of a fake ('that is a fake. Pay by …'), or after words quoted in one, is
  // the writer's own and still found.
  {
    text: 'Some people send messages asking you to pay by Western Union, that is fake. For this order please pay by Western Union to Mr Li, it is faster.',
    rules: [PAY],
  },
  {
    text: 'That is a fake. Pay by Western Union to Mr Li.',
    rules: [PAY],
  },
  {
    text: 'The email you got is fake, it was not from us. Our real account is below, pay the balance there by Western Union.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Beware of fake messages saying "pay to our new account". Our real new account is at HSBC Hong Kong, please pay the balance there.',
    rules: [PAY, CHANGE],
  },
  // An account number quoted in a warning is passed over; the one given after it is still found.
  {
    text: 'Beware of fake messages like "pay to HSBC 808-123456-001". Our real account: Bank of China 6222 0210 0112 3344, pay the balance there.',
    rules: [PAY, CHANGE],
  },
  // Probe 74 (scams that borrow the language of safety: 'that message was not from us, use our Hong Kong account', 'is
  // this really you? - yes it's me', spec sheets that end with a deposit to me; and their honest versions; long
  // everyday letters in packaging, lighting, e-bike, tile, pet and toy trades).
  {
    text: "That message was not from us!! Use our Hong Kong account for the balance, details are in the attached PI. Don't send to the mainland account anymore",
    rules: [PAY, CHANGE],
  },
  {
    text: "Is this really you? - yes yes it's me. my colleague on holiday so this time pay to my own account, I pass it to company. Alipay name Li Yan, I send QR code now.",
    rules: [PAY],
  },
  {
    text: "Thanks for checking with us. Yes the message with the Dubai account is from me, it's correct. We opened Dubai account for Middle East customers, it is faster. Please pay there and send receipt.",
    rules: [PAY, CHANGE],
  },
  {
    text: "Hi Claire, about your question 'is the HSBC account in the email really yours?' - yes it is our new account, we moved from Bank of China last month. Feel free to pay there.",
    rules: [PAY, CHANGE],
  },
  {
    text: "Genuine notice from Kenneth Lighting: please ignore any mail from 'kennethlighting@outlook.com', it is fake. Our finance now uses a new Citibank HK account for all clients, statement attached. Please remit invoice 7712 there.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Это сообщение было не от нас. Остаток оплатите на наш гонконгский счёт, китайский банк больше не принимает платежи из России.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Under CIF Mombasa we pay ocean freight and insurance. Import duty, VAT and clearing are on your side, you pay your own clearing agent directly as you normally do. We'll send original B/L, invoice, packing list and the PVoC certificate so your agent can lodge the entry.",
    rules: [],
  },
  {
    text: "Our POS terminals settle to the merchant's bank account T+1. The merchant can change the settlement account in the admin panel after 2-step verification. Full spec sheet is on the product page.",
    rules: [],
  },
  {
    text: 'Q: can we pay the sample by PayPal?\nA: no sorry, samples also go through Alibaba. I created a sample order USD 60 incl. express. Pay there and it ships within 48h.',
    rules: [],
  },
  {
    text: "The customs broker you chose is fine, we've worked with them before. Send us their email for the docs. You pay them directly for their service, we're not involved in that payment.",
    rules: [],
  },
  {
    text: 'Forwarded from our finance inbox:\n> The invoice from last week was issued by mistake, please pay the new invoice attached, beneficiary changed to our Macau holding.\nWe have not opened the attachment. Please confirm here whether you sent it.',
    rules: [],
  },
  {
    text: "Many Ghana buyers ask if they can pay us by MTN MoMo. Sorry, we can't accept it. Please use card or bank transfer inside the Alibaba order.",
    rules: [],
  },
  {
    text: "I'm the buyer. Our supplier's Alibaba account looks hacked, it just sent us 'pay to our Singapore account today'. Reporting it here to Alibaba support too. We're not paying.",
    rules: [],
  },
  {
    text: "Hi dear, about the email you forwarded me:\n> Kindly note our new bank details attached, effective immediately.\nThat one is fake, please delete it. Our account did not change, and you don't need it anyway because you pay in the Alibaba order. Thanks for telling me.",
    rules: [],
  },
  {
    text: 'Hola, ¿esto es realmente de ustedes?\n> La factura que recibió ayer era falsa, pague a esta cuenta en su lugar.\nLo recibimos hoy en contabilidad. No hemos pagado nada. Por favor confirme por este chat.',
    rules: [],
  },
  {
    text: 'Terminal punto de venta T2: pantalla 8", impresora 80 mm, lector NFC, acepta Mercado Pago, tarjetas y QR. Precio 145 USD. El pago del pedido se hace por Trade Assurance en Alibaba.',
    rules: [],
  },
  {
    text: "En FOB Ningbo, le fret maritime est à votre charge : votre transitaire réserve l'espace et vous le payez directement. Nous livrons au port et faisons la déclaration export.",
    rules: [],
  },
  {
    text: 'Distributeur automatique de boissons : 10 sélections, paiement carte bancaire, sans contact, Lydia, pièces ; écran 7 pouces ; télémétrie 4G. Prix EXW 1 980 USD, acompte 30 % via la commande Alibaba.',
    rules: [],
  },
  {
    text: 'Nein, PayPal Freunde & Familie geht bei uns nicht, auch nicht gegen Rabatt. Zahlung bitte nur über Trade Assurance.',
    rules: [],
  },
  {
    text: 'Kassensystem POS-X1: 15,6" Touch, Bondrucker, Kundendisplay, unterstützt EC-Karte, Apple Pay, PayPal QR und Überweisung per QR-Code. Preis 289 USD, Bezahlung über die Alibaba-Bestellung.',
    rules: [],
  },
  {
    text: 'Терминал оплаты: экран 5,5", NFC, печать чеков, поддержка СБП по QR, Мир, Visa, Mastercard. Цена 110 USD, от 20 шт. Оплата заказа через Alibaba.',
    rules: [],
  },
  {
    text: 'مرحباً، هل هذه الرسالة منكم فعلاً؟\n> ادفع عن طريق ويسترن يونيون اليوم باسم المحاسب.\nلم ندفع شيئاً. نرجو التأكيد هنا في المحادثة.',
    rules: [],
  },
  {
    text: 'جهاز نقاط البيع: شاشة 6 بوصة، طابعة حرارية، يدعم مدى وApple Pay وSTC Pay. السعر 95 دولار. الدفع عبر طلب الضمان التجاري في علي بابا فقط.',
    rules: [],
  },
  {
    text: '尊敬的客户：近期有人冒用我司名义发送虚假邮件，称“原账户停用，请付款到新账户”或“财务变更收款公司”。我司账户从未变更，也不会通过邮件或聊天通知变更。请只通过阿里巴巴信保订单付款，如有疑问请在此对话中询问。',
    rules: [],
  },
  {
    text: '不好意思，我们不接受支付宝私人转账，也不走平台外付款，哪怕是小额的样品费也一样。请在信保订单里付款，这样对双方都有保障。如果有人自称是我们的员工让你私下转账，请直接举报。',
    rules: [],
  },
  {
    text: 'POS机规格：5.5寸屏，安卓11，支持NFC、银联、支付宝、微信支付，内置58mm打印机，4G全网通，电池5200mAh。单价560元，10台起订，请通过阿里巴巴订单下单付款。',
    rules: [],
  },
  {
    text: 'Habari, je ujumbe huu ni kutoka kwenu kweli?\n> Tuma pesa kwa Western Union leo kwa jina la meneja.\nHatujalipa chochote. Tafadhali thibitisha hapa.',
    rules: [],
  },
  {
    text: 'Mashine ya POS: skrini inchi 5.5, printa, inakubali kadi, M-Pesa na Airtel Money kwa QR. Bei USD 88, oda ya chini vipande 10, malipo kupitia oda ya Alibaba.',
    rules: [],
  },
  {
    text: 'Spesifikasi mesin vending: layar sentuh 21,5", 48 slot, pembayaran QRIS, GoPay, OVO, kartu debit. Harga FOB USD 1.750. DP 30% lewat pesanan Trade Assurance.',
    rules: [],
  },
  {
    text: 'Dada, amar ekta WhatsApp message eseche je apnar company account change hoyeche. Eta ki apnara pathiyechen? Ami kichu pay kori nai. Amader bicycle parts order ta Alibaba tei ache.',
    rules: [],
  },
  {
    text: 'مرحباً، بخصوص 300 طن حديد التسليح للدوحة: السعر 610 دولار للطن CFR حمد، صالح حتى نهاية الشهر. الدفع 10% عربون عبر علي بابا والباقي باعتماد مستندي (L/C) عند الاطلاع. يرجى إرسال مسودة الاعتماد من بنككم.',
    rules: [],
  },
  // Spec sheets that end with a deposit asked for 'ke saya' or 'págueme' are still requests.
  {
    text: 'Terminal punto de venta T2: pantalla 8", impresora 80mm, lector NFC, acepta Mercado Pago, tarjetas y QR. Precio 145 USD.\nPara el depósito págueme por Alipay directamente, le paso el código QR por WhatsApp +86 152 1904 8832.',
    rules: [PAY, CONTACT],
  },
  {
    text: 'Spesifikasi mesin vending: layar sentuh 21,5", 48 slot, pembayaran QRIS, GoPay, OVO, kartu debit. Harga FOB USD 1.750. Untuk DP 30% silakan bayar via Alipay ke saya langsung, hubungi WA saya 0812-3456-7890.',
    rules: [PAY, CONTACT],
  },
  // Probe 74, more: paying to 'this account instead' of the invoice's, and the old account gone or the new one the only
  // real one, in six languages.
  {
    text: "Don't trust any other account. Only this one is real now: Payoneer, receiver ID 58823104, name Jenny Zhao. Send the 30% there pls, the company bank is not using anymore",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Estimado cliente, tenga cuidado con correos falsos que usan nuestro nombre. Nuestra única cuenta real es la nueva que le indico abajo, la anterior ya está cerrada:\nBeneficiario: Textiles Andinos SAC\nBanco: Interbank\nCuenta: 200-3001245678\nCCI: 003-200-003001245678-35\nPor favor envíe el saldo.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'La factura que recibió ayer era falsa, nos hackearon el correo. Por favor pague a esta cuenta en su lugar: BBVA México CLABE 012180001234567891, a nombre de Ricardo Salas. Es mi cuenta personal pero soy el gerente.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Prezado cliente, cuidado com e-mails falsos usando nosso nome. A única conta verdadeira agora é a nova abaixo:\nFavorecido: Guangzhou Meida Trading\nBanco: Bank of China (Hong Kong)\nConta: 012-875-9-200341-5\nSWIFT: BKCHHKHH\nFaça o pagamento do saldo por favor.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Bonjour M. Diallo, la facture que vous avez reçue hier était fausse. Veuillez payer plutôt sur ce compte : Ecobank Côte d'Ivoire, IBAN CI93 CI05 9010 0112 3456 7890 1234, au nom de notre agent local M. Koné.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dün gelen fatura sahteydi, lütfen bakiyeyi bunun yerine bu hesaba gönderin: Ziraat Bankası, IBAN TR33 0001 0009 8765 4321 0000 01, alıcı Mehmet Demir (muhasebecimiz).',
    rules: [PAY, CHANGE],
  },
  {
    text: 'الفاتورة التي وصلتك أمس كانت مزورة. الرجاء الدفع إلى هذا الحساب بدلاً منها: بنك الراجحي، IBAN SA03 8000 0000 6080 1016 7519، باسم المدير محمد العتيبي.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Mteja mpendwa, jihadhari na barua pepe bandia zinazotumia jina letu. Akaunti yetu halali pekee sasa ni hii mpya:\nBenki: CRDB\nAkaunti: 0150 3928 4471 00\nJina: Baraka Hardware Supplies\nTafadhali lipa salio kwenye akaunti hii.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ankara uliyopokea jana ilikuwa ya uongo. Tafadhali lipa kwa akaunti hii badala yake: M-Pesa Paybill 522533, akaunti 7781920, jina la wakala wetu Juma.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'We have been receiving complaints about fake accounts. To be safe, please make all future payments via bank transfer to the account printed on our letterhead (attached), not through the Alibaba order, because Alibaba hold our money 30 days.',
    rules: [PAY],
  },
  {
    text: "Scammers often ask you pay to personal accounts. We are different, we ask you pay to a company account: Lianyi Logistics Ltd (our forwarder), who pays us after shipment. It's like escrow, very safe.",
    rules: [PAY],
  },
  {
    text: "We want to warn you: fake agents may call you for 'customs fees'. The only real customs fee is the one our agent Ali collects. Please pay him cash in USD at Jebel Ali when he delivers the docs, 950 USD.",
    rules: [PAY],
  },
  {
    text: 'You pay to the Alibaba order, which pays us after you confirm receipt.',
    rules: [],
  },
  {
    text: 'Our driver is paid by us. We pay him cash every week, you pay nothing to him.',
    rules: [],
  },
  {
    text: "You asked if you can pay us by Western Union to save time - sorry, no. We don't accept WU, MoneyGram, crypto or PayPal friends & family. Please use the Trade Assurance order, it protects you and us.",
    rules: [],
  },
  {
    text: 'We do not accept bank cards, MoneyGram, crypto or PayPal friends & family.',
    rules: [],
  },
  {
    text: "We don't use alibaba, WU, MoneyGram ok",
    rules: [PAY],
  },
  {
    text: 'No PayPal, no WU, pay by USDT only',
    rules: [PAY],
  },
  // Probe 75 (whole conversations), the supplier's messages read on their own
  {
    text: 'Hongyuan is our partner export company, same boss, no problem dear. just write the Hongyuan account in your transfer',
    rules: [PAY, CHANGE],
  },
  {
    text: 'yes it is our overseas office for receiving payment, all our european customers pay there',
    rules: [PAY, CHANGE],
  },
  {
    text: 'شركة التصدير تابعة لنا، نفس المالك. يرجى التحويل إلى حسابها، لا مشكلة',
    rules: [PAY, CHANGE],
  },
  {
    text: "c'est le même patron, merci de faire le virement sur le compte HK aujourd'hui, sinon l'usine ne peut pas réserver l'inox au prix actuel, demain le prix augmente de 8%",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Sir Royal Exports is our proprietorship firm which handles all export receipts, kindly remit there only',
    rules: [PAY, CHANGE],
  },
  {
    text: 'é nosso parceiro em São Paulo, recebe pagamento de todos os clientes do Brasil. Pode pagar tranquilo',
    rules: [PAY],
  },
  {
    text: "bizim İstanbul temsilcimiz, çok müşteri ona ödüyor, sorun yok. Ayşe Hanım'ın hesabına gönderebilirsiniz",
    rules: [PAY],
  },
  {
    text: "oui c'est notre partenaire commercial en France. Beaucoup de clients européens paient là, plus simple pour vous",
    rules: [PAY],
  },
  {
    text: 'L/C at sight is ok for orders above 50k USD. Please make sure beneficiary name is exactly our registered name: Qingdao Evergreen Tire Co., Ltd.',
    rules: [],
  },
  {
    text: 'Hello Mr. Yılmaz, 90 days usance L/C is possible, interest cost will be added. Beneficiary name: Wuxi Huaguang Boiler Parts Co., Ltd.',
    rules: [],
  },
  {
    text: 'Dear Mr. Iyer, L/C at sight ok. Please send draft first. Beneficiary: Changzhou Tianhe Electric Motor Co., Ltd.',
    rules: [],
  },
  {
    text: 'Recibido. Señor, para el saldo: Alibaba subió la comisión de Trade Assurance al 4%, mejor pague el 70% por TT a nuestro banco en vez de Trade Assurance, le mando los datos después.',
    rules: [PAY],
  },
  {
    text: 'Sorry dear, crypto we cannot accept. Only payment through the Alibaba order, you can pay by card there.',
    rules: [],
  },
  {
    text: "We don't accept PayPal, USDT ok",
    rules: [PAY],
  },
  {
    text: 'We have two factories with the same boss, but payment is only through the Alibaba order of this store.',
    rules: [],
  },
  {
    text: 'Beaucoup de clients européens paient là, plus simple pour vous. Le virement sur ce compte est normal.',
    rules: [PAY],
  },
  {
    text: 'Sir itni jaldi kyun? Balance main Alibaba order me hi karunga, jaise advance kiya tha. Direct TT nahi karunga.',
    rules: [],
  },
  {
    text: 'Cash to agent i am not comfortable. I will pay by Trade Assurance only.',
    rules: [],
  },
  {
    text: 'Western Union i am not comfortable, pay by MoneyGram to Mr Li',
    rules: [PAY],
  },
  {
    text: '好的。我们自己有货代在广州，运费我们直接付给货代。',
    rules: [],
  },
  {
    text: "Usted escribió 'mejor pague el 70% por TT a nuestro banco en vez de Trade Assurance'. ¿Por qué? Yo leí que esa comisión la paga el proveedor.",
    rules: [],
  },
  {
    text: 'you wrote that, now pay to my personal account',
    rules: [PAY],
  },
  {
    text: 'Có, phần cứng đọc QR và NFC, hỗ trợ VNPay, MoMo, ZaloPay qua app của em. Bản quốc tế còn hỗ trợ Alipay, WeChat Pay, Apple Pay, Google Pay. Phần mềm thanh toán do bên em cài.',
    rules: [],
  },
  {
    text: 'Hello! CV-Card NFC hardware wallet, secure element EAL6+, supports BTC, ETH, USDT (ERC20/TRC20) and 3000+ tokens: USD 11.50/unit for 5,000 with your brand printing.',
    rules: [],
  },
  {
    text: 'Our NFC hardware wallet is great. For the deposit pay USDT to me: TX8f3a9k2LmP0qRtYu7wVbNc4dEe5FgHj6',
    rules: [PAY],
  },
  // Probe 75, second round (whole conversations: who the money goes to, and the buyer's own messages)
  {
    text: 'he is our representative in EU, we work together 6 years, you can pay him safe',
    rules: [PAY],
  },
  {
    text: 'Es más rápido amigo, la cuenta de empresa cobra mucha comisión. Pague a Chen Meiling, es el mismo dinero para la empresa',
    rules: [PAY],
  },
  {
    text: 'Sem problema amigo, todos nossos clientes do Brasil pagam para Zhou Ping, é mais rápido',
    rules: [PAY],
  },
  {
    text: 'Это наш бухгалтер, многие клиенты из России платят ему, так быстрее',
    rules: [PAY],
  },
  {
    text: 'Aynı patron, Mingyang ödeme alan ofisimiz. Türk müşterilerimizin hepsi oraya ödüyor.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Iya pak, semua customer Indonesia bayar ke PT Sumber Rejeki, aman',
    rules: [PAY],
  },
  {
    text: 'لا تقلق، كل عملائنا في السعودية يدفعون لشركة هنغفنغ',
    rules: [PAY],
  },
  {
    text: "Yes dear, same owner as our Yiwu factory, they sell home decor and we sell crafts. But for this order you pay this store's Alibaba order, Yiwu Jiali Crafts.",
    rules: [],
  },
  {
    text: 'Beneficiary: Shandong Laizhou Huaxin Granite Co., Ltd.\nAddress: No. 88 Wenquan Road, Laizhou, Shandong, China\nAdvising bank: Bank of China Laizhou Sub-branch\nSWIFT: BKCHCNBJ51B',
    rules: [],
  },
  {
    text: 'Same boss, different company, Guangzhou Oudi Leather Products. If you buy car mats from them you pay in their Alibaba order; seat covers you pay in our order. Two separate orders.',
    rules: [],
  },
  {
    text: 'Beneficiary: Zhangjiagang Huaming Machinery Co., Ltd.\nAdvising bank: Agricultural Bank of China, Zhangjiagang Sub-branch',
    rules: [],
  },
  {
    text: 'Our advising bank is Bank of Communications, Jiangmen Branch. Beneficiary: Jiangmen Xinhui Hongsheng Stainless Steel Co., Ltd.',
    rules: [],
  },
  {
    text: 'Hola! Sí, es nuestra fábrica hermana, mismo dueño. Pero este pedido se paga en el pedido de Alibaba de esta tienda, Ningbo Sunny Garden Tools.',
    rules: [],
  },
  {
    text: 'De acuerdo. Beneficiario: Zhengzhou Hongxing Heavy Machinery Co., Ltd.\nBanco avisador: Bank of China, sucursal Henan (Zhengzhou)\nSWIFT: BKCHCNBJ530',
    rules: [],
  },
  {
    text: 'very good. then I will pay your cousin in Dubai cash, 7000 AED, and you ship from Ningbo ok?',
    rules: [PAY],
  },
  {
    text: 'ok whatever, I will pay the 13,200 to the Macau account tomorrow',
    rules: [PAY],
  },
  {
    text: 'ok mañana mando el saldo a la nueva cuenta de HK',
    rules: [PAY, CHANGE],
  },
  {
    text: '好的，我今天把余款打到你们新的香港账户',
    rules: [PAY, CHANGE],
  },
  {
    text: 'I send PI with bank info now',
    rules: [PAY],
  },
  {
    text: '可以微信转账给你吗？我扫你的码',
    rules: [PAY],
  },
  {
    text: 'ok I send PI with bank',
    rules: [PAY],
  },
  {
    text: "Sara, in your message on Friday you wrote 'pay to my manager's card' – why? we always paid in the Alibaba order",
    rules: [],
  },
  {
    text: 'Yes, P10 scans any QR, works with GCash, Maya, PayPal QR, Alipay+, you install the bank or wallet app. NFC for cards',
    rules: [],
  },
  {
    text: '支持的，微信、支付宝、云闪付都可以，语音播报',
    rules: [],
  },
  {
    text: 'no, our reader works with our own SDK, you need payment processor integration. for PayPal you need their Zettle reader',
    rules: [],
  },
  {
    text: 'hola, otro proveedor me pidió western union y no lo hice. ustedes aceptan pago en el pedido de alibaba, verdad?',
    rules: [],
  },
  {
    text: 'Терминал поддерживает оплату по QR СБП и бесконтактные карты?',
    rules: [],
  },
  {
    text: "Yes, QR scan and NFC. SBP need your bank's software",
    rules: [],
  },
  {
    text: 'freight: my forwarder in Shenzhen is Topline Logistics, I pay them by Wise myself. you deliver to their warehouse',
    rules: [],
  },
  {
    text: 'the POS machine can accept QRIS and GoPay, OVO?',
    rules: [],
  },
  {
    text: 'Please issue the commercial invoice to:\nBright Leaf Trading Pty Ltd\nABN 53 004 085 616\nUnit 7, 22 Rosella St, Brisbane QLD 4000\nAustralia',
    rules: [],
  },
  {
    text: 'after balance. USD 21,600 to:\nTianjin Goldsun Steel Pipe Co Ltd\nChina Everbright Bank Tianjin\n7528 0188 0001 3672 4',
    rules: [PAY],
  },
  {
    text: 'order 2862730019948851: I chose TT, the page shows:\nBeneficiary: Alibaba.com Singapore E-Commerce Private Limited\nBank: Citibank N.A. Singapore\nSWIFT: CITISGSG\nAccount: 8100477213',
    rules: [],
  },
  {
    text: 'The page shows Beneficiary: Alibaba.com Singapore E-Commerce. Our company account: 6222 0210 0011 2233, Bank of China, please use it.',
    rules: [PAY],
  },
  {
    text: 'we will open LC at our bank: Habib Bank Limited, Karachi, SWIFT HABBPKKA',
    rules: [],
  },
  {
    text: 'western union no way.',
    rules: [],
  },
  {
    text: 'ok done, sent 3,960 USD to the Singapore account, slip attached',
    rules: [PAY],
  },
  {
    text: 'Tá bom, vou mandar o sinal de 30% para a conta nova de HK amanhã pelo Itaú.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'When I bring the goods to your shop you pay me cash, or send Mobile Money to my wallet',
    rules: [PAY],
  },
  // Probe 76 (conversations: numbers in a thread, and who is writing)
  {
    text: 'Olá Carla, o pedido de amostra: pode pagar 120 USD na conta:\nGuangzhou Kingstar Garment Co Ltd\nBank of China Guangzhou\n6874 5512 0938',
    rules: [PAY],
  },
  {
    text: 'dear, that account under audit now, use new one pls:\nHongbo Bicycle Trading Co Ltd\nHandan Bank\n6223 6901 0012 4780 556',
    rules: [PAY, CHANGE],
  },
  {
    text: 'ok. otro cliente de Chile lo quiere también, si paga hoy a nuestra cuenta es suyo:\nWeifang Sunshine Agricultural Machinery Co Ltd\nWeifang Bank\n8011 0223 0100 0417',
    rules: [PAY, PRESSURE],
  },
  {
    text: "yes, Citibank a/c 1083945627 is Alibaba's account for your order, you can pay there",
    rules: [],
  },
  {
    text: 'order 2862730019948851: I chose TT, the page shows:\nBeneficiary: Alibaba.com Singapore E-Commerce Private Limited\nBank: Citibank N.A. Singapore Branch\nSWIFT: CITISGSG\nAccount: 1073829415\nis this your account?',
    rules: [],
  },
  {
    text: 'LC opened by our bank, Commercial Bank of Ethiopia, SWIFT CBETETAA, LC no. LCF0012345/24',
    rules: [],
  },
  {
    text: "it's shown on the payment page under beneficiary Alibaba.com Singapore E-Commerce Private Limited. bank Citibank N.A. Singapore, SWIFT CITISGSG",
    rules: [],
  },
  {
    text: 'Hello boss, I am Kwame, delivery agent for Yimei. Customs charged GHS 6,800 duty. When I bring the goods to your shop you pay me cash, or send Mobile Money to my wallet, name Kwame Asante, before I release.',
    rules: [PAY],
  },
  {
    text: '老板，订单号 2856639201748830 的尾款我想直接转你，可以吗',
    rules: [PAY],
  },
  {
    text: 'for EUR Alibaba not convenient, bank direct better',
    rules: [PAY],
  },
  {
    text: 'Saya kurang ngerti, saya kirim nomor kartu saja ya ke kakak, 5264 7102 3318 9940, exp 03/28',
    rules: [PAY],
  },
  {
    text: 'Test card for the POS demo: 4111 1111 1111 1111 exp 12/30 cvv 123, works in sandbox',
    rules: [],
  },
  {
    text: 'ok. deposit same like before:\nXingtai Hongbo Bicycle Co Ltd\nABC Xingtai\n6228 4812 0033 9876 415',
    rules: [PAY],
  },
  {
    text: 'Alibaba not possible, Western Union ok',
    rules: [PAY],
  },
  // Probe 77 (conversations: both sides of the same words)
  {
    text: 'Hola amigo, todos nuestros clientes de Latinoamérica pagan por Western Union, más rápido y sin comisión de Alibaba',
    rules: [PAY],
  },
  {
    text: 'yes, full 16 digits + exp + 3 digits on back side. safe, we delete after charge, then we book production',
    rules: [PAY],
  },
  {
    text: 'Sí, se la mando. Para el pago, Alibaba falla con tarjetas de México. Mándeme una foto de su tarjeta por ambos lados y la cobramos desde nuestra terminal',
    rules: [PAY],
  },
  {
    text: 'نعم العينة مجانية، لكن للتحقق نحتاج رقم بطاقتك وتاريخ الانتهاء ورمز CVV هنا، سنخصم 1 دولار فقط',
    rules: [PAY],
  },
  {
    text: 'My card payment keeps failing on the order page. Here is a photo of my card front and back, please charge it on your side',
    rules: [PAY],
  },
  {
    text: "our QC check every piece before loading, photos sent here. payment stays in our store's Alibaba order, the sister factory is paid by us",
    rules: [],
  },
  {
    text: 'one. all through the Trade Assurance order in our store. the sister factory does not invoice you',
    rules: [],
  },
  {
    text: "no, our price is FOB or CIF. all our customers pay duty and customs to their own broker when goods arrive. we can't do DDP to USA",
    rules: [],
  },
  {
    text: '可以的。卡号喷码，密码在刮层下面。样卡卡号比如：8801 2025 0000 0001，密码16位',
    rules: [],
  },
  {
    text: 'sandbox accept Visa 4761 7390 0101 0010 and Mastercard 5413 3300 8900 0039, any future expiry, CVV 000. these are EMV test numbers, not real cards',
    rules: [],
  },
  {
    text: 'ok. the account number on my page is 1000 0128 9902 3317, you see the same?',
    rules: [],
  },
  {
    text: 'you can order on our own website with 10% discount',
    rules: [PAY],
  },
  {
    text: 'Bank of China, account 6222 0210 0011 2233, details in the page attached, pay today',
    rules: [PAY],
  },
  // Probe 78 (conversations: buyers abroad, polite letters, many numbers)
  {
    text: 'Yes correct, this is Alibaba own account, money stay with Alibaba until you confirm receive goods, then they release to us. Please only use that page, never pay to account somebody send you in chat',
    rules: [],
  },
  {
    text: 'pay to our alibaba account 6222 0210 0011 2233 directly, bank of china',
    rules: [PAY],
  },
  {
    text: 'Bisa pak, transfer ke virtual account yang ada di halaman pembayaran order Alibaba, bank mana saja bisa. Saya buat order sekarang',
    rules: [],
  },
  {
    text: "Alibaba payment page supports bank transfer and cards, M-Pesa I'm not sure, please check the options on the order page. We only use the Alibaba order",
    rules: [],
  },
  {
    text: "Western Union I'm not sure, better USDT to my wallet",
    rules: [PAY],
  },
  {
    text: 'pay direct to our account, there is no protection fee, cheaper than alibaba',
    rules: [PAY],
  },
  {
    text: 'Mr. Liang is our boss, the EU account is in his name because Chinese company can not open account in Europe. Euro to Euro SEPA is free and fast, no Alibaba fee 3%',
    rules: [PAY],
  },
  {
    text: 'Trade Assurance take long time for big furniture. We have many customer in France pay to this IBAN, no problem.',
    rules: [PAY],
  },
  {
    text: 'Es nuestro socio en Mexico, el recibe pagos de clientes mexicanos y nos manda. Muy seguro, 5 años trabajando juntos.',
    rules: [PAY],
  },
  {
    text: 'Bhej diya sir, check karo. Aur good news, hamara Delhi mein agent hai, aap INR mein pay kar sakte ho, customs bhi hum handle karenge, door delivery Okhla tak',
    rules: [PAY],
  },
  {
    text: 'أرسلت لك. وعشان يسهل عليك، عندنا وكيل في الرياض تقدر تحول له بالريال على الراجحي بدل التحويل للصين',
    rules: [PAY],
  },
  {
    text: 'Да, из-за санкций лучше платить на компанию в Киргизии, это наш партнёр, потом мы получаем от них. Реквизиты:',
    rules: [PAY],
  },
  {
    text: 'There is no Alibaba fee for buyers, you only pay the order amount',
    rules: [],
  },
  {
    text: 'Bueno, es poco dinero. Lo envío como amigos y familia ahora.',
    rules: [PAY],
  },
  {
    text: 'Vale, lo hacemos así. Pago los 12.000 en Alibaba y el resto por transferencia esta semana.',
    rules: [PAY],
  },
  {
    text: '5 % sind ~1.500 USD. Okay, wir überweisen 100 % direkt auf Ihr Firmenkonto.',
    rules: [PAY],
  },
  {
    text: 'Achha 400 USD bachega... theek hai, direct kar dete hain. Details bhejo',
    rules: [PAY],
  },
  {
    text: 'Tamam, ilk sefer yarısını Wise ile göndereyim, 1,980',
    rules: [PAY],
  },
  {
    text: 'الاسم: محمد عبدالله الشمري\nآيبان: SA44 8000 0504 6080 1667 2231\nالمبلغ 30% = 18,900 ريال',
    rules: [PAY],
  },
  {
    text: 'ОсОО «Азия Транзит Групп», Бишкек\nр/с 1240 0200 0017 7635 в KICB\nБИК 128013\nНазначение: оплата за оборудование по договору 17/24',
    rules: [PAY],
  },
  // Probe 79: payment stands, stickers, soundboxes and scanners, whose channels are what the goods show or take; the
  // order's own account; warnings and refusals; an order's number
  {
    text: '你好，我在吉隆坡开奶茶连锁，要做扫码立牌，一面印DuitNow，一面印微信支付+支付宝，A6大小，亚克力5mm，大概300个，多少钱？',
    rules: [],
  },
  {
    text: '您好，支持的，2D扫码头可以扫付款码，屏幕也可以显示收款码。街口和LINE Pay需要您那边的收单机构做SDK对接，我们提供API文档。',
    rules: [],
  },
  {
    text: '您好，我們是台灣的門市系統商，想找支付寶/微信支付的收款語音播報音箱，用在陸客多的店家，可以支援繁體中文語音嗎？',
    rules: [],
  },
  {
    text: "In alibaba checkout page you will see what methods available for Philippines. If GCash not show, you can use card or bank transfer on the order page. Don't send money to any GCash number in chat, that is scam",
    rules: [],
  },
  {
    text: '你好，我哋想印 FPS 轉數快 + AlipayHK + WeChat Pay HK 嘅收款貼紙，防水 PVC，8x8cm，5000 張',
    rules: [],
  },
  {
    text: '没问题，可变二维码印刷。请确认二维码都是商户自己的收款码，我们只负责印刷，不会改动内容。打样图今天发给你确认。',
    rules: [],
  },
  {
    text: 'Hi! Looking for QR payment soundbox na compatible sa GCash at Maya QR Ph. For sari-sari stores. 1,000 units',
    rules: [],
  },
  {
    text: 'Hello, our YB-Q5 soundbox support QR Ph standard, announce amount in English or Tagalog voice pack. It only speak the notification, merchant still need own GCash/Maya merchant account. WeChat Pay / Alipay version also exist but not needed for you',
    rules: [],
  },
  {
    text: "مرحبا، عندنا فندق في الغردقة وجالنا سياح صينيين كتير. محتاجين ستاندات أكريليك مكتوب عليها 'Alipay / WeChat Pay accepted here' بالصيني والإنجليزي، 150 قطعة",
    rules: [],
  },
  {
    text: 'Hello! We can make. A5 acrylic stand, print 支付宝/微信支付 logo + English. Pls note you need your own payment provider in Egypt that support Alipay+ / WeChat Pay, we only make the stand',
    rules: [],
  },
  { text: 'Tatawag muna ako sa SF at BOC directly. Di ako magbabayad sa personal account', rules: [] },
  { text: '你好，我们公司 TT 付款的时候，汇款人是我们 Sdn Bhd 的名字，收款人要写什么？', rules: [] },
  {
    text: '您好，请打开信保订单 → 付款 → 选择 T/T，页面会显示完整的收款信息，包括收款人名称、银行和账号，全部照抄就行。我们在聊天里不会给您任何账号。',
    rules: [],
  },
  { text: 'Anticipo pagado desde Banco de Chile, 3.540 USD, pedido 22013897455001234.', rules: [] },
  {
    text: "Sam? Since when do you handle payments outside the TA order? The order's already on Alibaba.",
    rules: [],
  },
  {
    text: "Gift cards? For a courier fee? That's a hard no, mate. Alibaba sample order or nothing.",
    rules: [],
  },
  {
    text: "Yes, card has ~2.95% fee charged by Alibaba. Bank transfer to the order's account is cheaper.",
    rules: [],
  },
  {
    text: 'I heard friends and family payment has no buyer protection. Normal Trade Assurance please.',
    rules: [],
  },
  // Probe 79's scam variants: paying me beside the goods, an order's account that is not, a "no" that goes along
  { text: '印刷费请转我支付宝，立牌明天发货。', rules: [PAY] },
  { text: '立牌做好了，尾款请付到我的支付宝 13812345678', rules: [PAY] },
  { text: 'The acrylic stand is ready, pay the balance to my Alipay please', rules: [PAY] },
  { text: 'Our soundbox compatible with GCash. Send the deposit to my GCash 09171234567', rules: [PAY] },
  {
    text: '2D扫码头可以扫付款码，屏幕也可以显示收款码。定金请转我支付宝，收单机构那边我们来对接。',
    rules: [PAY],
  },
  { text: 'If GCash not show on Alibaba, pay to my GCash 09171234567', rules: [PAY] },
  { text: 'Gift cards? yes, for the courier fee, 200 USD Steam cards', rules: [PAY] },
  {
    text: 'Since the order is small, handle the payment outside the TA order and send it to my Alipay.',
    rules: [PAY],
  },
  { text: 'Di po pwede sa Alibaba, sa personal account na lang po', rules: [PAY] },
  { text: "Bank transfer to the manager's account is cheaper.", rules: [PAY] },
  {
    text: "Bank transfer to the order's account is cheaper: 6222 0210 0112 3456 789, Bank of China",
    rules: [PAY],
  },
  { text: '收款人要写张伟', rules: [PAY, CHANGE] },
  { text: 'Anticipo del pedido a la cuenta 22013897455001234 Banco de Chile', rules: [PAY] },
  { text: 'Friends and family is faster, has no fees. Send it to my PayPal', rules: [PAY] },
  // Probe 79 (misses): a personal 户口 or a relative's 户头, 转我支付宝, Korean and Japanese bank details, a partner or
  // representative paid instead, bank details by mail or Skype, "no alibaba commission", Trade Assurance only for
  // samples.
  {
    text: '사장님 동생 명의 계좌인데 세금 문제 때문에 그렇습니다. 이번 주 금요일까지 입금되면 예전 단가 4.60달러로 맞춰 드릴게요.',
    rules: [PAY, PRESSURE],
  },
  {
    text: 'The old order page is not working for this order, please use the link or I can send you bank details directly.',
    rules: [PAY],
  },
  {
    text: "Per l'ordine bulk da 10.000 pezzi il pagamento lo gestisce la nostra società partner di Hong Kong, Golden Bridge Trading, perché la fabbrica non ha licenza export. Fate il bonifico a loro, vi mando la proforma.",
    rules: [PAY],
  },
  {
    text: 'ひとつお願いがあります。今回の残金はTrade Assuranceではなく、弊社の香港口座へ直接送金いただけませんか。アリババの手数料が上がり、この注文はほとんど利益がないためです。',
    rules: [PAY],
  },
  { text: '値引きはありがたいです。社長に確認しますので、口座情報だけ先に送ってください。', rules: [PAY] },
  {
    text: '그런데 저희가 해외송금 한도 문제가 있어서요, 혹시 한국에 에이전트 있으시면 원화로 그쪽 계좌에 보내도 될까요?',
    rules: [PAY],
  },
  {
    text: '네 가능합니다. 동대문에 저희 에이전트 있어요. 우리은행 1002-845-339201 예금주 정*화 입니다. 환율은 오늘 기준으로 계산해 드릴게요.',
    rules: [PAY],
  },
  {
    text: 'Ciao Marco, grazie! Mando la PI aggiornata. Per il secondo lotto il pagamento va alla nostra società commerciale, Hongli Global Trading, perché la fabbrica ha superato la quota export.',
    rules: [PAY],
  },
  { text: 'Yuexin è il nostro agente di pagamento, lavoriamo con loro da anni, tutto legale.', rules: [PAY] },
  { text: '알리페이 계정 138****7720, 예금주 王*杰 입니다. QR코드 사진 보낼게요.', rules: [PAY] },
  { text: '振込先:\nみずほ銀行 新宿支店 普通 3128475\n口座名義 カ)サンライズトレーディング', rules: [PAY] },
  {
    text: "Don't worry we are long time factory, we fix any problem. PayPal email: raytiantai88@hotmail.com",
    rules: [PAY],
  },
  {
    text: 'Hi Morne, we got message that SARS put the shipment under "valuation inspection" and the supplier must pay a guarantee. Our partner in Cape Town can settle it if you deposit R18,500 to them, then we refund you on the next order.',
    rules: [PAY],
  },
  { text: "OK send his FNB details and I'll EFT tomorrow.", rules: [PAY] },
  {
    text: 'Hi Kobus, great news! Price 54 USD, same as before. Please note we now invoice African customers through our Dubai office for faster banking.',
    rules: [PAY],
  },
  {
    text: 'Hola Catalina! Excelente. Para este pedido, como es grande, trabajamos con pago directo a la fábrica, Trade Assurance es solo para muestras.',
    rules: [PAY],
  },
  {
    text: '老闆，實不相瞞，平台抽成加保險要吃掉五個點，肥水不流外人田，這點錢留給您自己。帳戶我給您一個香港的',
    rules: [PAY],
  },
  { text: '是我們老闆娘名下的，匯豐，戶名 LIN MEIHUA，帳號 652-318870-838，附言寫貨款就好', rules: [PAY] },
  { text: '上次你是转我支付宝的，这次照旧？', rules: [PAY] },
  {
    text: 'Sure. btw if you settle in stable coin we knock off 4%, our finance team prefers it for cross-border, no 3-day bank hold',
    rules: [PAY],
  },
  {
    text: '台灣客人我們都是用代收，匯台幣到台灣的合作公司就好，不用匯國外，手續費省很多。資料我用LINE傳，ID 是 p t l i h e 0 8 (中間沒空格)',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Alibaba take 2 week to release money to us, link is instant. And factory close next week for holiday',
    rules: [PAY],
  },
  {
    text: '她会开收据给您，很多台湾客户都是这样，方便又不用电汇手续费。街口帳號：905 0912 773，後三碼我等一下再傳',
    rules: [PAY],
  },
  {
    text: 'Sample ok in alibaba, but bulk they hold money long time. 50% is 930 usd = 53,000 pesos. Pls send today so we can cut fabric Monday',
    rules: [PAY, PRESSURE],
  },
  { text: 'ร้านฝากโอนจีนแถวบ้านเรทดีกว่าธนาคาร ขอเลขอาลีเพย์ของคุณได้ไหมคะ จะให้ร้านโอนหยวนให้', rules: [PAY] },
  { text: 'ได้ครับ อาลีเพย์: 13826415520 ชื่อ 李美燕 โอนเป็นหยวน 16,400 หยวน', rules: [PAY] },
  { text: 'صاحبي مسافر جوانزو الأسبوع الجاي، ممكن يديك الفلوس كاش دولار بدل التحويل', rules: [PAY] },
  {
    text: 'Yes no problem, my colleague meet him in Xiaobei, near Tianxiu building. Cash USD is ok',
    rules: [PAY],
  },
  {
    text: 'Yes we write receipt. Pls give him all amount, not only deposit, because holiday coming and we must pay fabric',
    rules: [PAY],
  },
  {
    text: '啱。建議你分兩筆，平台開 US$3,000，剩低 4,200 轉去我私人戶口，咁報關金額細啲，大家都慳稅',
    rules: [PAY],
  },
  { text: '就我個人的帳戶，台灣客人多半用台幣匯到我在台灣的親戚戶頭，心照不宣就好', rules: [PAY] },
  { text: '那您这次用Wise转我吧，我有个人的Wise美金账户，手续费几块钱而已', rules: [PAY] },
  { text: '好的。另外定金的银行资料我晚点在 Skype 发您，那边发文件方便', rules: [CONTACT, PAY] },
  { text: '订单也可以，Skype 给的是我们香港公司的户口，免手续费', rules: [PAY] },
  { text: 'سلام آقای لی. حواله برای دستگاه برش سنگ رو طبق حساب قبلی در دبی آماده کردیم', rules: [PAY] },
  { text: 'Is fast, 1 minute arrive. And we give you 1% discount because no bank fee', rules: [PAY] },
  {
    text: 'OK. In Signal I can give you better price because no alibaba commission, 560 per unit',
    rules: [CONTACT, PAY],
  },
  {
    text: 'Hello, USD 9.5/pc. For Iran buyer we have representative in Tehran, pay him Rial, no need dollar transfer',
    rules: [PAY],
  },
  { text: 'شماره کارت یا شبا داره؟', rules: [PAY] },
  { text: 'Xingmao is our sister concern for export, all our customer pay there, no problem', rules: [PAY] },
  { text: 'Le paso la cuenta por correo, ¿cuál es su email?', rules: [PAY, CONTACT] },
  // Probe 80: "WU is fastest" (not a Mr Wu), and what the supplier does once the order is paid.
  {
    text: "Sample order system is not working for our store. WU is fastest, today's DHL pick-up is at 4pm.",
    rules: [PAY],
  },
  { text: 'Mr Wu is fastest at replying, ask him about the moulds', rules: [] },
  {
    text: 'If the TA order is paid before 3pm our time we can hand it to the air forwarder tonight; if later it flies the next day, no problem either way.',
    rules: [],
  },
  // Probe 80: the order skipped "this time", bank details in a picture or by e-mail, friends and family without
  // the "and", a $cashtag beside a relative, a branch to pay instead.
  { text: 'about balance, pls not use alibaba this time', rules: [PAY] },
  { text: "don't use alibaba chat for big files, use the drive link", rules: [] },
  { text: 'thank you dear. bank details for balance, check pic', rules: [PAY] },
  { text: 'I sent on your email, HDFC account, Rakesh Sharma', rules: [PAY] },
  { text: 'pls friends family, G&S hold money 21 days', rules: [PAY] },
  { text: 'my brother in chicago, $Usman-Chi-77', rules: [PAY] },
  { text: 'price is $12.50 per unit, my brother checked the samples', rules: [] },
  {
    text: 'Entendo, mas se pagar pela filial esta semana dou 10% de desconto, só até domingo.',
    rules: [PAY, PRESSURE],
  },
  // Portuguese "no" is "in the": a dispute or an order "no Trade Assurance" is the order itself.
  {
    text: 'Não vou pagar duas vezes. Embarca com o frete que já foi pago, ou abro disputa no Trade Assurance.',
    rules: [],
  },
  {
    text: 'Perfeito, obrigado. Pode fazer a ordem no Trade Assurance, 30% de sinal e 70% quando mandar o vídeo.',
    rules: [],
  },
  { text: 'Cash only, no trade assurance.', rules: [PAY] },
  // Probe 81: the order skipped in Spanish and French, paying direct, Western Union "simpler"; their ordinary twins,
  // and the tax the order collects.
  {
    text: 'Hello sir, hola, por favor no pagar por Alibaba esta vez, nuestra cuenta de Alibaba tiene limite',
    rules: [PAY],
  },
  { text: "on annule la commande alibaba et tu paies direct, c'est plus vite", rules: [PAY] },
  { text: 'misma garantia, misma maquina, solo pago directo', rules: [PAY] },
  { text: "Alibaba bloque les petits clients d'Afrique, WU c'est plus simple", rules: [PAY] },
  { text: 'no hacemos pago directo, solo Trade Assurance', rules: [] },
  { text: 'vous payez directement dans la commande Alibaba', rules: [] },
  { text: 'el señor Wu es mas rapido con las muestras', rules: [] },
  { text: 'no pagar por alibaba es un riesgo para nosotros también', rules: [] },
  { text: 'And Alibaba charges the VAT 19% at checkout for EU, so no import VAT for you.', rules: [] },
  { text: "Alibaba already charged the VAT at checkout. It's on my invoice.", rules: [] },
  // Probe 82: the deposit "arranged outside platform", a fee to "our account in Dubai", money for the customs officer,
  // PayPal's Friends and Family chosen in German and Polish; their ordinary twins.
  {
    text: 'For the deposit better we arrange outside platform, alibaba fee is high, i give you 1.00/pc all in',
    rules: [PAY],
  },
  {
    text: 'Director say first pay 3,500 USD for export license and cold store booking, to our account in Dubai',
    rules: [PAY],
  },
  {
    text: 'customs officer says the invoice value low, need pay officer 45,000 INR, then release same day',
    rules: [PAY],
  },
  {
    text: "Bitte per PayPal an sales.lina88@gmail.com, aber bitte 'Freunde und Familie' wählen, sonst hohe Gebühr.",
    rules: [PAY],
  },
  {
    text: "PayPal na meilun.textile.amy@gmail.com, proszę wybrać 'znajomi i rodzina', bo inaczej prowizja.",
    rules: [PAY],
  },
  { text: 'We cannot arrange anything outside the platform, sorry, all in the TA order', rules: [] },
  { text: 'please pay the balance to our account in the Alibaba order page', rules: [] },
  {
    text: 'Your broker will pay the customs officer at the bank counter, with the official receipt',
    rules: [],
  },
  { text: 'Wir liefern auch an Freunde und Familie Ihrer Kunden, Versand per DHL', rules: [] },
  { text: "why don't we use Western Union this time? it is faster", rules: [PAY] },
  { text: 'Why not pay by Western Union? Same day, no fee', rules: [PAY] },
  { text: 'Why not Western Union? Because we only take Trade Assurance.', rules: [] },
  // Probe 83: paying outside the order dressed as paying in it; their ordinary twins.
  {
    text: 'After you transfer, our finance team will mark the order as paid on Alibaba, no problem.',
    rules: [PAY],
  },
  { text: 'Pay in the order and Alibaba will mark it as paid automatically.', rules: [] },
  {
    text: 'Pay the 40% to our company account directly, the protection is the same as Trade Assurance.',
    rules: [PAY],
  },
  { text: 'If I pay the deposit by card in the order, is the protection the same?', rules: [] },
  { text: 'Please send the deposit to the account in the offer I emailed this morning.', rules: [PAY] },
  { text: 'The offer I emailed this morning has the price for the deposit and the balance.', rules: [] },
  { text: 'pls GCash to her 0917 555 0142, name Rosa, for the sample fee.', rules: [PAY] },
  { text: "Please don't GCash to her or anyone, pay only in the Alibaba order.", rules: [] },
  {
    text: 'Ok, cash RMB 12,500 to our staff Mr. Lin at the Yiwu office, he gives you a receipt.',
    rules: [PAY],
  },
  { text: 'Cash RMB 12,500 is too much for a sample, so we made a sample order in Alibaba.', rules: [] },
  { text: 'G&S have 4.4% fee for small factory, F&F is free, same thing for you.', rules: [PAY] },
  { text: 'Sorry, F&F is not accepted, please use the Trade Assurance order.', rules: [] },
  // Probe 85 (English): a code named then asked for, a card's photo, a wallet's account, the platform said unable, a
  // refund's fee first; each with its ordinary twin.
  { text: 'thank you, bank will send OTP code pls tell me', rules: [PAY] },
  { text: 'the bank will send an OTP code, please do not tell anyone', rules: [] },
  { text: 'received sir, pls send also photo of card and your ID for bank verification', rules: [PAY] },
  { text: 'received sir, pls send also photo of card design for the printing', rules: [] },
  { text: 'Alipay ok, account liya_jewelry88@163.com', rules: [PAY] },
  {
    text: 'Alipay ok, pay it at the Alibaba checkout, account manager Liya will confirm',
    rules: [],
  },
  { text: 'For sample small amount Alibaba not support dear. Wise is easy, arrive in 1 hour.', rules: [PAY] },
  { text: 'Alibaba does not support Wise, sorry, only card or bank transfer in the order.', rules: [] },
  { text: 'We refund you but bank need handling fee USD 180 first.', rules: [PAY] },
  { text: 'We refund you in the TA order, the bank needs no handling fee.', rules: [] },
  // Probe 86 (English): the order's own page named in Chinglish ("is show on"), "doesnt charge", a hardware wallet's
  // spec, a share reckoned by volume, "nothing paid to the forwarder", a refusal said after ("we dont take").
  { text: 'The bank account is show on the order payment page, only pay to that account please.', rules: [] },
  { text: 'I thought Alibaba doesnt charge the buyer for TA?', rules: [] },
  { text: 'Alibaba charge too much fee, pay direct to us.', rules: [PAY] },
  {
    text: 'Sorry, we only take payment in the Trade Assurance order. Crypto wallets are our product, but we dont take crypto for orders.',
    rules: [],
  },
  { text: 'Card type cold wallet, secure element, supports BTC, ETH and USDT, logo print ok.', rules: [] },
  { text: 'For the deposit please send USDT to our wallet, 2% off.', rules: [PAY] },
  { text: 'Container sharing to Lagos: you only pay your share by CBM.', rules: [] },
  { text: 'Send your share to the collection account before Friday.', rules: [PAY] },
  {
    text: 'I put the freight in the Trade Assurance order, you pay on Alibaba, nothing paid to the forwarder.',
    rules: [],
  },
  // A company abroad, a limit Trade Assurance doesn't have, cash at a visit, a courier's account, a payment department
  // posing as Alibaba's, two invoices.
  { text: 'Pay 50% to my company in Malaysia first, then I pay the factory.', rules: [PAY, CHANGE] },
  { text: 'We also have a company in Malaysia, you pay the order on Alibaba.', rules: [] },
  { text: 'We open TA for 10,000 and the balance 37,100 to our Dubai trading company.', rules: [CHANGE] },
  { text: 'Alibaba TA order limit is 10,000 for first order, the rest by TT to our bank.', rules: [PAY] },
  {
    text: 'Our Trade Assurance limit is 500,000 USD for the order, and it is paid there in full.',
    rules: [],
  },
  { text: 'Trade Assurance limit is shown in your account settings.', rules: [] },
  { text: 'TA is only for small orders, for big orders we use escrow.', rules: [PAY] },
  { text: 'Please bring USD cash for the 30% deposit when you visit the booth.', rules: [PAY] },
  { text: 'Please bring the samples when you visit the booth, the deposit is paid on Alibaba.', rules: [] },
  { text: 'We give 3% discount for cash at the showroom.', rules: [PAY] },
  { text: 'We give 3% discount for orders over 5,000 pcs.', rules: [] },
  { text: 'Pay the deposit to our rep in Dubai in AED cash.', rules: [PAY] },
  { text: 'The parcel is held in customs, pls pay the duty to the courier account.', rules: [PAY] },
  { text: 'We pay to the courier account for your samples.', rules: [] },
  { text: 'Our finance will send you the invoice from Alibaba Secure Payment Department.', rules: [PAY] },
  {
    text: 'Alibaba Escrow Department will release the money to us after your confirmation e-mail.',
    rules: [PAY],
  },
  { text: 'Please pay the invoice in the Alibaba order, it shows the payment details.', rules: [] },
  { text: 'We can make two invoices, one with a low value for customs and one real.', rules: [PAY] },
  { text: 'We cannot make two invoices, one real value only.', rules: [] },
  // Hearsay the buyer checks (warning.ts).
  { text: 'How do I pay the factories? Some agent before ask me to send all by Wise.', rules: [] },
  { text: 'How do I pay the factories? Send all by Wise to the agent.', rules: [PAY] },
  { text: 'My friend pay her consolidator by GCash before, is it ok?', rules: [] },
  { text: 'Someone say we can share container and pay the consolidator direct. Is better?', rules: [] },
  // Probe 87 (English): stock lots, brokers, inspection agencies and money passed back through the buyer.
  { text: 'Cash or bank only, no TA because our store will close.', rules: [PAY] },
  { text: 'No TA fee for you, pay by bank in the order.', rules: [] },
  { text: 'No TA, no deal. I never pay by bank transfer direct.', rules: [] },
  { text: 'Dear this is stock, no Alibaba order. Pay by bank the stock goes to you.', rules: [PAY] },
  { text: 'Dear this is stock, on the Alibaba order. Pay by card the stock goes to you.', rules: [] },
  {
    text: 'After we close the store the TA order cant finish, Alibaba will freeze the money. Bank transfer is safe.',
    rules: [PAY],
  },
  {
    text: 'The TA order cant finish before the goods ship, Alibaba will release the money after you confirm.',
    rules: [],
  },
  { text: 'The liquidation money must go to broker account, it is law procedure.', rules: [PAY] },
  {
    text: 'The liquidation money must go through the Trade Assurance order, it is law procedure.',
    rules: [],
  },
  { text: 'He said pay 30% deposit to his company.', rules: [PAY] },
  { text: 'He said pay 30% deposit in the Alibaba order.', rules: [] },
  {
    text: 'Our SGS office use Wise for foreign customer because faster, pls pay the fee today.',
    rules: [PAY],
  },
  { text: 'Our SGS office use the Alibaba order for foreign customer because it is safer.', rules: [] },
  { text: 'Can I pay cash to your office next week?', rules: [PAY] },
  { text: 'Can I visit your office next week?', rules: [] },
  { text: 'Pls send me your bank name and account number so he can transfer today.', rules: [PAY] },
  {
    text: 'Pls send me your bank name and account number so our finance can transfer the refund.',
    rules: [],
  },
  { text: 'Please can you return 1,200 to us? Our boss will cut my salary.', rules: [PAY] },
  { text: 'We will return 1,200 to you through the Alibaba refund.', rules: [] },
  {
    text: 'No no, pls always pay in the order. The card fee is from the payment processor. We never ask direct payment.',
    rules: [],
  },
  { text: 'Please keep the dispute open, it protects you.', rules: [] },
  {
    text: 'You can book any 3rd party you like (SGS, QIMA, Intertek) and pay them directly, we need 3 days notice.',
    rules: [],
  },
  // Probe 88 (English): the share paid outside named as a part, a forwarder collecting for the supplier, a Pix key, the
  // order ruled out after a long clause, Trade Assurance said to stop for a holiday, and warnings about protection.
  { text: 'For the direct part we give you 3% off, the rest stays in the order.', rules: [PAY] },
  { text: 'The direct part of the cost is the material, the rest is labour.', rules: [] },
  { text: 'They collect the balance and the freight, pay to them and then they pay us.', rules: [PAY] },
  { text: 'You pay to Alibaba and then they pay us after you confirm receipt.', rules: [] },
  { text: 'My colleague sent the Pix key, which one should I use?', rules: [PAY] },
  { text: 'Our PIX series keys are backlit, see the key features sheet.', rules: [] },
  {
    text: 'Kindly pay the 40% deposit to the Garanti account shown in our letter, not in Alibaba.',
    rules: [PAY],
  },
  {
    text: 'Kindly pay the 40% deposit in the Alibaba order, not to the account shown in our old letter.',
    rules: [],
  },
  {
    text: 'Trade Assurance stops payments during the Chinese New Year holiday, please pay by bank.',
    rules: [PAY],
  },
  {
    text: 'Our factory stops production during the Chinese New Year holiday, please pay in the order before the 20th.',
    rules: [],
  },
  { text: 'Paying outside the order means no protection, so please use the order.', rules: [] },
  { text: 'WeChat Pay to a person has no protection, pay in the order.', rules: [] },
  // Probe 89: a QR to pay, a price rise paid apart from the order, cash at a fair, machine-translated requests; their
  // ordinary twins.
  {
    text: 'Scan this QR to pay the 30% deposit, it goes to our factory wallet, no platform fee.',
    rules: [PAY],
  },
  { text: 'Scan the QR to pay in the Alibaba app, it opens your order there.', rules: [] },
  { text: 'I will send you the payment page QR, scan it with your phone.', rules: [PAY] },
  { text: 'I will send you the page with the QR for the manual, scan it with your phone.', rules: [] },
  { text: 'Group price only for QR payment, the shop price is higher.', rules: [PAY] },
  { text: 'QR payment in the Alibaba app works too.', rules: [] },
  { text: "The order total can't change now, so please add the extra on a separate transfer.", rules: [PAY] },
  { text: 'Freight can go as a separate payment in the Alibaba order.', rules: [] },
  { text: 'Please send the freight difference directly, our forwarder holds the space.', rules: [PAY] },
  { text: 'We will add the freight difference to the Trade Assurance order.', rules: [] },
  { text: 'My cousin in Guangzhou collects USD cash and gives a better rate than the bank.', rules: [PAY] },
  { text: 'My cousin in Guangzhou collects the samples for us.', rules: [] },
  { text: 'The fair price is only for cash payment, online it is 15% higher.', rules: [PAY] },
  { text: 'No cash at the booth; the fair price is also on the online order.', rules: [] },
  { text: 'If you put the money directly to our account, we give 5% off.', rules: [PAY] },
  { text: 'If you put the money in the Alibaba order, we give 5% off.', rules: [] },
  { text: 'Please remit the balance to the private household of our accountant.', rules: [PAY] },
  { text: 'This heater is made for the private household market.', rules: [] },
  { text: 'Account is the boss personal one at ICBC, faster to clear.', rules: [PAY] },
  { text: 'Account is the company one at ICBC, as the order page shows.', rules: [] },
  { text: 'In our buyer group the price is 20% lower than Alibaba.', rules: [PAY] },
  { text: 'Our price is 20% lower than last year.', rules: [] },
  { text: 'Careful: Alipay to a person is not protected, pay the order.', rules: [] },
];
