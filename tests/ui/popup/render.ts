import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

/** One root for a test file's renders, emptied after each test. */
export function popupRoot() {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));
  return root;
}

/** Lets pending promises (fake deps' answers) settle and Preact re-render. */
export const flush = async (times = 3) => {
  for (let i = 0; i < times; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
};

export async function mount(root: HTMLElement, node: VNode) {
  act(() => render(node, root));
  await flush();
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function press(target: Element, key: string) {
  act(
    () => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
  );
}

export function click(target: Element | null | undefined) {
  if (!target) throw new Error('nothing to click');
  act(() => (target as HTMLElement).click());
}
