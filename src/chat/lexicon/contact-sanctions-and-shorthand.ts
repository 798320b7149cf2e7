import { cue } from './cue';

/**
 * Moving the talk off the platform in probe 70's phone-typed shorthand: "add me IG @…", "DM there", "wats ur numba?".
 * Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_IN_SHORTHAND = cue(
  'a request to talk on a messaging app',
  "\\b(?:add\\s+me|add\\s+us)\\s+(?:on\\s+)?(?:ig|insta)\\b|\\bdm\\s+(?:me\\s+)?there\\b|\\b(?:wats|whats|what's)\\s+(?:ur|your)\\s+(?:numba|numbr|num|no|number)\\b(?!\\s+(?:of|for|one|1)\\b)",
  { instruction: true, anchors: ['add me', 'add us', 'dm', 'wats', 'whats', "what's"] },
);
