import { cue, type Cue } from './cue';

/** Crypto: coins, stablecoins, exchanges and wallets, and a wallet address asked for. Part of PAYMENT_SERVICES. */
export const CRYPTO: readonly Cue[] = [
  // Tether by its name only as money ("pay in Tether", "Tether TRC20"): a tether is also a strap, a rope or a ball game.
  // A trading pair ("BTC/USDT") names a market, as on a price ticker.
  cue(
    'crypto (USDT)',
    '\\busdt\\b(?<!\\b[a-z]{2,5}/usdt)|\\b\\d[\\d,.]*\\s?u\\s+to\\s+(?:our|my|the|this)\\s+(?:\\S+\\s+)?wallet\\b|\\b(?:in|by|via|with|using|accept|send)\\s+tether\\b|\\btether\\s+(?:usdt|\\(usdt\\)|trc|erc|wallet|address|coins?|on\\s+(?:the\\s+)?(?:tron|ethereum))\\b|\\(\\s*tether\\s*\\)|泰达币|(?:کیف\\s+پول|ولت|محفظة)\\s+(?:\\S+\\s+)?(?:تتر|تيثر)|(?<![\\p{L}])(?:با|به)\\s+(?:تتر|تيثر)(?![\\p{L}])|\\bu币|지갑\\s?주소|钱包地址|\\badresse\\s+(?:du\\s+)?portefeuille\\b|\\bdirecci[óo]n\\s+de\\s+(?:la\\s+)?billetera\\b',
    {
      anchors: [
        'usdt',
        'tether',
        'wallet',
        'تتر',
        'تيثر',
        '泰达币',
        'u币',
        '지갑',
        '钱包地址',
        'portefeuille',
        'billetera',
      ],
    },
  ),
  cue('crypto (USDC)', '\\busdc\\b', { anchors: ['usdc'] }),
  cue('crypto (Binance Pay)', '\\bbinance\\s+(?:pay|id|uid)\\b', { anchors: ['binance'] }),
  cue(
    'crypto',
    '\\bcrypto(?:currenc(?:y|ies))?\\b|\\bstable\\s?coins?\\b|\\bkripto\\b|крипт[\\p{L}]*|\\bbit\\s?coins?\\b|\\bbtc\\b|\\beth(?:ereum)?\\b|\\blite\\s?coin\\b|\\bltc\\b|\\b(?:trc|erc)\\s?-?20\\b|\\bbinance\\b|\\bsolana\\b|\\bdoge\\s?coin\\b|\\bxrp\\b|\\bcoinbase\\b|\\bkraken\\b|\\bokx\\b|\\bbybit\\b|\\bkucoin\\b|\\bhuobi\\b|\\btrust\\s+wallet\\b|\\btrustwallet\\b|\\bmetamask\\b|\\bmeta\\s+mask\\b|比特币|虚拟币|加密货币|数字货币',
    {
      needsPaymentTalk: true,
      anchors: [
        'crypt',
        'kript',
        'крипт',
        'coin',
        'btc',
        'eth',
        'ltc',
        '20',
        'binance',
        'solana',
        'xrp',
        'coinbase',
        'kraken',
        'okx',
        'bybit',
        'kucoin',
        'huobi',
        'trust wallet',
        'trustwallet',
        'metamask',
        'meta mask',
        '比特币',
        '虚拟币',
        '货币',
      ],
    },
  ),
];
