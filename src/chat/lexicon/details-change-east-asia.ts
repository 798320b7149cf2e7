import { cue } from './cue';

/**
 * The receiving account frozen by the bank's risk control, from probe 79: "这个号被风控了😓 用这个吧 158 6798 1204 王晓丽"
 * (this account got flagged by risk control, use this one). Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const ACCOUNT_FLAGGED_BY_RISK_CONTROL = cue(
  'a changed receiving account',
  '(?:这个号|账号|账户|户口|支付宝|微信|卡)(?:被风控|给风控)',
  { anchors: ['被风控', '给风控'] },
);
