// Chat detector quality: `npm run eval [-- file.jsonl]`. Precision and recall per rule id on a
// labelled transcript (default: the development corpus copied into tests/fixtures/chat), each
// message read on its own, and the messages where the detector and the labels disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type LabelledMessage, type RuleScore } from '../src/chat/evaluate';
import { CHAT_RULE_IDS } from '../src/signals/chat';

const file = process.argv[2] ?? join(import.meta.dirname, '../tests/fixtures/chat/chat-dev.jsonl');
const messages = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledMessage);
const result = evaluate(messages);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (name: string, score: RuleScore, goal: string) =>
  `| ${name} | ${percent(score.precision)} | ${percent(score.recall)} | ${score.truePositives} | ${score.falsePositives} | ${score.falseNegatives} | ${goal} |`;

console.log(`Chat detector on ${file} (${messages.length} messages)\n`);
console.log('| Rule | Precision | Recall | TP | FP | FN | Goal |');
console.log('|---|---|---|---|---|---|---|');
console.log(row('danger rules together', result.danger, '≥ 97% both'));
for (const rule of CHAT_RULE_IDS) {
  console.log(row(rule, result.perRule[rule], rule === 'off-platform-contact' ? '≥ 95% both' : '—'));
}
console.log(result.misses.length === 0 ? '\nNo disagreements.' : '\nDisagreements:');
for (const miss of result.misses) {
  console.log(`  ${miss.id}: missing [${miss.missing.join(', ')}] extra [${miss.extra.join(', ')}]`);
}
