import { PAY, CHANGE, CONTACT, LINK, PRESSURE, type ChatCase } from './case';

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
  { text: 'Lily is on leave, the payment should now go to our Singapore branch.', rules: [PAY, CHANGE] },
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
  { text: 'Tài khoản ngân hàng của chúng tôi đã thay đổi.', rules: [CHANGE] },
  { text: 'Tài khoản Alibaba của tôi đã thay đổi mật khẩu.', rules: [] },
  // Indonesian and Malay; a new Alibaba account ("akaun baru") is not a bank account.
  { text: 'Rekening bank kami sudah berubah, tolong pakai rekening baru.', rules: [PAY, CHANGE] },
  { text: 'Akaun bank kami telah bertukar, sila guna akaun baru.', rules: [CHANGE] },
  { text: 'Saya buat akaun baru di Alibaba.', rules: [] },
  { text: 'Nomor rekening untuk pembayaran ada di invoice Alibaba.', rules: [] },
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
  { text: 'Our company got a new business license, so the bank account is different now.', rules: [CHANGE] },
  {
    text: 'Our account is only for domestic payments, please use our overseas account.',
    rules: [CHANGE, PAY],
  },
  { text: 'Our local bank account is only for RMB, so we use Trade Assurance for USD orders.', rules: [] },
  { text: 'The sample is different from the bulk goods, we will make a new one.', rules: [] },
  { text: 'Notre compte bancaire a changé, voici les nouvelles coordonnées.', rules: [CHANGE] },
  { text: 'Unser Firmenkonto wird geprüft, bitte nutzen Sie das neue Konto.', rules: [CHANGE] },
  { text: "Notre compte bancaire n'a pas changé, payez dans la commande Alibaba.", rules: [] },
  // A business e-mail's ways of announcing new bank details.
  {
    text: 'Please note our bank information below is effective immediately for all future payments.',
    rules: [PAY, CHANGE],
  },
  { text: 'The new packaging details are effective immediately.', rules: [] },
  { text: 'We regret to inform you that our account cannot receive USD at the moment.', rules: [CHANGE] },
  { text: 'We will provide a new PI with our updated banking info.', rules: [CHANGE] },
  {
    text: "For this order the payment goes to our factory's account, not the trading company on the PI.",
    rules: [PAY, CHANGE],
  },
  { text: 'The new price is 3.20, not the one in the PI.', rules: [] },
  {
    text: "The bank account on the invoice is our factory's account, not the trading company",
    rules: [CHANGE],
  },
  { text: 'Please pay to the account of our boss, not our company.', rules: [PAY, CHANGE] },
  { text: 'Your account manager is Lily, not the company director.', rules: [] },
  {
    text: 'The price is for the factory, not the trading company, please pay in the Alibaba order.',
    rules: [],
  },
  { text: 'We are the factory, not the trading company.', rules: [] },
  { text: 'The bank charges are on your side, not the amount on the invoice.', rules: [] },
  {
    text: 'I sent you the new PI, please follow the bank info on it, the old one is invalid.',
    rules: [CHANGE],
  },
  { text: 'The old one is invalid, please use the new coupon code on Alibaba.', rules: [] },
  { text: 'Our compny bank acount is change, pls use new one', rules: [CHANGE] },
  { text: '你好，我们财务说以后货款都打到这个新卡上', rules: [PAY, CHANGE] },
  { text: '这个账户不能用了，用下面这个账户付款', rules: [PAY, CHANGE] },
  { text: '我们银行信息有变更，请以新PI为准', rules: [CHANGE] },
  { text: '我们的新卡片设计已经上传到阿里店铺了', rules: [] },
  { text: '新卡扣的样品下周寄出', rules: [] },
  { text: '我们的账户信息和PI上的一致，没有变更', rules: [] },
  // Each Trade Assurance order is paid to an account Alibaba gives for it: explaining that is no change.
  { text: 'The new bank details are in the TA order, please pay there.', rules: [] },
  {
    text: 'Each Trade Assurance order has a different bank account (Citibank), please check the order payment page.',
    rules: [],
  },
  { text: 'Alibaba gives a new virtual account for every TA order, it is normal.', rules: [] },
  { text: 'Please use the new account shown on the Alibaba order payment page.', rules: [] },
  { text: "The Citibank account number is different for each order, it's Alibaba's account.", rules: [] },
  {
    text: 'Our account is under audit, pay the balance to the new account below, not the one in the TA order.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our bank account changed, new details: HSBC 123456789012, ignore the account in the Alibaba order.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our account changed. Please use the new bank details for every order from now on: HSBC 123456789012',
    rules: [PAY, CHANGE],
  },
  { text: 'Pls transfer to my personal Payoneer, company one is blocked.', rules: [PAY, CHANGE] },
  { text: 'Our company one is closed on Sunday, the shop is open.', rules: [] },
  // A new account "on Alibaba" is a login; Arabic says the account changed with the definite article too.
  { text: 'You can create a new account on Alibaba for free.', rules: [] },
  { text: 'هل لديك حساب جديد على علي بابا؟', rules: [] },
  { text: 'تم تغيير حسابنا البنكي، يرجى استخدام الحساب الجديد', rules: [CHANGE] },
  { text: 'We have a new bank account in Hong Kong.', rules: [CHANGE] },
  // A bank as a building is no account; telling the buyer to pay in the order is no payment to a changed one.
  { text: 'The new bank in the logistics park opened last week.', rules: [] },
  { text: 'A new bank branch opened near our factory, very convenient.', rules: [] },
  { text: 'Our new bank is HSBC, please pay there.', rules: [PAY, CHANGE] },
  { text: 'We moved to a new bank last year, but please pay through Alibaba as usual.', rules: [CHANGE] },
  { text: 'We changed to a new bank, please pay it, not on Alibaba.', rules: [PAY, CHANGE] },
  { text: "My account was blocked by Alibaba by mistake, I'm talking to support.", rules: [] },
  { text: 'Different bank charges apply for T/T, about $30.', rules: [] },
  {
    text: 'Our account was frozen by Alibaba, so pay to our new account: HSBC 123456789012',
    rules: [PAY, CHANGE],
  },
  { text: 'We use a different bank now, details below.', rules: [PAY, CHANGE] },
  // Business e-mail compromise, in its own words: "remittance details", "banking coordinates".
  { text: 'The invoice has the new remittance details, kindly update your records.', rules: [CHANGE] },
  {
    text: 'Kindly update your vendor master with our new banking coordinates attached.',
    rules: [PAY, CHANGE],
  },
  { text: 'Please send us the remittance details (the bank slip) after you pay on Alibaba.', rules: [] },
  { text: 'The new wire transfer fee is on the buyer, as before.', rules: [] },
  {
    text: 'our account can not receive USD now, please pay in our other company name.',
    rules: [PAY, CHANGE],
  },
  { text: 'Please pay in the Alibaba order under our company name.', rules: [] },
  // "On account of" means because of; an account on Alibaba is a login. Neither is a receiving account.
  { text: 'On account of the Chinese New Year, production will stop from Feb 1 to Feb 15.', rules: [] },
  { text: 'Our account on Alibaba was upgraded to Verified Pro this year.', rules: [] },
  { text: 'Our account on Alibaba is blocked, please pay to our new bank account.', rules: [PAY, CHANGE] },
  { text: 'Our bank account was changed, on account of the tax audit.', rules: [CHANGE] },
  {
    text: 'Our company has been upgraded to a group company, all payments go to the group account now.',
    rules: [PAY, CHANGE],
  },
  { text: "Payments go to the group's account on Alibaba as usual.", rules: [] },
  // Money to a company abroad, not the seller; that company named for anything else is not.
  { text: 'Please make the payment to our HK company this time.', rules: [CHANGE, PAY] },
  { text: 'please pay to our Hong Kong company', rules: [PAY, CHANGE] },
  { text: 'Please send the samples to our Hong Kong company address.', rules: [] },
  { text: 'Please pay on Alibaba, the order is under our Hong Kong company.', rules: [] },
  { text: 'Please sign a new contract with our HK company for payment.', rules: [CHANGE] },
  { text: 'The payment should go to our new HK company, new contract attached.', rules: [PAY, CHANGE] },
  { text: 'We sign a new contract with our Hong Kong company for the mold.', rules: [] },
  { text: 'The payment goes to our HK company on Alibaba Trade Assurance.', rules: [] },
  // A new way to pay, with its details in an attachment the chat can't show.
  { text: 'We have a new payment way, please check the attached file.', rules: [PAY, CHANGE] },
  { text: 'We have changed our payment method, details attached.', rules: [PAY, CHANGE] },
  { text: 'We updated the payment terms, see the attached PI.', rules: [] },
  { text: 'We have a new packaging way, check the attached file.', rules: [] },
  // The earlier details said to be wrong, wherever they were; the beneficiary's name changed to a person's.
  {
    text: 'Sorry dear, the bank details in the last PI was wrong, the correct one is attached.',
    rules: [PAY, CHANGE],
  },
  { text: 'The bank details in the PI are correct.', rules: [] },
  {
    text: 'Please tell your bank to change the beneficiary name to Li Ming, he is our export manager.',
    rules: [CHANGE],
  },
  { text: 'Please change the beneficiary to Alibaba.com Singapore as shown in the TA order.', rules: [] },
  { text: 'Can we change the delivery address to our new warehouse?', rules: [] },
  // The previous bank named as the trouble; payments redirected; a company abroad paid without "to".
  {
    text: 'Our previous bank has restrictions on international transfers, kindly use the bank below.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our CFO asked to redirect all payments to the account ending 4471.', rules: [CHANGE] },
  { text: 'Our factory is in Vietnam now, please pay our Vietnamese company.', rules: [PAY, CHANGE] },
  { text: 'Alibaba asked us to change our receiving account, please use the new one.', rules: [PAY, CHANGE] },
  { text: 'Our previous account manager Tom has left, I will follow your order.', rules: [] },
  { text: 'We will update the account info on Alibaba later.', rules: [] },
  { text: 'We never change our bank account, please always check.', rules: [] },
  { text: 'Our old bank statement is attached for your verification.', rules: [] },
  { text: 'Our previous bank details are still valid.', rules: [] },
  // A new receiving company (Chinese); the bank details on an earlier invoice turned away from.
  { text: '我们换了新的收款公司，请按照新的PI付款', rules: [PAY, CHANGE] },
  { text: 'Please disregard the bank details on the previous invoice.', rules: [CHANGE] },
  {
    text: 'The bank details on the previous invoice are correct, please pay in the Alibaba order.',
    rules: [],
  },
  // Payments received "via our subsidiary" now; Spanish and Portuguese "we changed accounts".
  { text: 'We now receive payments via our subsidiary in Malaysia.', rules: [CHANGE] },
  { text: 'Hemos cambiado de cuenta bancaria.', rules: [CHANGE] },
  { text: 'Nuestra cuenta bancaria ha cambiado.', rules: [CHANGE] },
  { text: 'Mudamos de conta, pague na nova.', rules: [CHANGE, PAY] },
  // A sister company named for the tax invoice while the buyer pays in the order; "not through Alibaba" is no excuse.
  { text: 'Tax invoice will be issued by our sister company, payment is still through Alibaba.', rules: [] },
  { text: 'Our sister company will receive the payment, not through Alibaba.', rules: [CHANGE, PAY] },
  // Russian "we changed our bank account", "new bank details".
  { text: 'Мы сменили банковский счет', rules: [CHANGE] },
  { text: 'Вот наши новые реквизиты', rules: [CHANGE] },
  // "Changing our bank", a new entity abroad; a new account manager is a person, not an account.
  { text: 'We are changing our bank from HSBC to Standard Chartered, please note.', rules: [CHANGE] },
  { text: 'From next order, payment goes to our new Singapore entity.', rules: [PAY, CHANGE] },
  { text: 'We are changing our account manager next month.', rules: [] },
  // The company account "being upgraded", then a finance clerk's card to pay.
  { text: '我们公司账户在升级，暂时收不了款，请付到财务的卡上', rules: [CHANGE, PAY] },
  // Details said to be out of date: "the bank details on the PI are outdated, use these instead".
  { text: 'The bank details on the PI are outdated, please use these instead.', rules: [CHANGE] },
  { text: 'The price list is outdated, here is the new one.', rules: [] },
  { text: 'Your bank account number is invalid, please check it for the refund.', rules: [] },
  // The beneficiary's or account holder's name changed (further from its verb), an audit "of our USD account",
  // a new receiving bank; a bank closed on another day, an account manager replaced, are no change of account.
  {
    text: 'Our company has a new legal representative, so the beneficiary name on the PI has changed.',
    rules: [CHANGE],
  },
  { text: 'The account holder name on our invoice has been updated.', rules: [CHANGE] },
  {
    text: 'Dear customer, due to the annual audit of our USD account, please arrange the payment to our RMB account this time.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Please note: from 1st December our receiving bank will be Citibank Hong Kong instead of Bank of China.',
    rules: [CHANGE],
  },
  { text: 'Our bank will be closed on Monday instead of Tuesday for the holiday.', rules: [] },
  { text: 'Our account manager will now be Lisa instead of Tom.', rules: [] },
  { text: 'The inspection of the goods will be done by SGS.', rules: [] },
  // Chinese: "the old account is no longer used"; old packaging is not an account.
  { text: '以前的账户不用了。', rules: [CHANGE] },
  { text: '以前的包装不用了，换新的彩盒。', rules: [] },
  // Another company named, then what it is to the supplier.
  { text: 'Please wire the funds to Golden Star Holdings (our affiliate).', rules: [PAY, CHANGE] },
  { text: 'Our agent sent the goods to ABC Logistics (our forwarder).', rules: [] },
  // A new IBAN or account number in German, French and Spanish.
  { text: 'Unsere neue IBAN lautet DE89 3704 0044 0532 0130 00.', rules: [PAY, CHANGE] },
  { text: 'Voici notre nouvel IBAN.', rules: [CHANGE] },
  { text: 'Nuestro nuevo número de cuenta es el siguiente.', rules: [CHANGE] },
  {
    text: 'Our company account cannot receive USD this week, kindly use our sales account.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Our bank cannot receive the SWIFT message this week, so the payment will arrive Monday.',
    rules: [],
  },
  // 收款账户换了 ("the receiving account changed"), and "don't pay the old one".
  { text: '我们的收款账户换了，旧的不要再打了。', rules: [CHANGE] },
  // A returned payment, to be sent again to another account; sent again to the same account is routine.
  {
    text: 'Your payment was returned by our bank, kindly resend it to the account below.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Your transfer was returned because the SWIFT code was wrong, please resend to the same account.',
    rules: [],
  },
  { text: 'The goods were returned by customs, we will resend them.', rules: [] },
  { text: 'The transfer was returned, we will check with our bank and tell you.', rules: [] },
  { text: '您的款被退回了，请重新打到下面的账户。', rules: [PAY, CHANGE] },
  { text: '款被退回了，请重新打到原来的账户。', rules: [] },
  {
    text: 'Su pago fue devuelto por el banco, por favor envíelo de nuevo a la cuenta de abajo.',
    rules: [CHANGE, PAY],
  },
  { text: 'Su pago fue devuelto, por favor envíelo de nuevo a la misma cuenta.', rules: [] },
  { text: 'O pagamento foi devolvido, por favor envie novamente para a conta abaixo.', rules: [CHANGE, PAY] },
  {
    text: 'Ihre Zahlung wurde zurückgebucht, bitte überweisen Sie erneut auf das untenstehende Konto.',
    rules: [CHANGE, PAY],
  },
  { text: 'Ihre Zahlung wurde zuruckgebucht, bitte erneut auf das gleiche Konto.', rules: [] },
  // An account that "can't receive", because of sanctions or otherwise, as the reason for another.
  {
    text: "Due to sanctions our HSBC account can't receive, please use our Turkish account.",
    rules: [PAY, CHANGE],
  },
  { text: '由于制裁，我们的汇丰账户无法收款，请付到我们土耳其的账户。', rules: [PAY, CHANGE] },
  { text: 'Our account cannot receive USD, please pay in RMB through Alibaba.', rules: [] },
  {
    text: 'Sorry, our bank cannot receive from Russia due to sanctions, please choose Trade Assurance.',
    rules: [],
  },
  // The invoice's bank details said to be wrong; the buyer's own, for a refund, or "if", are not.
  {
    text: 'The invoice in the system has the wrong bank details, use the ones I sent by email.',
    rules: [PAY, CHANGE],
  },
  { text: '发票上的银行信息是错的，请用我邮件发的那个。', rules: [CHANGE] },
  { text: 'If the invoice has the wrong account number, the bank will return the payment.', rules: [] },
  { text: 'Sorry, I sent you the wrong bank details for the refund, here are the right ones.', rules: [] },
  // A partner company to be paid, not the one the supplier pays.
  {
    text: 'Our bank in China has limits on USD, so please pay our partner company in Dubai.',
    rules: [PAY, CHANGE],
  },
  { text: 'We pay our partner companies every month.', rules: [] },
  // The buyer reporting an impostor is a warning, not a request.
  {
    text: 'We received a message from someone claiming to be you asking us to pay another account. Is that real?',
    rules: [],
  },
  { text: 'Someone posing as your sales manager asked me to pay by Western Union.', rules: [] },
  // Chinese: the company account "can't receive USD, transfer to this account"; "the account is having its annual audit".
  { text: '我们的对公账户暂时不能收美金，麻烦转到这个账户：6222 0000 1111 2222', rules: [PAY, CHANGE] },
  { text: '我们账户不能收人民币，请在阿里巴巴上付款。', rules: [] },
  { text: '公司账户在做年审，这次先打到财务的个人卡上。', rules: [PAY, CHANGE] },
  { text: '公司在做年审，下周发货。', rules: [] },
  // Payments "now received through our Hong Kong subsidiary", banking "moved to DBS Singapore", "future payments" to an account in an e-mail.
  {
    text: 'Kindly be informed that due to the ongoing tax audit in China, all our payments are now received through our Hong Kong subsidiary.',
    rules: [CHANGE],
  },
  { text: 'All payments are received through our branch on Alibaba.', rules: [] },
  {
    text: 'Dear customer, please note we have moved our banking to DBS Singapore. All future payments should go there.',
    rules: [PAY, CHANGE],
  },
  { text: 'We moved our factory to Dongguan.', rules: [] },
  {
    text: 'Hi, I am the new sales manager, my colleague Anna left the company. Please send future payments to the account in my email.',
    rules: [CHANGE, PAY],
  },
  { text: 'Please send future payments to the Trade Assurance order link.', rules: [] },
  // A customer's account handed to a new salesperson is no new bank account.
  { text: 'We have moved our account to a new sales person on Alibaba.', rules: [] },
  // An account "over its limit" as the reason to pay another.
  {
    text: 'The bank said our account has reached the limit this month, please use the attached account.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Our company account's receiving limit is full, please pay to the account below.",
    rules: [CHANGE, PAY],
  },
  { text: '我们的美金账户这个月额度满了，请打到下面这个账户。', rules: [CHANGE, PAY] },
  { text: 'Our account has a daily limit, please pay in two transfers to the same account.', rules: [] },
  { text: 'My credit card has reached the limit, I will pay the rest tomorrow via Alibaba.', rules: [] },
  { text: '我们账户额度不够了，请分两次付款。', rules: [] },
  // A new company name for the invoice; a name that has not changed, or on the boxes, is no new payee.
  {
    text: 'Please note our new company name is Shenzhen Lianyu Trading, the invoice will be under this name.',
    rules: [CHANGE],
  },
  {
    text: 'Our company name has changed, please pay to Lianyu Trading Limited from now on.',
    rules: [CHANGE, PAY],
  },
  { text: '我们公司名称已经变更，付款请用新的公司名。', rules: [CHANGE, PAY] },
  { text: 'Our company name has not changed, please pay to the account in the Alibaba order.', rules: [] },
  { text: 'We have a new company name logo design on the boxes.', rules: [] },
  // Ordinary talk near the words of the cues above.
  { text: 'Your company name will be printed on the box.', rules: [] },
  { text: 'Our Trade Assurance limit is 500,000 USD, enough for your order.', rules: [] },
  { text: 'There is a weight limit of 30 kg per carton for courier shipping.', rules: [] },
  // An account over its limit, in Spanish; a limit on the order is no pretext.
  { text: 'Nuestra cuenta alcanzó el límite este mes, por favor use la cuenta adjunta.', rules: [CHANGE] },
  { text: 'La cuenta del pedido tiene un límite de 50,000 USD.', rules: [] },
  // Ordinary Chinese beside the new cues' words.
  { text: '账户额度够的，您放心付款。', rules: [] },
  { text: '我们公司名称没有变更，请放心。', rules: [] },
  // An account "no longer operational/active", and 之前发的账户作废; an old machine or Alibaba store is not an account for money.
  { text: 'Please note our HSBC account is no longer operational.', rules: [CHANGE] },
  { text: 'Our HSBC account is no longer active, please use the Bank of China account.', rules: [CHANGE] },
  { text: 'The old machine is no longer operational.', rules: [] },
  { text: 'Our old Alibaba account is no longer active, this is our new store.', rules: [] },
  { text: '之前发的账户作废，以这个为准。', rules: [CHANGE] },
  { text: '之前给你的账号不能用了。', rules: [CHANGE] },
  { text: '之前发的报价作废，以这个为准。', rules: [] },
  { text: '之前给你的账号是公司的，没有变。', rules: [] },
  // Told not to pay the account on the old PI (the paper named old, not the account).
  {
    text: 'Kindly confirm when payment is made so we can monitor it, and do not pay to the account on the old PI.',
    rules: [CHANGE],
  },
  { text: "Don't send money to the account on the previous invoice.", rules: [CHANGE] },
  { text: 'Do not use the bank details in the old contract.', rules: [CHANGE] },
  // A new banking partner, an account "now with" another bank, old instructions void; packing instructions and an Alibaba account are not.
  {
    text: 'Please be informed that we have migrated to a new banking partner. All previous instructions are void.',
    rules: [CHANGE],
  },
  { text: 'Our receiving account is now with Standard Chartered Singapore.', rules: [CHANGE] },
  { text: 'Our USD account is now with HSBC.', rules: [CHANGE] },
  { text: 'Our store account is now at level 3.', rules: [] },
  { text: 'Our Alibaba account is now with a new manager.', rules: [] },
  { text: 'The previous packing instructions are cancelled, please follow the new carton marks.', rules: [] },
  // Paying the factory's account instead of the trading company's; goods sent elsewhere are not money.
  {
    text: 'Please send payment to the factory account instead of the trading company.',
    rules: [PAY, CHANGE],
  },
  { text: 'We will send the goods to the Amazon account instead of your warehouse.', rules: [] },
  // Ordinary changes: a company's new name with the same store and Trade Assurance, a factory that moved, a bank holiday, a new price.
  {
    text: 'Our company changed its name from Hongxin to Hongxin Technology, the Alibaba store is the same, payment still via Trade Assurance.',
    rules: [],
  },
  { text: 'Our old factory was in Shenzhen, now we moved to Huizhou, a bigger place.', rules: [] },
  { text: 'The new bank holiday will delay production by 2 days.', rules: [] },
  { text: 'The old price was 3.5 USD, now the new price is 3.2 USD.', rules: [] },
  // A power bank, one of the marketplace's commonest goods, is not a bank: its updates and models are no change of account.
  { text: 'The power bank has been updated to 20000mAh.', rules: [] },
  { text: 'The power bank is replaced with a new model.', rules: [] },
  { text: 'Our power bank is now new, with PD 22.5W.', rules: [] },
  { text: 'The new power bank model is different from the old one.', rules: [] },
  { text: 'The battery bank was upgraded.', rules: [] },
  { text: 'Our bank account changed for the power bank order.', rules: [CHANGE] },
  { text: 'The new bank for the power bank order is HSBC.', rules: [CHANGE] },
  // A new account for an online store is a login, not a bank account.
  { text: 'The new account for our Amazon store is ready.', rules: [] },
  // A bank card or its logo as goods ("we changed the bank card design"); a new bank card to pay is a change.
  { text: 'We can change the bank logo on the card as you need.', rules: [] },
  { text: 'We changed the bank card design as you asked.', rules: [] },
  { text: 'The new bank logo is on the card.', rules: [] },
  { text: 'Please pay to my new bank card.', rules: [PAY, CHANGE] },
  // A new Alibaba sub-account, in Chinese, is a login; a new salesperson is no account.
  { text: '我们的新账户是阿里巴巴国际站的子账号，方便跟单。', rules: [] },
  { text: '我们换了新的业务员跟进您的订单。', rules: [] },
  { text: '这款充电宝已经升级到20000毫安。', rules: [] },
  // A customer account on Alibaba in Portuguese, a calculator in Turkish ("hesap makinesi"): no receiving account; "bear in mind" idioms stay quiet.
  { text: 'Nova conta de cliente criada no Alibaba para você.', rules: [] },
  { text: 'Yeni hesap makinesi modeli stokta.', rules: [] },
  { text: 'Yeni hesabımıza ödeme yapın.', rules: [PAY, CHANGE] },
  { text: 'Tenga en cuenta que el precio cambió por el costo del material.', rules: [] },
  { text: 'Leve em conta que o prazo mudou.', rules: [] },
  // A bank of LED lights or capacitors is a row of things, not a bank; the Bank of China is one.
  { text: 'The new bank of LED lights is on the ceiling.', rules: [] },
  { text: 'The bank of capacitors is replaced with a new one.', rules: [] },
  { text: 'Our new bank is Bank of China.', rules: [CHANGE] },
  // 新账户注册 is a new user signing up, not a new receiving account.
  { text: '新账户注册送优惠券，请在阿里巴巴上操作。', rules: [] },
  { text: '新账户如下，请付款。', rules: [PAY, CHANGE] },
  // A letter of credit's banks and beneficiary: the buyer's bank pays against documents, so its advising bank changing, or the L/C naming its beneficiary, is no changed account; the supplier's own bank changing is one.
  { text: 'The advising bank has changed to Bank of China because HSBC charges too much.', rules: [] },
  { text: 'The new advising bank is HSBC.', rules: [] },
  { text: 'The L/C beneficiary is our company, Shenzhen Hongxin Trading Co., Ltd.', rules: [] },
  { text: 'Our bank has changed to HSBC.', rules: [CHANGE] },
  { text: 'Beneficiary is now Hongxin HK Ltd.', rules: [PAY, CHANGE] },
  // The account-change letter in other languages: a frozen or audited account, another company's account, "from now on", "not the old account".
  {
    text: 'Cher client, suite à un audit annuel notre compte HSBC est suspendu, veuillez virer le solde sur le compte de notre filiale en Malaisie.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Sehr geehrter Kunde, wegen der jährlichen Prüfung ist unser HSBC-Konto gesperrt, bitte überweisen Sie den Restbetrag auf das Konto unserer Tochtergesellschaft in Malaysia.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Уважаемый клиент, в связи с ежегодной проверкой наш счёт в HSBC заблокирован, пожалуйста, переведите остаток на счёт нашей дочерней компании в Малайзии.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'عزيزي العميل، بسبب التدقيق السنوي تم تجميد حسابنا في HSBC، يرجى تحويل المبلغ المتبقي إلى حساب شركتنا الفرعية في ماليزيا.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Sayın müşterimiz, yıllık denetim nedeniyle HSBC hesabımız donduruldu, lütfen kalan ödemeyi Malezya'daki yan şirketimizin hesabına gönderin.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Kính gửi quý khách, do kiểm toán hàng năm tài khoản HSBC của chúng tôi bị tạm khóa, vui lòng chuyển số dư vào tài khoản công ty con ở Malaysia.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Pelanggan yang terhormat, karena audit tahunan rekening HSBC kami dibekukan, mohon transfer sisa pembayaran ke rekening anak perusahaan kami di Malaysia.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Bom dia, devido à auditoria anual a nossa conta no HSBC está bloqueada, por favor envie o saldo para a conta da nossa filial na Malásia.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Buenos días, le informamos que por auditoría anual nuestra cuenta en China está congelada temporalmente. Favor de depositar el saldo en la cuenta de nuestra oficina en Hong Kong.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Il nostro conto è bloccato per la revisione annuale, per favore pagate sul conto della nostra filiale a Hong Kong.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Notre compte est bloqué à cause de l'audit, merci de payer sur le compte de notre partenaire à Dubaï.",
    rules: [CHANGE, PAY],
  },
  {
    text: "Bonjour, notre banque a changé, merci d'effectuer le virement sur notre compte à Hong Kong dorénavant.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Guten Tag, aufgrund einer Prüfung ist unser Firmenkonto vorübergehend gesperrt. Bitte überweisen Sie die Restzahlung auf das Konto unseres Partners in Hongkong.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Добрый день! Из-за аудита наш расчетный счет временно заморожен, просим оплатить на счет нашего партнера в Гонконге.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Mohon maaf, rekening perusahaan kami sedang diaudit, silakan transfer ke rekening direktur kami dulu.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'عزيزي، حسابنا البنكي تحت التدقيق، من فضلك حول الدفعة إلى حساب المدير الشخصي.',
    rules: [CHANGE, PAY],
  },
  {
    text: '您好，因為年度審計，我們公司帳戶暫停使用，請將餘款匯到我們香港子公司的帳戶。',
    rules: [CHANGE, PAY],
  },
  { text: '财务通知：收款银行由中国银行变更为招商银行，请按新的信息付款。', rules: [CHANGE, PAY] },
  { text: '您好，我们的香港账户现在不能用了，请汇到新加坡的账户。', rules: [CHANGE, PAY] },
  {
    text: '我们公司现在改用深圳的关联公司收款，抬头写深圳市恒达贸易有限公司，其他信息不变。',
    rules: [CHANGE],
  },
  {
    text: 'Nosso banco mudou, agora recebemos em Hong Kong, por favor use os dados da nova fatura.',
    rules: [CHANGE],
  },
  { text: 'A partir de ahora los pagos se hacen a nuestra cuenta de Hong Kong.', rules: [CHANGE] },
  { text: 'A partir de agora, o pagamento deve ser feito para a empresa parceira.', rules: [CHANGE] },
  {
    text: 'Désormais, merci de régler sur le compte de notre société sœur à Singapour.',
    rules: [CHANGE, PAY],
  },
  { text: 'С этого месяца оплату принимаем на счет нашей компании в Гонконге.', rules: [CHANGE, PAY] },
  { text: 'من الآن فصاعدا يرجى الدفع لحساب شركتنا في دبي.', rules: [CHANGE, PAY] },
  { text: "Bundan sonra ödemeleri Hong Kong'daki şirketimizin hesabına yapın.", rules: [CHANGE, PAY] },
  { text: 'Từ bây giờ anh chuyển tiền vào tài khoản công ty bên Hồng Kông nhé.', rules: [CHANGE, PAY] },
  { text: 'Mulai sekarang pembayaran ke rekening kantor kami di Hong Kong ya.', rules: [CHANGE, PAY] },
  {
    text: 'Por favor haga el pago a nombre de nuestra empresa asociada Golden Star Ltd.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Por favor no pague a la cuenta antigua, le mando los datos correctos por correo.',
    rules: [CHANGE],
  },
  {
    text: 'Bitte nicht an die alte Bankverbindung zahlen, die neue schicke ich Ihnen gleich.',
    rules: [CHANGE],
  },
  { text: 'Пожалуйста, не платите на старый счет, я пришлю правильные реквизиты.', rules: [CHANGE] },
  { text: 'Hamara naya bank account hai, purane wale mein mat bhejna.', rules: [CHANGE] },
  { text: 'Naya account details invoice mein hai, purane account mein payment mat kijiye.', rules: [CHANGE] },
  // Not changes: an Alibaba login, "tenir compte"/"en cuenta"/"por conta" (take into account, at the expense of), счёт-фактура (an invoice), a bank shut for the weekend.
  { text: 'Désormais, vous pouvez suivre votre commande depuis votre compte Alibaba.', rules: [] },
  { text: "Désormais nous tenons compte de vos remarques sur l'emballage.", rules: [] },
  { text: 'Notre compte Alibaba a été vérifié par SGS.', rules: [] },
  { text: 'À partir de maintenant, le prix tient compte de la nouvelle taxe.', rules: [] },
  { text: 'Ab sofort können Sie in Ihrem Kundenkonto bestellen.', rules: [] },
  { text: 'Ab sofort liefern wir auch nach Österreich.', rules: [] },
  { text: 'С этого месяца мы выставляем счёт в евро.', rules: [] },
  { text: 'Отныне счёт-фактура будет приходить по почте.', rules: [] },
  { text: 'Наш счёт-фактура закрыт, оплата получена через Alibaba.', rules: [] },
  { text: 'Теперь я отправлю счёт на оплату через Alibaba.', rules: [] },
  { text: 'Bundan sonra fiyat hesabını yeniden yapacağız.', rules: [] },
  { text: 'Bundan sonra siparişler Alibaba üzerinden.', rules: [] },
  { text: 'من الآن يمكنك متابعة حسابك على الموقع.', rules: [] },
  { text: 'Từ nay anh có thể đăng nhập tài khoản Alibaba để theo dõi đơn hàng.', rules: [] },
  { text: 'Mulai sekarang harga sudah termasuk ongkos kirim.', rules: [] },
  { text: 'A partir de ahora tenga en cuenta el nuevo precio.', rules: [] },
  { text: 'A partir de hoy el flete es por cuenta del cliente.', rules: [] },
  { text: 'A partir de agora o frete é por conta do cliente.', rules: [] },
  { text: 'A partir de agora leve em conta o prazo de 30 dias.', rules: [] },
  { text: "D'ora in poi teniamo conto delle vostre richieste.", rules: [] },
  { text: "D'ora in poi lo sconto è del 5%.", rules: [] },
  { text: 'La cuenta de nuestra oficina en Alibaba está verificada.', rules: [] },
  {
    text: 'Nuestra cuenta de Alibaba está bloqueada por un error, pero puede pagar en el pedido.',
    rules: [],
  },
  { text: 'Le compte de notre filiale est sur Alibaba aussi.', rules: [] },
  { text: 'Please pay through Alibaba, our account is not frozen.', rules: [] },
  { text: 'Notre compte est fermé le week-end, le virement arrivera lundi.', rules: [] },
  { text: '我们的账户现在不能用支付宝付款，请在阿里巴巴下单。', rules: [] },
  { text: 'Konto unserer Tochtergesellschaft bei Alibaba ist verifiziert.', rules: [] },
  // Bank notes, a bank of lights, logins and courier accounts, Alibaba's own account, a partner factory receiving materials, a merged handle: no changed account.
  { text: 'The money counter detects old bank notes and the new 2024 series.', rules: [] },
  { text: 'Our counter is updated for the new bank notes of Euro, free software update.', rules: [] },
  { text: 'We replaced the bank note sensor in your counter, it works well now.', rules: [] },
  { text: 'The user account is blocked after 5 wrong password attempts, admin can unlock it.', rules: [] },
  { text: 'The demo account has expired, I will make a new one for you to test the software.', rules: [] },
  { text: 'Each staff can have a different account in the app with his own permissions.', rules: [] },
  { text: '我们软件支持新账户一键创建，员工账号权限可以分开设置。', rules: [] },
  { text: "I see you placed the order from another account, is it your colleague's?", rules: [] },
  { text: 'Our account has been upgraded to Verified Supplier, you can see the new badge.', rules: [] },
  { text: '我们的阿里巴巴账号升级为认证供应商了。', rules: [] },
  { text: 'Our partner factory receives the raw materials next week, then we start production.', rules: [] },
  { text: 'Our sister company makes the printed cartons, so packaging is in-house.', rules: [] },
  { text: 'The handle is merged with the body, one-piece injection molding.', rules: [] },
  { text: 'Your credit card payment failed, maybe the bank blocked it, please call your bank.', rules: [] },
  { text: 'Please ignore the details in the previous PI, the size is changed to 40x60cm.', rules: [] },
  {
    text: 'Please check if you have the correct bank selected in your online banking for the Alibaba virtual account.',
    rules: [],
  },
  { text: 'New company name on the carton mark: please send me your company name for printing.', rules: [] },
  { text: "The receiving bank will be Alibaba's, you will see in the order page.", rules: [] },
  {
    text: 'Updated payment information: the order is now USD 5,200 after discount, please pay in Alibaba.',
    rules: [],
  },
  { text: 'Switch the bank of lights on with the main switch.', rules: [] },
  {
    text: 'The new DHL account we opened gives lower rates, so the sample shipping is cheaper now.',
    rules: [],
  },
  // Still changes: a sister or partner company receiving the payment, a blocked old account, an upgraded account with new details.
  { text: 'Our partner company will receive the payment this time.', rules: [CHANGE, PAY] },
  { text: 'Our sister company will receive the payment, please transfer to them.', rules: [CHANGE, PAY] },
  { text: 'The old account is blocked, please use our new account below.', rules: [CHANGE, PAY] },
  { text: 'Our account has been upgraded, please use the new bank details attached.', rules: [CHANGE, PAY] },
  { text: 'Our bank notes the new account in the letter, please pay there.', rules: [CHANGE, PAY] },
  // The account-change letter in English: the old PI's account closed, "not the one on the Alibaba order", "different from before", "the account we gave was wrong", a new beneficiary address, "from this order onwards", bank details shared on WhatsApp.
  {
    text: 'Please do not send the payment to the account on the old PI, it was closed by the bank last week. The correct one is on the attached.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Please pay to the account printed on the commercial invoice, not the one on the Alibaba order.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Please be careful, someone is pretending to be us. Our real account is the one I send you now in this chat, different from before.',
    rules: [CHANGE],
  },
  {
    text: "Dear, I'm the new sales manager. From now please send all payment to the account in my PI, the previous salesman's PI is invalid.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Please confirm if you already sent the money, because the account we gave was wrong, the correct one I will send now.',
    rules: [CHANGE],
  },
  {
    text: "Don't use the bank info on our website, it is old, ask me for the current account.",
    rules: [CHANGE],
  },
  {
    text: 'Sorry I forgot to tell you, we are using our Hong Kong account for all foreign customers now.',
    rules: [PAY],
  },
  {
    text: 'Hi, beneficiary address is now Flat 12, 8/F, Kowloon Bay, Hong Kong, bank is DBS Bank (Hong Kong). Please make sure you put the new address or the payment will bounce.',
    rules: [CHANGE],
  },
  {
    text: 'Kindly be advised that the beneficiary on the invoice should read JINHUA XINDA IMPORT & EXPORT CO., not our factory name, because they do our export.',
    rules: [CHANGE],
  },
  {
    text: 'From this order onwards, payments should be made to Everbright Trading Ltd, our export agent company. Bank details on the letterhead attached.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Our account officer advised that incoming USD wires are currently held for compliance review, so kindly route the balance through our Dubai office.',
    rules: [CHANGE],
  },
  { text: 'Kindly use the account I shared on WhatsApp.', rules: [PAY] },
  { text: 'The bank details are in the file I sent on WeChat, please pay there.', rules: [PAY] },
  // A bank holiday is no bank: "from this month" beside it changes no account.
  {
    text: 'From this month, our factory works Saturday too, to catch up orders, and the bank holiday will not affect shipping.',
    rules: [],
  },
  { text: 'From this month our bank account is in Hong Kong.', rules: [CHANGE] },
  // A third probe, new tactics written apart from the detector: corrected IBANs, an old account on the PI, 'please update your records', a parent company's account name, a new beneficiary bank.
  {
    text: 'Finance dept notice: From 1st of next month our company will receive payments only through Citibank N.A. New York, account holder Apex Source LLC. Please update your records.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Correction on IBAN: last digits should be 4471 not 4417, please use corrected one: DE89 3704 0044 0532 0144 71.',
    rules: [CHANGE],
  },
  {
    text: 'Important: the account number on the PI I sent yesterday was old, please use the one in this message: 6222 0210 0109 8877 665, Industrial and Commercial Bank of China, beneficiary Liu Fang.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Hello, I am from finance dept of Dongguan Hexin Electronics. Please update the beneficiary bank: now Standard Chartered Hong Kong instead of China Merchants Bank.',
    rules: [CHANGE],
  },
  {
    text: 'Our bank called, due to compliance the account name must be the English name of our parent company: Golden Bridge Holdings Ltd. Please amend before you send.',
    rules: [CHANGE],
  },
  {
    text: "Notre service comptable vous enverra par e-mail les nouvelles coordonnées bancaires, merci d'ignorer l'ancienne facture.",
    rules: [CHANGE],
  },
  {
    text: 'Внимание! Реквизиты в старом инвойсе недействительны. Срочно используйте новые, иначе платёж вернётся и отгрузка сорвётся.',
    rules: [CHANGE],
  },
  // A fourth probe: restructuring letters ('receivables are now handled by our UK subsidiary'), 'we don't use the HSBC account anymore', and the account letter in Arabic, Thai and Spanish.
  {
    text: 'Due to company restructuring, our receivables are now handled by our UK subsidiary. Attached is our official notification letter on letterhead. Kindly use the new details for the remaining balance of USD 48,360 and send us the bank slip once done.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'pls be informed we dont use the HSBC account anymore, from now only our Bank of America account, details same as the letter from director',
    rules: [CHANGE],
  },
  {
    text: 'Estimado cliente: le informamos que, debido a una auditoría fiscal, nuestra cuenta en el Banco de China no puede recibir transferencias internacionales temporalmente. Le rogamos realizar el pago del saldo a nuestra cuenta en BBVA México, beneficiario Comercializadora Dragón Rojo S.A. de C.V., CLABE 012180001234567891. Quedamos atentos a su confirmación.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'عزيزي العميل، نود إعلامكم بأن حسابنا البنكي بالدولار قيد الصيانة حاليًا، لذا نرجو تحويل المبلغ المتبقي إلى حسابنا الجديد في بنك الإمارات دبي الوطني باسم شركة النجم الذهبي للتجارة العامة، رقم الآيبان AE07 0260 0010 1523 4567 801. يرجى تأكيد التحويل بإرسال الإيصال.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'เรียนลูกค้า บัญชีบริษัทอยู่ระหว่างตรวจสอบภาษี กรุณาโอนเงินไปที่บัญชีใหม่ ธนาคารกสิกรไทย เลขที่ 123-4-56789-0 ชื่อบัญชี นายสมชาย ใจดี และส่งสลิปยืนยันด้วยค่ะ',
    rules: [PAY, CHANGE],
  },
  // Round 5 probe (written apart from the detector): accounts closed, frozen, migrated or replaced, in many languages.
  {
    text: 'Year-end closing note from accounts: our FY24 collection account is locked from 25 Dec for the auditors and a separate FY25 receiving account has been opened. I will forward the bank letter, kindly update your vendor master before the next remittance.',
    rules: [CHANGE],
  },
  {
    text: 'Hello David, Sandy who handled your previous orders has left us. Please disregard any bank info she sent earlier, not all of it was authorised. Going forward the only valid account details will come from me.',
    rules: [CHANGE],
  },
  {
    text: "Finance asked me to let you know our Citibank account is only for EUR now. USD goes to our newly opened Airwallex global account, I'll paste the details below once you confirm the amount.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'the beneficiary name on our account was shortened by the bank after their system upgrade, now "HX INTL TRDG" instead of full name. If your bank asks, it\'s the same.',
    rules: [CHANGE],
  },
  {
    text: "Urgent from accounts: our HSBC USD account got a compliance hold this morning, any inbound will bounce for ~6 weeks. If your balance hasn't left yet redirect it to the Bank of Singapore account below TODAY and we keep your loading date.",
    rules: [CHANGE],
  },
  {
    text: 'Buenas tardes, por cierre contable de fin de año la cuenta del BBVA que aparece en la proforma queda inactiva hasta febrero. Favor de depositar a la nueva CLABE de nuestra sucursal en Monterrey: 072580011234567891.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Atenção: a conta do Itaú que aparece no contrato era da nossa antiga representante. A partir de agora só vale a conta que vai no ofício assinado pela diretoria, ok?',
    rules: [CHANGE],
  },
  {
    text: 'Com a fusão do nosso banco o código SWIFT mudou e a conta foi migrada pra uma agência nova em Macau. Pode mandar o saldo pra lá, te passo os dados completos agora.',
    rules: [CHANGE],
  },
  {
    text: 'Wichtiger Hinweis der Buchhaltung: im Zuge der Fusion unserer Hausbank hat sich die IBAN geändert. Die alte IBAN aus dem Vertrag bitte nicht mehr verwenden, die neue steht im Anhang.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Szanowni Państwo, w związku z połączeniem banków nasz rachunek walutowy został przeniesiony. Proszę kierować płatności na nowy numer PL61 1090 1014 0000 0712 1981 2874, odbiorca bez zmian.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Sayın müşterimiz, yıl sonu kapanışı nedeniyle Ziraat'teki döviz hesabımız ocak ayına kadar kullanılmıyor. Ödemeyi Dubai şubemizin hesabına yapabilirsiniz, bilgiler aşağıda.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Шановний клієнте, через злиття банків реквізити змінилися. Старий IBAN з договору більше не діє, нові дані надішлемо листом з печаткою.',
    rules: [CHANGE],
  },
  {
    text: 'Sir year closing ki wajah se purana SBI account 31 March tak freeze hai, abhi ke liye hamari sister concern ka Kotak account use kijiye: A/c 4512 8890 1123, IFSC KKBK0000958.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'محترم گاہک، سال کے اختتام کی وجہ سے ہمارا پرانا اکاؤنٹ بند ہے۔ براہ کرم بقیہ رقم ہمارے نئے اکاؤنٹ میں بھیجیں: بینک الفلاح، لاہور، اکاؤنٹ نمبر 5502-1004-7731-09',
    rules: [PAY, CHANGE],
  },
  {
    text: '고객님께 안내드립니다. 연말 결산으로 기존 중국은행 계좌가 일시 정지되었습니다. 잔금은 홍콩 자회사 계좌로 송금 부탁드립니다: HSBC 홍콩, 예금주 Golden Reach Ltd, 계좌 652-118840-838',
    rules: [CHANGE, PAY],
  },
  {
    text: 'お客様各位　決算期末のため、従来の中国銀行口座が一時凍結されました。お手数ですが、下記の香港関連会社口座へお振込みください：恒生銀行、口座名義 Tokai Bridge Trading Ltd、口座番号 286-417729-883',
    rules: [CHANGE, PAY],
  },
  {
    text: '通知：因年终结账，我司原农业银行外币账户暂停收款至春节后。请将本次货款汇至我司新设立的深圳前海分公司账户，开户行：平安银行，账号 1500 8842 7731 09。',
    rules: [CHANGE, PAY],
  },
  {
    text: '刚才发的那个账号少了一位，以这个为准：中国银行义乌分行 6217 8560 0002 1193 447，户名 李春梅。前面那个作废。',
    rules: [CHANGE, PAY],
  },
  // Round 5 probe, continued: more of the same.
  // Round 5 probe, last fixes: follow-ups, a CLABE, an exchange house, a partner's boleto, a broker paid directly.
  {
    text: "yes pay the second one, the one with the Kowloon address. PI header is outdated, finance hasn't reprinted it",
    rules: [CHANGE, PAY],
  },
  {
    text: "Good morning Anna! Hope your weekend was great and your daughter enjoyed the party 🎂 Quick update: the 500 pcs passed QC, photos this afternoon, cartons are the new 5-ply as you asked. Our accountant mentioned the USD account on your PI is being switched to our new Hong Kong entity because of the bank's KYC review, she'll email you the new details, please wait for that one. Also the logo print came out very sharp, I think you'll love it. Talk soon!",
    rules: [CHANGE],
  },
  {
    text: "Fatura artık Gürcistan'daki ortak firmamızdan kesilecek, ödemeyi TBC Bank'taki hesaba yapın, Çin hesabı yaptırımlar yüzünden dolar alamıyor.",
    rules: [PAY, CHANGE],
  },
  // Round 5 probe: buyers reporting a scam message they received, in Portuguese, German, Indonesian, Hindi and English; a QR stand.
  // Round 6 probe (written apart from the detector): card details asked for a refund or rebate, wallets and remittance counters of more countries, accounts changed in thirteen more languages.
  {
    text: 'Our ERP migration finished over the weekend. Every customer now gets a dedicated receiving account and the system will email you yours. Please do not use the bank block printed on the old PI any more.',
    rules: [CHANGE],
  },
  {
    text: 'Good news, we have signed with a partner bank in Dubai (Emirates NBD, DIFC branch) to handle USD collections for MENA and Africa, so no more intermediary charges for you. Beneficiary: Gulfbridge General Trading FZE, IBAN AE07 0260 0010 1534 8817 201. Please use this for the 40% deposit.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Heads up, from next month our receipts go through our Hainan free trade port entity for the tax benefit. I'll share the stamped bank letter when it's ready.",
    rules: [CHANGE],
  },
  {
    text: 'pls update the beneficiary name in your bank template to "HD Global Supply Chain (Shenzhen)", account number stays the same',
    rules: [CHANGE],
  },
  {
    text: 'Dear brother, our company moved the USD account to Bahrain, Al Salam Bank, IBAN BH29 ALSA 0001 3390 4417 02, account holder Sino Gulf Trading WLL. Kindly use it from this PI onwards, jazakallah khair',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Note: our old beneficiary "Ningbo HD Import & Export" was deregistered after the merger, the legal name on the bank side is now "Zhejiang HD Holdings", same bank. Update your template before the next payment.',
    rules: [CHANGE],
  },
  {
    text: 'Sorry for the confusion, the company moved to Malaysia for tariff reasons. All payments now to Maybank Kuala Lumpur, account 5141 0820 3317, HD Precision Sdn Bhd',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Let op: ons rekeningnummer is gewijzigd vanwege beslaglegging door de rechtbank. Betaal het restant vóór vrijdag naar NL91 ABNA 0417 1643 00 t.n.v. HD Benelux BV, anders wordt de zending vastgehouden.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Z powodu wdrożenia nowego systemu ERP zmieniliśmy rachunek do wpłat. Nowe dane: PKO BP, PL61 1090 1014 0000 0712 1981 2874, odbiorca HD Polska Sp. z o.o.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kvůli soudnímu zmrazení našeho účtu v Číně prosím plaťte na účet evropského partnera: CZ65 0800 0000 1920 0014 5399, příjemce EuroSino s.r.o.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'تنبيه: تم نقل حسابنا البنكي إلى بنك شريك جديد في دبي. الآيبان: AE45 0330 0000 1937 4420 081، اسم المستفيد: الخليج للتجارة العامة. يرجى التحويل عليه من الآن.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'حساب شرکت به دستور دادگاه مسدود شده. مبلغ رو به حساب جدید در بانک ملت، شبا IR06 0120 0200 0000 0123 4567 89 به نام آقای رضایی واریز کنید.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'सर ध्यान दें, हमारा बैंक खाता बदल गया है। नया खाता: HDFC Bank, A/c 50200074418832, IFSC HDFC0001234, नाम: Shree Balaji Traders',
    rules: [CHANGE, PAY],
  },
  {
    text: 'আমাদের পুরনো অ্যাকাউন্ট বন্ধ হয়ে গেছে, নতুন অ্যাকাউন্টে টাকা পাঠান: Dutch-Bangla Bank, A/C 110.151.0044271, নাম: মেসার্স রহমান ট্রেডার্স',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Thông báo: do chuyển sang hệ thống ERP mới, công ty đổi tài khoản nhận tiền sang Vietcombank 0071 0004 4213, chủ TK: Công ty TNHH Hằng Đạt Việt Nam. Anh chị thanh toán phần còn lại vào đây.',
    rules: [CHANGE, PAY],
  },
  {
    text: '법원 가압류로 회사 계좌가 묶였습니다. 잔금은 오늘 중으로 아래 새 계좌로 보내주세요: 하나은행 123-910145-33207, 예금주 (주)에이치디글로벌. 알리바바 채팅에는 언급하지 말아주세요.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Tafadhali kumbuka akaunti yetu ya benki imebadilika. Akaunti mpya: CRDB Bank 0150 3328 7741 00, jina: HD Africa Trading Ltd. Tumia hii kwa malipo yanayofuata.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Sir yung bagong account po namin is BDO na, nag-change kami ng bank after ng audit. Please send the balance there na lang po: BDO 0045 1122 7788, HD Trading Phils.',
    rules: [CHANGE, CONTACT, PAY],
  },
  {
    text: 'ya akhi el account el gdeed fi Dubai, ENBD IBAN AE12 0260 0010 1234 5678 901, ebat el ba2y 3aleh',
    rules: [CHANGE, PAY],
  },
  // Round 6 probe, more: an agent's account in Hinglish, accounts frozen by a court or 'under updation', a loan that first needs a fee, a wallet address asked for, more ways to name an app's ID.
  {
    text: "Dear brother, kindly do the needful and transfer the advance to my cousin's Meezan Bank account, company account is under updation with SBP. Title: Usman Traders, A/c 0112 0104 7733 81. Inshallah goods will be dispatched Monday",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Atenção: a partir deste mês recebemos somente pelo banco parceiro em Lisboa. A nova carta com os dados bancários vai por e-mail.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Hallo Herr Becker, wegen unserer ERP-Umstellung hat jeder Kunde jetzt ein eigenes Empfängerkonto. Ihres: Deutsche Bank Hamburg, IBAN DE82 2007 0000 0631 4471 00, Kontoinhaber HD Europe Handels GmbH. Bitte nur noch dorthin überweisen.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Gentile cliente, da questo mese gli incassi in euro passano dalla nostra nuova filiale in Slovenia: IBAN SI56 1910 0001 0297 574, intestato a HD Adriatic d.o.o. La preghiamo di saldare lì il 70%.',
    rules: [CHANGE, PAY],
  },
  // A seventh probe's false alarms: refusals and warnings in other languages, POS terminals and gift-card boxes as goods, a new bank paid through Alibaba.
  {
    text: 'We got a new bank account for local RMB payments, but for you nothing changes, you keep paying through Alibaba.',
    rules: [],
  },
  {
    text: "The account manager changed but the bank account didn't, and anyway you pay on Alibaba so it doesn't matter.",
    rules: [],
  },
  { text: 'Naya account manager Rahul aapka order dekhega, rate aur terms same rahenge.', rules: [] },
  {
    text: "We just changed our company bank in Mexico, but it doesn't affect you, we pay through Alibaba anyway.",
    rules: [],
  },
  // A seventh probe, written apart from the detector: wallets of West Africa and Korea's vouchers, changed accounts and pay instructions in more languages, Traditional Chinese, 不…就 conditions, moves to apps in Polish, Tagalog, Malay, Japanese and Korean, programs inside archives, English ultimatums with 'or'.
  {
    text: 'Dear customer, our company account is under annual audit this month and cannot receive foreign currency. Kindly remit the deposit to our Hong Kong account: HSBC Hong Kong, A/C 848-223190-838, Beneficiary SUNRISE GLOBAL TRADING LTD.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Kindly note: ignore the bank information printed on the PI, it is the old one. Use this instead: Standard Chartered Singapore, acc 0102-338-7761, beneficiary Hongda Intl Pte Ltd',
    rules: [CHANGE, PAY],
  },
  {
    text: "bank maintenance: our ICBC account is under system upgrade until the 20th. to not delay shipment, remit the balance to our director's personal account today pls.",
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: '財務通知：原本的收款帳戶被凍結了，請改匯到我們新的公司帳戶，之前PI上的帳號請不要再用。',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Sehr geehrter Kunde, bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Die neue Bank ist in Polen, IBAN PL61 1090 1014 0000 0712 1981 2874. Die alte Verbindung bitte nicht mehr verwenden.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Sayın müşterimiz, şirketimizin hesabı vergi denetimi nedeniyle geçici olarak kapatıldı. Lütfen ödemeyi yeni IBAN'a gönderin: TR33 0006 1005 1978 6457 8413 26.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Szanowny Kliencie, informujemy o zmianie rachunku bankowego. Prosimy o przelew na nowe konto na Litwie, poprzednie zostało zamknięte.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Our bank in China is closed for Chinese New Year maintenance, pls transfer to our backup account in Malaysia before Friday or the shipment will be delayed 1 month.',
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Senhor, o banco que aparece no pedido do Alibaba está errado, por favor transfira para o banco novo que mandei por e-mail.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Шановний клієнте, наш рахунок у доларах тимчасово заблоковано, просимо здійснити оплату на рахунок нашого партнера в Польщі.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Akaun syarikat kami telah ditukar ke bank di Labuan kerana audit, sila bayar baki ke akaun baharu yang saya lampirkan.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Ref PI #HD-2291: please update your beneficiary records. From now on payment goes to Ningbo Kaitai Import & Export (our export agent), not to our factory name.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Hi dear, please don't pay to the account on the Alibaba page. That one is for domestic. International buyers pay to our offshore account in Seychelles.",
    rules: [CHANGE, PAY],
  },
  // An eighth probe, written after the seventh's fixes: whole threads, indirect asks, apps by short names (IG, wsp, WA pe, vatsap), changed accounts and payees in English, Spanish, Portuguese, French, Italian, Vietnamese, Russian and Greek, ultimatums with 'otherwise' about money, Dutch and Tagalog conditions, refusals in German, Russian, Romanian and Swahili.
  {
    text: 'Hi, pls note our bank country is now Vietnam. We moved production to Bac Ninh and the company account moved with it.',
    rules: [CHANGE],
  },
  {
    text: 'Prezado cliente, informamos que a partir deste mês a nossa conta de recebimento passou para o Banco Santander em Portugal. Por favor não use mais a conta antiga.',
    rules: [CHANGE],
  },
  {
    text: "We've moved our USD collections to our UAE entity this quarter for tax reasons, so the bank country on future invoices will be the United Arab Emirates rather than China.",
    rules: [CHANGE],
  },
  {
    text: 'Estimado Sr. Ruiz, le comunicamos que nuestra cuenta bancaria de cobro ha cambiado a un banco en Hong Kong. Por favor actualice sus registros antes del próximo pedido.',
    rules: [CHANGE],
  },
  {
    text: 'Cher client, notre banque bénéficiaire change : à partir de la prochaine commande, les paiements seront reçus par notre filiale à Dubaï. Merci de mettre à jour votre fiche fournisseur.',
    rules: [CHANGE],
  },
  {
    text: 'Kính gửi quý khách, công ty chúng tôi đã đổi ngân hàng nhận tiền sang một ngân hàng ở Hồng Kông, tên người thụ hưởng cũng thay đổi theo công ty mới.',
    rules: [CHANGE],
  },
  {
    text: 'Уважаемый клиент, сообщаем, что у нас сменился получатель платежей: теперь это наша дочерняя компания в Казахстане. Старые реквизиты больше не действуют.',
    rules: [CHANGE],
  },
  {
    text: "Also, since our bookkeeper retired, the payee on our invoices will be her successor's consulting firm, which now handles all our receivables. Just so you're not surprised when you see a new name.",
    rules: [CHANGE],
  },
  {
    text: "Caro cliente, la informiamo che il conto di accredito è cambiato: d'ora in poi il beneficiario sarà il nostro ufficio commerciale di Shenzhen, presso una nuova banca.",
    rules: [CHANGE],
  },
  {
    text: 'Urgente: a conta antiga foi bloqueada pelo banco, não envie nada para lá. Passamos a conta nova ainda hoje e precisamos do pagamento até amanhã cedo, senão o contêiner perde o navio.',
    rules: [CHANGE, PRESSURE],
  },
  // Near misses of the eighth round's cues.
  { text: 'Hai Encik, boleh tak kami hantar sampel minggu depan?', rules: [] },
  { text: 'Our bank country is China and the account is on the PI in the Alibaba order.', rules: [] },
  {
    text: 'The payee will be Alibaba.com Singapore E-Commerce, as always for Trade Assurance orders.',
    rules: [],
  },
  { text: 'Rekening kami tidak pernah berubah.', rules: [] },
  // A ninth probe, written after the eighth's fixes, in short chatty messages: apostrophe-less refusals (dont, wont), tracking numbers in Russian and German, the buyer's own bank for a payment through Alibaba, changed accounts in twelve more languages, wallets of Japan, Egypt, Kazakhstan and Uzbekistan, apps by local names (ไลน์, হোয়াটসঅ্যাপে, appje, wsp).
  {
    text: 'we appointed new payment agent for overseas orders, Rainbow Star Ltd, they issue the invoices from now',
    rules: [CHANGE, PAY],
  },
  {
    text: 'our receivables are now factored to Eastlink Finance, remittance instruction will come from them',
    rules: [CHANGE],
  },
  { text: 'pls update dear, our beneficiary bank now Hang Seng not BOC 🙏', rules: [CHANGE] },
  { text: '公司帳戶因年度審計暫停使用，之後尾款改由我們香港分公司收', rules: [CHANGE] },
  { text: 'шот ауысты, жаңа шот нөмірі инвойста', rules: [CHANGE] },
  { text: '我们收款行改成了新加坡星展银行，麻烦更新一下记录', rules: [CHANGE] },
  {
    text: 'ahora cobramos por un agente en Panamá, le mando los datos nuevos pa la transferencia',
    rules: [CHANGE],
  },
  { text: 'a fatura foi cedida p/ uma factoring, os dados de pagamento agora são deles', rules: [CHANGE] },
  { text: "compte changé hein, paye plus sur l'ancien, envoie sur le nouveau avant midi", rules: [CHANGE] },
  {
    text: 'мы теперь работаем через платежного агента в Казахстане, счета будут от него',
    rules: [PAY, CHANGE],
  },
  { text: 'akaun lama dah tutup bos, sekarang guna akaun Maybank', rules: [CHANGE] },
  { text: 'บัญชีเก่าปิดแล้วนะคะ ตอนนี้บริษัทเปลี่ยนไปใช้บัญชีกสิกรค่ะ', rules: [CHANGE] },
  { text: 'yung dati pong account sarado na, may bago na po kaming account', rules: [CHANGE] },
  { text: 'attenzione iban cambiato, il vecchio non usatelo più', rules: [CHANGE] },
  { text: 'eski hisob yopildi, endi boshqa bankda yangi hisobimiz bor', rules: [CHANGE] },
  {
    text: 'i got a msg saying ur bank changed, is that real? i will not pay until u confirm here on alibaba',
    rules: [],
  },
  { text: '当社が口座変更をメッセージでお願いすることはありません。ご注意ください', rules: [] },
  {
    text: 'our new bank is HSBC, so my payment to alibaba will come from HSBC this time, just fyi',
    rules: [],
  },
  // Round 11 (indirect pressure): waiting for the payment said again, the deposit kept, storage by the day, offers valid until tonight, disputes to withdraw, lawsuits, in many languages
  {
    text: "Nous ne demandons jamais de paiement en dehors d'Alibaba. Méfiez-vous de toute personne qui vous contacte avec un autre RIB.",
    rules: [],
  },
  // Egyptian Arabic in Latin letters, written with digits for letters ("7" for ح): read as "tesab", so written that way in the lexicon.
  { text: 'fi 7esab gdid, el adim et2afal', rules: [CHANGE] },
  { text: 'el hesab el gedid aho, 7awel 3aleh', rules: [PAY, CHANGE] },
  // The old account said to be no longer the one, in many languages; the "don't pay" beside it is the warning, not a refusal (details-change-old-account.ts).
  { text: 'pls dont send the balance to our old BOC account, it is under review', rules: [CHANGE] },
  { text: '以前那个账户被冻结了，不要再往里面打款', rules: [CHANGE] },
  { text: 'Будь ласка, не платіть на старий рахунок, він закритий', rules: [CHANGE] },
  { text: 'Tolong jangan transfer ke rekening lama, sudah ditutup bank', rules: [CHANGE] },
  { text: 'Niet meer betalen op de oude rekening, die is geblokkeerd', rules: [CHANGE] },
  { text: 'Wag na po kayong magbayad sa lumang account namin', rules: [CHANGE] },
  { text: 'لطفا به حساب قبلی پول نفرستید، بسته شده', rules: [CHANGE] },
  { text: 'La cuenta anterior quedó bloqueada, use la nueva del PI', rules: [CHANGE] },
  { text: 'Nie płaćcie na stare konto, jest zablokowane', rules: [CHANGE] },
  // Not a change: the old account still in use, a scam warning, a login.
  {
    text: 'You can keep paying the Trade Assurance order, our old account details are still the same',
    rules: [],
  },
  { text: 'If anyone says our old account is frozen and sends a new one, it is a scam', rules: [] },
  { text: "I can't log in to my old Alibaba account, so I made a new one", rules: [] },
  // A shop's or an app's login, not a bank account, said to be old.
  { text: 'our old shop account was closed, here is the new store', rules: [] },
  { text: 'my old instagram account is blocked, follow the new one', rules: [] },
  // A changed account, as round 12 wrote it: Urdu, Indonesian "rek" (rekening), Spanish in the past tense, Polish "konto", Taiwan's 查核 (audit).
  { text: 'ہمارا اکاؤنٹ بدل گیا ہے', rules: [CHANGE] },
  { text: 'हमारा अकाउंट बदल गया है, नया अकाउंट नंबर भेज रहा हूँ', rules: [CHANGE] },
  {
    text: 'mohon maaf kak rek perusahaan kami lagi diaudit, sementara pakai rek baru a/n direktur ya',
    rules: [CHANGE],
  },
  {
    text: 'Estimado cliente, le informamos q nuestra cuenta bancaria cambió, la anterior está en auditoría.',
    rules: [CHANGE],
  },
  {
    text: 'zmienilismy konto bankowe, stare jest zablokowane, nowe dane w zalaczniku faktury',
    rules: [CHANGE],
  },
  { text: '台灣的帳戶在做查核，這次請用新的帳戶', rules: [CHANGE] },
  { text: 'la cuenta no cambió, es la misma de siempre', rules: [] },
  { text: 'ہمارا اکاؤنٹ وہی ہے، کوئی تبدیلی نہیں', rules: [] },
  // Round 13's changed accounts: a switched or moved bank, the account on the PI disowned, and the same in Portuguese, Tagalog, Polish, Romanian, Czech, Hungarian and Spanish.
  {
    text: 'quick note from accounts: we switched receiving bank last week, the one printed on your PI is no longer valid, corrected copy attached',
    rules: [CHANGE, PAY],
  },
  {
    text: 'We are moving our banking from ICBC to Standard Chartered, effective immediately.',
    rules: [CHANGE],
  },
  {
    text: 'the account on the PI belongs to our old partner, we stopped working with them. Please use this one',
    rules: [CHANGE, PAY],
  },
  { text: '财务刚通知，合同上的收款账户已经停用了，新账户我单独发你', rules: [CHANGE] },
  { text: 'Atenção: mudamos de banco. Favor não usar os dados bancários da fatura antiga', rules: [CHANGE] },
  { text: 'Paalala po: nagbago na ang bank account namin', rules: [CHANGE] },
  { text: 'Uprzejmie informujemy, że zmienił się nasz numer konta.', rules: [CHANGE] },
  { text: 'Vă rugăm să rețineți că s-a schimbat contul nostru bancar', rules: [CHANGE] },
  { text: 'Upozorňujeme, že se změnilo naše číslo účtu', rules: [CHANGE] },
  { text: 'Felhívjuk figyelmét, hogy bankszámlaszámunk megváltozott', rules: [CHANGE] },
  { text: 'La cuenta que aparece en la factura es la antigua, ya no la usamos', rules: [CHANGE] },
  // The PI's price or quantity is another matter.
  { text: 'the price on the PI is no longer valid, the new quote is attached', rules: [] },
  { text: 'La cantidad de la factura ya no es la misma, le mando la nueva', rules: [] },
  // Round 14: changed accounts with no finding before, in German, Hungarian, Ukrainian, Hebrew, Japanese, Chinese, Egyptian Arabic
  // and English ("banking detail has been updated", "wrong acct, correct one", "ignore previous HSBC HK").
  {
    text: 'Sorry dear the invoice i send yesterday have wrong acct, correct one is in Malaysia, Maybank, pls confirm when u send',
    rules: [CHANGE],
  },
  {
    text: 'Updated payment info i will send to your email from our accountant, please wait for it and ignore the one on alibaba',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Kindly note our banking detail has been updated 🙏 the company name on receiving is different because of group restructure',
    rules: [CHANGE],
  },
  {
    text: 'we move our receiving to turkey office this year, beneficiary name and IBAN below, same company group',
    rules: [CHANGE, PAY],
  },
  {
    text: 'pls update ur records, our company is now receiving through UK account, ignore previous HSBC HK',
    rules: [CHANGE],
  },
  { text: '老板不好意思，合同上的账号已经不能用了，财务说换成新的了，我把新的发您', rules: [CHANGE] },
  {
    text: 'ya akhi el 7esab el adim et2afal, hab3atlak el gedid dilwa2ti, matedfa3sh 3al adim',
    rules: [CHANGE],
  },
  {
    text: 'Увага: старі реквізити більше не дійсні, бухгалтерія надіслала нові, оплату робіть тільки на них',
    rules: [CHANGE, PAY],
  },
  { text: 'שים לב, פרטי הבנק שלנו השתנו, החשבון בחשבונית כבר לא פעיל, שלחתי לך את החדש', rules: [CHANGE] },
  {
    text: 'お世話になっております。弊社の口座が監査中のため、今回は関連会社の新しい口座へお振込みをお願いいたします。',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Bitte beachten Sie: unsere Bankverbindung hat sich geändert, das Konto auf der Rechnung ist nicht mehr gültig',
    rules: [CHANGE],
  },
  {
    text: 'Kedves Vevő, a régi bankszámlánk megszűnt, kérem az új számlára utalja az előleget',
    rules: [PAY, CHANGE],
  },
  // Not a changed account: an earlier photo or message set aside, a buyer's new Alibaba login.
  { text: 'please ignore the previous one, I sent the wrong photo', rules: [] },
  { text: 'I made a new acct on alibaba', rules: [] },
  // "Use the other one i give u" is an instruction: the "cant" before its comma does not refuse it; "we never use the other one" does.
  {
    text: 'hi sir audit from government so company account cant receive usd now, use the other one i give u',
    rules: [CHANGE, PAY],
  },
  { text: 'we never use the other one i give u', rules: [] },
  // Round 15: "cambiamos nuestra cuenta bancaria, use los nuevos datos"; the Alibaba order "just for record", real payment by T/T.
  {
    text: 'Estimado cliente, le informamos que cambiamos nuestra cuenta bancaria, por favor use los nuevos datos para el saldo.',
    rules: [CHANGE],
  },
  {
    text: 'Sir the order on Alibaba is just for record, please make real payment direct by T/T to the account in my PI',
    rules: [PAY],
  },
  // Not leaving the order: a record kept in the supplier's own system.
  { text: 'the order is just for record keeping in our system', rules: [] },
  // Round 16's session: the order's own account said to be out of date; a T/T made by hand to the new one is paid
  // outside the order too.
  {
    text: 'the account in your TA order is old, pls make the TT manually to this new acct instead',
    rules: [CHANGE, PAY],
  },
  { text: 'the account info you have is outdated, we send the new one', rules: [CHANGE] },
  // Not a change: a login's password, an old account still in use.
  { text: 'my account password is old so I made a new one', rules: [] },
  { text: 'the account is old but still works, nothing changed', rules: [] },
  { text: 'our new account is in your TA order, it is correct', rules: [] },
  // Round 16 (long, chatty messages in many languages, written by a helper and scored before any fix): its misses.
  {
    text: 'Hello Maria, how are you? The samples of the ceramic mugs with your logo passed the dishwasher test and the color is exactly Pantone 7621C as you asked. For the order, my boss agree the price 1.05 USD if you pay today, the lowest ever. Only thing is we need you to pay through MoneyGram to our cashier Ms. Zhou because the company account has limit this month. Add me on WhatsApp: eight six one three nine, five five two one, zero eight seven seven, I send you the name.',
    rules: [CHANGE, CONTACT, PAY, PRESSURE],
  },
  {
    text: 'Dear Mr. Lee, thank you for the PO. Please kindly note that our export license is under renewal so we cannot receive the payment in the Alibaba order this time. I will give you our cousin company bank in Vietnam, please call me on +84 90 718 2264 (Zalo or WhatsApp) and I explain the details, also the invoice will be in their name but the goods are the same.',
    rules: [CHANGE, CONTACT, PAY],
  },
  {
    text: "Dear Mr. Schneider, we confirm the pallets are wrapped and the container booking is done for 22nd. Please note our Chinese company account has a limit on receiving money from Germany this quarter, so kindly make the payment to our German representative's private account at Sparkasse, IBAN will follow. For you it is even easier, a domestic transfer.",
    rules: [CHANGE, PAY],
  },
  {
    text: '您好，上次您付的定金我们已经收到了，谢谢。尾款这边要麻烦您一下，因为公司账户被税务局临时冻结，请您把尾款转到我们财务刘姐的个人账户上（工商银行），她会给您开收据，发票后面再补给您。',
    rules: [CHANGE, PAY],
  },
  {
    text: 'नमस्ते सर, आपका 40 कार्टन का ऑर्डर पैक हो गया है और QC रिपोर्ट अटैच है। कृपया ध्यान दें कि ऑडिट की वजह से हमारा पुराना बैंक अकाउंट अभी पेमेंट नहीं ले सकता, इसलिए बाकी पेमेंट नए अकाउंट में भेजें जो संशोधित इनवॉइस में दिया गया है।',
    rules: [CHANGE],
  },
  {
    text: 'Bu Sari, barang sudah di gudang forwarder di Guangzhou. Karena rekening perusahaan kami sedang dalam proses perpanjangan izin ekspor, mohon pelunasan dikirim ke rekening pribadi istri direktur kami dulu ya, nanti invoice resmi menyusul. Terima kasih atas pengertiannya.',
    rules: [CHANGE, PAY],
  },
  {
    text: "Buongiorno Sig.ra Greco, le scrivo per conto del reparto amministrativo. Il nostro conto principale è sotto verifica della banca, quindi la preghiamo di versare il saldo sul conto personale del nostro agente in Italia. Mi scriva su WhatsApp al +39 351 884 2207 e le invio l'IBAN.",
    rules: [CHANGE, CONTACT, PAY],
  },
  {
    text: "Dear Mr. Baptiste, I hope you had a good holiday! The 600 pcs of the electric kettles with UK plug are finished and the BS certificate is ready. One important thing: our company Alibaba account has been temporarily limited because of a dispute with another buyer, so we can't receive the payment there. Please pay the balance to our general manager's personal account at HSBC Hong Kong. I'll send the account details via email, please give me your email address.",
    rules: [CHANGE, CONTACT, PAY],
  },
  // Not changes: the account said not to have changed, a warning about fraud.
  {
    text: 'Sehr geehrte Frau Schmidt, unsere Bankverbindung hat sich nicht geändert. Falls Sie eine E-Mail mit neuen Kontodaten in unserem Namen erhalten, handelt es sich um Betrug – bitte informieren Sie uns hier im Alibaba-Chat.',
    rules: [],
  },
  {
    text: 'お客様各位、弊社の振込先口座は変更しておりません。弊社名義で口座変更の連絡があった場合は詐欺の可能性がありますので、必ずAlibabaのチャットでご確認ください。',
    rules: [],
  },
  {
    text: "Gentile Sig.ra Greco, le confermo che il nostro conto non è cambiato. La preghiamo di effettuare il saldo solo tramite l'ordine Alibaba e di ignorare qualsiasi email che indichi un IBAN diverso.",
    rules: [],
  },
  // Round 17 (short, terse phone-typed messages with abbreviations and obfuscation, written by a helper and scored before any fix): its misses.
  { text: 'cambió nuestra cuenta bancaria, use la nueva', rules: [CHANGE] },
  // Round 17: a change in Vietnamese and Indonesian as typed on a phone (tk: tài khoản, cty: công ty, rek: rekening).
  { text: 'tk cty đổi rồi, a ck vào tk mới nha', rules: [CHANGE] },
  { text: 'stk mới của công ty: 0123456789', rules: [CHANGE, PAY] },
  { text: 'rek kami ganti, pakai yg baru ya kak', rules: [CHANGE] },
  // ...not thanks to everyone.
  { text: 'tk mọi người', rules: [] },
  // An account said to differ from the PI.
  { text: 'use this acc pls, diff from PI but same company', rules: [CHANGE, PAY] },
  { text: 'the price is different from the PI', rules: [] },
  // A "change of bank details" letter or notice, in English and Chinese; none said to be made, or warned about.
  {
    text: 'Please confirm you received our change of bank details letter, and update it in your system.',
    rules: [CHANGE],
  },
  { text: 'Notice of change of bank account: see the attached letter.', rules: [CHANGE, PAY] },
  { text: '您好，请问我们发的银行变更通知收到了吗？请更新后回复确认，谢谢。', rules: [CHANGE] },
  { text: 'There is no change of bank details, pay as usual in the TA order.', rules: [] },
  { text: 'Alibaba warns buyers about fake change of bank details emails.', rules: [] },
  // Round 19: the receiving bank "moved from" one bank to another, and the PI's account said to be hacked.
  {
    text: 'From July our receiving bank moved from Bank of China to China Merchants Bank, please update before you pay the balance',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Pls dont send to the account in PI!! It was hacked. Use only the one i give you now',
    rules: [CHANGE],
  },
  // Quiet beside them: an office that moved, an e-mail hacked long ago with the invoice's account confirmed.
  { text: 'Our sales office moved from Yiwu to Ningbo, the account on the invoice is the same', rules: [] },
  {
    text: 'the bank account on the invoice is correct, our email was hacked last year so always check by video call',
    rules: [],
  },
  // Round 20: money to another company's account: all money to "our HK account", a new owner's own company account, a partner's account in Polish and Japanese, an affiliated entity; "la cuenta anterior ya no funciona".
  {
    text: "The factory in Dongguan only produces, all money must go to our HK account, not to the factory's Alibaba.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hi, the factory changed owner last month. New owner wants money to his company account in Taiwan, not alibaba',
    rules: [CHANGE],
  },
  { text: 'bez przedpłaty na konto partnera do piątku nie ruszymy produkcji', rules: [CHANGE, PRESSURE] },
  { text: '今後のお支払いは弊社の香港パートナー会社の口座へお願いいたします。', rules: [CHANGE] },
  {
    text: 'all outstanding invoices shall henceforth be settled to the account of our affiliated entity, Meridian Asia Pacific Ltd.',
    rules: [CHANGE],
  },
  { text: 'La cuenta anterior ya no funciona, te paso los datos nuevos', rules: [CHANGE] },
  // Quiet beside them: a seller's sub-account on Alibaba closed, a company renamed with payment still through Alibaba.
  {
    text: 'Our old sub-account was closed when we merged sales teams. This is the main company account, verified by Alibaba, same team and same orders.',
    rules: [],
  },
  {
    text: "Hello, Lily's sub-account will be closed next week. Please don't worry, I'm in the same company account, I'll see all your messages.",
    rules: [],
  },
  {
    text: 'Our company name changed from "Yiwu Hongda Trading" to "Yiwu Hongda Industrial" after the upgrade, you can see it verified on our profile. Payment still through Alibaba.',
    rules: [],
  },
  // Round 20: a new person or company named as the payee, and earlier details disowned.
  { text: 'New details: Hang Seng Bank, 024-228-991204-883, Pearl River Trading.', rules: [CHANGE, PAY] },
  { text: 'New details are in the catalogue, page 4.', rules: [] },
  { text: 'Please use the bank details I send by email (old PI bank not valid).', rules: [PAY, CHANGE] },
  { text: 'The PI bank is HSBC as before, pay on the Alibaba order.', rules: [] },
  {
    text: 'Due to a change of our banking partner, please remit the balance to the account in the letter.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'NOTE: the bank details in previous PI are wrong, use the attached new one.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'We found the last invoice was issued to the wrong beneficiary. The correct one is Jiaxin HK Ltd.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Kindly settle the 2nd installment to our new partner Sino Pacific Sourcing.',
    rules: [CHANGE, PAY],
  },
  { text: 'Please send the samples to our new office in Shenzhen.', rules: [] },
  {
    text: 'Accounting migrated to our sister company Vertex Global, please wire to them directly.',
    rules: [CHANGE, PAY],
  },
  { text: 'We moved production to our new factory in Dongguan, lead time is the same.', rules: [] },
  { text: '我们工厂新成立了外贸公司，以后货款直接打到新公司账户。', rules: [CHANGE, PAY] },
  { text: '新しい輸出代理店が代金を受け取ります。', rules: [CHANGE] },
  {
    text: "Notre nouvelle société d'export à Hong Kong encaisse désormais tous les paiements.",
    rules: [CHANGE],
  },
  {
    text: "Notre nouvelle société d'export s'occupe des documents, le paiement reste sur Alibaba.",
    rules: [],
  },
  { text: 'El saldo debe ir a mi cuenta de agente, la fábrica ya está informada.', rules: [CHANGE, PAY] },
  { text: 'Our new agent in Yiwu will check the goods before loading.', rules: [] },
  // Round 21: the company account said to be closed for the season, or now someone else's.
  {
    text: "Because our company is doing year end accounting, the balance pls pay to our manager's account.",
    rules: [CHANGE, PAY],
  },
  {
    text: 'Due to year-end audit our office closes early, please pay through Alibaba to the order as usual.',
    rules: [],
  },
  {
    text: 'Due to holiday the company account is not available. Please kindly remit to the account of our shipping agent.',
    rules: [CHANGE, PAY],
  },
  { text: 'Our company account is not in use this month, pay to this one.', rules: [CHANGE, PAY] },
  { text: 'The account manager is not available today, I will reply tomorrow.', rules: [] },
  {
    text: 'Our company account is now under our Hong Kong branch. Please pay the next invoice to the HK account.',
    rules: [CHANGE, PAY],
  },
  {
    text: 'Durante o feriado a conta da empresa está bloqueada. Favor transferir o saldo para a conta do nosso gerente.',
    rules: [CHANGE, PAY],
  },
  { text: 'Por auditoría de fin de año nuestra cuenta es nueva.', rules: [CHANGE] },
  {
    text: 'Previous agreements are cancelled, please contact me on WhatsApp for the new payment method.',
    rules: [CHANGE, CONTACT],
  },
  { text: 'The new payment method in the Alibaba app supports e-mail receipts.', rules: [] },
  // The account moved to another entity, the beneficiary's country, the beneficiary to update, an old account in Portuguese.
  { text: 'we moved our account to our Malaysia branch', rules: [CHANGE] },
  { text: 'I moved my Alibaba account to a new laptop', rules: [] },
  {
    text: 'Our beneficiary country is now Cambodia, the China company stopped receiving USD.',
    rules: [CHANGE],
  },
  {
    text: 'Hello, we have switched from HSBC to Citibank, please update beneficiary before paying the balance.',
    rules: [CHANGE],
  },
  {
    text: 'Nossa empresa agora recebe pagamentos apenas pela conta da filial em Portugal, a antiga conta na China não está mais ativa.',
    rules: [CHANGE],
  },
  // A colleague's details disowned.
  {
    text: 'Hi, this is the new sales manager, Amy left company; her bank info not valid, WhatsApp me for current one.',
    rules: [CHANGE, CONTACT],
  },
  // Round 23: New York is no new account; an account said not to have changed (Indonesian)
  {
    text: 'I checked with our bank: the intermediary bank was JPMorgan New York, it took USD 15. No issue.',
    rules: [],
  },
  {
    text: 'Perhatian: kami tidak pernah meminta pembayaran ke rekening pribadi. Rekening kami tidak berubah.',
    rules: [],
  },
  // Round 23: changed accounts that were missed, and a fake notice about the buyer's own account, which is no change of the supplier's
  {
    text: 'Mohon diperhatikan, untuk pesanan OEM ini pembayaran ke rekening perusahaan agen kami yang baru, bukan rekening pabrik yang lama.',
    rules: [CHANGE],
  },
  {
    text: "Tax bureau is checking our company account, all incoming payments will be frozen. Please urgently send balance to our director's personal account today: Chen Gang, ABC Bank, 6228 4800 9876 1234 567.",
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: "Dear customer, I am from the finance department writing from Linda's account. The account on your PI is wrong, please pay to: Beneficiary: Jin Cheng Trading, A/C 8812 0045 6677, Standard Chartered HK, today before 5pm.",
    rules: [CHANGE, PAY, PRESSURE],
  },
  {
    text: 'Olá, sou o novo responsável por esta conta, o antigo vendedor saiu. Os dados bancários mudaram, me chame no WhatsApp +55 11 97432-1180 para receber os novos.',
    rules: [CHANGE, CONTACT],
  },
  {
    text: '您好，我是财务，现在用业务员的账号联系您。之前发给您的账户有误，请以新发的形式发票上的收款信息为准。',
    rules: [CHANGE],
  },
  // Only an authority checking the account is a pretext, not the supplier looking for the buyer's payment
  { text: 'I am checking our account, your payment has not arrived yet', rules: [] },
  // An invoice issued by a branch, then paying it (not an invoice issued for customs, nor paid in the order)
  {
    text: 'For VAT reasons this invoice is issued by our UK branch, please pay to: Beneficiary Sunway Trade UK Ltd, Sort code 20-45-77, Account 53018842, Barclays.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'The commercial invoice is issued by our HK branch, please pay to the order on Alibaba as usual.',
    rules: [],
  },
  { text: 'The invoice is issued by our HK branch for customs.', rules: [] },
  // Round 24: an invoice with the wrong bank; the beneficiary another company. Not wrong bank charges, nor a team changed while the bank details stay, nor a warning
  {
    text: 'Attention: the freight invoice you received last week has wrong bank, the right one is below, Hang Seng Bank, acc name Lee Kwok Wing',
    rules: [PAY, CHANGE],
  },
  {
    text: "Our overseas collection account is in Singapore, beneficiary name is our partner company, it's normal for us",
    rules: [PAY, CHANGE],
  },
  { text: 'The bank shows wrong bank charges on your side.', rules: [] },
  { text: "Sales team changed but bank details never change, they are fixed in Alibaba's system", rules: [] },
  {
    text: 'If you ever see a beneficiary different from the one in the order page, stop and contact Alibaba support',
    rules: [],
  },
  // Probe round 25: an account that "can not receive money this month", a limit on the company account, "our real company account"
  {
    text: 'Our company bank account can not receive money this month (system audit) so pls pay to Payoneer of our sales manager Jenny',
    rules: [PAY, CHANGE],
  },
  {
    text: 'hello, it is the accountant. Boss said use his personal account for this order because company account has limit, name Chen Jian Hua, ICBC 6222 0212 0003 8847 551',
    rules: [PAY, CHANGE],
  },
  {
    text: 'this alibaba account was hacked, do not pay the link they send. Contact me on WhatsApp +86 135 6672 0918, I will give you our real company account for payment',
    rules: [PAY, CHANGE, CONTACT],
  },
  // Probe round 25, ordinary: a renamed company with payment unchanged, the buyer's own card blocked by its bank
  {
    text: 'Our company name changed from Shenzhen Hengda to Hengda Tech Co., but the Alibaba store and payment method are the same, no change',
    rules: [],
  },
  { text: 'my bank blocked the card payment on alibaba, will try TT in checkout tmrw', rules: [] },
  // Probe round 27 (sanctions and currency excuses, tax, split payments, forwarders and brokers, holidays, QR codes,
  // forwarded e-mails; long relationships, new finance staff, other marketplaces, rarer payment apps and channels, fake authority).
  {
    text: 'please attention, some people copy our chat name. Our real account has the verified badge and 9 years on Alibaba',
    rules: [],
  },
  // Round 27's misses: Turkish "to our partner firm", Ukrainian "our account is restricted", Arabic "the new beneficiary", Polish "zapłacić" to a partner.
  {
    text: "Merhaba, bankamız Türkiye'den gelen dolar ödemelerini şu an kabul etmiyor. Lütfen ödemeyi Dubai'deki ortak firmamıza gönderin, IBAN'ı hemen atıyorum",
    rules: [PAY, CHANGE],
  },
  { text: 'ödemeyi ortak şirketimize yapın', rules: [PAY, CHANGE] },
  { text: 'numuneleri ortak firmamıza gönderin', rules: [] },
  {
    text: 'Шановний клієнте, наш рахунок у доларах тимчасово обмежено. Будь ласка, оплатіть залишок у юанях на рахунок нашого менеджера, реквізити нижче',
    rules: [PAY, CHANGE],
  },
  { text: 'ваш рахунок обмежено до 5 позицій у кошику', rules: [] },
  {
    text: 'سيدي، الحساب البنكي في الفاتورة القديمة غير صالح. المستفيد الجديد هو شركة الوكيل في دبي، أرجو التحويل إليه',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Witam, nasz stary rachunek w Bank of China jest zablokowany, proszę zapłacić przez Wise na konto naszego partnera w Hongkongu',
    rules: [PAY, CHANGE],
  },
  // Vietnamese "chuyển vào" (transfer into) the new account is paying it.
  {
    text: 'Anh ơi, công ty em đổi ngân hàng nhận tiền rồi, tài khoản cũ ở Techcombank không dùng nữa, anh chuyển vào tài khoản mới em gửi dưới đây nhé',
    rules: [PAY, CHANGE],
  },
  // A warning with "if anyone contacts you claiming a new account"; Spanish "haga el anticipo" pays the new account.
  {
    text: 'We never change our bank details. If anyone contacts you claiming a new account, please ignore and tell us here.',
    rules: [],
  },
  {
    text: 'Hola, soy la nueva ejecutiva de ventas, reemplazo a Cindy. Ya no usamos la cuenta anterior; le paso la nueva cuenta por WhatsApp, por favor haga el anticipo ahí.',
    rules: [PAY, CHANGE, CONTACT],
  },
  // Round 28: an account no longer used, a colleague's bank info no longer valid, an account cancelled, the German 'Konto … wegen einer Prüfung … gesperrt' with more words between; an IBAN whose check digits hold, given with no bank word, and a Revolut IBAN whose digits are no phone number
  {
    text: 'Hi Sarah, quick update: we no longer use our Deutsche Bank account in Hamburg (the one you paid for the first order). For the repeat order pls use our Revolut GB29 REVO 0099 7123 4455 66 name M. Kowalski',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Hello, I am Kevin, new sales manager of Ningbo Hengda. Anna has left company. Her account and the bank info she sent before is no longer valid, please talk to me on WhatsApp +86 139 5521 4470 from now',
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'Sehr geehrter Herr Weber, bitte beachten Sie, dass unser Konto bei der Bank of China wegen einer Prüfung vorübergehend gesperrt ist. Überweisen Sie die Musterkosten bitte auf das Privatkonto unseres Geschäftsführers.',
    rules: [PAY, CHANGE],
  },
  { text: 'Our receiving account is cancelled, wait for the new one before you pay.', rules: [PAY, CHANGE] },
  { text: 'pls pay to GB29 NWBK 6016 1331 9268 19', rules: [PAY] },
  { text: 'Balance 4,200 EUR → DE89 3704 0044 0532 0130 00 thanks', rules: [PAY] },
  { text: 'pls use our Revolut GB29 REVO 0099 7123 4455 66 name M. Kowalski', rules: [PAY] },
  // …and an IBAN-shaped reference whose check digits fail, a phone number after a model code, German 'nicht gesperrt', words of an account in other talk
  {
    text: 'ref GB29 NWBK 6016 1331 9268 18 is the wrong reference, please check the order number',
    rules: [],
  },
  { text: 'model AB12 call 0086 138 0012 3456', rules: [CONTACT] },
  {
    text: 'The bank transfer was cancelled by your bank, please pay again through the Alibaba order.',
    rules: [],
  },
  { text: 'Your order was cancelled, the account manager will call you on the Alibaba app.', rules: [] },
  { text: 'We no longer use the old packaging, the new carton is stronger.', rules: [] },
  { text: 'We stopped using the Bank of China logo on our brochure, it was a mistake.', rules: [] },
  {
    text: 'The bank info she sent before is the same as on the Alibaba order page, nothing changed.',
    rules: [],
  },
  {
    text: 'Unser Konto bei der Bank of China ist nicht gesperrt, bitte zahlen Sie wie immer über Alibaba.',
    rules: [],
  },
  // Round 29: bank details disowned ('ignore the bank details in our Alibaba profile'), an account under tax inspection in Vietnamese, Thai 'ใช้ไม่ได้', an account closed on a date; and ordinary talk of a company name, a test-machine bank, a per-order TA account number, a new colleague
  {
    text: 'Attention: the bank account on the old PI is no longer valid from today. Any payment sent there will be lost and we cannot be responsible. Wait for the new details from our finance team',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'Corrected PI attached, only the company name changed, amount same, payment still through the order',
    rules: [],
  },
  {
    text: 'Our new bank of test machines passed calibration, the certificate for your order test attached',
    rules: [],
  },
  {
    text: 'Sir please ignore the bank details in our Alibaba profile, they are outdated since the company restructure.',
    rules: [CHANGE],
  },
  {
    text: 'Attention: our bank account will be closed on 15th because of merger. Any payment sent to it after that will be lost, please do not use it anymore.',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: "Pls note the Trade Assurance transfer account number is different for each order, it's normal, always copy it from the order page",
    rules: [],
  },
  {
    text: "Sorry, I'm new on this account, my colleague Lisa handled your inquiry before. Let me read the history and get back to you.",
    rules: [],
  },
  // Round 30 (payment terms; account takeovers and impersonators, written by helpers and scored before any fix): its misses.
  {
    text: 'Здравствуйте, это Ольга, новый менеджер по продажам. Наш аккаунт на Alibaba взломали, пишите мне только в Telegram @olga_fabrika_sale и не платите по старым реквизитам',
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'Olá, aqui é o diretor da empresa. A conta da Carol foi hackeada, por favor ignore os dados bancários antigos e fale comigo só pelo WhatsApp +86 177 4021 3398',
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'Dear customer, please be careful: our old bank account in the PI of last month is closed. I will send you the new one later this week',
    rules: [CHANGE],
  },
  // Round 30: ordinary messages it flagged (the buyer paying from its own account; messages reported back).
  { text: "can you accept payment from our Hong Kong subsidiary account? it's our company", rules: [] },
  {
    text: 'hello, is this message real? someone wrote me from another account saying your account was hacked and I should pay to a new bank. I did not pay',
    rules: [],
  },
  { text: 'このメッセージは本物ですか？別のアカウントから口座変更の連絡がありました', rules: [] },
  { text: 'Hocam bu mesaj sizden mi geldi? Başka bir hesaptan "yeni hesap" diye yazdılar', rules: [] },
  {
    text: "FYI this time we pay from our new Polish subsidiary's bank, through the same Alibaba order, is that ok?",
    rules: [],
  },
  // Round 30: near misses of its new cues (a company renamed with nothing to pay; the order's own payment link; a payment not to be repeated; a link to an archive on a supplier's site).
  { text: 'we changed company name last year, new business licence attached', rules: [] },
  { text: 'te paso el link de pago del pedido de Alibaba', rules: [] },
  { text: 'no need to pay again to the account, we received your payment', rules: [] },
  { text: 'the artwork is at https://www.ourfactory.com/files/artwork_final.zip', rules: [] },
  {
    text: "Our old Alipay was closed, pls pay the sample fee to my colleague's Alipay",
    rules: [PAY, CHANGE],
  },
  { text: 'hello, pls log in to see the offer: https://xn--alibab-5ve.com/offer', rules: [LINK] },
  // Rounds 30 and 31: a wallet in the profile retired, a renamed company's new account paid; quiet: warnings about fake e-mails and a bank that did not change.
  {
    text: 'Notice: Our company name changed from Ningbo Xinda Auto Parts to Ningbo Xinda Industrial Group. Please make future payments to the new company account, the old one will be canceled',
    rules: [PAY, CHANGE],
  },
  {
    text: 'the PayPal in my profile is old, closed. Pls send sample 55usd to new paypal jessica.wu.trade2@gmail.com',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Attention, des clients ont reçu des faux e-mails avec un autre RIB au nom de notre société. Nous ne changeons jamais de compte bancaire, payez uniquement via la commande Alibaba.',
    rules: [],
  },
  {
    text: 'We got a message from a buyer in Chile asking if our bank changed, it did NOT. Someone is faking emails with our name, please only trust messages in this chat.',
    rules: [],
  },
  // Probe round 31 leftovers, fixed in round 32
  {
    text: 'kindly update your records: beneficiary bank is now DBS Bank Singapore because our China account has limit for foreign currency this year. All TT from now there',
    rules: [PAY, CHANGE],
  },
  {
    text: "This is your new dedicated account manager from Alibaba.com. The supplier's receiving account was updated in our system, please pay the balance to Alibaba Escrow Account: Citibank HK 6003-1182-77, beneficiary ALIBABA SETTLEMENT CTR",
    rules: [PAY, CHANGE],
  },
  { text: 'your account was updated in our system', rules: [] },
  {
    text: 'Dear, balance USD 7,830 for order 2200164. Because of sanction problem with our bank we cannot receive by Alibaba this time, please pay by Wise to our agent Mr. Ahmed in Dubai, he will transfer to us.',
    rules: [PAY, CHANGE],
  },
  { text: 'because of a problem with our bank, please pay to our agent in Dubai', rules: [PAY, CHANGE] },
  { text: 'we have a problem with our bank, so please pay to the Alibaba order as usual', rules: [] },
  {
    text: 'there is an issue with our bank today, the payment to the TA order may take 1 more day to show',
    rules: [],
  },
  { text: 'issue with our bank, pls pay to our alibaba order', rules: [] },
  // Probe round 32: after-sales, and who is writing and when
  {
    text: 'Please note: refund will come from our new company "Guangzhou Hengda Import & Export Co", old company name is cancelled. For next order payments also to Hengda account only.',
    rules: [PAY, CHANGE],
  },
  {
    text: '고객님, 재주문 결제는 이번부터 홍콩 법인 계좌로 보내주세요. 기존 중국 계좌는 감사 중이라 사용 불가합니다. 계좌 정보 첨부합니다.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Atenție: contul nostru vechi a fost închis. Plătiți restul de 1.400 USD pentru comanda de înlocuire în noul cont din factura corectată până vineri, altfel marfa se vinde altui client.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hello sir this is the finance department of Shenzhen Hongda Electronics. Due to annual audit our USD account in Bank of China is temporarily frozen, kindly arrange balance USD 8,460 to our Hong Kong office account: HSBC HK, A/C 848-221907-838, beneficiary Hongda Trading (HK) Ltd.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Estimado cliente, le escribe el departamento de finanzas. Por el cierre fiscal de fin de año nuestra cuenta en dólares está en auditoría, favor de transferir el saldo a la cuenta de nuestro agente en Hong Kong: Everbright Trading Ltd, cuenta 012-583-6-004127-9',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Merhaba, ben yeni satış temsilcinizim, Lily şirketten ayrıldı. Şirketimizin banka hesabı değişti, lütfen kalan ödemeyi yeni hesaba yapın, yeni bilgiler proforma faturada.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'This is HSBC Compliance Department. Your payment of USD 23,600 to Guangzhou Mingde Trading was flagged and returned. To avoid restriction of your account you must resend the funds within 48 hours to the corrected beneficiary account we provide.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'مرحبا صديقي، أنا المدير الجديد لحسابكم. الحساب البنكي القديم تحت المراجعة، يرجى تحويل الدفعة الثانية إلى حساب شركتنا في هونغ كونغ الموجود في الفاتورة الجديدة',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our Hong Kong office will receive the payment of this order because mainland account has limit. Beneficiary: Golden Ocean International Ltd, DBS Bank HK, A/C 7880-1122-4590',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Namaste sir, accounts department se bol raha hoon. Year end closing ki wajah se purana account band hai, balance payment naye account mein bhejiye, details naye PI mein hai.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Guten Tag, hier ist die Buchhaltung. Unsere Bankverbindung hat sich wegen Jahresabschluss geändert. Bitte Restzahlung auf das neue Konto, die Details schicke ich Ihnen per WhatsApp.',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'before golden week our company account change to new bank, pls pay 100% balance to new account before 29 sep or shipment after 10 oct and you pay the port storage',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: '春節休暇のため銀行が2週間閉まります。本日中に弊社提携会社の口座へお振込みいただけない場合、価格が上がりますのでご了承ください。',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Muhasebe departmanından yazıyorum. Yıl sonu denetimi nedeniyle şirket hesabımız donduruldu, ödemeyi Hong Kong ofisimizin hesabına yapınız lütfen.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Wegen Systemumstellung am Wochenende ist unser altes Konto gesperrt. Bitte die Restzahlung bis Montag auf das Konto unserer Partnerfirma, sonst verfällt der Sonderpreis.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Attenzione: non usate più il conto HSBC indicato nella fattura precedente, è stato bloccato per verifica fiscale di fine anno.',
    rules: [CHANGE],
  },
  { text: 'ระวังนะครับ มีคนแอบอ้างเป็นบริษัทคุณส่งเลขบัญชีใหม่มาทางอีเมล ผมไม่ได้โอนนะ', rules: [] },
  {
    text: 'Our bank is closed 1 Oct but Alibaba payments still work, so no problem for your order.',
    rules: [],
  },
  {
    text: 'I just got an email from "your Hong Kong office" with another bank. I did not pay. Please confirm.',
    rules: [],
  },
  { text: 'new bank?? no no, same account for 8 years 😂', rules: [] },
  { text: 'our official account now is the Alibaba one', rules: [] },
  { text: 'the correct account is now in your TA order', rules: [] },
  { text: "don't pay to the account anyone gave you on WhatsApp", rules: [] },
  { text: 'our HK office will receive your samples next week', rules: [] },
  { text: 'we sent the revised PI with the new price', rules: [] },
  { text: 'the amended invoice has the correct HS code', rules: [] },
  // Probe round 33: the account on the last PI cancelled, "the bank is now X not Y", "all payment to X not to Y"
  {
    text: 'pls dont use the freight account on last PI, it is canceled. we will send new one tomorrow',
    rules: [CHANGE],
  },
  {
    text: 'Dear sir, invoice from forwarder is corrected, the bank is now Standard Chartered Singapore not ICBC. Pls contact agent at ops.fastcargo.sg@outlook.com for new details and pay freight before ETD',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Bank Name: | Standard Chartered Bank (HK) | Beneficiary: | KINGSTAR HOLDINGS LIMITED | Account: | 447-3-092281-6 | *Since June all payment to Kingstar not to Dongguan factory account, pls update your system',
    rules: [PAY, CHANGE],
  },
  // Near misses: the bank's opening hours, the last PI's account still the one
  { text: 'sorry the bank is now closed, I will pay tomorrow morning through Alibaba', rules: [] },
  {
    text: 'the account on last PI is still the same, nothing changed, pay via Trade Assurance as usual',
    rules: [],
  },
  {
    text: 'for spare parts orders the money now go to our after-sales company account (different name from factory)',
    rules: [CHANGE],
  },
  { text: 'the sticker has a different name from the factory, is it ok?', rules: [] },
  {
    text: 'friend, i saw message from other account say our bank changed. this is not us! our bank is same as before',
    rules: [],
  },
  {
    text: 'dhyan rakhna sir, koi bhi bank details change ka msg bheje to mat manna, hamara account kabhi change nahi hota',
    rules: [],
  },
  { text: 'criei uma conta nova no Alibaba para comprar', rules: [] },
  { text: 'the machine has an error in the bank of sensors', rules: [] },
  {
    text: "FYI the account linked to our alibaba store (Citibank) is not used anymore for big orders, the mill uses its own account in Kazakhstan. I'll send SWIFT details tomorrow",
    rules: [CHANGE],
  },
  // Round 37 (buyers and their agents, machine-translated suppliers; after the order: refunds, claims, reorders, port fees).
  {
    text: "Important: do not send anything to the Agricultural Bank account on last year's PI, it was frozen by the bank.",
    rules: [CHANGE],
  },
  {
    text: 'question, if i get a message from your "accountant" on WhatsApp about a new bank, should I trust it?',
    rules: [],
  },
  { text: 'บริษัทเรามีบัญชีธนาคารเดียว ไม่เคยเปลี่ยน ถ้ามีใครส่งบัญชีใหม่มา อย่าโอนนะครับ', rules: [] },
  // Round 38: 原收款账户 and 'ya no recibimos en la cuenta', the Alibaba order's bank info said to be old; quiet: an Arabic warning that a new account is fraud.
  {
    text: 'friend pls dont use the bank info on Alibaba order, that one for old factory. we send you correct one tonight',
    rules: [CHANGE],
  },
  { text: '请注意：我司原收款账户因年检暂停使用，请勿向该账户付款，新账户稍后邮件发送给您', rules: [CHANGE] },
  { text: 'تنبيه: لا نغير حسابنا البنكي أبدًا. إذا وصلتك رسالة بحساب جديد باسمنا فهي احتيال', rules: [] },
  // Round 39: furniture, home goods and private-label cosmetics for buyers in the Middle East and Central Asia; food, agriculture, auto parts and medical supplies from brokers and mandates.
  {
    text: 'Dear, our company change bank to Agricultural Bank since last week, pls add skype of my finance colleague: finance.jiayi.home she will give you new account',
    rules: [PAY, CHANGE, CONTACT],
  },
  // Round 40's leftovers: old accounts in Greek, Dutch, Romanian, Czech and Chinese; 'the bank in our PI is wrong', 'usual bank cannot receive', 'collected by our new forwarder'; ordinary: 'my bank is closed today', the order's own beneficiary, a LINE to block, warnings about messages asking to pay outside.
  {
    text: 'Αγαπητέ κ. Παπαδόπουλε, ο παλιός λογαριασμός μας στην τράπεζα έχει παγώσει. Μην πληρώσετε εκεί, θα σας στείλουμε σύντομα τα νέα στοιχεία.',
    rules: [CHANGE],
  },
  {
    text: 'Beste klant, let op: we werken niet meer met de rekening bij Bank of China. Wacht op de nieuwe gegevens voordat u het saldo betaalt.',
    rules: [CHANGE],
  },
  {
    text: "When you pay by TT inside Trade Assurance, the beneficiary shown is Alibaba's receiving account, not our factory name, that is correct.",
    rules: [],
  },
  {
    text: 'Is this message real? Someone called "Alibaba Refund Dept" sent me a WhatsApp asking 50 USD release fee for my refund. I never gave them my number 😟',
    rules: [],
  },
  {
    text: "ok noted, I'll pay the balance tomorrow through Alibaba, my bank is closed today in Sydney",
    rules: [],
  },
  {
    text: '関係ありません。弊社はアリババのチャット以外でご連絡することはありません。そのLINEはブロックしてください',
    rules: [],
  },
  {
    text: 'If you ever feel unsure about a message asking you to pay outside Alibaba, just ask me here first, we only use the order',
    rules: [],
  },
  { text: '请付到原账户，账户没有变', rules: [] },
  // Round 41: the Bank of China account before (原中国银行账户), paused for the annual audit, with a new one to come.
  { text: '通知：我司原中国银行账户因年审暂停使用，请勿再往该账户付款，新账户信息稍后发您', rules: [CHANGE] },
  // Round 43 (IoT, e-bikes, hair, farm machinery, furniture hardware) and variants
  {
    text: 'Informamos que a conta bancária da empresa mudou. A partir de agora, por favor não use a conta do Bank of China, enviaremos os novos dados em breve.',
    rules: [CHANGE],
  },
  { text: 'เรียนลูกค้า บัญชีธนาคารเดิมของบริษัทถูกระงับชั่วคราว กรุณาอย่าโอนเงินเข้าบัญชีเดิม', rules: [CHANGE] },
  // New details on an updated invoice, pointed to.
  {
    text: 'New bank details due to company merger, see updated invoice: https://tinyurl.com/newPI-hengtai',
    rules: [PAY, CHANGE, LINK],
  },
  { text: 'We updated our logo, see the new invoice template', rules: [] },
  // Round 44 (LED signage for the Gulf, yarn and trims for South Asia and Turkey; FBA kitchenware, PPE for Africa, pumps for Central Asia).
  {
    text: 'pls dont use the bank account written in our Alibaba profile anymore, it is closed. wait i will send you the new one',
    rules: [CHANGE],
  },
  {
    text: '我们的旧账户被冻结了 our old account is frozen!! stop payment to Bank of China and send to new account in Kunlun Bank today, tomorrow holiday and shipment will delay 10 days',
    rules: [PAY, CHANGE, PRESSURE],
  },
  // Round 45: construction materials for the Gulf and East Africa, private-label cosmetics, machinery for West Africa and Ethiopia, party goods for Latin America, small appliances for Japan and Korea.
  {
    text: 'Atención: no utilice la cuenta bancaria del contrato anterior, ha sido bloqueada. Le enviaremos los nuevos datos de pago.',
    rules: [CHANGE],
  },
  {
    text: '先日お伝えした口座は使えなくなりました。新しい振込先は、受取人 Ningbo Huayi Electric、口座番号 3301 0998 2210 0876 です。こちらへお振込みください。',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Chief, the account wey we give you before dey block Nigeria transfer now. Use this one: Kuda 2011884502, Emmanuel Okafor, na our Lagos rep',
    rules: [PAY, CHANGE],
  },
  // Probe round 46 (sporting goods and pet supplies for Eastern Europe and Oceania; garments and jewellery for Asia, the Gulf and Africa), and round 45's last misses.
  {
    text: 'Hello, our finance say the bank account in PI we send last week is wrong, pls wait the new PI and dont pay to that one',
    rules: [CHANGE],
  },
  {
    text: 'Dear valued customer, due to our accounting department upgrade the bank account shown on PI 2023-118 is invalid. Wait for the correct one from our finance',
    rules: [CHANGE],
  },
  { text: 'our account reach the limit of 50 orders on the dashboard, pls wait', rules: [] },
  { text: 'desde este pedido los pagos van a nombre de nuestra empresa por Alibaba como siempre', rules: [] },
  { text: 'the price in PI 2023 is wrong, I will correct it in the Alibaba order', rules: [] },
  // Probe round 47 (hotel and restaurant supplies for Latin America and Iberia, mining safety gear; phone accessories and packaging for online sellers in Europe, North America, the Gulf and Pakistan).
  {
    text: 'Importante: no utilice más los datos bancarios de la factura proforma anterior, la cuenta está en auditoría. Le comunico los nuevos en breve.',
    rules: [CHANGE],
  },
  {
    text: 'Important: dont send any more money to the Hang Seng account, it is under investigation. Wait for my new instructions',
    rules: [CHANGE],
  },
  {
    text: 'no use los datos bancarios de nadie que le escriba por WhatsApp, solo pague en Alibaba',
    rules: [],
  },
  // Probe round 48 (clinic equipment and farm inputs for India, Nigeria, Brazil, the Philippines, Kenya, Morocco, Egypt and Turkey; truck parts for Russia, Central Asia, Mongolia and Georgia, school goods and toys for southern Europe).
  {
    text: 'Προσοχή: άλλαξαν τα τραπεζικά μας στοιχεία, μην πληρώσετε στον παλιό λογαριασμό. Θα σας στείλουμε νέο τιμολόγιο αύριο',
    rules: [CHANGE],
  },
  {
    text: 'We never change our bank details. If you ever receive an invoice with different account, contact Alibaba support first',
    rules: [],
  },
  {
    text: 'Abbiamo ricevuto una mail con un nuovo IBAN a nome vostro, ma non paghiamo niente finché non confermate qui in chat',
    rules: [],
  },
  // Probe round 50 (vape, aquarium and baby goods; construction machinery, tyres and 3D printing; Portugal, Brazil, Vietnam, the Baltics, Central Africa, the Pacific, Central Asia, the Caucasus, Bangladesh, Sri Lanka, Eastern Europe, Mexico).
  {
    text: 'Estimado cliente, NO use la cuenta bancaria que aparece en la factura anterior, está bloqueada. Le envío los nuevos datos aquí mismo en un rato',
    rules: [CHANGE],
  },
  {
    text: 'The old account was closed 2 years ago, we told you then. The account in the Alibaba order is the only one we use',
    rules: [],
  },
  // Round 50: the changed bank, and the corrected invoice attached ("em anexo") as the payment it asks for.
  {
    text: 'Olá amigo, a fatura corrigida vai em anexo, mudámos o banco para o Citibank Singapura porque o antigo demora muito. Não pague ao beneficiário anterior',
    rules: [PAY, CHANGE],
  },
  // Probe round 51 (fertilizer and farm machines, medical disposables and LED signs for East Africa, Nigeria, Pakistan, Egypt, Morocco, the Philippines, Thailand, Turkey, Poland, Italy and Greece; pet goods, cosmetics packaging and kitchenware for East Asia, Southeast Asia, Nepal, Mongolia, New Zealand, Spain, Argentina, Austria and Switzerland).
  {
    text: 'Habari, tafadhali usitumie tena account yetu ya zamani ya Stanbic, imefungwa kwa ukaguzi. Nitakutumia account mpya leo jioni.',
    rules: [CHANGE],
  },
  {
    text: "is your company the same one that emailed me from a gmail address? they gave different bank so I didn't pay anything",
    rules: [],
  },
  {
    text: 'the guy who sent me WhatsApp asking to pay new account was not you right? I already report to Alibaba',
    rules: [],
  },
  // Probe round 52 (furniture, bicycles and valves for France, Belgium, Québec, Senegal, Côte d'Ivoire, Algeria, Tunisia, Iran, Israel, Romania, Moldova, Serbia, the Netherlands, Indonesia and Malaysia; solar gear, cameras and printing for Southern and East Africa, Sudan, Somalia, the Gulf, India, Bangladesh, the US, Colombia and Venezuela).
  {
    text: '3aslema, el facture jdida fiha RIB jdid, el 9dim matesta3mlouhch, el compte tbloka',
    rules: [CHANGE],
  },
  {
    text: 'IMPORTANT do not send balance to HSBC account, it is blocked!! wait my new details today, the container must leave Friday or you pay demurrage',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'IMPORTANT do not send balance to HSBC account, it is blocked!! wait my new details today, the container must leave Friday',
    rules: [CHANGE],
  },
  // Probe round 53 (auto parts and garment trims for the Levant, Uganda, Rwanda, Bolivia, Paraguay, Ecuador, Uruguay, Russia, Belarus, Ireland and Scotland; food packaging and salon equipment for Thailand, Cambodia, the Philippines, Malaysia, Singapore, Hong Kong, Taiwan, Germany, Austria, Poland, Czechia, the US and Canada).
  {
    text: 'pls dont use bank info in the PI we sent last week, it was wrong. finance will send you corrected one',
    rules: [CHANGE],
  },
  {
    text: 'Sir wag niyo na po gamitin yung BDO account sa invoice, closed na po yun. hintayin niyo yung bagong details',
    rules: [CHANGE],
  },
  {
    text: 'Many buyers asking about our "new account" - we don\'t have any new account, someone is faking us. Pay only in Alibaba pls.',
    rules: [],
  },
  {
    text: 'We added a new bank of UV sterilizers in the line, so all cups are sterilized before packing',
    rules: [],
  },
  {
    text: 'ya Ahmad, l bank l 2adim ma3 HSBC ma ba2a yesta2bel, 7awel 3al 7sab l jdid li b3attlak yeh bel pdf',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Atenção: não utilizar mais os dados bancários da fatura anterior, a conta foi encerrada. Aguarde a nova fatura com os dados atualizados. Att, Departamento Financeiro',
    rules: [CHANGE],
  },
  // Probe 56 (machinery and spare parts agents; commodity brokers, food and cosmetics) and leftovers of probe 55.
  {
    text: 'pls pay the 30% via Wise to my colleague Ms Chen Yan (personal acc, our company account in maintenance this month) and send the receipt to my WeChat: cy-solar-2233',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'ATTN accounts dept: our USD receiving account at ICBC is under compliance check until end of month. To avoid delay and storage charges of 50$/day at Qingdao port, remit the balance today to our logistic partner Shenzhen Yuanhang Freight (details in PI rev.2)',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Sir last time you paid to Guangzhou account, this time pls pay to Yiwu account because Guangzhou one reach annual limit. Beneficiary: Yiwu Kaiyuan Imp&Exp Co, ABC Yiwu branch, 1920 1101 0400 88317',
    rules: [PAY, CHANGE],
  },
  // Leftovers of probe 55 fixed in this session.
  {
    text: 'Dear Mr. Khan, Asalam o Alaikum. With reference to your PO No. KPL/IMP/24-117 for 12 MT unsaturated polyester resin, please note that due to a bank system upgrade our USD account will not be available for 2 weeks. Kindly transfer the 40% advance to our sister concern in Dubai (Al Noor General Trading LLC, Emirates NBD, A/C 1015 3320 7781 01) by tomorrow, as the price is linked to the styrene index and will be revised after that. For the swift copy please email me at zhangmin.resin@yahoo.com. Warm regards, Zhang Min, Senior Sales Executive, Changzhou Tianma Composite Materials Co., Ltd.',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  // Probe 57 (electronics for online sellers and fake notices; furniture and building materials for contractors).
  {
    text: 'Dear, 老板说 old company account stop use now, pls pay the balance to our new HK account, I send details in 5 min',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Uwaga: zmieniliśmy bank. Prosimy nie wysyłać pieniędzy na stary rachunek w Bank of China, nowy numer podam po podpisaniu umowy.',
    rules: [CHANGE],
  },
  {
    text: 'Buenos días, por problemas con SWIFT ahora recibimos pagos en euros por una cuenta en Lituania (Revolut Business), IBAN LT72 3250 0839 1247 6602',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear friend important!!! our HK bank ask to close account due to new regulation. please make payment today to our Shenzhen RMB account by Alipay, from tomorrow we can not receive any more',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'friend sorry for confusion, the bank details in my last message was for other client, dont use it',
    rules: [CHANGE],
  },
  {
    text: 'sorry typo on PI, order amount 4,320 is correct, I upload corrected PI here (same bank, alibaba account)',
    rules: [],
  },
  {
    text: 'Dear client pls be informed our USD account at Bank of Communications is temporarily closed for upgrading. Kindly remit the balance for the vanity cabinets to our EUR account in Lithuania instead, details below',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Urgent!! our company account blocked by customs investigation, pls send remaining USD 9,800 to new account of our HK branch today and whatsapp me the slip +852 5555 0193, else shipment cancel',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Hello our accountant say the previous payment returned because beneficiary name wrong. Pls resend to this account instead, Zhang Hua personal, ABC 6228 4800 1234 5566 779',
    rules: [PAY, CHANGE],
  },
  {
    text: 'تنبيه: حساب الشركة القديم مغلق لا تحول عليه نهائيا، الحساب الجديد سأرسله لك بعد قليل',
    rules: [CHANGE],
  },
  {
    text: "Ma'am wag na po kayo magbayad sa lumang account namin sa BDO, na-freeze po. Sa bagong account na lang sa UnionBank, ipapadala ko po details",
    rules: [PAY, CHANGE],
  },
  {
    text: 'Sir!! previous account cannot receive USD anymore due to new SAFE control. Transfer the 50% to our Singapore account before Wednesday or the glass factory cut our slot',
    rules: [PAY, CHANGE, PRESSURE],
  },
  // A buyer's own bank, held up.
  { text: 'my bank is under maintenance today, I will pay tomorrow', rules: [] },
  { text: 'sorry my bank account is frozen for KYC, i will pay the balance next week through TA', rules: [] },
  // Probe 58 (medical and beauty devices with certificate pretexts; packaging, printing and promotional goods for events).
  {
    text: 'Sir as I told you yesterday our boss changed the receiving bank, pls use the account in the new PI (Hang Seng Bank) for the balance of the dental chair, the old one is not valid now',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear valued customer, the account we used for your previous 3 orders is under investigation. For order ORD-2024-0918 please pay to: OCBC Singapore, A/C 5012-441829-001, Name: Global Medlink Pte. Before Thursday or we cannot hold the stock.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Our old bank of UV lamps in the clean room has been replaced with new ones, photos attached.',
    rules: [],
  },
  {
    text: 'Salam, kami sudah ganti rekening. Yg lama jangan dipakai lagi ya. Transfer DP 50% ke rekening Mandiri baru 000-00-1234567-8 a.n. CV Sinar Cetak',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Ciao, la banca ci ha bloccato il conto per controlli. Per il saldo delle shopper stampate ti mando il nuovo IBAN su WhatsApp, non pagare più sul vecchio',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Hi! Just a heads up, we switched to Payoneer for receiving payments, pls send the deposit to our Payoneer receiving account, not the bank account from before',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear, the new bank of Pantone color chips arrived, now we can match more colors exactly',
    rules: [],
  },
  // Probe 59 (re-orders, refunds and hacked accounts for home goods; industrial raw materials in Asian business styles).
  {
    text: 'Hei Mikko, uusi talouspäällikkömme pyytää että grillitilauksen loppumaksu maksetaan uudelle tilille (OCBC Singapore), vanha tili on jäädytetty. Maksu tänään, muuten menetätte paikan kontissa.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Hello this is Jason, new account manager instead of Elena, her alibaba account has problem. Pls contact me on WhatsApp +86 177 0159 2283 for the new payment details, the container closes Monday and we cannot hold your air fryers longer',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'Our factory moved under a new group company, so from PO 6612 the invoices come from Hangzhou Greenfield Import & Export Co. Pls pay them directly by TT, account number in attachment. This alibaba shop will close soon.',
    rules: [PAY, CHANGE],
  },
  {
    text: "היי, זה אלכס מהמפעל. החשבון של ג'ודי נפרץ, אל תשלם לחשבון הבנק שהיא שלחה אתמול. דבר איתי בטלגרם @alex_kitchen_fty",
    rules: [CHANGE, CONTACT],
  },
  {
    text: 'Stimate domnule Popescu, vă rugăm să achitați restul pentru balansoarele de grădină în noul cont IBAN din atașament, contul vechi este blocat. Termen: mâine, altfel pierdeți locul în container.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Bom dia Sr. Ferreira, informamos que a conta bancária indicada na fatura anterior foi encerrada. Não faça pagamentos para ela até receber a nova carta do banco.',
    rules: [CHANGE],
  },
  {
    text: 'same as last order but this time transfer to our Shenzhen office account pls, my colleague send you details by email',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our old beneficiary details are outdated, payments sent there will be returned minus 15% penalty. Stop using them now.',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'මහත්මයා, අපේ පරණ බැංකු ගිණුම දැන් භාවිතා කරන්න එපා. ඉතිරි මුදල අලුත් ගිණුමට යවන්න, අලුත් ගිණුම් විස්තර PI එකේ තියෙනවා.',
    rules: [PAY, CHANGE],
  },
  {
    text: '我司財務通知：原公司賬戶因年審暫停收款，剩餘尾款請轉至我司總經理私人賬戶，具體賬號請加微信 hk_copper2024 索取。',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Pls transfer the 20% deposit to my colleague personal account, our company account is in process of renewing, it is same thing dont worry',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Our account in Bank of Communications has been blocked by authority for review. DO NOT PAY to that one. New details coming in 1 hour, pls pay immediately after because the ship leaves Saturday',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'স্যার, আমাদের আগের ব্যাংক একাউন্ট ফ্রিজ হয়েছে, বাকি টাকা নতুন একাউন্টে পাঠাবেন, PI তে নতুন ডিটেইলস দেওয়া আছে',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Notice: effective immediately Yongxin Metals only receive payment via our Singapore subsidiary. Any payment to the China account will be returned.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Dear, kindly note the beneficiary bank in the LC must be amended to a bank in Dubai, our China bank can not receive LC from Bangladesh now. pls amend and pay the amendment charge 150 USD to us directly',
    rules: [PAY, CHANGE],
  },
  // Probe 60 (jewellery, watches and bags for social-commerce sellers; e-bikes and batteries for buyers whose banks can't pay China).
  {
    text: 'habibi 7awel el 3arboon 3ala el account el jdeed, el account el qadeem msakkar mn el bank',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Olá amiga, nossa conta do Banco do Brasil mudou, agora só recebemos pelo Pix da minha prima, me chama no WhatsApp que passo a chave nova',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: 'Dear friend, our US dollar account have problem with SWIFT this week, you pay to our agent company in Hong Kong please, before Friday or the factory will not start production of your 500 necklaces',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: '*IMPORTANTE* ⚠️ a conta antiga da fábrica foi bloqueada, transfere HOJE pro Nubank do nosso representante no Brasil ou o pedido das perucas vai ser cancelado',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: "Hurmatli mijoz, kompaniyamiz hisob raqami o'zgardi. Endi to'lovni Bishkekdagi agentga yuboring: OsOO Asia Bridge, Optima Bank, hisob 1180 0000 2233 4455",
    rules: [PAY, CHANGE],
  },
  // Probe 61 (farm machinery and tenders in Africa, Asia and the Pacific; toys and party goods for first-time importers).
  {
    text: 'Dear, sorry the account in invoice is wrong, dont pay there. Correct account i send you now on whatsapp +86 158 2201 7743. Pls pay today because factory holiday start tomorrow and no production for 2 weeks.',
    rules: [PAY, CHANGE, CONTACT, PRESSURE],
  },
  {
    text: 'عزيزي، حسابنا القديم في بنك الصين موقوف مؤقتا، الرجاء تحويل باقي المبلغ لمكائن الحصاد على حساب الشركة الجديد في دبي المرفق في الفاتورة المعدلة',
    rules: [PAY, CHANGE],
  },
  {
    text: 'أخي العزيز، الطلب جاهز للشحن. من فضلك ادفع الباقي عن طريق ويسترن يونيون لأن حساب الشركة فيه مشكلة الآن، وتواصل معي على الواتساب +86 135 0000 2214',
    rules: [PAY, CHANGE, CONTACT],
  },
  {
    text: '사장님, 저희 회사 계좌가 감사 중이라 사용할 수 없습니다. 오늘 안에 새 계좌로 잔금 보내주셔야 선적 가능합니다. 안 그러면 다음 달로 밀리고 창고비 나옵니다.',
    rules: [PAY, CHANGE, PRESSURE],
  },
  {
    text: 'Don Carlos, ya no use la cuenta de antes, el banco la cerró. Escríbame al WhatsApp +86 152 0000 6419 y le paso la cuenta nueva para el saldo.',
    rules: [PAY, CHANGE, CONTACT],
  },
  // "dont" without its apostrophe
  { text: 'dont pay to old bank, use new one', rules: [CHANGE] },
  { text: 'dont send to old account pls', rules: [CHANGE] },
  // Round 62: steel structures and cranes for contractors from the Caucasus to the Andes; hair and beauty supplies for salons and online resellers; and earlier rounds' fake security notices about the buyer's own account
  {
    text: 'Amiga, não usa os dados bancários da última PI, essa conta foi encerrada. Amanhã te mando os dados novos',
    rules: [CHANGE],
  },
  {
    text: 'Note: our Citibank account is under annual audit until 15 Jan, any payment there will be returned to sender',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'We never used this account before but from now our USD receiving bank is in Singapore, pls update your records',
    rules: [CHANGE],
  },
  {
    text: 'I will transfer deposit tomorrow via Trade Assurance, today our bank in Shymkent closed early',
    rules: [],
  },
  {
    text: 'our company changed office address, new address is in updated business license. bank account is the same, no change',
    rules: [],
  },
  // Round 63: kitchen equipment for restaurants and hotels around the Mediterranean, the Gulf and South Asia; account takeovers and people posing as the supplier's finance team, with buyers quoting the messages back to ask if they were real
  {
    text: 'Our old supplier cheated us with a fake bank account change, so I will only pay inside Alibaba, hope you understand',
    rules: [],
  },
  {
    text: 'Hello friend, this is Jenny from finance dept of Ningbo Brightway. Pls dont use the USD account on the PI v2, it is closed now. Correct details will be shared with you today.',
    rules: [CHANGE],
  },
  {
    text: 'Attention: the bank in the Alibaba order (Citi virtual account) is not ours anymore, do not pay there.',
    rules: [CHANGE],
  },
  {
    text: 'Dear customers, the Alibaba sub-account of our sales Amy was hacked on 3 June. Any message about new bank accounts is fake. Please only pay through the Alibaba.com order.',
    rules: [],
  },
  {
    text: 'Sir ye message aapka hi hai kya? Kisi ne bola naya account hai. Main confuse hu, payment abhi roka hai',
    rules: [],
  },
  {
    text: 'Hola, ¿me puede confirmar por aquí si el mensaje de ayer sobre la cuenta nueva es falso? Decía "la cuenta anterior fue bloqueada por el banco".',
    rules: [],
  },
  {
    text: 'Добрый день. Получили письмо от вашего «финансового отдела» с новыми реквизитами. Это действительно от вас? Пока не платим.',
    rules: [],
  },
  {
    text: 'Dear Valued Customers, please be informed that we detected unauthorized access to one of our employee email accounts. Our bank details have NOT changed. Kindly disregard any request to remit funds to a different account and verify any unusual instruction with our sales team in Alibaba chat. Best regards, Management, Everbright Solar Tech',
    rules: [],
  },
  {
    text: 'Just to confirm, you wrote above "ignore all previous bank instructions incl. Alibaba order". Was that you?? We were about to send 28k',
    rules: [],
  },
  { text: 'Is the old account really frozen??', rules: [] },
  {
    text: 'Wir haben gestern eine E-Mail mit neuen Kontodaten in Litauen bekommen. Unsere Buchhaltung hat die Zahlung gestoppt. Bitte bestätigen Sie hier, dass die nicht von Ihnen ist.',
    rules: [],
  },
  {
    text: 'Uw collega schreef: "wij hebben een nieuwe bankrekening in Europa geopend". Klopt dat? Ik vertrouw het niet.',
    rules: [],
  },
  {
    text: '> Could you please confirm the new account? Dear Ms. Jansen, we did not send any new account. Please do not pay. Our account has not changed in 8 years. Best regards, Wendy Zhou, Sales Director, Ningbo Brightway Lighting',
    rules: [],
  },
  { text: '口座変更のご連絡は御社からでしょうか？念のため確認させてください。', rules: [] },
  { text: 'Dzień dobry, czy to wiadomość od Państwa? Dostałem maila z nowym numerem konta', rules: [] },
  {
    text: 'Hello, accounting department of Foshan Meida Furniture here. Please be informed we have updated our receiving bank, kindly disregard any previous payment instructions.',
    rules: [CHANGE],
  },
  {
    text: 'I opened a new alibaba account for my salon business, can u send the quote there? my old one was my personal',
    rules: [],
  },
  // Round 64: furniture and décor for designers and short-let hosts in Australia, New Zealand, Canada, the UK, Ireland and South Africa; chips and modules from Shenzhen brokers for engineers in Europe, Israel, India, the US, Japan, Korea and Brazil
  { text: 'No problem dear, we only receive by Trade Assurance, any other account is not us', rules: [] },
  { text: '결제는 알리바바 주문으로 진행하겠습니다. 혹시 계좌 변경 연락이 오면 무시하겠습니다.', rules: [] },
  // Round 65: fishing gear and boat parts for cooperatives and marine shops in Southeast Asia, West Africa, the Andes and the Nordics; used goods and stock lots for small importers in Africa, the Middle East, South Asia and Latin America
  {
    text: 'Kindly disregard the bank account on PI 2024-0518, our accountant made mistake. correct one is our Guangzhou branch account, new SWIFT in next message',
    rules: [CHANGE],
  },
  {
    text: 'our finance department inform: bank details on previous PI 2024-0311 are invalid from now. new details follow by email',
    rules: [CHANGE],
  },
  {
    text: "hello dear pls don't pay to the account on our alibaba profile, it is old. I send you the right one here soon",
    rules: [CHANGE],
  },
  // Round 66: supplements and private-label health products for gyms, brands and pharmacies in the Americas, the Gulf, Eastern Europe, Central and Southeast Asia; and the short fragments people type on phones mid-deal
  {
    text: 'hi, we have new bank for samples and orders from this month, old one closed, pls wait new info before pay',
    rules: [CHANGE],
  },
  { text: 'acc changed, wait new PI b4 pay', rules: [CHANGE] },
  { text: 'got email say new bank acc, fake right?', rules: [] },
  // Round 67: fabrics, lace and bridal textiles for tailors and boutiques in West Africa, South Asia, the Gulf, North Africa, Turkey and Southeast Asia; long formal letters, real and fake
  {
    text: 'عزيزي العميل، يرجى عدم استخدام الحساب البنكي القديم، تم تغيير بيانات الحساب وسنرسل لكم فاتورة معدلة',
    rules: [CHANGE],
  },
  {
    text: 'Important: Do not send anymore to Shaoxing Hongxing account. Our new receiving company is Yiwu Sunrise Import Export, same owner',
    rules: [CHANGE],
  },
  {
    text: '尊敬的客户，您好！我司银行信息没有任何变更，请务必通过阿里巴巴信保订单付款。如收到任何声称我司更换账户的邮件，请立即在此平台与我们核实。谢谢！',
    rules: [],
  },
  {
    text: 'Dear Sir, we received your message about the new account. Please note we have NOT changed our bank details and that message did not come from us. Please do not pay anything and report it to Alibaba.',
    rules: [],
  },
  // Probe 68 (bulk commodities with mandates and port agents; machinery and its installing engineers; eyewear and watches).
  {
    text: "Gracias por avisar. Ese correo con 'nueva cuenta bancaria' no es nuestro. Por favor no pague y repórtelo a Alibaba.",
    rules: [],
  },
  {
    text: 'لطفاً فقط از طریق سفارش علی‌بابا پرداخت کنید. ما هرگز شماره حساب جدید در چت نمی‌دهیم.',
    rules: [],
  },
  // Probe 69 (auto parts, tyres and batteries where currency controls and sanctions are the pretext; toys and Christmas goods for European shops, with accounting e-mails).
  {
    text: 'Lacagta ha ku dirin akoonkii hore, waa la xiray. Akoon cusub ayaan kuu soo diri doonaa, Premier Bank Muqdisho, magaca walaalkay.',
    rules: [CHANGE],
  },
  {
    text: 'Por favor no deposite en la orden de Alibaba, ahora estamos recibiendo en la cuenta de la empresa hermana en Miami, Bank of America. Le mando los datos.',
    rules: [CHANGE],
  },
  {
    text: "We have a new bank for our company but you don't need to do anything, Alibaba handles the payment to us.",
    rules: [],
  },
  {
    text: '--- Automatisch erstellt mit DATEV Unternehmen online ---\nRechnung Nr. RE-2024-55812 | Kunde 10442\nFälligkeit: sofort\nBitte beachten Sie die geänderte Zahlungsadresse in der neuen Rechnung. Download: https://datev-belege-portal.com/d/RE-2024-55812.zip\nGeht die Zahlung nicht bis 15.11. ein, können wir den Liefertermin vor Weihnachten nicht mehr halten.\n--- Bitte nicht auf diese E-Mail antworten ---',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'Beste, ons Europees magazijn in Venlo neemt vanaf nu de betalingen over. Gelieve het saldo niet meer naar de rekening op de proforma over te maken maar naar het magazijnaccount van Venlo Fulfilment BV. Gewijzigde factuur volgt.',
    rules: [CHANGE],
  },
  {
    text: 'Dobrý den, kvůli IOSS budeme nyní fakturovat přes naši českou pobočku. Nová faktura s číslem účtu pobočky je v příloze, původní proformu na Alibabě prosím neplaťte.',
    rules: [CHANGE],
  },
  {
    text: 'Hi Amy, please note we never pay to accounts sent by e-mail. If anyone writes you "from us" asking for a refund to a new IBAN, ignore it – refunds only through the Alibaba dispute.',
    rules: [],
  },
  {
    text: 'Dear customer, please note we NEVER ask to pay to personal account or new bank. Only Alibaba Trade Assurance. If you receive other bank info in our name, please tell us.',
    rules: [],
  },
  // Probe 70 (parts and electronics traded past sanctions and blocked banks, by suppliers and buyers; resellers' phone-typed shorthand).
  {
    text: 'aper hashivy poxvel a, nor rekvizitnery uxarkum em pdf-ov, hiny chogtagorcek, nor hashvin poxancek',
    rules: [CHANGE],
  },
  {
    text: 'ကျွန်ုပ်တို့ ဘဏ်အကောင့် ပြောင်းသွားပါပြီ။ စင်ကာပူ အကောင့်အသစ်ကို အသုံးပြုပါ။ invoice အသစ် ပူးတွဲထားပါတယ်။',
    rules: [CHANGE],
  },
  {
    text: "We got your message about changing the bank. Just to be clear, we're not changing anything on our side — please keep paying only through the Alibaba order.",
    rules: [],
  },
  {
    text: "Got it — you only accept payment from the company registered as buyer. We'll change the buyer account to our Dubai company then and place a new order there.",
    rules: [],
  },
  // Probe 71 (East and Southeast Asian buyers and their own wallets and apps; printing and promotional goods for Southern and Eastern Europe and Latin America).
  {
    text: 'Buenas, de parte de contabilidad: la cuenta de Bancolombia que aparece en la cotización ya no está vigente. Favor consignar en Davivienda ahorros 0570 0012 4453 a nombre de Estampados JM. Si ya pagó a la anterior me avisa.',
    rules: [CHANGE],
  },
  {
    text: 'Caro cliente,\nInformamos que o IBAN da Gráfica Atlântico foi alterado. A partir de hoje os pagamentos devem ser feitos para PT50 0035 0651 0000 8877 3214 9 (CGD). O IBAN indicado na fatura anterior deixou de estar ativo. Junto enviamos a fatura corrigida das caixas de cartão.\nCumprimentos',
    rules: [CHANGE],
  },
  {
    text: 'Dobrý den, omlouváme se, ale číslo účtu na zálohové faktuře je chybné. Správný účet pro platbu za potisk tašek je 2801947301/2010, majitel účtu Petr Novák. Původní účet prosím nepoužívejte.',
    // The account's number is given too ("účet … je 2801947301/2010"), as in English.
    rules: [PAY, CHANGE],
  },
  {
    text: 'Asunto: RE: Pedido bolsas algodón – datos bancarios\nHola Elena, te reenvío la factura. Nuestro departamento financiero me indica que este mes cobramos a través de la filial de Portugal, así que la transferencia va a PT50 0033 0000 4532 1078 3190 5. El resto del pedido igual.',
    rules: [CHANGE],
  },
  {
    text: 'Pozor: dostali jsme e-mail, že se vám změnilo číslo účtu. Nezaplatili jsme, platíme jen přes objednávku na Alibabě. To je podvod, že?',
    rules: [],
  },
  // Probe 72 (tenders and donors' deadlines for NGOs and hospitals in Africa, Madagascar, Sudan and Haiti; long messages that turn risky in one sentence, or quote a scam to ask about it).
  {
    text: "Muraho, twahinduye konti: ubu mwishyura kuri konti nshya ya I&M Bank Rwanda, izina: GASANA Jean. Iyari kuri proforma ya mbere ntikigikora kubera igenzura ry'umuterankunga (donor audit).",
    rules: [CHANGE],
  },
  {
    text: 'Atansyon: nou chanje kont bank lan. Pwofòma ki atache a gen nouvo kont Unibank lan. Pa sèvi ak ansyen kont lan ankò, se pou odit bayè a (donor audit) ki mande sa.',
    rules: [CHANGE],
  },
  {
    text: "Tompoko, niova ny kaonty bankinay noho ny audit. Aloavy amin'ny kaonty vaovao ao amin'ny BNI Madagascar alohan'ny zoma, raha tsy izany dia very ny vola avy amin'ny bailleur ary tsy afaka alefa ny entana.",
    rules: [CHANGE],
  },
  {
    text: 'Ndugu mteja, tumebadilisha akaunti ya kupokea malipo. Proforma mpya ina akaunti ya CRDB kwa jina la mkurugenzi wetu. Usitumie ile ya zamani tafadhali.',
    rules: [CHANGE],
  },
  {
    text: 'Tata, compte ya banque ebongwani. Sikoyo tinda mbongo na compte ya Rawbank na nkombo ya mwasi ya directeur. Oyo ya kala kosalela yango lisusu te.',
    rules: [CHANGE],
  },
  {
    text: 'Mesye, kont ki te sou pwofòma a bloke. Voye lajan an sou nouvo kont Sogebank nan anvan vandredi, sinon bayè a ap fèmen ane fiskal la epi w ap pèdi lòd la.',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'Hi Steve, regarding your question about the "new account" you saw on our Alibaba store page: that\'s our new Alibaba store account (Verified Pro), not a bank account. Company name, address and payment method are the same. You\'ll see the Verified badge on the store now. Cheers, Kevin',
    rules: [],
  },
  // Quotation marks alone don't make words someone else's: only in a reply that answers a question about them.
  {
    text: 'Please pay the balance to our "new account" below, the old one is closed.',
    rules: [PAY, CHANGE],
  },
  // Probe 69 and 70's new wordings kept to their sense: an account manager, Alibaba itself, a branch that delivers.
  { text: 'Our company changed the account manager, Lisa will help you now', rules: [] },
  { text: 'Теперь принимаем оплату только на Alibaba.', rules: [] },
  { text: 'Wir liefern über unsere Niederlassung in Hamburg.', rules: [] },
  // Probe 72's long ordinary messages, quiet after its second round of fixes: quoted words in a warning, deadlines not about paying, French 'n'… ni', lists that run on after 'or to'.
  {
    text: 'Dear Priya, notice from our side: because of a lot of fake "account under audit" messages going around, please remember our company account is never under audit and never changes by chat. All payments for Guangxin Packaging are ONLY through the Alibaba order. If you see "new HK account" or "old account frozen", it is a scam. 谢谢!',
    rules: [],
  },
  {
    text: 'Dear Mr. Becker, short explanation about the "new account" you saw in the order chat: the new account is the Alibaba sub-account of my colleague Lisa (lisa-nbfittings), who will handle your orders during my paternity leave from 1 June. Same company, same Alibaba store. Payment only via Trade Assurance. Kevin',
    rules: [],
  },
  {
    text: 'Hi Sunny, 我想确认一下: my colleague said you asked her to "转账到新账户" for the jar reorder? I checked the chat and can\'t find it, so I think someone called her pretending to be you. We\'re not paying anywhere except the Alibaba order 2266 0041 8873. 请帮忙确认 thanks! David',
    rules: [],
  },
  // An old account called 'ur' or 'your', with a new one the writer will send to pay: the writer's own.
  {
    text: 'ur old acc closed, pay to new one i send',
    rules: [PAY, CHANGE],
  },
  {
    text: 'your old account is closed, use the new one I send',
    rules: [PAY, CHANGE],
  },
  {
    text: 'your old account was closed, please open a new one',
    rules: [],
  },
  // Warning words that a scam can say too: 'in our name', 'treated as fraud', 'it's not us who', 'we meant', 'fake messages' in another sentence.
  {
    text: 'Our new account, also in our name, is at HSBC Hong Kong, please pay the balance there.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Late payment will be treated as fraud, pay the balance to our new HSBC account today.',
    rules: [PAY, CHANGE],
  },
  {
    text: "It's not us who changed it, the bank did: please use the new account below for the balance.",
    rules: [PAY, CHANGE],
  },
  {
    text: 'we meant the new account, pay to it now',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Beware of fake messages. Pay only to our new account HSBC 808-123456-001.',
    rules: [PAY, CHANGE],
  },
  {
    text: 'Any request to pay to a different account will be treated as fraud. All payments go through the Trade Assurance order.',
    rules: [],
  },
  // A notice that tells what impostors ask, sentence by sentence; a payment page in a warning sentence is the link's finding alone.
  {
    text: 'Thank you for telling us about the message you got asking you to cancel your Trade Assurance payment and remit to a new account at China Merchants Bank. We did not send this. The e-mail hx.acc2024@outlook.com is not ours.',
    rules: [],
  },
  {
    text: "Please do not trust messages from other accounts claiming to be our holiday team and asking for urgent payments to a new account; we don't have such a team.",
    rules: [],
  },
  {
    text: 'The account on the PI is not ours anymore, do not pay there. Pay the balance to the new account below.',
    rules: [PAY, CHANGE],
  },
  // Buyers checking a forwarded message before paying, in Swahili and Portuguese; a warning in Portuguese.
  {
    text: 'Nimepokea SMS hii: "Lipa ada ya verification KES 148,500 leo kupitia Paybill 400200." Hii ni kweli au ni uongo? Sijalipa kitu.',
    rules: [],
  },
  {
    text: 'Recebi um SMS: "o pagamento agora é feito pela nossa nova conta no Banco Inter". Não abri nada. É de vocês?',
    rules: [],
  },
  {
    text: 'Uma cliente recebeu uma mensagem dizendo "pode me pagar via Pix numa conta nova". Isso não é da nossa empresa.',
    rules: [],
  },
  // Probe 73 (long messages of 250–1,000 characters: order updates, payment-term answers, notices about impostors that quote them, forwarded mails and SMS checked with the supplier, spec sheets of payment equipment; farms, hotels, schools and trucks in Africa, the Gulf, the Caribbean and the Pacific).
  {
    text: 'Dear customer, please read this to the end.\nSomeone named "Jack Wong" is messaging buyers on WhatsApp saying he is our sales manager and asking for payment to a new account. He is not our staff.\nOur team talks to you only here on Alibaba Messenger, and we never send bank accounts in chat. Your orders are paid only through the Alibaba order page. If "Jack" or anyone else contacts you, please don\'t reply, screenshot the chat and send it to us here.\nWe are sorry for the trouble. Our real sales manager is Steven Li, his profile is on our Alibaba store page.',
    rules: [],
  },
  {
    text: "Hello,\nI'm forwarding this because I'm not sure what to do with it. We received it today:\n\n> Dear customer, we are from the risk control department of Alibaba. Your supplier has been flagged and your payment is at risk. Please move the money to a temporary safe account. Contact our agent on WhatsApp +852 5633 2109.\n\nIs this something you know about? Our order with you is paid on Trade Assurance and shipping next week. I don't plan to contact that number, just want to let you know and confirm everything is fine on your side.\nRegards, Julia",
    rules: [],
  },
  {
    text: 'Hi Wendy,\nThanks for the update. Just one thing I want to double check, because our finance manager is very strict after what happened to another company: someone sent them a message saying "the bank on the PI is no longer valid, money sent there will return back", and they almost paid.\nCan you confirm that for our polo shirt order we don\'t need to pay to any bank at all, only through the Alibaba order? I just want to have it in writing here in the chat.\nThanks, Paul',
    rules: [],
  },
  {
    text: 'Dear customer,\nWe are writing to clarify a misunderstanding. In our previous message, we said "new account" but we meant our new Alibaba store account (we upgraded to a Gold Supplier store with the same company name). It\'s NOT a new bank account.\nYour existing orders continue in the old store until they are finished, and new orders will be placed in the new store. Payments in both cases are only through the Alibaba order.\nSorry for any confusion our wording caused.',
    rules: [],
  },
  {
    text: 'Estimado Sr. Rodríguez,\nLe escribo respecto a su pedido de lavandería para el hotel en Punta Cana: 3 lavadoras extractoras de 50 kg, 3 secadoras a gas y la calandria de 3 metros. Ya pasaron la prueba en fábrica y las fotos de las placas con el voltaje 220V/60Hz están en su correo.\nLe informo que nuestra empresa abrió una cuenta nueva en Panamá para clientes del Caribe, porque los pagos desde República Dominicana a China tardaban demasiado. Desde hoy, el saldo del 70% debe ir a esa cuenta y no a la que aparece en la orden de Alibaba. Le paso la proforma actualizada con el banco y el SWIFT.\nSaludos cordiales, Miguel Chen',
    rules: [CHANGE],
  },
  // Probe 74 (scams that borrow the language of safety: 'that message was not from us, use our Hong Kong account', 'is this really you? - yes it's me', spec sheets that end with a deposit to me; and their honest versions; long everyday letters in packaging, lighting, e-bike, tile, pet and toy trades).
  {
    text: 'Re: Is this really from your company?\nYes dear, it is 100% from us, you can check my name on our website. The new account is correct, our old HSBC account is frozen by tax department. Please go ahead with the payment today, otherwise the goods stay in the warehouse and from next week price increase because of the new material cost.',
    rules: [CHANGE, PRESSURE],
  },
  {
    text: 'Aquela mensagem não foi nossa. Use nossa conta de Hong Kong para o restante, a conta da China está em auditoria.',
    rules: [CHANGE],
  },
  {
    text: "Dear Mr. Lopez, we heard some customers received an 'updated bank letter signed by our GM'. There is no such letter, our GM does not sign bank letters to customers. Please continue paying invoices through the Alibaba order as before.",
    rules: [],
  },
  {
    text: 'Janab, hamara bank account kabhi tabdeel nahi hota aur hum sirf Alibaba order ke zariye payment lete hain. Agar koi email pe naya account bheje to please hum se yahan confirm karein. Steel doors ki production next week shuru hogi.',
    rules: [],
  },
  // Probe 74, more: paying to 'this account instead' of the invoice's, and the old account gone or the new one the only real one, in six languages.
  {
    text: '> Segue a PI com os dados bancários.\n\nOi Ana, desconsidera essa PI acima, o banco mudou. Os dados novos te mando pelo WhatsApp +55 11 98877-3321.',
    rules: [CHANGE, CONTACT],
  },
  // Probe 75 (whole conversations), the supplier's messages read on their own
  {
    text: 'building blocks made by our sister factory, so they need receive the money directly. same group',
    rules: [CHANGE],
  },
  {
    text: '是我們的進出口公司，同一個老闆，請放心匯款',
    rules: [CHANGE],
  },
  // Probe 75, second round (whole conversations: who the money goes to, and the buyer's own messages)
  {
    text: 'We are a small group: Anji Hengyu (this store) makes office chairs, our sister factory Anji Zhongtai makes the mesh and the nylon bases. Same owner. Your order is only with Hengyu, payment in this Alibaba order.',
    rules: [],
  },
  {
    text: 'Your keypads will be produced in our second factory in Huizhou (Huizhou Lihe, same group). The order and payment stay with Dongguan Lihe in this Alibaba order.',
    rules: [],
  },
  // Probe 79: Alibaba gives each order its own receiving account
  {
    text: 'Normal po 😊 alibaba give each order a different receiving account number. Just copy exactly from the order payment page, not from chat or email. We cannot change it, only alibaba system',
    rules: [],
  },
  // Probe 79's scam variant
  {
    text: 'We have a different receiving account number now, pls use it for this order',
    rules: [PAY, CHANGE],
  },
  // Probe 79 (misses): the account frozen by risk control.
  { text: '这个号被风控了😓 用这个吧 158 6798 1204 王晓丽，是我们会计', rules: [CHANGE] },
  // Probe 80: the company account "full" or with a tax issue, a move to a Hong Kong company, a sister company that
  // now collects.
  { text: 'yes that is our accountant, company account full for this month', rules: [CHANGE] },
  { text: 'yes madam, company account has GST issue, send to the one I gave', rules: [CHANGE] },
  { text: 'yes we move to HK company, pay Maxcharge HK Ltd, DBS Bank Hong Kong', rules: [PAY, CHANGE] },
  {
    text: 'Para el saldo de 70%, nuestra empresa hermana en Hong Kong ahora cobra las exportaciones, por cambios de impuestos.',
    rules: [CHANGE],
  },
  {
    text: 'Sobre o saldo: agora nossa empresa irmã em Hong Kong recebe os pagamentos de exportação.',
    rules: [CHANGE],
  },
  {
    text: 'Aussi, le compte bénéficiaire est maintenant notre société à Hong Kong, Kingview Global Ltd.',
    rules: [CHANGE],
  },
  {
    text: 'Our sister company in Dongguan makes the cartons, the order stays with us on Alibaba.',
    rules: [],
  },
  // Probe 81: a sister company's account in Portuguese and Arabic, an old account closed in Arabic; their twins.
  {
    text: 'desta vez precisamos de TT direto, conta da empresa irmã, vou mandar por e-mail',
    rules: [CHANGE],
  },
  { text: 'انتبه حسابنا القديم مقفول', rules: [CHANGE] },
  { text: 'não, nunca pedimos pagamento na conta da empresa irmã, só pelo pedido no Alibaba', rules: [] },
  { text: 'حساب الشركة الشقيقة ليس له علاقة بطلبك، ادفع فقط عبر علي بابا', rules: [] },
  // Probe 82: a sister company or an audited account in German, Turkish, Indonesian, Vietnamese, Polish, Japanese and
  // Hindi; their ordinary twins.
  {
    text: 'Bitte beachten: Zahlung diesmal an unsere Schwesterfirma in Hongkong, Ruifeng Global Trading (HK) Ltd.',
    rules: [PAY, CHANGE],
  },
  {
    text: "Bu sipariş için ödemeyi Hong Kong'daki kardeş şirketimiz Jinyu Trading (HK) Limited alacak",
    rules: [CHANGE],
  },
  {
    text: 'Untuk pembayaran kali ini ke perusahaan saudara kami di Hong Kong ya kak, Huaxin Global (HK) Co.',
    rules: [CHANGE],
  },
  { text: 'Lần này công ty chị em ở Hồng Kông sẽ nhận tiền, Yaxin Trading (HK) Ltd', rules: [CHANGE] },
  { text: 'Lan nay cong ty chi em o Hong Kong se nhan tien, PI moi gui kem', rules: [CHANGE] },
  {
    text: 'Uwaga: płatność za to zamówienie przyjmuje nasza spółka siostrzana w Hongkongu.',
    rules: [CHANGE],
  },
  { text: '今回のお支払いは香港の姉妹会社 Jiarui Global (HK) Ltd. が受け取ります。', rules: [CHANGE] },
  { text: 'सर, हमारा कंपनी अकाउंट अभी ऑडिट में है, कृपया नए अकाउंट में भेजिए', rules: [CHANGE] },
  { text: 'sir company account abhi audit mein hai, naye account me bhejo', rules: [CHANGE] },
  {
    text: 'Unsere Schwesterfirma in Hongkong macht die Verpackung, die Zahlung läuft über Alibaba.',
    rules: [],
  },
  { text: 'Kardeş şirketimiz Ningbo fabrikasında üretim yapıyor, ödeme Trade Assurance ile.', rules: [] },
  { text: 'Công ty chị em cũng làm hàng này, giá tốt, anh đặt qua Alibaba nhé', rules: [] },
  { text: '香港の姉妹会社が出荷を担当します。お支払いはアリババの注文でお願いします。', rules: [] },
  // Probe 83: payments now made to an entity abroad, the account "in tax audit"; their ordinary twins.
  {
    text: 'From this quarter, payments for all orders are to be made to our Malaysian subsidiary, Kinwah Holdings Sdn Bhd.',
    rules: [CHANGE],
  },
  {
    text: 'Our Malaysian subsidiary makes the plugs; payment stays in the Alibaba order as usual.',
    rules: [],
  },
  {
    text: 'Sorry, the company account is in tax audit until the 20th, so please use the other one.',
    rules: [PAY, CHANGE],
  },
  { text: 'The tax audit of our factory finished last month, all certificates attached.', rules: [] },
  // Probe 85: an affiliate receiving, said in few words; a colleague handling the buyer, an updated PI.
  {
    text: 'Yes sir it is genuine, our HK affiliate receive for this quarter. Please proceed.',
    rules: [CHANGE],
  },
  { text: 'Yes sir, our HK affiliate receive the raw materials for this quarter.', rules: [] },
  {
    text: 'Hello Mr. Sharma, from today my colleague Jessica handle your account, I am transfer to domestic sales.',
    rules: [],
  },
  { text: 'Noted. Our bank Habib Bank needs an updated PI for the 2nd installment.', rules: [] },
  // Probe 88's leftovers: a rule for any change, and the payment's own reference; their risky twins.
  {
    text: 'Our procurement policy requires a call-back for any bank change, using the number on your profile.',
    rules: [],
  },
  { text: 'Please note our bank change: from today we receive at HSBC Hong Kong.', rules: [CHANGE] },
  {
    text: "My bank returned the wire for the jackets: 'beneficiary reference invalid'. Sending it again.",
    rules: [],
  },
  {
    text: 'The beneficiary is invalid now, please send the jackets payment to our new account.',
    rules: [PAY, CHANGE],
  },
];
