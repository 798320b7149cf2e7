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
