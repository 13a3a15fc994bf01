// Whether the user is moving the view: a button held down on it, or a wheel notch or a key press
// on it (arrows pan, + and - zoom) in the last moments. Work that redraws everything at once (a force layout's result landing on a large graph:
// about a second of one frame in software rendering) waits until the user lets go, so it never
// lands in the middle of a drag or a zoom.

/** After the last wheel notch or key press, the view counts as moving for this long. */
const NUDGE_QUIET_MS = 300;
/** A held button no event released (a pointerup lost outside the window) stops counting after this. */
const LONGEST_HOLD_MS = 15_000;
const POLL_MS = 50;

export class UserActivity {
  private pressedAt: number | null = null;
  private lastNudge = -Infinity;
  private readonly release = () => void (this.pressedAt = null);

  /** `target` is the view; a button is released wherever the pointer is by then (`everywhere`). */
  constructor(target: EventTarget, everywhere: EventTarget = window, private readonly now: () => number = () => performance.now()) {
    target.addEventListener('pointerdown', () => void (this.pressedAt = this.now()), { capture: true, passive: true });
    const nudge = () => void (this.lastNudge = this.now());
    target.addEventListener('wheel', nudge, { capture: true, passive: true });
    target.addEventListener('keydown', nudge, { capture: true, passive: true });
    everywhere.addEventListener('pointerup', this.release, { capture: true, passive: true });
    everywhere.addEventListener('pointercancel', this.release, { capture: true, passive: true });
    everywhere.addEventListener('blur', this.release);
  }

  /** True while a button is held on the view, or a wheel notch or key press on it came less than 300 ms ago. */
  moving(): boolean {
    const t = this.now();
    const held = this.pressedAt !== null && t - this.pressedAt < LONGEST_HOLD_MS;
    return held || t - this.lastNudge < NUDGE_QUIET_MS;
  }

  /** Resolves once the user is not moving the view (at once when they are not). */
  settled(): Promise<void> {
    if (!this.moving()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => (this.moving() ? setTimeout(check, POLL_MS) : resolve());
      setTimeout(check, POLL_MS);
    });
  }
}
