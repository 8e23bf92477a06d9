import { useSessionState } from '../../state/sessionContext.js';
import { Countdown } from '../../ui/Countdown.js';
import { FormError } from '../../ui/FormError.js';
import { useClockButtons } from './useClockButtons.js';

/**
 * The clock, kept in view while the facilitator works further down the console (on the map, the
 * join codes): the item, its countdown and the buttons needed in a hurry. It is only there while
 * the console's own clock is out of sight, so the page never shows two of each button.
 */
export function ClockStrip() {
  const { state, error, button, startOrPause } = useClockButtons();
  const item = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]);
  if (!state) return null;
  return (
    <section className="clock-strip" aria-label="The clock, kept in view">
      <p className="clock-strip__item">
        <span className="current-item__label">Now</span> {item?.title}
      </p>
      <Countdown className="clock-strip__countdown" />
      <div className="clock-strip__buttons">
        {startOrPause()}
        {button('Next item', { type: 'next' }, 'next')}
        {button('+1 min', { type: 'adjust', minutes: 1 }, 'extend')}
        {button('+5 min', { type: 'adjust', minutes: 5 }, 'extend')}
        <a className="button" href="#console-clock">
          All clock controls
        </a>
      </div>
      <FormError message={error} />
    </section>
  );
}
