import { describe, expect, it } from '@jest/globals';
import { UserActivity } from './user-activity.js';

describe('UserActivity', () => {
  const setup = () => {
    let t = 1000;
    const view = new EventTarget(), everywhere = new EventTarget();
    const activity = new UserActivity(view, everywhere, () => t);
    return { activity, view, everywhere, advance: (ms: number) => void (t += ms) };
  };

  it('is still until a button goes down on the view, and moving until it is released anywhere', () => {
    const { activity, view, everywhere } = setup();
    expect(activity.moving()).toBe(false);
    everywhere.dispatchEvent(new Event('pointerdown'));
    expect(activity.moving()).toBe(false);
    view.dispatchEvent(new Event('pointerdown'));
    expect(activity.moving()).toBe(true);
    everywhere.dispatchEvent(new Event('pointerup'));
    expect(activity.moving()).toBe(false);
    view.dispatchEvent(new Event('pointerdown'));
    everywhere.dispatchEvent(new Event('blur'));
    expect(activity.moving()).toBe(false);
  });

  it.each(['wheel', 'keydown'])('counts a %s on the view as moving for 300 ms', (type) => {
    const { activity, view, advance } = setup();
    view.dispatchEvent(new Event(type));
    advance(299);
    expect(activity.moving()).toBe(true);
    advance(1);
    expect(activity.moving()).toBe(false);
  });

  it('stops counting a button no event released after 15 s', () => {
    const { activity, view, advance } = setup();
    view.dispatchEvent(new Event('pointerdown'));
    advance(14_999);
    expect(activity.moving()).toBe(true);
    advance(1);
    expect(activity.moving()).toBe(false);
  });

  it('settles at once when still, and only after the release when held', async () => {
    const { activity, view, everywhere } = setup();
    await activity.settled();
    view.dispatchEvent(new Event('pointerdown'));
    let settled = false;
    const done = activity.settled().then(() => void (settled = true));
    await new Promise((r) => setTimeout(r, 120));
    expect(settled).toBe(false);
    everywhere.dispatchEvent(new Event('pointerup'));
    await done;
    expect(settled).toBe(true);
  });
});
