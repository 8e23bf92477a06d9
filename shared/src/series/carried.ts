import { voteTotals } from '../board/board.js';
import { findCategory } from '../board/categories.js';
import { quadrantInWords } from '../board/quadrantWords.js';
import type { Card } from '../doc/cards.js';
import type { Team } from '../schema/api.js';
import type { BoardState } from '../schema/board.js';
import type { MapCategories } from '../schema/categories.js';
import type { CarriedPriority } from '../schema/series.js';

/**
 * An earlier workshop's priorities with their status, read from its document (`cards`) and its
 * control state (`board`), in its programme's `categories`: votes in all, the task team each went to by name, and where it sat on
 * the map in that workshop's own axis words. Most votes first; then the allocated ones, as the
 * room took them forward; then by title, so every screen lists them alike.
 */
export function carriedPriorities(
  cards: readonly Card[],
  board: BoardState,
  teams: readonly Team[],
  categories: MapCategories,
): CarriedPriority[] {
  const totals = voteTotals(board);
  const teamName = (id: string | undefined) => teams.find((team) => team.id === id)?.name ?? null;
  const carried = cards.map((card): CarriedPriority => {
    const category = findCategory(categories, card.category);
    return {
      id: card.id,
      title: card.title,
      note: card.note,
      category: category ? { id: category.id, label: category.label, colour: category.colour } : null,
      votes: totals[card.id] ?? 0,
      allocatedTo: teamName(board.allocations[card.id]),
      place: card.placed ? quadrantInWords(card, board.axes) : null,
    };
  });
  return carried.sort(
    (a, b) =>
      b.votes - a.votes ||
      Number(b.allocatedTo !== null) - Number(a.allocatedTo !== null) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}

/** A carried priority's status in one line: "Allocated to Cabinet · 5 votes · more impact on the place, less ease of delivery". */
export function carriedStatus(priority: CarriedPriority): string {
  return [
    priority.allocatedTo === null ? 'Not allocated' : `Allocated to ${priority.allocatedTo}`,
    `${priority.votes} ${priority.votes === 1 ? 'vote' : 'votes'}`,
    priority.place ?? 'not put on the map',
  ].join(' · ');
}
