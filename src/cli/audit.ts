import { readFile } from 'node:fs/promises';
import { DEFAULT_JUDGE_SETTINGS } from '../judge/rule-settings';
import { formatTable } from './format-table';
import { readPage, safeUrl } from './read-page';
import { buildReport } from './report';

const USAGE = 'usage: npm run --silent audit -- FILE [--url PAGE_URL] [--json]';

/** Audits a saved page with the extension's own adapters and judge. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) return fail(args.error);
  let html: string;
  try {
    html = await readFile(args.file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const reading = readPage(html, args.url);
  const report = buildReport(reading, DEFAULT_JUDGE_SETTINGS);
  const output = args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`;
  // A pipe takes large writes in pieces: exiting before the last is flushed would cut the report short.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(output, (error) => (error ? reject(error) : resolve())),
  );
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
