/**
 * A request the background turns down for a reason the buyer should read as
 * is ("this page doesn't link to the supplier's storefront…"), unlike a
 * failure, which is reported as one.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
