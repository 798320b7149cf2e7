import { cue, type Cue } from './cue';

/**
 * How commodity brokers and port agents hurry a buyer: another buyer said to take the cargo or the allocation, an offer
 * or an FCO said to lapse, and port charges by the day or an auction on a clock. Found by probe 56 (sugar, frozen
 * chicken, coffee, machinery through Mombasa, Lagos and Khorgos). Part of MORE_OFFERS_ENDING.
 */
export const BROKERS_AND_PORTS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // "Another buyer in Tashkent want the same 10 units, he ready to pay tomorrow", "if you want keep them you must pay deposit
    // today", "Buyer from Qatar already offered 20usd more per MT", "first to send POF take the cargo".
    '\\b(?:another|other)\\s+buyers?\\s+(?:\\S+\\s+){0,3}?wants?\\s+(?:the\\s+)?same\\b[^.!?]{0,60}?\\bready\\s+to\\s+pay\\b' +
      '|\\bif\\s+you\\s+want\\s+(?:to\\s+)?keep\\s+(?:them|it|the\\s+\\S+)\\s+(?:you\\s+)?must\\s+pay\\b' +
      '|\\b(?:buyer|client|customer)\\s+from\\s+\\S+\\s+(?:already\\s+)?offered\\s+(?:\\S+\\s+){0,2}?more\\b' +
      '|\\b(?:first\\s+to|first\\s+who)\\s+(?:send|pay|sign|confirm)\\w*\\s+(?:\\S+\\s+){0,3}?(?:take|takes|gets?|wins?)\\s+(?:the\\s+)?(?:cargo|goods|allocation|lot|stock|container|tranche)\\b' +
      // "If you don't sign the FCO by tomorrow noon we allocate to him", "your spot will be given to the Chinese buyer waiting".
      "|\\bif\\s+you\\s+(?:don'?t|do\\s+not)\\s+[^.!?]{0,60}?\\bwe\\s+(?:will\\s+)?allocate\\s+(?:it\\s+|them\\s+)?to\\s+(?:him|them|another|the\\s+other)\\b" +
      '|\\b(?:your|the)\\s+(?:spot|slot|allocation|place|cargo|lot|tranche)\\s+will\\s+be\\s+(?:given\\s+to|sold\\s+to|allocated\\s+to|passed\\s+to)\\s+(?:the\\s+|an?\\s+)?(?:\\S+\\s+)?(?:buyer|customer|client)' +
      // Dutch "dan gaat de hele partij koffie naar hem" (then the whole lot of coffee goes to him); Turkish "Yedek alıcı hazır"
      // (a buyer in reserve is ready), "onayı gelmezse … iptal edilir" (if the approval doesn't come, it is cancelled).
      '|\\bdan\\s+gaat\\s+(?:de\\s+)?(?:hele\\s+)?(?:partij|lading|container|order|bestelling)\\s+(?:\\S+\\s+)?naar\\s+(?:hem|haar|hen|een\\s+andere)\\b' +
      // French "Nous avons une autre commande pour les mêmes coques" (we have another order for the same cases).
      '|\\bune\\s+autre\\s+commande\\s+pour\\s+(?:les|le|la)\\s+m[êe]mes?(?![\\p{L}])' +
      '|\\byedek\\s+al[ıi]c[ıi](?![\\p{L}])|\\bgelmezse\\s+(?:\\S+\\s+){0,3}?iptal\\s+edil',
    {
      anchors: [
        'ready to pay',
        'must pay',
        'offered',
        'first to',
        'first who',
        'allocate',
        'given to',
        'sold to',
        'allocated to',
        'passed to',
        'dan gaat',
        'autre commande',
        'yedek al',
        'gelmezse',
      ],
    },
  ),
  cue(
    'an offer that ends soon',
    // "Price valid until 5pm Dubai time only. After that the FCO is cancelled", "after that my boss cancel this price"; Serbian
    // "od ponedjeljka fabrika diže cijene panela za 8%" (from Monday the factory raises the panels' prices by 8%).
    '\\bafter\\s+that\\s+(?:the\\s+)?(?:fco|offer|price|allocation|deal|quotation|booking)\\s+(?:is|will\\s+be|gets?)\\s+(?:cancel(?:l?ed)?|void|invalid|withdrawn)\\b' +
      '|\\bafter\\s+that\\s+(?:my\\s+)?(?:boss|manager|factory)\\s+(?:will\\s+)?cancel\\w*\\s+(?:the\\s+|this\\s+)?(?:price|offer|deal|order)\\b' +
      // "after today sample room close", "after today the FDA listing slot is closed", "… only valid on WeChat, after today
      // expired"; "… by tomorrow, as the price is linked to the styrene index and will be revised after that".
      // "Please make payment today to our Shenzhen RMB account, from tomorrow we can not receive any more".
      "|\\bfrom\\s+tomorrow\\s+(?:we|i)\\s+(?:can\\s*not|cannot|can't|will\\s+not\\s+be\\s+able\\s+to)\\s+receive\\b" +
      '|\\bprices?\\s+(?:\\S+\\s+){0,8}?will\\s+be\\s+revised\\s+after\\s+(?:that|tomorrow|today)\\b' +
      '|\\bafter\\s+today\\s+(?:it\\s+|is\\s+|it\\s+is\\s+)?expired?\\b|\\bafter\\s+today\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?(?:room|factory|warehouse|offer|booking|slot)\\s+(?:is\\s+|will\\s+be\\s+|will\\s+)?clos(?:e|es|ed)\\b' +
      '|\\b(?:od\\s+ponedjeljka|od\\s+ponedeljka|od\\s+sutra)\\s+(?:\\S+\\s+)?(?:di[žz]e|podi[žz]e|di[žz]u)\\s+cijen',
    {
      anchors: [
        'after that',
        'after today',
        'revised',
        'from tomorrow',
        'od ponedjeljka',
        'od ponedeljka',
        'od sutra',
      ],
    },
  ),
  cue(
    'a fine by the day',
    // "Mombasa port will start charge demurrage 85 USD per day from tomorrow", "customs will
    // auction the goods if you don't clear in 5 days", "the cargo roll to next vessel and you pay 3000usd extra freight",
    // "if not your tractors wait in Khorgos 2 weeks with storage fee"; Indonesian "kalau besok sudah kena biaya gudang" (from
    // tomorrow the warehouse charges). Not the contract's terms: "… per day after 14 free days".
    '\\b(?:port|warehouse|terminal|shipping\\s+line|carrier)\\s+will\\s+start\\s+(?:to\\s+)?charg(?:e|ing)\\s+(?:you\\s+)?(?:demurrage|storage|detention)\\s+(?:fees?\\s+)?(?:usd\\s*|us\\$|\\$)?\\d[\\d,.]*\\s*(?:usd\\s*|dollars?\\s*)?(?:per|a|/)\\s*day\\b(?!\\s+after\\s+(?:the\\s+)?\\d+\\s+free\\b)' +
      '|\\bwill\\s+auction\\s+(?:the\\s+|your\\s+)?(?:goods|cargo|container|shipment)\\b' +
      '|\\b(?:next\\s+vessel|next\\s+ship|next\\s+sailing)\\s+and\\s+you\\s+(?:will\\s+)?pay\\b' +
      '|\\bif\\s+not\\s+(?:\\S+\\s+){0,3}?wait\\w*\\s+(?:\\S+\\s+){0,3}?\\d+\\s+(?:weeks?|days?)\\s+(?:with\\s+storage|with\\s+demurrage|with\\s+warehouse)\\b' +
      // "… signed docs TODAY or container goes to physical inspection + demurrage"; "Parcel returns to sender after 48h".
      '|\\b(?:today\\s+or|tonight\\s+or|now\\s+or)\\s+(?:the\\s+|your\\s+)?(?:container|cargo|goods|shipment|parcel)\\s+(?:goes|will\\s+go|will\\s+be|gets?)\\b' +
      '|\\breturns?\\s+to\\s+(?:the\\s+)?sender\\s+(?:after|in|within)\\s+\\d+\\s*(?:h|hrs?|hours?|days?)\\b' +
      '|\\b(?:kalau|kalo|jika)\\s+besok\\s+(?:sudah\\s+)?kena\\s+biaya\\s+(?:gudang|penyimpanan|demurrage)\\b',
    {
      anchors: [
        'will start',
        'auction',
        'next vessel',
        'next ship',
        'next sailing',
        'with storage',
        'with demurrage',
        'with warehouse',
        'today or',
        'tonight or',
        'now or',
        'sender',
        'kena biaya',
      ],
    },
  ),
];
