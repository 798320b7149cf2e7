import type { ChatPageSamples } from './chat-page';
import { BUDGET } from './budget';
import { median, ms, perRun, type Row } from './stats';

/** The large conversation's rows (issue 4), medians against its budgets. */
export function chatPageRows(s: ChatPageSamples): Row[] {
  const added = median(s.taskMs);
  const longest = median(s.longestTaskMs);
  const messages = s.messages.toLocaleString('en');
  return [
    {
      metric: `Main-thread time the extension adds to a ${messages}-message chat (tasks it ran to read, check and mark it; ${s.notes} notes)`,
      value: ms(added),
      budget: ms(BUDGET.chatPageMs),
      pass: added <= BUDGET.chatPageMs,
      note: `CPU time of those tasks: ${ms(median(s.cpuMs))}; JS in its own frames, sampled: ${ms(median(s.ownJsMs))}; ${median(s.tasks)} tasks`,
    },
    {
      metric: `Longest task the extension ran in that chat`,
      value: ms(longest),
      budget: ms(BUDGET.chatPageTaskMs),
      pass: longest <= BUDGET.chatPageTaskMs,
    },
  ];
}

/** Every run's figures for the large conversation. */
export function chatPagePerRunLines(s: ChatPageSamples): string {
  return [
    `chat extension task ms: ${perRun(s.taskMs)}`,
    `chat extension CPU ms:  ${perRun(s.cpuMs)}`,
    `chat extension JS ms:   ${perRun(s.ownJsMs)}`,
    `chat longest task ms:   ${perRun(s.longestTaskMs)}`,
    `chat extension tasks:   ${s.tasks.join(' ')}`,
  ].join('\n');
}
