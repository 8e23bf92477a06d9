import type { Team } from '../schema/api.js';
import type { ControlState } from '../schema/events.js';
import type { Member } from '../schema/roster.js';
import { findTemplate } from '../templates/index.js';
import type { WorkshopTemplate } from '../templates/workshopTemplate.js';
import type { ReportContent } from './content.js';

/** The workshop's record, as the server keeps it. */
export interface ReportWorkshop {
  title: string;
  templateId: string;
  teams: Team[];
  createdAtMs: number;
}

/** The control state the report reads (the sections a workshop stored before one existed may lack it). */
export type ReportControl = Pick<
  ControlState,
  'agenda' | 'clock' | 'board' | 'roster' | 'propositions' | 'witnesses'
> &
  Partial<Pick<ControlState, 'pooled' | 'pairs' | 'dissent' | 'chair' | 'actions'>>;

export interface ReportInput {
  workshop: ReportWorkshop;
  control: ReportControl;
  content: ReportContent;
  /** An IANA zone for the report's times (REPORT-3). */
  timeZone: string;
}

/** What every part of the report reads: the input, and ids turned into the workshop's own names. */
export interface ReportFacts extends ReportInput {
  template: WorkshopTemplate | undefined;
  teamIds: string[];
  teamName(teamId: string): string;
  member(memberId: string | null): Member | undefined;
  /** "Priya Shah (Portfolio holder, Finance)": a member with their role where the roster has one. */
  personWithRole(member: Member): string;
}

export function reportFacts(input: ReportInput): ReportFacts {
  const teams = new Map(input.workshop.teams.map((t) => [t.id, t.name]));
  const members = new Map(input.control.roster.members.map((m) => [m.id, m]));
  return {
    ...input,
    template: findTemplate(input.workshop.templateId),
    teamIds: input.workshop.teams.map((t) => t.id),
    // A team no longer in the workshop is still someone's: it is named as the room counted it.
    teamName: (teamId) => teams.get(teamId) ?? 'A task team no longer in the workshop',
    member: (memberId) => (memberId === null ? undefined : members.get(memberId)),
    personWithRole: (member) => (member.role ? `${member.name} (${member.role})` : member.name),
  };
}
