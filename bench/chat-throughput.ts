import { readFileSync } from 'node:fs';
import { detectMessage } from '../src/chat/detect';
import { MAX_CHECKED_LENGTH } from '../src/chat/message-view';
import { median } from './stats';

/** The texts of a transcript, one `{"text": …}` object a line. */
function transcriptTexts(transcript: string): string[] {
  return readFileSync(transcript, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

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
  const texts = transcriptTexts(transcript);
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

/**
 * The worst case: each transcript message, and each hard case of `seeds`
 * (one a line), repeated up to the longest text the detector reads, as a
 * pasted e-mail thread or a crafted message could be. Each is checked once
 * per repeat; returns the medians over `repeats` of the slowest and of the
 * median check.
 */
export function longMessageChecks(
  transcript: string,
  seeds: string,
  repeats = 5,
): { slowestMs: number; medianMs: number; messages: number } {
  const hardCases = readFileSync(seeds, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const texts = [...transcriptTexts(transcript), ...hardCases].map((text) =>
    `${text} `.repeat(Math.ceil(MAX_CHECKED_LENGTH / (text.length + 1))).slice(0, MAX_CHECKED_LENGTH),
  );
  for (const text of texts.slice(0, 20)) detectMessage(text);
  const slowest: number[] = [];
  const medians: number[] = [];
  for (let run = 0; run < repeats; run++) {
    const times = texts.map((text) => {
      const start = performance.now();
      detectMessage(text);
      return performance.now() - start;
    });
    slowest.push(Math.max(...times));
    medians.push(median(times));
  }
  return { slowestMs: median(slowest), medianMs: median(medians), messages: texts.length };
}
