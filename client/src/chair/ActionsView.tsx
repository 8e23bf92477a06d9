import { usePropositions } from '../teamWork/useDocRead.js';
import { useWorkshop } from '../state/sessionContext.js';
import { ActionList } from './ActionList.js';
import { ProposeActionForm } from './ActionForms.js';
import './chair.css';

/**
 * The actions, for anyone at the presentations (ACTION-2): propose one, and watch the Leader's
 * list grow. `chairs`: the Leader's or the facilitator's screen, which confirms and drops.
 */
export function ActionsView({ chairs = false }: { chairs?: boolean; teamId?: string }) {
  const { doc } = useWorkshop();
  const propositions = usePropositions(doc);
  return (
    <div className="actions-view">
      <h2>Agreed actions</h2>
      <ProposeActionForm propositions={propositions} />
      <ActionList chairs={chairs} />
    </div>
  );
}
