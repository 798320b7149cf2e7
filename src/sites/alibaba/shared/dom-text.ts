import { cleanText } from '../../../signals/parse/clean-text';

/** Cleaned text of the first element matching `selector` below `root` (or null when absent or empty). */
export function textAt(root: ParentNode, selector: string): string | null {
  const el = root.querySelector(selector);
  return el ? textOf(el) : null;
}

export function textOf(el: Element): string | null {
  const text = cleanText(el.textContent ?? '');
  return text === '' ? null : text;
}

/** Trimmed attribute value, null when missing or empty. */
export function attrAt(root: ParentNode, selector: string, name: string): string | null {
  const value = root.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** Elements matching `selector`: `root` itself when it matches, then its descendants. */
export function allMatching(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** Text of the first element in `root` matching `selector`; null when there is none or it is blank. */
export function textIn(root: ParentNode, selector: string): string | null {
  const text = root.querySelector(selector)?.textContent?.trim() ?? '';
  return text === '' ? null : text;
}

/** An attribute of the first element matching `selector`; null when missing or blank. */
export function attributeIn(root: ParentNode, selector: string, names: readonly string[]): string | null {
  const element = root.querySelector(selector);
  for (const name of names) {
    const value = element?.getAttribute(name)?.trim() ?? '';
    if (value !== '') return value;
  }
  return null;
}
