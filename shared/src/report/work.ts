import type { MapCategories } from '../schema/categories.js';
import { carriedPriorities } from '../series/carried.js';
import { aims, kindsOfProvider, levelsOfChange, wordLabel } from '../teamWork/words.js';
import type { Option } from '../doc/options.js';
import type { ReportFacts } from './facts.js';
import type {
  ReportOption,
  ReportPriority,
  ReportTeam,
  ReportTeamOptions,
  ReportWitness,
  ReportWitnessNote,
} from './model.js';
import { attendanceLabels } from './words.js';

/** Who took part: each task team's roster in the workshop's order, with each member's body and role. */
export function reportParticipants(facts: ReportFacts): ReportTeam[] {
  const { roster } = facts.control;
  const bodyName = (bodyId: string | null) => {
    const body = roster.bodies.find((b) => b.id === bodyId);
    if (!body) return null;
    return body.council ? `${body.name}, ${body.council}` : body.name;
  };
  return facts.workshop.teams.map((team) => ({
    name: team.name,
    members: roster.members
      .filter((m) => m.teamId === team.id)
      .map((m) => ({ name: m.name, body: bodyName(m.bodyId), role: m.role })),
  }));
}

const NO_CATEGORIES: MapCategories = { challenges: { label: '', categories: [] }, others: [] };

/** The priorities mapped in team task 1, most votes first, with their allocation (as the series carries them). */
export function reportPriorities(facts: ReportFacts): ReportPriority[] {
  const categories = facts.template?.categories ?? NO_CATEGORIES;
  return carriedPriorities(facts.content.cards, facts.control.board, facts.workshop.teams, categories).map(
    (p) => ({
      title: p.title,
      note: p.note,
      category: p.category?.label ?? null,
      votes: p.votes,
      allocatedTo: p.allocatedTo,
      place: p.place,
    }),
  );
}

/** Team task 2's options, by team and by the priority each answers. */
export function reportOptions(facts: ReportFacts): ReportTeamOptions[] {
  const priorityTitle = (id: string) =>
    facts.content.cards.find((c) => c.id === id)?.title || 'A priority since taken off the map';
  return facts.workshop.teams.flatMap((team) => {
    const own = facts.content.options.filter((o) => o.teamId === team.id);
    if (own.length === 0) return [];
    const priorityIds = [...new Set(own.map((o) => o.priorityId))];
    return [
      {
        team: team.name,
        priorities: priorityIds.map((id) => ({
          priority: priorityTitle(id),
          options: own.filter((o) => o.priorityId === id).map(reportOption),
        })),
      },
    ];
  });
}

function reportOption(option: Option): ReportOption {
  return {
    description: option.description,
    level: wordLabel(levelsOfChange, option.level) ?? null,
    provider: wordLabel(kindsOfProvider, option.provider) ?? null,
    aims: option.aims.map((aim) => wordLabel(aims, aim)!),
    money: option.money,
    culture: option.culture,
    power: option.power,
    risks: option.risks,
    shortlisted: option.shortlisted,
  };
}

/** The witness sessions' evidence: every note that has words in it, grouped by witness (REPORT-5). */
export function reportWitnesses(facts: ReportFacts): ReportWitness[] {
  const notes = facts.content.witnessNotes.filter((n) => n.question.trim() || n.answer.trim());
  const noteOf = (n: (typeof notes)[number]): ReportWitnessNote => ({
    team: facts.teamName(n.teamId),
    askedBy: facts.member(n.memberId)?.name ?? null,
    question: n.question,
    answer: n.answer,
    byWitness: n.byWitness,
  });
  const set = facts.control.witnesses.witnesses;
  const listed: ReportWitness[] = set.map((w) => ({
    name: w.name,
    expertise: w.expertise,
    attendance: attendanceLabels[w.attendance],
    notes: notes.filter((n) => n.witnessId === w.id).map(noteOf),
  }));
  const known = new Set(set.map((w) => w.id));
  const others = notes.filter((n) => !known.has(n.witnessId));
  if (others.length === 0) return listed;
  const gone = { name: 'A witness no longer listed', expertise: '', attendance: null };
  return [...listed, { ...gone, notes: others.map(noteOf) }];
}
