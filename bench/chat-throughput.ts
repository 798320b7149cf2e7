import { readFileSync } from 'node:fs';
import { detectMessage } from '../src/chat/detect';
import { median } from './stats';

/**
 * Chat detector throughput in Node: every message of a labelled transcript
 * (60% of the development corpus is risky, so this is harder than a real
 * chat), detected one by one for about 200 ms per repeat. Returns the median
 * messages per second over `repeats`.
 */
export function chatThroughput(
  transcript: string,
  repeats = 15,
): { messagesPerSecond: number; messages: number } {
  const texts = readFileSync(transcript, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const rates: number[] = [];
  let findings = 0; // keeps the results alive
  for (let run = 0; run < repeats + 3; run++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < 200) {
      for (const text of texts) findings += detectMessage(text).length;
      done += texts.length;
    }
    if (run >= 3) rates.push(done / ((performance.now() - start) / 1000));
  }
  if (findings === 0) throw new Error('the detector found nothing in the transcript');
  return { messagesPerSecond: median(rates), messages: texts.length };
}
