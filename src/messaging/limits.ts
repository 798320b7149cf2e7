// Sizes shared by messages and the code that fills them. No zod here: content scripts import this.

/** Price outliers a page summary lists at most. */
export const MAX_OUTLIERS = 20;

/** Risky cards a page summary lists at most. */
export const MAX_RISKIEST = 5;
