import { describe, expect, it } from 'vitest';
import { writeInBatches } from '../../src/storage/import-batches';

/** A send whose answers come back when the test says, to see what is in flight. */
function controlledSend() {
  const calls: Array<{ batch: number[]; answer(ok: boolean): void }> = [];
  const send = (batch: number[]) =>
    new Promise<{ added: number; merged: number }>((resolve, reject) => {
      calls.push({
        batch,
        answer: (ok) => (ok ? resolve({ added: batch.length, merged: 0 }) : reject(new Error('disk full'))),
      });
    });
  return { calls, send };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const items = Array.from({ length: 25 }, (_, i) => i);

describe('writeInBatches', () => {
  it('sends every item once, in batches of the size asked, and adds up the answers', async () => {
    const sent: number[][] = [];
    const result = await writeInBatches(
      items,
      async (batch) => {
        sent.push(batch);
        return { added: batch.length - 1, merged: 1 };
      },
      { size: 10, inFlight: 2 },
    );
    expect(sent.map((batch) => batch.length)).toEqual([10, 10, 5]);
    expect(sent.flat()).toEqual(items);
    expect(result).toEqual({ added: 22, merged: 3 });
  });

  it('keeps at most inFlight batches on their way', async () => {
    const { calls, send } = controlledSend();
    const done = writeInBatches(items, send, { size: 10, inFlight: 2 });
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.answer(true);
    await tick();
    expect(calls).toHaveLength(3);
    calls[0]!.answer(true);
    calls[2]!.answer(true);
    await expect(done).resolves.toEqual({ added: 25, merged: 0 });
  });

  it('after a failure sends nothing new, waits for what is on its way, reports what was written, and throws', async () => {
    const { calls, send } = controlledSend();
    const progress: number[] = [];
    const done = writeInBatches(items, send, { size: 10, inFlight: 2 }, (written) => progress.push(written));
    await tick();
    calls[0]!.answer(false);
    await tick();
    calls[1]!.answer(true);
    await expect(done).rejects.toThrow('disk full');
    expect(calls).toHaveLength(2);
    expect(progress).toEqual([10]);
  });
});
