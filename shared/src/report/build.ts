import { reportActions, type ReportActions } from './actions.js';
import { reportAgenda } from './agenda.js';
import { reportCouncils } from './councils.js';
import { reportFacts, type ReportFacts, type ReportInput } from './facts.js';
import type { ActionReport, ReportPriority, ReportProposition } from './model.js';
import { reportPropositions } from './propositions.js';
import { isoDateInZone, longDate } from './time.js';
import { reportOptions, reportParticipants, reportPriorities, reportWitnesses } from './work.js';
import { count, listInWords, sentence } from './words.js';
import { roomCouncils } from '../councils/teamCouncil.js';

/**
 * The Action Report of a workshop (REPORT-1): handbook 001's "key areas of agreement and
 * commitments to action", from the workshop's record, its control state and its document's
 * content. Pure: the same input gives the same report, whoever asks and when.
 */
export function buildActionReport(input: ReportInput): ActionReport {
  const facts = reportFacts(input);
  const { control, workshop } = input;
  // The day it ran: when its clock first started, else the day it was made.
  const isoDate = isoDateInZone(control.clock.startedAtMs ?? workshop.createdAtMs, input.timeZone);
  const date = longDate(isoDate);
  const councils = roomCouncils(control.roster);
  const priorities = reportPriorities(facts);
  const propositions = reportPropositions(facts);
  const actions = reportActions(facts);
  return {
    title: workshop.title,
    programme: facts.template?.title ?? 'A programme this server does not know',
    date,
    isoDate,
    timeZone: input.timeZone,
    councils,
    purpose: purposeOf(workshop.title, date, councils),
    summary: summaryOf(facts, priorities, propositions, actions),
    recommendations: recommendationsOf(councils, propositions, actions),
    actions: actions.groups,
    unconfirmedActions: actions.unconfirmed,
    droppedActions: actions.dropped,
    participants: reportParticipants(facts),
    agenda: reportAgenda(facts),
    axes: control.board.axes,
    priorities,
    options: reportOptions(facts),
    witnesses: reportWitnesses(facts),
    propositions,
    councilsDetail: reportCouncils(facts),
  };
}

function purposeOf(title: string, date: string, councils: string[]): string {
  const strategy = councils.length >= 2 ? ' and the shared strategy' : '';
  return (
    `To record the key areas of agreement and the commitments to action from the challenge ` +
    `workshop “${title}” on ${date}, so that the results integrate with corporate work plans${strategy}.`
  );
}

function summaryOf(
  facts: ReportFacts,
  priorities: ReportPriority[],
  propositions: ReportProposition[],
  actions: ReportActions,
): string[] {
  const { control, workshop, content } = facts;
  const people = control.roster.members.length;
  const teams = workshop.teams.map((t) => t.name);
  const who = people > 0 ? `${count(people, 'person', 'people')} in ` : '';
  const forCouncils = roomCouncils(control.roster);
  const councils = forCouncils.length ? ` for ${listInWords(forCouncils)}` : '';
  const took = `${who}${count(teams.length, 'task team')} (${teams.join(', ')}) took part in “${workshop.title}”${councils}.`;

  const allocated = priorities.filter((p) => p.allocatedTo !== null).length;
  const shortlisted = content.options.filter((o) => o.shortlisted).length;
  const heard = facts.control.witnesses.witnesses.length;
  const tested = propositions.filter((p) => p.rounds.length > 0).length;
  const work = [
    priorities.length > 0 &&
      `mapped ${count(priorities.length, 'priority', 'priorities')}, ${allocated} allocated to the task teams`,
    content.options.length > 0 &&
      `worked up ${count(content.options.length, 'option')} (${shortlisted} shortlisted)`,
    heard > 0 && `questioned ${count(heard, 'witness', 'witnesses')}`,
    tested > 0 && `tested ${count(tested, 'proposition')} in ritual dissent`,
  ].filter((part): part is string => typeof part === 'string');
  const did = work.length ? [`They ${listInWords(work)}.`] : [];

  const decided = propositions.filter((p) => p.decision !== null);
  const tally = (['agreed', 'agreed-with-changes', 'not-agreed', 'further-work'] as const)
    .map((d) => [d, decided.filter((p) => p.decision!.decision === d).length] as const)
    .filter(([, n]) => n > 0)
    .map(([d, n]) => `${n} ${decisionWords[d]}`);
  const decisions = decided.length
    ? [`The Leader decided on ${count(decided.length, 'proposition')}: ${listInWords(tally)}.`]
    : ['The Leader recorded no decision on a proposition.'];

  // ACTION-5: actions carried from an earlier workshop were agreed there, not here.
  const confirmed = actions.groups.flatMap((g) => g.actions.filter((a) => !a.carriedFrom));
  const carried = actions.groups.flatMap((g) => g.actions.filter((a) => a.carriedFrom)).length;
  const byLevel = actions.groups
    .map((g) => ({ level: g.level, n: g.actions.filter((a) => !a.carriedFrom).length }))
    .filter((g) => g.n > 0)
    .map((g) => `${g.n} ${levelWords[g.level]}`);
  const waiting = actions.unconfirmed.length
    ? `; ${count(actions.unconfirmed.length, 'more was', 'more were')} proposed and not confirmed`
    : '';
  const agreed = [
    confirmed.length
      ? `${count(confirmed.length, 'action was', 'actions were')} agreed: ${listInWords(byLevel)}${waiting}.`
      : `No action was confirmed${waiting}.`,
    ...(carried
      ? [`${count(carried, 'action', 'actions')} agreed at an earlier workshop of the series carried on.`]
      : []),
  ];
  return [took, ...did, ...decisions, ...agreed];
}

const decisionWords = {
  agreed: 'agreed',
  'agreed-with-changes': 'agreed with changes',
  'not-agreed': 'not agreed',
  'further-work': 'needing further work',
} as const;

const levelWords = {
  cabinet: 'at cabinet level',
  'management-team': 'for the management team',
  personal: 'personal',
} as const;

function recommendationsOf(
  councils: string[],
  propositions: ReportProposition[],
  actions: ReportActions,
): string[] {
  const who = councils.length ? listInWords(councils) : 'the council';
  const recommendations = propositions.flatMap((p) => {
    const named = `“${p.title}” (${p.team})`;
    switch (p.decision?.decision) {
      case 'agreed':
        return [`That ${who} takes forward ${named}, as agreed at the workshop.`];
      case 'agreed-with-changes':
        return [
          `That ${who} takes forward ${named} with the changes agreed: ${sentence(p.decision.changes)}`,
        ];
      case 'further-work':
        return [`That ${p.team} works up “${p.title}” further and brings it back.`];
      default:
        return [];
    }
  });
  const confirmed = actions.groups.some((g) => g.actions.length > 0);
  if (confirmed)
    recommendations.push(
      'That the commitments to action below are confirmed, and their owners report progress against them.',
    );
  if (recommendations.length === 0)
    recommendations.push('That members note the results of the workshop set out in this report.');
  return recommendations;
}
