/** Carriers' sites and names, as data (see domains.ts for how a host matches an entry). */

/** Carriers' own tracking pages, and the parcel-tracking sites that follow many carriers: not a lure. */
export const CARRIER_DOMAINS: readonly string[] = [
  'dhl.com',
  'dhl.de',
  'ups.com',
  'fedex.com',
  'usps.com',
  'tnt.com',
  'aramex.com',
  'dpd.com',
  'sf-express.com',
  'ems.com.cn',
  '17track.net',
  'aftership.com',
  'parcelsapp.com',
  'trackingmore.com',
  'maersk.com',
  'msc.com',
  'cma-cgm.com',
  'hapag-lloyd.com',
  'evergreen-line.com',
  'one-line.com',
  'coscoshipping.com',
  'ups-scs.com',
  // National posts and Japan's parcel carriers, whose names fake "redelivery" and import-fee pages borrow.
  'postnl.nl',
  'royalmail.com',
  'laposte.fr',
  'colissimo.fr',
  'correos.es',
  'canadapost-postescanada.ca',
  'auspost.com.au',
  'japanpost.jp',
  'sagawa-exp.co.jp',
  'kuronekoyamato.co.jp',
  'chinapost.com.cn',
  'cainiao.com',
  'chronopost.fr',
  'yurticikargo.com',
  'cdek.ru',
  'inpost.pl',
  'elta.gr',
  // Ship trackers, where a buyer follows the vessel carrying the goods.
  'marinetraffic.com',
  'vesselfinder.com',
];

/**
 * Carriers whose names fake tracking and customs-fee sites borrow
 * ("dhl-express-track.com", "fedex.delivery-status.net"). The name as the
 * whole site name under a country ending ("dhl.co.uk", "fedex.com.cn") is the carrier's own.
 */
export const CARRIER_NAMES: readonly string[] = [
  'dhl',
  'fedex',
  'ups',
  'usps',
  'tnt',
  'aramex',
  'dpd',
  'maersk',
  // Hapag-Lloyd by its name and by its ticker (its site is also hlag.com).
  'hapag',
  'hlag',
  'cosco',
  'postnl',
  'royalmail',
  'laposte',
  'colissimo',
  'correos',
  'canadapost',
  'auspost',
  'japanpost',
  'sagawa',
  'yamato',
  'chinapost',
  'cainiao',
  'chronopost',
  'yurtici',
  'cdek',
  'inpost',
  'elta',
  // "marinetraffic-vesseltrack.info": a fake ship tracker's page, for a "port fee" or a login.
  'marinetraffic',
  'vesselfinder',
];
