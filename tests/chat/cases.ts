import type { ChatRuleId } from '../../src/signals/chat';

/**
 * Our own chat cases, written apart from the development corpus so the
 * detector is held to sentences it was not tuned on. Each lists exactly the
 * rules it must raise; an empty list means benign.
 */
export interface ChatCase {
  text: string;
  rules: ChatRuleId[];
}

const PAY: ChatRuleId = 'off-platform-payment';
const CHANGE: ChatRuleId = 'payment-details-change';
const CONTACT: ChatRuleId = 'off-platform-contact';
const LINK: ChatRuleId = 'suspicious-link';
const PRESSURE: ChatRuleId = 'pressure';

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
];

export const CHANGE_CASES: ChatCase[] = [
  {
    text: 'Kindly note our bank account has been updated, please use the new one for the balance.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our company account is under audit, so we will send you another account.', rules: [CHANGE] },
  { text: 'Finance changed the receiving account last week, new details attached.', rules: [PAY, CHANGE] },
  { text: 'Use our Hong Kong account now, the mainland one cannot receive USD.', rules: [PAY, CHANGE] },
  {
    text: 'Please ignore the bank details on the invoice and pay to the account below.',
    rules: [PAY, CHANGE],
  },
  { text: '我们的收款账户已更换，请付到新账户。', rules: [PAY, CHANGE] },
  { text: '新的收款账户如下：中国银行 6217 8500 0000 1234 567', rules: [PAY, CHANGE] },
  { text: 'Lily is on leave, the payment should now go to our Singapore branch.', rules: [CHANGE] },
  { text: 'Our finance team will send you the updated banking instructions.', rules: [CHANGE] },
  { text: 'Please use the following bank details for this order only.', rules: [PAY, CHANGE] },
  { text: 'This price is for this order only.', rules: [] },
  { text: '由于公司账户年审，请把货款转到财务个人账户。', rules: [PAY, CHANGE] },
  { text: '我们的账户审核通过了，可以下单。', rules: [] },
  { text: 'From today the beneficiary is our partner company in Singapore.', rules: [PAY, CHANGE] },
  // Trouble with the company's account as the reason to pay someone's own: both rules.
  {
    text: 'Our company account has tax problem now, please transfer to the account of our sales manager.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our account has some problem today, please pay to the account below.', rules: [PAY, CHANGE] },
  { text: 'My account has a problem, I cannot log in to pay the order.', rules: [] },
  // Telling the buyer to stop paying the old account is the change itself, not a refusal.
  { text: 'Please do not pay to the old account anymore.', rules: [CHANGE] },
  { text: 'Do not use the previous bank details.', rules: [CHANGE] },
  // "The old one": the account is named elsewhere in the message.
  { text: 'Kindly make payment to the attached bank details, old one is closed.', rules: [PAY, CHANGE] },
  { text: 'The old one was broken, we made a new mould, see the photos.', rules: [] },
  { text: 'The previous account can no longer receive money.', rules: [CHANGE] },
  {
    text: 'Send the payment to our Hong Kong partner company: Golden Bridge Trading Ltd.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kindly note that we now use our Citibank account in the USA for all payments.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Please remit to the account details in the revised PI, the first PI had a mistake.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'The previous PI bank info was wrong, please use the corrected one attached.',
    rules: [PAY, CHANGE],
  },
  { text: 'Please check the revised PI with the new quantity, our bank details are the same.', rules: [] },
  { text: 'The bank charges were wrong on the last invoice, we corrected it.', rules: [] },
  { text: '亲，我们公司账户在年审，请把货款打到我们经理的账户。', rules: [CHANGE, PAY] },
  { text: '我们换了新的收款银行，请按新的信息付款。', rules: [CHANGE, PAY] },
  { text: '我们的对公账户信息在信保订单里。', rules: [] },
  { text: 'Unser Konto hat sich geändert.', rules: [CHANGE] },
  { text: 'Unser Konto hat sich geaendert, bitte neue Bankverbindung nutzen.', rules: [CHANGE] },
  { text: 'Il nostro conto bancario è cambiato.', rules: [CHANGE] },
  { text: 'Il nostro conto bancario e cambiato.', rules: [CHANGE] },
  { text: 'Hesabimiz degisti, lutfen yeni hesaba odeme yapin.', rules: [PAY, CHANGE] },
  { text: 'Chung toi co tai khoan moi.', rules: [CHANGE] },
  { text: 'Hesabımız değişti, lütfen yeni hesaba ödeme yapın.', rules: [PAY, CHANGE] },
  { text: 'Chúng tôi có tài khoản mới.', rules: [CHANGE] },
  { text: 'لدينا حساب جديد', rules: [CHANGE] },
  { text: '請匯款到我們的新帳戶', rules: [PAY, CHANGE] },
  { text: '我们的账户有问题，请付到这个账户', rules: [PAY, CHANGE] },
  { text: 'Il conto è pronto, grazie.', rules: [] },
  // The instruction after a clause that says no is not refused by it.
  { text: 'Our account cannot receive payments anymore, use the attached.', rules: [PAY, CHANGE] },
  { text: 'Our bank cannot receive payments on Sunday.', rules: [] },
  { text: 'Our bank is closed on Sunday, we will confirm the payment on Monday.', rules: [] },
  // A holiday excuses the bank's closing only, never a new account named beside it.
  {
    text: 'Due to the holiday our old account is closed, please use the new account below.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our account was frozen on Sunday, please pay to our new account.', rules: [PAY, CHANGE] },
  // Benign: other changes, confirmations, holidays.
  { text: 'Our bank details have not changed, please pay as on the PI through Trade Assurance.', rules: [] },
  { text: 'We changed the packaging to a kraft box, new photos attached.', rules: [] },
  { text: 'The price changed because the copper price went up 8%.', rules: [] },
  { text: 'Your new account manager is Lisa, she will follow your order.', rules: [] },
  { text: 'Banks are closed for the national holiday from 1 to 7 October.', rules: [] },
  { text: 'The new shipping route goes via Busan, ETA is the same.', rules: [] },
  // Changes told in a business e-mail's words ("banking information has been updated", "switched banks").
  {
    text: 'Kindly note our banking information has been updated, see the attached letter.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Due to the annual audit, our USD account is temporarily unable to receive funds; kindly remit to our subsidiary.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Attention: our remittance details were amended last week, the old ones are void.',
    rules: [CHANGE],
  },
  { text: 'Our finance department has switched banks. Payment instructions attached.', rules: [CHANGE, PAY] },
  {
    text: 'Please do not remit to the account on the PI; our accountant will send the correct one.',
    rules: [CHANGE],
  },
  { text: 'Please transfer the balance to our Singapore branch.', rules: [CHANGE, PAY] },
  { text: 'The payment status has been updated in the Trade Assurance order.', rules: [] },
  { text: "Don't pay to the account on the PI, pay through the Trade Assurance order instead.", rules: [] },
  {
    text: 'Please do not send money to the account on the invoice; the order link is in your Alibaba account.',
    rules: [],
  },
  { text: 'Please transfer the files to our branch manager by email.', rules: [] },
  { text: 'Send the samples to our branch in Yiwu.', rules: [] },
];

export const CONTACT_CASES: ChatCase[] = [
  // WhatsApp as "WA" only where it is asked for or given a number: alone it could be a US state.
  { text: 'Message me on WA for faster reply.', rules: [CONTACT] },
  { text: 'My WA: +86 138 0013 8000', rules: [CONTACT] },
  { text: 'We ship to WA and Oregon from our US warehouse.', rules: [] },
  { text: 'WhatsApp➕8613800138000', rules: [CONTACT] },
  { text: 'Add my wéchat: lily2025', rules: [CONTACT] },
  { text: 'Call us at +1 (626) 555-0199 for faster service.', rules: [CONTACT] },
  { text: 'My number is 13800138000, add me please', rules: [CONTACT] },
  { text: 'Text me: 138-0013-8000', rules: [CONTACT] },
  { text: 'Please leave your phone number, I will call you.', rules: [CONTACT] },
  { text: 'You can reach me on LinkedIn.', rules: [CONTACT] },
  { text: 'The order number is 2103349876543, the price is $1.234.', rules: [] },
  { text: 'Our mobile phone cases come in 12 colors.', rules: [] },
  { text: 'Call me on ＋86 138 0013 8000', rules: [CONTACT] },
  { text: 'أضفني على واتساب 8613800138000', rules: [CONTACT] },
  { text: 'Add me on WhatsApp for faster reply: +86 139 2233 4455', rules: [CONTACT] },
  { text: 'my wechat is sunny_lamp2026', rules: [CONTACT] },
  { text: 'Contact me: 13812345678', rules: [CONTACT] },
  { text: 'Please write to my gmail: lilychen88', rules: [CONTACT] },
  { text: 'Can we continue this conversation by email?', rules: [CONTACT] },
  { text: 'I will write our Outlook calendar invite for the video call on Alibaba.', rules: [] },
  // "contact" is not the Portuguese "conta" (account): a phone number after it is no bank account.
  { text: 'Please contact my colleague on +86-755-12345678', rules: [CONTACT] },
  { text: 'Contact the driver at 13812345678 when the truck arrives.', rules: [] },
  { text: 'W-h-a-t-s-a-p-p me please', rules: [CONTACT] },
  { text: 'Telegram: @ledfactory_amy', rules: [CONTACT] },
  { text: 'Can we talk on Skype tomorrow?', rules: [CONTACT] },
  { text: 'Send the artwork to amy.led[at]gmail[dot]com', rules: [CONTACT] },
  { text: '加我微信：amy_led，发你视频', rules: [CONTACT] },
  { text: 'Please call me at +1 415 555 0132 tonight your time.', rules: [CONTACT] },
  { text: 'Join the call: https://zoom.us/j/93847561234', rules: [CONTACT] },
  { text: 'Viber or WhatsApp, same number +84 90 123 4567', rules: [CONTACT] },
  // Benign: features, couriers, warnings.
  { text: 'The smartwatch shows WhatsApp, WeChat and Telegram notifications.', rules: [] },
  { text: 'The webcam works with Zoom, Teams and Skype.', rules: [] },
  { text: 'Consignee phone for the courier: +49 30 1234 5678', rules: [] },
  { text: 'Someone is pretending to be us on WhatsApp, please ignore them.', rules: [] },
  { text: 'We will do a video call here in Alibaba messenger tomorrow.', rules: [] },
  { text: 'We do not use WeChat for business, please keep the chat here.', rules: [] },
  // "Add me on …" in other languages; "add me to the list" names no app.
  { text: 'Agrégame en WhatsApp por favor.', rules: [CONTACT] },
  { text: 'Me adicione no WhatsApp, por favor.', rules: [CONTACT] },
  { text: "Ajoutez-moi sur WhatsApp s'il vous plaît.", rules: [CONTACT] },
  { text: 'Aggiungimi su WhatsApp per favore.', rules: [CONTACT] },
  { text: 'Schreiben Sie mir auf WeChat.', rules: [CONTACT] },
  { text: 'Добавьте меня в WhatsApp.', rules: [CONTACT] },
  { text: 'Me adicione na lista de clientes, obrigado.', rules: [] },
  { text: '我的WhatsApp是+86 138 0013 8000', rules: [CONTACT] },
  { text: 'Kindly drop your WhatsApp number so we can discuss better.', rules: [CONTACT] },
  { text: 'Can I have your WhatsApp?', rules: [CONTACT] },
  { text: 'Our sales manager Tom will contact you by WhatsApp.', rules: [CONTACT] },
  { text: 'We will contact you on Alibaba when the goods are ready.', rules: [] },
  { text: 'Do you use WhatsApp Business API in your shop? We sell the integration.', rules: [] },
];

export const LINK_CASES: ChatCase[] = [
  { text: 'Please confirm your order at https://alibaba-orders.help/confirm', rules: [LINK] },
  { text: 'Download the invoice: http://a1ibaba.com/invoice/8831', rules: [LINK] },
  { text: 'Details here: tinyurl.com/sample-offer-88', rules: [LINK] },
  { text: 'Sign in to check the contract: https://login-alibaba.com.verify-center.net/', rules: [LINK] },
  { text: 'Pay the deposit here: https://paypal.me/sunnylamp/500', rules: [PAY, LINK] },
  // The part before "@" in a link is its disguise, not an e-mail address to write to.
  { text: 'Pay here: https://alibaba.com@evil.example/pay', rules: [PAY, LINK] },
  { text: 'Verify your buyer account: hxxps://alibaba-secure[.]co/verify', rules: [LINK] },
  // Hosts spelt with a Cyrillic "а" (\u0430) are other sites than the ones they read as (IDN homographs).
  { text: 'Pay at https://\u0430libaba.com/pay', rules: [PAY, LINK] },
  { text: 'Login at \u0430libaba.com/login to confirm the order', rules: [LINK] },
  { text: 'Pay at https://www.p\u0430ypal.com/pay', rules: [PAY, LINK] },
  // The same host in Punycode, as a page writes a link's address.
  { text: 'Confirm the order at https://xn--libaba-2nf.com/order', rules: [LINK] },
  { text: 'sales@\u0430libaba.com is my email', rules: [CONTACT, LINK] },
  { text: 'Email me at service@alibaba-support.com', rules: [CONTACT, LINK] },
  // Benign.
  {
    text: 'Here is our product: https://www.alibaba.com/product-detail/LED-lamp_1600123456789.html',
    rules: [],
  },
  { text: 'Tracking: https://www.dhl.com/en/express/tracking.html?AWB=1234567890', rules: [] },
  { text: 'Our storefront: https://sunnylamp.en.alibaba.com', rules: [] },
  { text: 'The product video is on our website www.sunnylamp.com', rules: [] },
  { text: 'Наш сайт пример.рф, там каталог.', rules: [] },
  { text: 'Email: support@alibaba.com', rules: [] },
  { text: 'Our Chinese site http://xn--fiq228c.com has the catalogue.', rules: [] },
];

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
];
