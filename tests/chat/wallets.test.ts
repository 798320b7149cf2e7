import { describe, expect, it } from 'vitest';
import { findWalletAddresses } from '../../src/chat/wallets';

// Example addresses of each format (lower-cased, as the detector reads text): an Ethereum one from
// EIP-55's examples, Bitcoin's from BIP-173 and the P2SH example in its wiki, a TRON-shaped one.
const ETHEREUM = '0x52908400098527886e0f7030069857d2e4169ee7';
const BECH32 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const P2SH = '3j98t1wpez73cnmqviecrnyiwrnqrhwnly';
const TRON = 'txa9vw3kq8er2bjk1mn4pq7st5uv6wx8yz';
// Solana's shape: 44 base58 characters, no prefix.
const SOLANA = '7xkxtg2cw87d97txjsdpbd5jbkhetqa83tzrujosgasu';

describe('crypto wallet addresses', () => {
  it.each([
    [`send to this address: ${ETHEREUM}`, ETHEREUM],
    [`pay here: ${BECH32}`, BECH32],
    [`please pay to ${P2SH}`, P2SH],
    [`our usdt trc20 wallet: ${TRON}.`, TRON],
    [`tron:${TRON}`, TRON],
    [`my solana wallet: ${SOLANA}`, SOLANA],
    [`sol ${SOLANA} (phantom)`, SOLANA],
  ])('finds the address in "%s"', (text, address) => {
    expect(findWalletAddresses(text).map((found) => found.text)).toEqual([address]);
  });

  it.each([
    ['tracking number 1z999aa10123456784, order 2823749012345678'],
    ['see https://example.com/track?id=1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p'],
    [`https://etherscan.io/address/${ETHEREUM}`],
    ['email: t1234567890abcdefghijklmnopqrstuv@gmail.com'],
    ['thisisaverylongwordwithoutanyspacesatallreally'],
    // A transaction hash is 64 hex digits, not an address to pay to.
    [`tx ${ETHEREUM}${'ab'.repeat(12)}`],
    ['our product code is t1000x-200-blue-large-extra-size'],
    ['short'],
    // Solana's shape alone is any long code: it counts only where Solana is named.
    [`serial ${SOLANA}`],
    [`solana. order ${SOLANA}`],
    [`our sole code is ${SOLANA}`],
  ])('finds none in "%s"', (text) => {
    expect(findWalletAddresses(text)).toEqual([]);
  });

  it('gives where each address starts', () => {
    const text = `old: ${TRON} new: ${ETHEREUM}`;
    expect(findWalletAddresses(text)).toEqual([
      { text: TRON, index: text.indexOf(TRON) },
      { text: ETHEREUM, index: text.indexOf(ETHEREUM) },
    ]);
  });
});
