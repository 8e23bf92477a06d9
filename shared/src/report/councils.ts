import { livePairs } from '../councils/pairs.js';
import { pooledView, type PooledEntry, type PooledWording } from '../councils/pooledView.js';
import { roomCouncils, teamCouncil, teamCouncils } from '../councils/teamCouncil.js';
import { councilNoteKey, noteTopics } from '../doc/councils.js';
import type { ReportFacts } from './facts.js';
import type { ReportCouncils, ReportPooled } from './model.js';

/**
 * Handbook 001's two councils: the pooled priorities, shared and each council's own, with their
 * implications for work and negotiation; the portfolio-holder pairs and how each will work; the
 * teams' discussion notes. Null where the room has fewer than two councils (REPORT-8).
 */
export function reportCouncils(facts: ReportFacts): ReportCouncils | null {
  const { roster, agenda } = facts.control;
  const councils = roomCouncils(roster);
  if (councils.length < 2) return null;
  const notes = facts.content.councilNotes;
  // A note's key names its topic and the teams it belongs to; the topic alone finds it.
  const noteOn = (topic: string) =>
    Object.entries(notes).find(([key]) => key.startsWith(`${topic}|`))?.[1] ?? '';
  const view = pooledView(facts.control.pooled ?? { groups: [] }, facts.content.councilPriorities, {
    teamCouncils: teamCouncils(roster, facts.teamIds),
    teamNames: new Map(facts.workshop.teams.map((t) => [t.id, t.name])),
    councils,
  });
  const pooled = (entry: PooledEntry): ReportPooled => ({
    wordings: entry.wordings.map(wording),
    from: entry.from,
    implications: noteOn(noteTopics.implications(entry.id)),
  });
  return {
    shared: view.shared.map(pooled),
    separate: view.separate.map((column) => ({
      council: column.from,
      priorities: column.entries.map(pooled),
    })),
    unsorted: view.unsorted.map(wording),
    pairs: livePairs(facts.control.pairs ?? { pairs: [] }, roster).map(({ pair, members }) => ({
      people: members.map((m) => ({
        name: m.name,
        role: m.role,
        council: teamCouncil(roster, facts.teamIds, m.teamId),
      })),
      howTheyWillWork: noteOn(noteTopics.pair(pair.id)),
    })),
    discussions: agenda
      .filter((item) => item.shows?.tablet === 'discussion')
      .map((item) => ({
        item: item.title,
        notes: facts.workshop.teams.flatMap((team) => {
          const text = notes[councilNoteKey(noteTopics.discussion(item.id), [team.id])] ?? '';
          return text.trim() ? [{ team: team.name, text }] : [];
        }),
      })),
  };
}

const wording = (w: PooledWording) => ({ from: w.from, headline: w.headline, fit: w.fit });
