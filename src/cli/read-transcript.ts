import type { z } from 'zod';
import { ChatMessageSchema, type ChatMessage } from '../signals/chat';

/** Problems listed one by one; a file of thousands of bad lines (a binary file) gets a count for the rest. */
const MAX_PROBLEMS_LISTED = 50;

/** A line longer than this is not parsed: even a 20,000-character text in \u escapes fits well within it. */
export const MAX_LINE_CHARS = 200_000;

export interface TranscriptMessage extends ChatMessage {
  /** 1-based line number in the file, to find the message again. */
  line: number;
}

export interface TranscriptReading {
  /** empty: no lines at all; unreadable: lines, but none was a message. */
  health: 'ok' | 'partial' | 'empty' | 'unreadable';
  messages: TranscriptMessage[];
  /** One per line that could not be read (and one per reused id), in file order. */
  problems: string[];
}

/**
 * Reads a .jsonl chat transcript: one {"id","from","text"} object per line.
 * Each line is validated on its own, so one bad line never hides the others;
 * other fields (labels, lang, note) are dropped.
 */
export function readTranscript(text: string): TranscriptReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const endsWithNewline = /\n$/.test(text);
  const messages: TranscriptMessage[] = [];
  const problems: string[] = [];
  const firstLineOfId = new Map<string, number>();
  let nonBlank = 0;

  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    nonBlank++;
    const line = index + 1;
    const isLast = index === lines.length - 1;
    const read = readLine(raw, isLast && !endsWithNewline);
    if ('problem' in read) {
      problems.push(`line ${line}: ${read.problem}`);
      return;
    }
    const earlier = firstLineOfId.get(read.message.id);
    if (earlier === undefined) firstLineOfId.set(read.message.id, line);
    else
      problems.push(
        `line ${line}: id ${JSON.stringify(read.message.id)} is used again (first on line ${earlier}); checked anyway`,
      );
    messages.push({ line, ...read.message });
  });

  if (nonBlank === 0) {
    const why = text.length === 0 ? 'the file is empty' : 'the file has only blank lines';
    return { health: 'empty', messages, problems: [`${why}: no messages to check`] };
  }
  const listed = capProblems(problems);
  if (messages.length === 0) {
    const none = `none of the file's ${nonBlank} ${nonBlank === 1 ? 'line' : 'lines'} could be read as a message`;
    return { health: 'unreadable', messages, problems: [none, ...listed] };
  }
  return { health: problems.length > 0 ? 'partial' : 'ok', messages, problems: listed };
}

function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return problems;
  const more = problems.length - MAX_PROBLEMS_LISTED;
  return [
    ...problems.slice(0, MAX_PROBLEMS_LISTED),
    `… and ${more} more ${more === 1 ? 'line' : 'lines'} with problems`,
  ];
}

function readLine(raw: string, mayBeCut: boolean): { message: ChatMessage } | { problem: string } {
  if (raw.length > MAX_LINE_CHARS) {
    return {
      problem: `${raw.length.toLocaleString('en-US')} characters long, more than the ${MAX_LINE_CHARS.toLocaleString('en-US')} a line may have; not read`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    // The last line of a file that stops without a newline was most likely cut off while writing.
    if (mayBeCut) return { problem: 'cut short: the file ends in the middle of this line' };
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = ChatMessageSchema.safeParse(value);
  if (parsed.success) return { message: parsed.data };
  return { problem: parsed.error.issues.map(describeIssue).join('; ') };
}

/** A zod issue in words a person who wrote the file can act on. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  if (field === '') return 'not a message: expected a JSON object {"id","from","text"}';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `missing "${field}"`;
  if (issue.code === 'invalid_value' && field === 'from') return '"from" must be "supplier" or "buyer"';
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `"${field}" is longer than ${issue.maximum.toLocaleString('en-US')} characters`;
  }
  if (issue.code === 'too_small') return `"${field}" is empty`;
  return `"${field}": ${issue.message}`;
}
