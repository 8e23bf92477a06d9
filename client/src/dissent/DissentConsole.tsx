import { DissentSettings } from './DissentSettings.js';
import { PresentingTeams } from './PresentingTeams.js';
import { RotationTable } from './RotationTable.js';
import { RoundControls } from './RoundControls.js';
import { useDissent } from './useDissent.js';
import './dissent.css';
import './dissentConsole.css';

/**
 * The facilitator's ritual dissent (handbook 000, 12.10; DISSENT-n): running the rounds at the top,
 * where the hand goes back every few minutes; below, the phases' minutes, planning, who presents
 * through whom, and the schedule.
 */
export function DissentConsole() {
  const dissent = useDissent();
  const { plan, run } = dissent;
  return (
    <section className="dissent-console" aria-labelledby="dissent-console-heading">
      <h2 id="dissent-console-heading">Ritual dissent</h2>
      <RoundControls dissent={dissent} />
      <DissentSettings dissent={dissent} />
      {plan && <PresentingTeams plan={plan} />}
      {plan && <RotationTable plan={plan} run={run} />}
    </section>
  );
}
