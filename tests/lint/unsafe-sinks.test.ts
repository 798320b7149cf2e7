import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps page text out of HTML and code must really fire.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/overlay/lint-probe.tsx' });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('unsafe sink lint rule', () => {
  it.each([
    ['innerHTML', 'export function f(el: Element, text: string) { el.innerHTML = text; }'],
    ['outerHTML', 'export function f(el: Element, text: string) { el.outerHTML = text; }'],
    [
      'insertAdjacentHTML',
      "export function f(el: Element, text: string) { el.insertAdjacentHTML('beforeend', text); }",
    ],
    [
      'dangerouslySetInnerHTML',
      'export const C = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;',
    ],
    ['eval', 'export const f = (text: string) => eval(text);'],
    ['new Function', "export const f = (text: string) => new Function('x', text);"],
    ['document.write', 'export const f = (text: string) => document.write(text);'],
  ])('forbids %s', async (_name, code) => {
    expect(await ruleIds(code)).toContain('no-restricted-syntax');
  });

  it('allows text content', async () => {
    expect(await ruleIds('export function f(el: Element, text: string) { el.textContent = text; }')).toEqual(
      [],
    );
  });
});
