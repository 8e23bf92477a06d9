/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { startDelayProxy } from '../support/delayProxy.js';
import { testSeed } from '../support/random.js';
import { connectControl, createWorkshop, mintToken, putPriorities } from '../support/server.js';

const run = requireChromium();
const TOLERANCE_MS = 50;
/**
 * One animation frame. Screens draw a change on their next frame, so two screens whose offsets
 * differ by a millisecond can land either side of a frame boundary: 0 or about 17 ms apart. The
 * timestamps of a change carry a few ms of timer slack on top, allowed for in FRAME_SLACK_MS.
 */
const FRAME_MS = 17;
const FRAME_SLACK_MS = 3;
const FLIPS = 8;

const env = screens();

/**
 * Opens a projector whose device clock is `skewMs` wrong (Date.now and new Date, as a badly set
 * tablet would be) and records, on the machine's true clock, every moment its countdown text changes.
 */
async function projectorWithClock(url: string, skewMs: number): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript((skew: number) => {
    const RealDate = Date;
    const trueNow = RealDate.now.bind(RealDate);
    class SkewedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(trueNow() + skew);
        else super(...(args as [number]));
      }
      static override now(): number {
        return trueNow() + skew;
      }
    }
    globalThis.Date = SkewedDate as DateConstructor;
    const flips: { atMs: number; text: string }[] = [];
    Object.assign(globalThis, { countdownFlips: flips });
    new MutationObserver(() => {
      const text = document.querySelector('.countdown__time')?.textContent ?? '';
      // Stamped with the frame it is drawn in (the document timeline's time, on the machine's
      // clock), not when the callback happened to run within that frame.
      const frameMs = performance.timeOrigin + Number(document.timeline.currentTime ?? performance.now());
      if (text && text !== flips.at(-1)?.text) flips.push({ atMs: frameMs, text });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, skewMs);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const flipsOf = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { countdownFlips: { atMs: number; text: string }[] }).countdownFlips,
  );

describe.runIf(run)('countdowns on devices whose clocks are wrong', () => {
  env.startForSuite();

  /** Starts the clock and returns the gaps, in ms on the true clock, between two skewed projectors' changes. */
  async function gapsBetweenProjectors(baseUrl: string): Promise<number[]> {
    const workshop = await createWorkshop(baseUrl);
    const facilitator = connectControl(env.server.baseUrl, workshop.facilitatorToken);
    const ack = await facilitator.emitWithAck('clock:command', {
      commandId: 'start-clock-1',
      command: { type: 'start' },
    } as never);
    expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
    facilitator.close();

    // One device 4.3 s fast, one 2.7 s slow: read raw, their countdowns would be 7 s apart.
    const links = await Promise.all([0, 1].map(() => mintToken(baseUrl, workshop, { role: 'projector' })));
    const fast = await projectorWithClock(links[0]!.url, 4_321);
    const slow = await projectorWithClock(links[1]!.url, -2_687);
    const flipped = async (page: Page) => (await flipsOf(page)).length > FLIPS + 1;
    await expect
      .poll(async () => (await flipped(fast)) && (await flipped(slow)), { timeout: 20_000 })
      .toBe(true);

    // Only changes from one time to the next are ticks: the countdown appearing, and the first time
    // after the blank shown until the clock is measured, happen whenever the page gets there.
    const ticks = (flips: { atMs: number; text: string }[]) =>
      flips.filter((flip, i) => i > 0 && /\d/.test(flips[i - 1]!.text));
    const [a, b] = [ticks(await flipsOf(fast)), ticks(await flipsOf(slow))];
    const gaps = a.flatMap((flip) => {
      const twin = b.find((other) => other.text === flip.text);
      return twin ? [Math.abs(twin.atMs - flip.atMs)] : [];
    });
    expect(gaps.length).toBeGreaterThanOrEqual(FLIPS - 2);
    return gaps;
  }

  // A wrong offset would shift every change alike; one frame starved by a busy machine delays one
  // change only. So the median must be within the tolerance, and no change a second out.
  const median = (gaps: number[]) => [...gaps].sort((x, y) => x - y)[Math.floor(gaps.length / 2)]!;

  it(`change second within ${TOLERANCE_MS} ms of each other, on the true clock`, async () => {
    const gaps = await gapsBetweenProjectors(env.server.baseUrl);
    expect(median(gaps), `gaps ${gaps.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Math.max(...gaps)).toBeLessThan(1000);
  });

  it(`change second within one frame (${FRAME_MS} ms) through venue Wi-Fi that holds each chunk 0–50 ms`, async () => {
    const proxy = await startDelayProxy(Number(new URL(env.server.baseUrl).port), 50, testSeed());
    try {
      const gaps = await gapsBetweenProjectors(proxy.baseUrl);
      console.log(
        `countdowns through the delaying network: median ${Math.round(median(gaps))} ms apart (${gaps.map(Math.round).join(', ')})`,
      );
      expect(median(gaps), `gaps ${gaps.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(
        FRAME_MS + FRAME_SLACK_MS,
      );
      expect(Math.max(...gaps)).toBeLessThan(1000);
    } finally {
      await proxy.close();
    }
  });

  it('a console opened mid-workshop through the same network shows the whole board', async () => {
    const proxy = await startDelayProxy(Number(new URL(env.server.baseUrl).port), 50, testSeed());
    try {
      const workshop = await createWorkshop(proxy.baseUrl);
      const ids = Array.from({ length: 20 }, (_, i) => `priority-${i + 1}`);
      await putPriorities(env.server.wsUrl, workshop.id, workshop.facilitatorToken, ids);
      const laptop = await (
        await env.browser.newContext({ viewport: { width: 1280, height: 800 } })
      ).newPage();
      await laptop.goto(workshop.facilitatorUrl);
      await expect
        .poll(() => laptop.locator('.map-card:not(.map-card--probe)').count(), { timeout: 15_000 })
        .toBe(20);
    } finally {
      await proxy.close();
    }
  });
});
