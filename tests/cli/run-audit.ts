import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The audit command as a user runs it: a separate process, stdout, stderr and exit code.
const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export async function audit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/audit.ts', ...args], {
      cwd: ROOT,
      maxBuffer: 10_000_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** As `audit | program` with a program that reads late: the pipe's buffer fills before it drains. */
export async function auditThroughSlowPipe(...args: string[]): Promise<string> {
  const quoted = [TSX, 'src/cli/audit.ts', ...args]
    .map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)
    .join(' ');
  const { stdout } = await run('sh', ['-c', `${quoted} | (sleep 1; cat)`], {
    cwd: ROOT,
    maxBuffer: 10_000_000,
  });
  return stdout;
}
