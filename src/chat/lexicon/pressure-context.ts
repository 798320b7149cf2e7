// What the pressure rule reads around a deadline it found, and what makes pressure a warning: the words of a
// message beside the cues of PRESSURE.

/**
 * A deadline in hours is pressure only when something is at stake, or the buyer is told to hurry: "ships within 24 hours" is a promise.
 * A fee "not paid" or to "be paid" within hours is one; "was paid" is not; so are goods held at customs ("auctioned",
 * "destroyed"), a parcel that "returns to sender", a container or a vessel missed, and a claim or a dispute. A reply or a confirmation wanted, or an "otherwise", stakes nothing by itself:
 * "confirm within 1 hour if you want the 9:30 meeting slot, otherwise we do tomorrow".
 */
export const DEADLINE_STAKES =
  /\b(?:pay\w*|(?:not|be)\s+paid|balance|deposit|money|t\/?t|wire|remit\w*|verify|suspended|locked|restricted|deleted|closed|blocked|banned|terminated|disabled|deactivated|decide|price|discount|offer|stock|gone|reserved|usdt|transfer|lose|cancel\w*|demurrage|auction\w*|destroy\w*|confiscat\w*|seiz(?:e|ed|ure)|returned\s+to\s+(?:origin|(?:the\s+)?sender)|returns?\s+to\s+(?:the\s+)?sender|(?:package|parcel|shipment|goods)\s+(?:\S+\s+){0,3}?(?:is|was|are|will\s+be)\s+returned|miss\s+(?:the\s+)?(?:container|vessel|ship|flight|truck|cut-?off)|claims?|disputes?|hurry(?<!\b(?:no|not|don'?t|any)\s+(?:\S+\s+){0,2}hurry)|urgent(?:ly)?|asap)\b|\d\s?%\s+off\b|付|款|钱/u;

/**
 * Right before a deadline, the supplier promising it: "we will reply in 2 hours", "our finance will check the deposit in 2 hours",
 * "the money will be in your account within 48 hours", "I send you new order in 10 min" ask nothing of the buyer. Not "our
 * price will go up in 2 hours".
 */
export const PROMISE_BEFORE =
  /\b(?:we|i|our\s+(?!(?:price|prices|offer|discount|deal|stock|rate)\b)[\p{L}]+|the\s+(?:money|refund|funds))\s*(?:will|'ll|can|shall|could|would)\s+(?:(?!(?:if|unless|or|otherwise)\s)[\p{L}']+\s+){0,7}$|\b(?:i|we)\s+(?:send|place|check|confirm|reply|answer|call|update)\s+(?:(?!(?:if|unless|or|otherwise)\s)[\p{L}']+\s+){0,5}$/u;

/**
 * Right before a deadline in hours, what the supplier or the goods do in that time, not what the buyer must:
 * "we reply within 2 hours", "samples ship within 48 hours", "the paint is touch dry in 1 hour", "delivery in 48 hours",
 * "the Pay button will show in your alibaba order within 10 min", "Ready in 24h since in stock" (its first word); but not
 * "(please) reply within 24 hours" or "we need answer in 1 hour", said to the buyer.
 */
export const DONE_IN_THAT_TIME =
  /(?<=[\p{L}']\s+)(?<!\b(?:please|pls|kindly|must|to|should|and|or|you|u|need|needs)\s+)\b(?:reply|replies|respond|responds|answer|answers|ships?|shipped|dispatch(?:es|ed)?|deliver(?:s|ed)?|dry|dries|cures?|charges?|lasts?|coming|ready)\s+(?:fully\s+|completely\s+)?$|(?:^|[.!?,;:\n]\s*)(?:ready|ships|shipped|dispatched|delivered|coming)\s+$|\b(?:delivery|dispatch|shipping|shipment|production|refund)\s+$|\b(?:come|get|coming|getting)\s+back\s+to\s+(?:you|u)\s+$|\bsend\s+(?:the\s+|you\s+)?(?:quotation|quote|price\s*list|drawings?|photos?)\s+(?:here\s+)?$|\b(?:meeting|call|flight|lunch)\s+$|\b(?:show|shows|appear|appears)\s+(?:up\s+)?(?:(?:in|on)\s+(?:your\s+|the\s+)?(?:\S+\s+)?(?:order|page|account|app|system)\s+)?$/u;

/**
 * Right before a deadline in hours, the Trade Assurance order's own payment
 * window closing: "the payment link in the Trade Assurance order will expire
 * in 24 hours". Alibaba's deadline, for paying where the buyer is protected.
 */
export const THE_ORDER_EXPIRES =
  /\b(?:trade\s+assurance|ta|alibaba)\s+(?:order|payment\s+link|payment\s+page)\b[^.!?]{0,30}?\b(?:expires?|closes?|will\s+(?:expire|close|be\s+closed|be\s+cancell?ed)(?:\s+automatically)?)\s+$/u;

/** What pressure is about: with one of these (in any of the cues' languages), it is a warning, not just a note. */
export const PRESSURE_ABOUT_MONEY =
  /\b(?:pay|paid|payment|balance|bal|deposit|money|transfer|usdt|wu|moneygram|western|account|frozen|refund|dispute|release|discount|price|stock)\b|付|款|钱|交易|pagar|pague|\b(?:pago|pagamento|precio|pre[çc]o|payer|paiement|prix|(?:be)?zahl(?:en|ung)|preis|bayar|pembayaran|harga|thanh\s+to[áa]n)\b|\bgi[áa](?![\p{L}])|оплат|цен[аыу]|[öo]deme|fiyat|الدفع|السعر/u;

/**
 * The message itself says there is no rush to pay: "you pay when you ready", "no payment needed now", "take your
 * time", "no pressure", "if not today no worries", "if later no problem, next vessel one week later", "… before 4pm,
 * otherwise tomorrow, no problem", "payment is already done through the order", "we already paid in full"; not "the
 * deposit is already received", said before rushing the balance. Nor a deadline said not to be about paying: "URGENT
 * for documents (not payment)", "nothing to do with payment", "não tem nada a ver com pagamento", "there's no deadline
 * for the payment", "payment stays after QC". A deadline and a loss elsewhere in it ("we need the
 * colour by Friday to keep the slot") then hurry something else, not a payment. Nor charges told as facts for the
 * buyer's own agent to pay at destination ("… demurrage as per their tariff, paid by your agent"), or closed with
 * "just for your info".
 */
export const NO_RUSH_TO_PAY =
  /\b(?:pay(?:ment)?\s+(?:\S+\s+)?when\s+(?:you\s+)?(?:are\s+|r\s+)?ready|no\s+(?:rush|hurry|pressure)|take\s+your\s+time|if\s+(?:you\s+|u\s+)?(?:not|no)\s+(?:pay\s+)?(?:today|now|by\s+then)\s*,?\s+no\s+(?:worr(?:y|ies)|problem)|if\s+(?:you\s+)?miss\s+it\s+(?:i|we)\s+(?:will\s+|can\s+|'ll\s+)?(?:still\s+)?keep|(?:wait|waits|stay|stays|kept)\s+(?:\S+\s+){0,4}?free\s+of\s+charge|no\s+payment\s+(?:is\s+)?(?:needed|required|due)\s+(?:now|yet|today)|if\s+later\s*,?\s+(?:it'?s\s+)?no\s+problem|otherwise\s+(?:[^\s,.!?]+\s*,?\s+){0,3}?no\s+(?:problem|worries)|no\s+problem\s+either\s+way|not\s+(?:about|for)\s+(?:the\s+)?payment|nothing\s+to\s+do\s+with\s+(?:the\s+|your\s+)?payment|if\s+not\s*,?\s+no\s+(?:problem|worries)|(?:don'?t|do\s+not)\s+need\s+to\s+pay\s+anything|deadline\s+(?:\S+\s+)?(?:is|was)\s+only\s+for\s+(?:the\s+)?(?!payment)|no\s+deadline\s+for\s+(?:the\s+)?(?:\S+\s+)?payment|(?:payment|balance)\s+(?:stays|remains|is\s+still)\s+(?:only\s+)?after|payment\s+(?:is|was|has\s+been)\s+already\s+(?:done|made|completed)(?:\s+(?:through|in|via|on)\s+(?:the\s+)?(?:order|alibaba|trade\s+assurance)|(?=\s*(?:[.!]|$))(?![^]*\b(?:balance|rest|remaining)\b))|(?:we|i)\s+(?:have\s+)?already\s+paid\s+(?:in\s+full|everything|the\s+(?:full|whole)\s+(?:amount|order)))\b|不急|慢慢来|\bsin\s+prisa\b|\bsem\s+pressa\b|\bpas\s+press[ée]\b|\bkeine\s+eile\b|\bnada\s+a\s+ver\s+com\s+(?:o\s+)?pagamento|\bnada\s+que\s+ver\s+con\s+el\s+pago|\brien\s+(?:à|a)\s+voir\s+avec\s+le\s+paiement|\(\s*not\s+(?:for\s+)?payment\b|免费存放|免费储存|\bno\s+extra\s+(?:cost|charge)s?\b|\bif\s+you\s+need\s+more\s+time\b|\bse\s+le\s+serve\s+pi[ùu]\s+tempo\b|\bsi\s+necesita\s+m[áa]s\s+tiempo\b|\b(?:paid|payable)\s+by\s+(?:the\s+)?(?:consignee|your\s+(?:agent|cha|clearing\s+agent|broker|forwarder))\b|\bjust\s+for\s+your\s+info(?:rmation)?\s*[.!]?\s*$/u;
