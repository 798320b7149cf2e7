import type { ShortlistSaveResponse } from '../../messaging/protocol';

export type SaveAnswer = { ok: true; saved: ShortlistSaveResponse } | { ok: false; error: string };

/**
 * The content script's answer to 'save-page-supplier', validated: what was
 * saved, or why not. The schema is imported here, when there is an answer,
 * so the popup starts without zod.
 */
export async function readSaveAnswer(answer: unknown): Promise<SaveAnswer> {
  const { ShortlistSaveResponseSchema } = await import('../../messaging/protocol');
  const saved = ShortlistSaveResponseSchema.safeParse(answer);
  if (saved.success) return { ok: true, saved: saved.data };
  const error = (answer as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return { ok: false, error: plainWords(error) };
  return { ok: false, error: 'The page gave no answer. Reload it and try again.' };
}

/**
 * The content script's messaging client reports a refusal as
 * `background refused: {"error":"…"}`; the buyer needs only the words inside.
 */
function plainWords(error: string): string {
  const refused = /^background refused: (.*)$/s.exec(error);
  if (!refused) return error;
  try {
    const inner = (JSON.parse(refused[1] ?? '') as { error?: unknown } | null)?.error;
    return typeof inner === 'string' ? inner : error;
  } catch {
    return error;
  }
}
