import { heading, list, para, strong, type Block, type Run } from './blocks.js';
import type { ActionReport, ReportPooled } from './model.js';

/** Handbook 001's two councils, laid out (REPORT-8): the pooled priorities, the pairs, the discussions. */
function pooledItems(entries: ReportPooled[]): Run[][] {
  return entries.map((entry) => [
    ...entry.wordings.flatMap((w, i) => [
      ...(i > 0 ? ['; '] : []),
      strong(w.headline),
      ` (${w.from})${w.fit.trim() ? `: ${w.fit.trim()}` : ''}`,
    ]),
    ...(entry.implications.trim() ? [' ', strong('Implications: '), entry.implications.trim()] : []),
  ]);
}

export function pooledBlocks(report: ActionReport): Block[] {
  const c = report.councilsDetail!;
  const none = (what: string) => [para(`No ${what} priority was pooled.`)];
  return [
    heading(3, 'Shared: one agenda for the managers'),
    ...(c.shared.length ? list(pooledItems(c.shared)) : none('shared')),
    ...c.separate.flatMap((column) => [
      heading(3, `Separate: ${column.council}’s own`),
      ...(column.priorities.length ? list(pooledItems(column.priorities)) : none(`${column.council}`)),
    ]),
    ...(c.unsorted.length
      ? [
          heading(3, 'Not sorted'),
          ...list(
            c.unsorted.map((w) => [strong(w.headline), ` (${w.from})${w.fit.trim() ? `: ${w.fit}` : ''}`]),
          ),
        ]
      : []),
  ];
}

export function pairBlocks(report: ActionReport): Block[] {
  const pairs = report.councilsDetail!.pairs;
  if (pairs.length === 0) return [para('No portfolio holders were paired.')];
  return list(
    pairs.map((pair) => {
      const names = pair.people
        .map((m) => {
          const about = [m.role, m.council].filter(Boolean).join(', ');
          return about ? `${m.name} (${about})` : m.name;
        })
        .join(' and ');
      return [strong(names), pair.howTheyWillWork.trim() ? `: ${pair.howTheyWillWork.trim()}` : ''];
    }),
  );
}

export function discussionBlocks(report: ActionReport): Block[] {
  return report.councilsDetail!.discussions.flatMap((d) => [
    heading(3, d.item),
    ...(d.notes.length
      ? list(d.notes.map((n) => [strong(`${n.team}: `), n.text.trim()]))
      : [para('No team noted anything here.')]),
  ]);
}
