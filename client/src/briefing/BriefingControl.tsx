import { useControlCommand } from '../ui/useControlCommand.js';
import { FormError } from '../ui/FormError.js';
import { useBriefing } from './useBriefing.js';

/** The facilitator steps the projector through the input's briefing cards, like slides. */
export function BriefingControl() {
  const { current } = useBriefing();
  const { send, error, busy } = useControlCommand();
  if (!current) return null;
  const { deck, step, card } = current;
  const go = (next: number) =>
    void send({ area: 'board', command: { type: 'briefing', itemId: deck.itemId, step: next } });
  return (
    <section className="briefing-control" aria-label="Briefing on the projector">
      <p>
        Briefing on the projector: card {step + 1} of {deck.cards.length}, <strong>{card.heading}</strong>
      </p>
      <div className="briefing-control__buttons">
        <button type="button" className="button" disabled={busy || step === 0} onClick={() => go(step - 1)}>
          Previous card
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || step >= deck.cards.length - 1}
          onClick={() => go(step + 1)}
        >
          Next card
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}
