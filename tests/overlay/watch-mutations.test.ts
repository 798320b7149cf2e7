import { beforeEach, describe, expect, it } from 'vitest';
import { noticeChanges } from '../../src/overlay/watch-mutations';

beforeEach(() => {
  document.body.replaceChildren(document.createElement('main'));
});

describe('noticeChanges', () => {
  it('says nothing changed when nothing was added or removed, attributes aside', () => {
    const stop = noticeChanges(document.body);
    document.querySelector('main')!.setAttribute('data-x', '1');
    expect(stop()).toBe(false);
  });

  it('notices an element added deep inside, even before its records were delivered', () => {
    const stop = noticeChanges(document.body);
    document.querySelector('main')!.append(document.createElement('div'));
    expect(stop()).toBe(true);
  });

  it('notices an element removed, after its records were delivered', async () => {
    const stop = noticeChanges(document.body);
    document.querySelector('main')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stop()).toBe(true);
  });

  it('stops noticing once stopped', async () => {
    const stop = noticeChanges(document.body);
    expect(stop()).toBe(false);
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stop()).toBe(false);
  });
});
