/**
 * Reads JSON that a page assigns to a global in an inline script, e.g.
 * `window.detailData = {...};`. The text is parsed as JSON only, never run.
 */
export type InlineJson =
  { status: 'found'; value: unknown } | { status: 'missing' } | { status: 'broken'; reason: string };

/** `target` is the assignment's left side, e.g. `window.__page__data_sse10._offer_list`. */
export function readInlineJson(doc: Document, target: string): InlineJson {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const at = findAssignment(text, target);
    if (at < 0) continue;
    const whole = parseToScriptEnd(text, at);
    if (whole !== undefined) return { status: 'found', value: whole };
    const json = balancedJson(text, at);
    if (json === null) return { status: 'broken', reason: `${target} is truncated` };
    try {
      return { status: 'found', value: JSON.parse(json) };
    } catch {
      return { status: 'broken', reason: `${target} is not valid JSON` };
    }
  }
  return { status: 'missing' };
}

/** Index of the first `{` or `[` after `target =`, or -1. */
function findAssignment(text: string, target: string): number {
  let from = 0;
  for (;;) {
    const hit = text.indexOf(target, from);
    if (hit < 0) return -1;
    const rest = text.slice(hit + target.length, hit + target.length + 40);
    const match = /^\s*=\s*([{[])/.exec(rest);
    if (match) return hit + target.length + match[0].length - 1;
    from = hit + target.length;
  }
}

/**
 * Fast path: the assignment is usually the script's last statement, so the
 * JSON runs to the last closing bracket. Undefined when that isn't valid JSON.
 */
function parseToScriptEnd(text: string, start: number): unknown {
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  if (end < start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/** The balanced object or array starting at `start`, skipping brackets inside strings; null when it never closes. */
function balancedJson(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}
