import { joinWords } from '../format';
import { offeredPaymentMethods } from '../payment-offers';
import type { PaymentTextKind } from '../payment-offers';
import { OFF_PLATFORM_PAYMENT_METHODS } from '../payment-terms-lexicon';
import { concern } from '../rule';
import type { ListingRule } from '../rule';

export const OFF_PLATFORM_POINTS = { danger: 40 } as const;

const id = 'off-platform-payment-terms';
const EVIDENCE_CHARS = 120;

function quote(kind: PaymentTextKind, text: string): string {
  const clipped = text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS - 1)}…` : text;
  return `${kind}: "${clipped}"`;
}

// Money sent by wire service, crypto, PayPal Friends and Family or gift cards
// leaves the platform's escrow and cannot be recalled: the payment method
// scammers ask for. A listing that advertises it is a danger on its own.
export const offPlatformPaymentTerms: ListingRule<'off-platform-payment-terms'> = {
  id,
  appliesTo: 'listing',
  evaluate(listing) {
    const texts: { kind: PaymentTextKind; text: string }[] = listing.paymentTerms.map((text) => ({
      kind: 'payment terms',
      text,
    }));
    if (listing.title !== null) texts.push({ kind: 'title', text: listing.title });
    const found = new Set<string>();
    const evidence: string[] = [];
    for (const { kind, text } of texts) {
      const labels = offeredPaymentMethods(text, kind);
      if (labels.length === 0) continue;
      labels.forEach((l) => found.add(l));
      evidence.push(quote(kind, text));
    }
    if (found.size === 0) return [];
    const labels = OFF_PLATFORM_PAYMENT_METHODS.map((m) => m.label).filter((l) => found.has(l));
    const message = `Listing offers ${joinWords(labels)} as payment terms: money paid off the platform cannot be recovered`;
    return [concern(id, 'danger', OFF_PLATFORM_POINTS.danger, message, evidence.join('; '))];
  },
};
