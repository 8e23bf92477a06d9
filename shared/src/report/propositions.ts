import { findCategory } from '../board/categories.js';
import { presentationOrder, presentedPropositionOf, type ChairFacts } from '../chair/chair.js';
import { initialChair } from '../chair/chair.js';
import type { Proposition } from '../doc/propositions.js';
import { statusLabels, statusOf } from '../teamWork/propositions.js';
import { aims, kindsOfProvider, levelsOfChange, wordLabel } from '../teamWork/words.js';
import type { ReportFacts } from './facts.js';
import type { ReportDecision, ReportProposition, ReportRound } from './model.js';
import { timeInZone } from './time.js';
import { decisionLabels, pointAnswerLabels, pointKindLabels, pounds } from './words.js';

/**
 * Every proposition, in the order the teams presented (CHAIR-2), the one each team presented to
 * the Leader first (CHAIR-4): what it proposes, what it draws on, its ritual dissent round by
 * round (what was presented, the points and their answers) and the Leader's decision (REPORT-6).
 */
export function reportPropositions(facts: ReportFacts): ReportProposition[] {
  const { control, content } = facts;
  const chair = control.chair ?? initialChair();
  const chairFacts: ChairFacts = {
    teamIds: facts.teamIds,
    propositions: control.propositions,
    propositionOwners: content.propositions.map(({ id, teamId }) => ({ id, teamId })),
    dissent: control.dissent,
  };
  const order = presentationOrder(chair, facts.teamIds);
  const rank = (teamId: string) => (order.includes(teamId) ? order.indexOf(teamId) : order.length);
  const presented = new Set(order.map((teamId) => presentedPropositionOf(teamId, chairFacts)));
  const sorted = [...content.propositions].sort(
    (a, b) => rank(a.teamId) - rank(b.teamId) || Number(presented.has(b.id)) - Number(presented.has(a.id)),
  );
  return sorted.map((p) => ({
    id: p.id,
    team: facts.teamName(p.teamId),
    title: p.title || 'Untitled proposition',
    status: statusLabels[statusOf(control.propositions, p.id)],
    presented: presented.has(p.id),
    challenge: challengeOf(facts, p),
    level: wordLabel(levelsOfChange, p.level) ?? null,
    provider: wordLabel(kindsOfProvider, p.provider) ?? null,
    benefits: p.benefits.map((aim) => wordLabel(aims, aim)!),
    cost: costInWords(p),
    proposal: p.proposal,
    risks: p.risks,
    firstSteps: p.firstSteps,
    draws: drawsOn(facts, p),
    rounds: roundsOf(facts, p),
    discussion: content.presentationNotes
      .filter((n) => n.propositionId === p.id && n.text.trim())
      .map((n) => n.text.trim()),
    decision: decisionOn(facts, p.id),
  }));
}

function challengeOf(facts: ReportFacts, p: Proposition): string | null {
  const categories = facts.template?.categories;
  return (categories && findCategory(categories, p.challenge)?.label) ?? null;
}

/** "A saving of £200,000 (8%)", "A cost of 3%"; null when the team put no figure. */
export function costInWords(p: Pick<Proposition, 'costKind' | 'pounds' | 'percent'>): string | null {
  const kind = p.costKind === 'cost' ? 'A cost' : 'A saving';
  if (p.pounds !== null && p.percent !== null) return `${kind} of ${pounds(p.pounds)} (${p.percent}%)`;
  if (p.pounds !== null) return `${kind} of ${pounds(p.pounds)}`;
  if (p.percent !== null) return `${kind} of ${p.percent}%`;
  return null;
}

function drawsOn(facts: ReportFacts, p: Proposition): string[] {
  const { options, witnessNotes } = facts.content;
  const witnesses = facts.control.witnesses.witnesses;
  const cited = options.filter((o) => p.optionIds.includes(o.id));
  const notes = witnessNotes.filter((n) => p.noteIds.includes(n.id));
  return [
    ...cited.map((o) => `Option: ${o.description || 'an option without a description'}`),
    ...notes.map((n) => {
      const witness = witnesses.find((w) => w.id === n.witnessId)?.name ?? 'a witness';
      return `Witness note from ${witness}: ${n.question || n.answer}`;
    }),
  ];
}

/** Each round the proposition went through: from the server's record of it and the points made. */
function roundsOf(facts: ReportFacts, p: Proposition): ReportRound[] {
  const { content } = facts;
  const plan = facts.control.dissent?.plan;
  const presentedHere = plan?.propositionIds[p.teamId] === p.id;
  const records = content.presented.filter((r) => r.propositionId === p.id);
  const points = content.dissentPoints.filter((pt) => pt.propositionId === p.id);
  const rounds = [...new Set([...records.map((r) => r.round), ...points.map((pt) => pt.round)])].sort(
    (a, b) => a - b,
  );
  return rounds.map((round) => {
    const record = records.find((r) => r.round === round);
    const listener = presentedHere ? plan?.rotation[round]?.[p.teamId] : undefined;
    const spokesperson = presentedHere ? facts.member(plan?.spokespeople[p.teamId] ?? null) : undefined;
    return {
      round: round + 1,
      heardBy: listener ? facts.teamName(listener) : null,
      spokesperson: spokesperson?.name ?? null,
      presented: record
        ? {
            title: record.title,
            proposal: record.proposal,
            risks: record.risks,
            firstSteps: record.firstSteps,
          }
        : null,
      points: points
        .filter((pt) => pt.round === round && pt.text.trim())
        .map((pt) => ({
          kind: pointKindLabels[pt.kind],
          by: facts.teamName(pt.listeningTeamId),
          text: pt.text,
          answer: pointAnswerLabels[pt.answer],
          note: pt.note,
        })),
      spokespersonNotes: presentedHere
        ? content.spokespersonNotes
            .filter((n) => n.teamId === p.teamId && n.round === round && n.text.trim())
            .map((n) => n.text)
        : [],
    };
  });
}

function decisionOn(facts: ReportFacts, propositionId: string): ReportDecision | null {
  const record = facts.control.chair?.decisions[propositionId];
  if (!record) return null;
  return {
    decision: record.decision,
    label: decisionLabels[record.decision],
    changes: record.changes,
    decidedAt: timeInZone(record.decidedAtMs, facts.timeZone),
  };
}
