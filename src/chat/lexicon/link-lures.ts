// The words that make a link a lure: why someone sends a link to log in, pay or fetch a document.

/** Paying in other languages: "Paga el certificado en …", "Pagamento da taxa: bit.ly/…", "Zahlung", "opłata", "plaćanje". */
const PAYING_ELSEWHERE =
  '\\b(?:pag(?:a|ar|ue|o|amento)|payer|paiement|r[ée]gl(?:er|ez|ement)|(?:be)?zahl(?:en|ung)|betaal\\w*|betaling\\w*|bayar|pembayaran|thanh\\s+to[áa]n|pla[cć]anj\\w*|uplat\\w*|maksu(?:n|t|a)?|maksa(?:a|kaa|tte)?)\\b|\\bop[łl]at|\\bp[łl]atno[śs]|\\bzap[łl]a[ćc]|оплат|[öo]deme|[öo]deyin|الدفع|ادفع|ودفع';
/** Why someone would send a link to a login, payment or document page. */
export const LURE_WORDS = new RegExp(
  '\\b(?:pay\\w*|checkout|deposit\\w*|escrow|log\\s?-?in|sign\\s?-?in|verify|verification|confirm\\w*|account|invoice|pi|document|docs|file|receipt|order|form|bank|password|pwd|sms\\s+code|auth\\w*|online\\s+banking|inloggen|digid|identifiez|connexion|anmelden|einloggen|accedi|log\\s+masuk|frais|rechnung|kartendaten|card\\s+details|factura|fatura|facture|fattura|faktura)\\b|支付|付款|定金|登录|登入|验证|驗證|下载|確認|确认|发票|вход|로그인|' +
    PAYING_ELSEWHERE,
  'u',
);
/**
 * Logging in or paying, in a link's host or path or the words beside it: on a file-sharing site or an app store a
 * document or a download is ordinary, and only these lure; a supplier's own site with them in its name may be where
 * to pay.
 */
export const LOGIN_OR_PAYMENT_WORDS =
  /\b(?:pay\w*|checkout|log\s?-?in|sign\s?-?in|verify|verification|password|account)\b|支付|付款|定金|登录|验证|密码/u;

/** Paying near a link: "pay here", "enter card", in other languages too. */
export const PAYMENT_WORDS = new RegExp(
  // "Buy the return label here", "введите данные карты" (enter your card's details), Dutch "te betalen".
  `\\b(?:pay\\w*|betal\\w*|settle|checkout|deposit|wallet|fee|enter\\s+(?:your\\s+)?card|card\\s+(?:details|number)|buy\\s+(?:\\S+\\s+){0,2}?label)\\b|данн[\\p{L}]*\\s+(?:\\S+\\s+)?карт|支付|付款|定金|付|${PAYING_ELSEWHERE}`,
  'u',
);
