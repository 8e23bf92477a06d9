import type { ReportAction } from './model.js';

/** Words in a paragraph or list item; `strong` for a label ("Decision:"). */
export type Run = string | { text: string; strong: true };

/** What a section holds. Every renderer (Markdown, web page, Word) draws these and nothing else. */
export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; items: Run[][] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'heading'; level: 3 | 4; text: string };

export interface LayoutSection {
  id: string;
  /** "1", "2"…: the detail is numbered, the front matter is not (as a council paper is). */
  number: string | null;
  title: string;
  /** Detail starts on a new page when printed (REPORT-9). */
  detail: boolean;
  blocks: Block[];
}

export interface ReportLayout {
  title: string;
  /** Lines under the title: the programme, the councils, the date. */
  subtitle: string[];
  sections: LayoutSection[];
}

export const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const strong = (text: string): Run => ({ text, strong: true });
export const heading = (level: 3 | 4, text: string): Block => ({ kind: 'heading', level, text });

/** The actions as a table: what, who, for which council, by when, following from which proposition. */
export function actionTable(
  caption: string,
  actions: ReportAction[],
  twoCouncils: boolean,
  number: () => string,
): Block {
  const head = ['No.', 'Commitment', 'Owner', ...(twoCouncils ? ['Council'] : []), 'Due', 'From'];
  const rows = actions.map((a) => [
    number(),
    a.status === 'done' ? `${a.commitment} (done)` : a.commitment,
    a.owner ?? 'No owner yet',
    ...(twoCouncils ? [a.council ?? 'Both'] : []),
    a.due ?? 'No date yet',
    [a.proposition, a.carriedFrom && `carried from ${a.carriedFrom}`].filter(Boolean).join('; ') || '—',
  ]);
  return { kind: 'table', caption, head, rows };
}

export type Labelled = [label: string, words: string | null | undefined];

/** Only the labelled lines that have words: "Money: saves £200k". */
export const labelled = (lines: Labelled[]): Block[] => {
  const items = lines
    .filter(([, words]) => words && words.trim())
    .map(([label, words]) => [strong(`${label}: `), words!.trim()]);
  return items.length ? [{ kind: 'list', items }] : [];
};

export const list = (items: Run[][]): Block[] => (items.length ? [{ kind: 'list', items }] : []);
