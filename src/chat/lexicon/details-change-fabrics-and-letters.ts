import { cue } from './cue';

/**
 * The account changed, in wordings probe 67 found: "our Xiaobei office change account", "your forwarder account change",
 * "our new receiving company is …", "last time you pay to HSBC, this time pls pay to Citibank", Arabic "تم تغيير بيانات
 * الحساب", Malay "akaun syarikat kami sedang disemak", Roman Urdu "company ka account audit mein hai". Part of
 * DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_FABRICS_AND_LETTERS = cue(
  'a changed receiving account',
  '\\b(?:office\\s+change|company\\s+change|factory\\s+change|forwarder\\s+change|cargo\\s+change)\\s+(?:the\\s+|our\\s+)?(?:bank\\s+)?account\\b' +
    '|\\b(?:forwarder\\s+account|office\\s+account|cargo\\s+account)\\s+(?:change|changed)\\b|\\bnew\\s+receiving\\s+company\\b' +
    '|\\blast\\s+time\\s+(?:you\\s+)?(?:pay|paid)\\s+(?:to\\s+)?\\S+\\s*,?\\s+this\\s+time\\b' +
    '|تم\\s+تغيير\\s+(?:بيانات\\s+|رقم\\s+)?الحساب|\\bakaun\\s+syarikat\\s+(?:kami\\s+)?(?:sedang\\s+)?(?:disemak|dibekukan|disekat|ditutup)\\b' +
    '|\\baccount\\s+audit\\s+m[ae]i?n\\s+hai\\b',
  {
    instruction: true,
    anchors: [
      'office change',
      'company change',
      'factory change',
      'forwarder change',
      'cargo change',
      'forwarder account',
      'office account',
      'cargo account',
      'new receiving company',
      'last time',
      'تم تغيير',
      'akaun syarikat',
      'account audit',
    ],
  },
);
