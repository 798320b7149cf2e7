import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledMessage } from '../../src/chat/evaluate';

const corpus: LabelledMessage[] = readFileSync(
  join(import.meta.dirname, '../fixtures/chat/chat-dev.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledMessage);

describe('chat detector on the labelled development corpus', () => {
  const result = evaluate(corpus);

  it('reads all 200 messages', () => {
    expect(corpus).toHaveLength(200);
  });

  it('meets the quality goals: danger rules together ≥ 97% precision and recall', () => {
    expect(result.danger.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.danger.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('off-platform-contact ≥ 95% precision and recall', () => {
    const contact = result.perRule['off-platform-contact'];
    expect(contact.precision).toBeGreaterThanOrEqual(0.95);
    expect(contact.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('flags no benign message as danger', () => {
    const benign = new Set(corpus.filter((m) => m.labels.length === 0).map((m) => m.id));
    const flagged = result.misses.filter((miss) => benign.has(miss.id) && miss.extra.length > 0);
    expect(flagged).toEqual([]);
  });
});
