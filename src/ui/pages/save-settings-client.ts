import { browser } from 'wxt/browser';
import type { SaveResult } from '../../storage/save-settings';
import type { SettingsChange } from '../../storage/settings-change';

/** An extension page's settings change, sent to the background (the one writer); never throws. */
export async function saveSettingsInBackground(change: SettingsChange): Promise<SaveResult> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'save-settings', change });
    // Imported here, not up front: the popup starts without zod and needs it only once something is saved.
    const { ErrorResponseSchema, SaveSettingsResponseSchema } = await import('../../messaging/protocol');
    const parsed = SaveSettingsResponseSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    const refusal = ErrorResponseSchema.safeParse(answer);
    return { ok: false, error: `Not saved: ${refusal.success ? refusal.data.error : 'no answer'}.` };
  } catch (error) {
    return {
      ok: false,
      error: `Couldn't reach Supplier Radar's background (${String(error)}). Nothing was changed.`,
    };
  }
}
