import type { ActionLevel, ActionStatus, Decision } from '../schema/chair.js';
import type { AgendaItemKind } from '../schema/agenda.js';

/**
 * The Action Report as data (REPORT-n): what the workshop agreed and everything it is based on,
 * in the workshop's own words, with every id turned into a name and every time into "9.10" in the
 * report's time zone. Plain JSON, the same for the Word, web and Markdown renderings and kept in
 * the backup. The layout (a council paper: purpose, summary, recommendations and actions first,
 * the detail after) is `reportLayout`'s.
 */
export interface ActionReport {
  title: string;
  /** The programme it ran ("Strategic Political Leadership in New Times"). */
  programme: string;
  /** The day it ran, "Sunday 29 November 2026", and as "2026-11-29". */
  date: string;
  isoDate: string;
  timeZone: string;
  /** The room's councils, in the room's order (none named: empty). */
  councils: string[];
  purpose: string;
  summary: string[];
  recommendations: string[];
  /** The confirmed actions (done ones included), by level (ACTION-4). */
  actions: ReportActionGroup[];
  /** Actions proposed and never confirmed, and those dropped (ACTION-3 keeps them). */
  unconfirmedActions: ReportAction[];
  droppedActions: ReportAction[];
  participants: ReportTeam[];
  agenda: ReportAgenda;
  axes: { x: string; y: string };
  priorities: ReportPriority[];
  options: ReportTeamOptions[];
  witnesses: ReportWitness[];
  propositions: ReportProposition[];
  /** Handbook 001's two councils: present only where the room has two or more. */
  councilsDetail: ReportCouncils | null;
}

export interface ReportAction {
  id: string;
  commitment: string;
  /** The owner's name (from the roster, or as written), with their role where the roster has one. */
  owner: string | null;
  level: ActionLevel;
  council: string | null;
  /** "31 March 2027" and "2027-03-31", or null: no date yet. */
  due: string | null;
  dueDate: string | null;
  /** The title of the proposition it follows from. */
  proposition: string | null;
  status: ActionStatus;
  proposedBy: string | null;
  carriedFrom: string | null;
}

export interface ReportActionGroup {
  level: ActionLevel;
  label: string;
  actions: ReportAction[];
}

export interface ReportTeam {
  name: string;
  members: { name: string; body: string | null; role: string }[];
}

export interface ReportAgendaItem {
  title: string;
  kind: AgendaItemKind;
  plannedStart: string | null;
  plannedMinutes: number;
  /** The facilitator's extensions (+5, −3), in minutes; 0 when none. */
  extendedBy: number;
  started: string | null;
  ended: string | null;
  minutesTaken: number | null;
  /** Done (it ran), running (when the report was made), skipped (the clock went past it) or not reached. */
  state: 'done' | 'running' | 'skipped' | 'not reached';
}

export interface ReportAgenda {
  items: ReportAgendaItem[];
  /** Each time an item ran, in order (an item run twice is here twice). */
  asRun: { title: string; started: string; ended: string | null; minutes: number | null }[];
  plannedFinish: string | null;
  finished: string | null;
}

export interface ReportPriority {
  title: string;
  note: string;
  category: string | null;
  votes: number;
  allocatedTo: string | null;
  place: string | null;
}

export interface ReportOption {
  description: string;
  level: string | null;
  provider: string | null;
  aims: string[];
  money: string;
  culture: string;
  power: string;
  risks: string;
  shortlisted: boolean;
}

export interface ReportTeamOptions {
  team: string;
  priorities: { priority: string; options: ReportOption[] }[];
}

export interface ReportWitnessNote {
  team: string;
  /** Who asked (a member of the team), or null when the team did not say. */
  askedBy: string | null;
  question: string;
  answer: string;
  byWitness: boolean;
}

export interface ReportWitness {
  name: string;
  expertise: string;
  attendance: string | null;
  notes: ReportWitnessNote[];
}

export interface ReportPoint {
  kind: string;
  by: string;
  text: string;
  answer: string;
  note: string;
}

export interface ReportRound {
  /** From 1, as the room counts them. */
  round: number;
  heardBy: string | null;
  spokesperson: string | null;
  /** The proposition as its spokesperson presented it that round (DISSENT-11). */
  presented: { title: string; proposal: string; risks: string; firstSteps: string } | null;
  points: ReportPoint[];
  spokespersonNotes: string[];
}

export interface ReportDecision {
  decision: Decision;
  label: string;
  changes: string;
  decidedAt: string;
}

export interface ReportProposition {
  id: string;
  team: string;
  title: string;
  status: string;
  /** The one its team presented to the Leader (CHAIR-4). */
  presented: boolean;
  challenge: string | null;
  level: string | null;
  provider: string | null;
  benefits: string[];
  cost: string | null;
  proposal: string;
  risks: string;
  firstSteps: string;
  /** The options and witness notes it draws on, in words. */
  draws: string[];
  rounds: ReportRound[];
  /** The discussion at the presentations, note by note (CHAIR-7). */
  discussion: string[];
  decision: ReportDecision | null;
}

export interface ReportPooled {
  wordings: { from: string; headline: string; fit: string }[];
  from: string[];
  implications: string;
}

export interface ReportCouncils {
  shared: ReportPooled[];
  separate: { council: string; priorities: ReportPooled[] }[];
  unsorted: { from: string; headline: string; fit: string }[];
  pairs: { people: { name: string; role: string; council: string | null }[]; howTheyWillWork: string }[];
  discussions: { item: string; notes: { team: string; text: string }[] }[];
}
