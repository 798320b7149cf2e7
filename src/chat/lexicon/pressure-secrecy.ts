import { cue, type Cue } from './cue';
import { DISPUTES_TO_DROP } from './pressure-disputes';

/** What a wire's note is told to say instead of the goods: "gift", "personal", "family support". */
const COVER_WORD = `["'“‘]?(?:gift|personal|family(?:\\s+support)?|loan|donation|service\\s+fee|consult(?:ing|ancy)(?:\\s+fees?)?|commission)["'”’]?`;
/** Where a wire says what it is for. */
const TRANSFER_NOTE =
  '(?:remittance|transfer|payment|wire|bank)\\s+(?:purpose|reason|note|reference|remark|memo|description)\\b';
/** Said of goods not yet with the buyer, or of the money the confirmation releases. */
const BEFORE_ARRIVAL =
  // Not "confirm delivery after you receive the goods, so we can get paid": that confirmation waits for the goods.
  '(?![^.!?\\n]{0,60}?\\b(?:after|once|when|as\\s+soon\\s+as)\\s+(?:you\\s+)?(?:receive|get|got|have\\s+received|check))' +
  '[^.!?\\n]{0,60}?(?:on\\s+the\\s+way|will\\s+arrive|arrives?\\s+(?:soon|tomorrow|next\\s+week|in\\s+\\d)|in\\s+transit|not\\s+(?:yet\\s+)?arrived|before\\s+(?:you\\s+)?(?:receive|get)|so\\s+(?:that\\s+)?we\\s+(?:can\\s+)?(?:get\\s+paid|(?:get|receive)\\s+(?:the\\s+|our\\s+)?(?:money|payment)))';

/**
 * "Confirm delivery in the system first? The goods will arrive tomorrow": asked for now, and the
 * next sentence says the goods are still coming. "First" or "now" is needed: "please confirm
 * receipt of the payment slip. The goods will arrive tomorrow" asks nothing early.
 */
const ARRIVAL_NEXT =
  '[^.!?\\n]{0,30}?\\b(?:first|now|in\\s+advance|in\\s+the\\s+system|on\\s+alibaba)\\b[^.!?\\n]{0,30}?[.!?]\\s*(?:the\\s+|your\\s+)?(?:goods|parcel|package|shipment|cargo|container)\\s+(?:\\S+\\s+){0,3}?(?:will\\s+arrive|arrives?\\s+(?:soon|tomorrow|next\\s+week|in\\s+\\d)|(?:is|are)\\s+(?:still\\s+)?(?:on\\s+the\\s+way|in\\s+transit))';

/**
 * The quieter kind of pressure: keep the deal from Alibaba's eyes (don't
 * tell, don't discuss it there, delete the chat), or drop the check that
 * would catch a bad order (no samples, no inspection, "trust me"). Part of
 * PRESSURE, at its end.
 */
/** The buyer's own company kept out of it: "your boss doesn't …". */
const NOT_THEIR_BUSINESS =
  "\\byour\\s+(?:client|boss|company|customer|employer|manager)\\s+(?:don'?t|doesn'?t|do\\s+not|does\\s+not|no)\\s+";

export const SECRECY_AND_SKIPPED_SAFEGUARDS: readonly Cue[] = [
  cue(
    'a request for secrecy',
    // Not a price kept from competitors: "please don't tell other suppliers our price", nor "don't tell me the price is too high"; nor the supplier's own promise ("we keep your design secret"),
    // nor a code kept from everyone ("bank will send OTP code, do not tell anyone").
    "\\b(?:don't|do\\s+not)\\s+tell\\b(?!\\s+(?:the\\s+|any\\s+)?(?:other|others|competitors?)\\b|\\s+me\\b)(?<!\\b(?:otp|code|password|pin|cvv)\\b[^.!?\\n]{0,20}?tell)(?![^.!?\\n]{0,30}\\b(?:otp|code|password|pin|cvv)\\b)|\\bkeep(?<!\\b(?:we|i|we'll|i'll)\\s+(?:[\\p{L}']+\\s+){0,2}keep)\\s+(?:it\\s+|this\\s+)?(?:quiet|secret|between\\s+us)\\b|\\bkeep\\s+(?:it\\s+|this\\s+)?(?:quiet|secret|hidden)\\s+from\\s+(?:alibaba|the\\s+platform|trade\\s+assurance)\\b|\\bsecret\\s+(?:price|deal|discount)\\b" +
      // "Please don't mention payment or bank in this chat, system will hold the order".
      "|\\b(?:don'?t|do\\s+not|never)\\s+(?:mention|talk\\s+about|discuss)\\s+(?:the\\s+)?(?:payment|bank|money|price)s?\\s+(?:or\\s+\\S+\\s+)?(?:in|on)\\s+(?:this|the)\\s+(?:chat|platform)\\b" +
      // "If Alibaba customer service asks, tell them the order is cancelled": the platform told a story.
      '|\\bif\\s+(?:alibaba|the\\s+platform|(?:alibaba\\s+)?customer\\s+service|cs|trade\\s+assurance)\\b[^.!?]{0,40}?\\b(?:asks?|calls?|contacts?|checks?)\\b[^.!?]{0,20}?\\btell\\s+(?:them|it|him|her)\\b' +
      "|\\b(?:don't|do\\s+not)\\s+(?:discuss|mention|talk\\s+about)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:on|with|to|in)\\s+alibaba\\b|\\bdelete\\s+(?:the|this|our)\\s+(?:chat|message|conversation)s?\\b" +
      // "Dont inform alibaba about the delay", "don't message Alibaba about the payment": the platform kept out.
      "|\\b(?:don'?t|do\\s+not)\\s+(?:inform|notify|message|contact|report\\s+(?:it\\s+|this\\s+)?to|complain\\s+to)\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance)\\b" +
      // "Don't leave any message about the payment on Alibaba."
      "|\\b(?:don't|do\\s+not)\\s+leave\\s+(?:any\\s+)?(?:messages?|words?|anything|records?)\\s+(?:about|of|on)\\s+(?:the\\s+)?(?:payment|price|discount|account|bank)\\b[^.!?]{0,20}?\\b(?:on|in)\\s+(?:alibaba|the\\s+platform|this\\s+chat|the\\s+chat)\\b" +
      '|别告诉|不要告诉|删除聊天|(?:不要|别)(?:跟|和|对|向)阿里(?:巴巴)?(?:说|讲|提)|(?:不要|别)在(?:阿里(?:巴巴)?|平台)(?:上面|里面|上|里)?(?:提|说|聊|谈|留)',
    {
      anchors: [
        'tell',
        'keep',
        'secret',
        'discuss',
        'mention',
        'talk about',
        'delete',
        'leave',
        'inform',
        'notify',
        'message',
        'contact',
        'report',
        'complain',
        '告诉',
        '删除聊天',
        '阿里',
        '平台',
      ],
    },
  ),
  cue(
    'a push to skip a safeguard',
    '\\b(?:inspection|samples?|qc)\\s+(?:is\\s+|are\\s+)?(?:not\\s+necessary|unnecessary|not\\s+needed)\\b|\\bno\\s+(?:time|need)\\s+for\\s+(?:an?\\s+|the\\s+)?(?:third[\\s-]party\\s+)?(?:samples?|inspection|qc)\\b' +
      // "No time for TA order": the order's protection called a delay.
      '|\\bno\\s+time\\s+for\\s+(?:an?\\s+|the\\s+)?(?:ta\\s+order|trade\\s+assurance|escrow)\\b' +
      // "No need to inspect", "you don't need a third-party inspection".
      "|\\bno\\s+need\\s+to\\s+inspect\\b|\\b(?:don'?t|do\\s+not)\\s+need\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:third[\\s-]party\\s+)?inspections?\\b(?!\\s+(?:fee|fees|money|payment)\\b)" +
      "|\\bskip(?<!\\b(?:can't|cannot|don't|never|not|won't)\\s+skip)\\s+(?:the\\s+)?(?:inspection|samples?)\\b|\\btrust\\s+me\\b|不用验货|不需要验货" +
      // "No need to wait for your inspector", "just click 'confirm received'" (not "… when goods arrive"), "please release payment now", "give me 5 star review now b4 goods arrive".
      '|\\bno\\s+need\\s+to\\s+wait\\s+for\\s+(?:the\\s+|your\\s+)?(?:inspector|inspection|trade\\s+assurance|ta|qc)\\b|\\bclick\\s+["\'“]?confirm\\s+(?:received|receipt|delivery)\\b(?![^.!?\\n]{0,40}?\\b(?:when|after|once|as\\s+soon\\s+as)\\s+(?:the\\s+|your\\s+|you\\s+)?(?:goods|parcel|package|shipment|order|receive|get|check)\\b)' +
      '|\\brelease\\s+(?:the\\s+)?payment\\s+(?:now|first|today)\\b|\\b(?:5|five)[\\s-]?stars?\\s+review\\s+(?:now|first|before|b4)\\b',
    {
      anchors: [
        'inspect',
        'sample',
        'qc',
        'time for',
        'need for',
        'trust me',
        '验货',
        'no need to wait for',
        'confirm',
        'release',
        'review',
      ],
    },
  ),
  cue(
    'a push to skip a safeguard',
    // Receipt confirmed before the goods arrive releases the Trade Assurance money: "please confirm receipt now, the goods are on the way".
    `\\b(?:confirm\\s+receipt|confirm\\s+the\\s+receipt|confirm\\s+delivery|confirm\\s+the\\s+delivery|confirm\\s+receiving)\\b(?<!\\b(?:don't|do\\s+not|never|not)\\s+confirm\\s+(?:the\\s+)?\\w+)(?=${BEFORE_ARRIVAL}|${ARRIVAL_NEXT})` +
      // "Close the dispute and we will refund you via bank": the platform's mediation traded for a promise.
      '|(?:发货前|到货前|收到货前|货还没到)[^。！？]{0,6}?确认收货|(?:先|提前)确认收货|确认收货[^。！？]{0,12}?(?:才能|就能)(?:收到|拿到)(?:货款|钱|款)' +
      "|\\b(?:close|cancel|withdraw)\\s+(?:the|your|this)\\s+(?:dispute|claim|complaint)(?:\\s+(?:first|today|now))?(?:\\s*,\\s*|\\s+)(?:(?:and|then)\\s+)?(?:we|i)\\s*(?:(?:will|'ll)\\s+)?(?:refund|pay|send|return|compensate)" +
      // "Your dispute will make our account frozen … Close it now and I pay you by LianLian."
      "|\\b(?:close\\s+it|cancel\\s+it|withdraw\\s+it)\\s+(?:first\\s+|today\\s+|now\\s+)?(?:and|then)\\s+(?:we|i)\\s*(?:(?:will|'ll)\\s+)?(?:refund|pay|send|return|compensate)(?<=\\b(?:dispute|claim|complaint)\\b[^]{0,120})",
    {
      anchors: [
        'confirm receipt',
        'confirm the receipt',
        'confirm delivery',
        'confirm the delivery',
        'confirm receiving',
        '确认收货',
        'dispute',
        'claim',
        'complaint',
        'close it',
        'cancel it',
        'withdraw it',
      ],
    },
  ),
  cue(
    'a request to hide what the payment is for',
    // "Write 'gift' as the remittance purpose", "don't mention the product name in the transfer note",
    // "pay in two parts to avoid bank inspection": a wire disguised so the bank can't tell it is trade.
    `\\b(?:write|put|use|state|mark|say)\\s+(?:it\\s+as\\s+)?${COVER_WORD}\\s+(?:as|for|in|on)\\s+(?:the\\s+)?${TRANSFER_NOTE}` +
      `|\\b(?:write|put|use|state)\\s+(?:the\\s+)?(?:reference|remark|memo|purpose|note)\\s+${COVER_WORD}` +
      // "Tell your bank the purpose of payment is 'family support'".
      `|\\bpurpose\\s+of\\s+(?:the\\s+)?(?:payment|transfer|remittance|wire)\\s+(?:is|as|=|:)\\s*${COVER_WORD}` +
      // Not when the note is to carry the order's number instead, so that Alibaba can match the payment.
      `|\\b(?:don't|do\\s+not|never)\\s+(?:mention|write|put|include)\\s+(?:[\\p{L}]+\\s+){0,5}?(?:in|on)\\s+(?:the\\s+)?${TRANSFER_NOTE}(?![^.!?\\n]{0,40}?\\border\\s+(?:number|no)\\b)` +
      '|\\bto\\s+avoid\\s+(?:the\\s+)?(?:bank|customs|tax)\\s+(?:inspections?|checks?|reviews?|attention|controls?|reports?|questions?)\\b' +
      // 转账备注不要写产品名称, 备注写成"礼物": the transfer note left blank of the goods, or given a cover word.
      '|备注(?:里|上|中)?(?:不要|别|不能|千万别)(?:写|填|提|备注)|备注(?:写|填)(?:成|为)?\\s*["“\'‘「]?(?:礼物|礼品|借款|还款|家用|生活费|服务费|咨询费)',
    {
      // The cover words, the verbs that leave the goods out, "to avoid": not "payment" or "bank", in most messages.
      anchors: [
        'gift',
        'personal',
        'family',
        'loan',
        'donation',
        'service fee',
        'consult',
        'commission',
        'mention',
        'write',
        'put',
        'include',
        'to avoid',
        '备注',
      ],
    },
  ),
  cue(
    'a request for secrecy',
    // "Don't mention the discount in the Alibaba messages", "what we agreed stays between you and me", "delete the last
    // message", "erwähnen Sie ihn nicht im Alibaba-Chat", "sag niemandem", "ne dites rien à Alibaba", عدم ذكر, "jangan sebut", 千万别写阿里巴巴,
    // 请勿在旺旺里提, 알리바바 채팅에는 언급하지.
    "\\b(?:don'?t|do\\s+not|never)\\s+(?:mention|write|say)\\b[^.!?]{0,40}?\\b(?:alibaba|the\\s+platform|order\\s+remarks)\\b|\\bstays?\\s+between\\s+you\\s+and\\s+me\\b|\\bdelete\\s+(?:the|this|my)\\s+(?:last\\s+)?message\\b" +
      // A kickback to the buyer's agent: "Your client don't need to know".
      `|${NOT_THEIR_BUSINESS}need\\s+to\\s+know\\b|${NOT_THEIR_BUSINESS}need\\s+know\\b` +
      // "Ne dites rien à Alibaba", "no le diga nada a Alibaba del descuento".
      '|\\bne\\s+dites\\s+(?:rien|pas|jamais)\\b[^.!?]{0,30}?\\s(?:à|a)\\s+alibaba\\b|\\bno\\s+(?:le\\s+)?digas?\\b[^.!?]{0,30}?\\ba\\s+alibaba\\b' +
      '|\\berw(?:ä|a|ae)hnen\\s+sie\\s+(?:ihn|es|das|dies|sie)\\s+nicht\\b|\\bsag\\s+niemandem\\b|عدم\\s+ذكر|\\bjangan\\s+sebut\\b|别写阿里|请勿在旺旺|채팅에는\\s+언급하지',
    {
      anchors: [
        'mention',
        'write',
        'say',
        'between you and me',
        'need to know',
        'need know',
        'message',
        'hnen sie',
        'niemandem',
        'dites',
        'diga',
        'عدم',
        'jangan sebut',
        '别写阿里',
        '请勿在旺旺',

        '채팅에는',
      ],
    },
  ),
  ...DISPUTES_TO_DROP,
];
