import * as Y from 'yjs';
import type { CouncilPriorityText } from '../councils/pooledView.js';
import { readCards, type Card } from '../doc/cards.js';
import { councilNotesMap, readCouncilPriorities } from '../doc/councils.js';
import {
  readDissentPoints,
  readSpokespersonNotes,
  type DissentPoint,
  type SpokespersonNote,
} from '../doc/dissentPoints.js';
import { readOptions, type Option } from '../doc/options.js';
import { readPresentationNotes, type PresentationNote } from '../doc/presentationNotes.js';
import {
  propositionHistoryMap,
  readPresented,
  type PresentedProposition,
} from '../doc/propositionHistory.js';
import { readPropositions, type Proposition } from '../doc/propositions.js';
import { readWitnessNotes, type WitnessNote } from '../doc/witnessNotes.js';

/** What of the workshop's document the Action Report reads: each kind through its own reader. */
export interface ReportContent {
  cards: Card[];
  options: Option[];
  propositions: Proposition[];
  witnessNotes: WitnessNote[];
  councilPriorities: CouncilPriorityText[];
  /** Each council note's text by its key (`<topic>|<team>+<team>`). */
  councilNotes: Record<string, string>;
  dissentPoints: DissentPoint[];
  spokespersonNotes: SpokespersonNote[];
  /** What each proposition's spokesperson presented, round by round (DISSENT-11). */
  presented: PresentedProposition[];
  /** The discussion of each proposition at the presentations (CHAIR-7). */
  presentationNotes: PresentationNote[];
}

/** Reads the document once, through the shared readers (what another device wrote wrongly is left out). */
export function readReportContent(doc: Y.Doc): ReportContent {
  const propositions = readPropositions(doc);
  const recorded = new Set<string>();
  for (const entry of propositionHistoryMap(doc).values()) {
    const id = entry instanceof Y.Map ? entry.get('propositionId') : undefined;
    if (typeof id === 'string') recorded.add(id);
  }
  return {
    cards: readCards(doc),
    options: readOptions(doc),
    propositions,
    witnessNotes: readWitnessNotes(doc),
    councilPriorities: readCouncilPriorities(doc),
    councilNotes: readCouncilNotes(doc),
    dissentPoints: readDissentPoints(doc),
    spokespersonNotes: readSpokespersonNotes(doc),
    // A proposition removed since it was presented keeps its record: it is read by id too.
    presented: [...recorded].sort().flatMap((id) => readPresented(doc, id)),
    presentationNotes: readPresentationNotes(doc),
  };
}

function readCouncilNotes(doc: Y.Doc): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const [key, entry] of councilNotesMap(doc).entries()) {
    const text = entry instanceof Y.Map ? entry.get('text') : undefined;
    if (text instanceof Y.Text) notes[key] = text.toString();
  }
  return notes;
}
