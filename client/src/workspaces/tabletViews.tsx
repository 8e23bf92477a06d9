import type { ComponentType } from 'react';
import {
  followedView,
  type Agenda,
  type ControlState,
  type FollowedView,
} from '../../../shared/src/index.js';
import { Workspace } from '../board/Workspace.js';
import { ActionsView } from '../chair/ActionsView.js';
import { BriefingReference } from '../briefing/BriefingReference.js';
import { CouncilPriorities } from '../councils/CouncilPriorities.js';
import { Discussion } from '../councils/Discussion.js';
import { TabletPairs } from '../councils/PortfolioPairs.js';
import { TabletDissent } from '../dissent/TabletDissent.js';
import { CarriedForward } from '../series/CarriedForward.js';
import { OptionsView } from '../teamWork/OptionsView.js';
import { PropositionsView } from '../teamWork/PropositionsView.js';
import { BackAt } from '../ui/BackAt.js';
import { TeamWitnessNotes } from '../witnesses/TeamWitnessNotes.js';

export interface TabletView {
  /** The tab that brings it back at any time; none for a view only the programme brings (a break). */
  tab: string | null;
  /** `show` opens another of the views, as its tab would. */
  Component: ComponentType<{ teamId: string; show?: (view: FollowedView) => void }>;
  /** Whether this workshop's programme has a use for the tab; without one, always. */
  offered?: (agenda: Agenda, control: ControlState) => boolean;
}

/**
 * A tab only where the programme has an item whose tablets show it (BOARD-11): the two councils'
 * tabs in their programme, options and propositions where there are team tasks 2 and 3, the
 * witnesses' where there are witness sessions. An item added in the agenda editor brings its tab.
 */
const whereShown = (view: FollowedView) => (agenda: Agenda) =>
  agenda.some((item) => followedView(item, { hasBriefing: true, carriesForward: true }, 'tablet') === view);

/** Ritual dissent: where the programme has it, or wherever the facilitator has planned rounds. */
const dissentOffered = (agenda: Agenda, control: ControlState) =>
  agenda.some((item) => item.kind === 'dissent') || !!control.dissent?.plan;

const Break = () => <BackAt className="tablet__break" />;
/** The presentations: a team proposes actions and watches the Leader's list grow (ACTION-2). */
const TabletActions = () => <ActionsView />;

/**
 * Every workspace a team's tablet can show, in the order of its tabs. The programme picks one by
 * the current item (`followedView`); the others stay one tap away. A later kind of work (witness
 * notes, dissent) adds itself here.
 */
export const tabletViews: Partial<Record<FollowedView, TabletView>> = {
  map: { tab: 'Priority map', Component: Workspace },
  options: { tab: 'Options', Component: OptionsView, offered: whereShown('options') },
  propositions: { tab: 'Propositions', Component: PropositionsView, offered: whereShown('propositions') },
  rotation: { tab: 'Ritual dissent', Component: TabletDissent, offered: dissentOffered },
  briefing: { tab: 'Briefing cards', Component: BriefingReference },
  carried: { tab: 'Carried forward', Component: CarriedForward },
  witnesses: { tab: 'Witnesses', Component: TeamWitnessNotes, offered: whereShown('witnesses') },
  break: { tab: null, Component: Break },
  pooled: { tab: 'Corporate priorities', Component: CouncilPriorities, offered: whereShown('pooled') },
  pairs: { tab: 'Portfolio pairs', Component: TabletPairs, offered: whereShown('pairs') },
  discussion: { tab: 'Discussion notes', Component: Discussion, offered: whereShown('discussion') },
  actions: { tab: 'Actions', Component: TabletActions, offered: whereShown('actions') },
};
