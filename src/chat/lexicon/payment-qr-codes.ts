import { cue, type Cue } from './cue';

/** A QR code to scan and pay: it pays whoever made it, not the Trade Assurance order. Part of PAYMENT_ROUTES. */
export const PAYMENT_QR_CODES: readonly Cue[] = [
  cue(
    'a payment QR code',
    // "Scan this QR code with WeChat to pay", "our cashier will send you a QR code to scan and pay", "i send you the QR for
    // sample cost"; not "scan the QR to pay in the Alibaba app".
    '\\b(?:scan|use)\\s+(?:\\S+\\s+){0,3}?qr(?:\\s*code)?(?:\\s+(?:with|in|on|using)\\s+(?:\\S+\\s+)?\\S+?)?\\s+(?:to|and)\\s+(?:pay|make\\s+(?:the\\s+)?payment|transfer)\\b(?![^.!?\\n]{0,30}\\b(?:in|on|through|via)\\s+(?:the\\s+)?alibaba)|\\bqr\\s*code\\s+(?:to|for\\s+you\\s+to)\\s+scan\\s+(?:and|to)\\s+(?:pay|make\\s+(?:the\\s+)?payment|transfer)\\b|\\bscan\\s+(?:the|this|my|our)\\s+(?:\\S+\\s+)?code\\s+(?:(?!alibaba)\\S+\\s+){0,4}?(?:to|and)\\s+(?:pay|make\\s+(?:the\\s+)?payment|transfer)\\b|\\bpayment\\s+qr\\s*code\\b|\\b(?:send|give|share)\\s+(?:you|u)\\s+(?:the|my|our|a)\\s+qr(?:\\s*code)?\\s+(?:for|to\\s+pay)\\s+(?:the\\s+)?(?:sample\\s+)?(?:cost|fee|payment|deposit|balance|money|freight|shipping)\\b|\\bqr\\s*code\\s+(?:for|of)\\s+(?:the\\s+)?payment\\b|(?:收款码|付款码)(?!牌|贴|立牌|台卡|标牌|音箱|支架)|扫码(?:付款|支付|转账|付钱|付)|扫(?:描|一下|一扫)?(?:这个|下面的?|我的)?二维码(?:付款|支付|转账|付钱|付)|二维码(?:付款|支付)',
    { anchors: ['qr', 'scan', '收款码', '付款码', '扫码', '二维码'] },
  ),
  cue(
    'a payment QR code',
    // "Scan it with your banking app to pay the balance", "pay via the QR in the invoice", "scan the QR in my profile and
    // send screenshot": a code that pays whoever made it. Not "scan the QR code on the box to see the manual".
    '\\bscan\\s+(?:it|this|that|them)\\s+(?:with|in|using)\\s+(?:your\\s+|the\\s+)?(?:\\S+\\s+)?(?:banking\\s+app|bank\\s+app|payment\\s+app|wallet\\s+app)\\b' +
      '|\\bpay\\w*\\s+(?:via|through|with|by|using)\\s+(?:the|this|our|my)\\s+qr\\b' +
      // Not "scan the QR in my profile to add me": that one is a contact.
      '|\\bscan\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?qr(?:\\s*code)?\\s+(?:in|on)\\s+(?:my|our)\\s+(?:profile|status|moments|bio|whatsapp|wechat)\\b(?!\\s+(?:pic|picture|photo)\\b)(?![^.!?\\n]{0,30}\\bto\\s+(?:add|contact|reach|follow|message)\\s+(?:me|us)\\b)' +
      '|\\bscan\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?qr(?:\\s*code)?\\s+(?:\\S+\\s+){0,4}?and\\s+send\\s+(?:me\\s+|us\\s+)?(?:a\\s+|the\\s+)?screenshot' +
      // "Scan this QR code to see our factory certificate and pay the sample fee."
      '|\\bscan\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?qr(?:\\s*code)?\\b[^.!?]{0,60}?\\band\\s+pay\\b' +
      // "I send you payment page QR", "deposit via the group payment QR", "group price only for QR payment"; not the
      // order's own code ("scan the QR on our PI, it opens the same order in the app").
      '|\\bpayment\\s+(?:page\\s+)?qr\\b|\\bqr\\s+payments?\\b(?![^.!?\\n]{0,30}\\b(?:in|on|through|via)\\s+(?:the\\s+)?alibaba)',
    { anchors: ['banking app', 'bank app', 'payment app', 'wallet app', 'qr'] },
  ),
  cue(
    'a payment QR code',
    // Vietnamese "chuyển khoản qua mã QR này", "quét mã QR để thanh toán"; Spanish and Portuguese "pague con el código QR",
    // "pagar pelo QR"; Indonesian "bayar pakai QRIS"; Thai "สแกนจ่าย", "สแกน QR โอน".
    '(?:chuy[ểe]n\\s+kho[ảa]n|thanh\\s+to[áa]n|tr[ảa]\\s+ti[ềe]n)\\s+(?:qua|b[ằa]ng)\\s+m[ãa]\\s+qr\\b' +
      '|\\bqu[ée]t\\s+m[ãa]\\s+qr\\s+(?:\\S+\\s+){0,3}?(?:thanh\\s+to[áa]n|chuy[ểe]n\\s+kho[ảa]n|tr[ảa]\\s+ti[ềe]n)' +
      '|\\bpag(?:ar|ue|uen|a|e)\\s+(?:con|por|pelo|via|com|mediante)\\s+(?:el\\s+|este\\s+|o\\s+|esse\\s+)?(?:c[óo]digo\\s+)?qr\\b(?!\\s+(?:de|da|do)\\s+(?:alibaba|trade))' +
      '|\\bbayar\\s+(?:pakai|pake|lewat|via|dengan|dgn)\\s+(?:kode\\s+)?(?:qr|qris)\\b|สแกนจ่าย|สแกน\\s*qr\\s*(?:โอน|จ่าย|ชำระ)' +
      // VietQR, Vietnam's bank-transfer code: "em gửi mã VietQR, anh quét chuyển luôn 20% cọc".
      '|\\bvietqr\\b',
    { anchors: ['qr', 'สแกน'] },
  ),
];
