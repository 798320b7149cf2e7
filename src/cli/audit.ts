import { readFile } from 'node:fs/promises';
import { DEFAULT_JUDGE_SETTINGS } from '../judge/rule-settings';
import { auditSavedPage } from './audit-page';
import { buildChatReport, checkedNothing, isChatReport, type ChatAuditReport } from './chat-report';
import { formatChatTable } from './format-chat-table';
import { formatTable } from './format-table';
import { safeUrl } from './read-page';
import { readTranscript } from './read-transcript';
import type { AuditReport } from './report';

const USAGE = 'usage: npm run --silent audit -- FILE.html [--url PAGE_URL] [--json] | FILE.jsonl [--json]';

/** Chat transcripts: one JSON message per line. */
const TRANSCRIPT_FILE = /\.(jsonl|ndjson)$/i;

/** The file was read, but no chat message in it could be checked. */
const EXIT_NOTHING_CHECKED = 3;

/** Audits a saved page or a chat transcript with the extension's own adapters, judge and chat guard. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) return fail(args.error);
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const report: AuditReport | ChatAuditReport = TRANSCRIPT_FILE.test(args.file)
    ? buildChatReport({ site: null, source: 'transcript', ...readTranscript(text) })
    : auditSavedPage(text, args.url, DEFAULT_JUDGE_SETTINGS);
  const chat = isChatReport(report) ? report : null;
  const table = chat ? formatChatTable(chat) : formatTable(report as AuditReport);
  const output = args.json ? `${JSON.stringify(report, null, 2)}\n` : `${table}\n`;
  // A pipe takes large writes in pieces: exiting before the last is flushed would cut the report short.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(output, (error) => (error ? reject(error) : resolve())),
  );
  return chat ? chatExit(args.file, chat) : 0;
}

/** An unread chat must not pass for a clean one: say so on stderr and in the exit code. */
function chatExit(file: string, report: ChatAuditReport): number {
  if (checkedNothing(report)) {
    process.stderr.write(`audit: nothing checked in ${file}: ${report.problems[0] ?? 'no messages found'}\n`);
    return EXIT_NOTHING_CHECKED;
  }
  if (report.problems.length > 0) {
    process.stderr.write(`audit: ${file} was read in part; see the report's problems\n`);
  }
  return 0;
}

function parseArgs(argv: string[]): { file: string; url: string | null; json: boolean } | { error: string } {
  let file: string | null = null;
  let url: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}. ${USAGE}` };
    else if (file === null) file = arg;
    else return { error: `one file at a time. ${USAGE}` };
  }
  if (!file) return { error: USAGE };
  if (url !== null && TRANSCRIPT_FILE.test(file))
    return { error: '--url is for saved pages; a transcript has no URL' };
  if (url !== null && !safeUrl(url)) return { error: `not a URL: ${url}` };
  return { file, url, json };
}

function fail(message: string): number {
  process.stderr.write(`audit: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit: ${String(error)}\n`);
    process.exit(1);
  },
);
