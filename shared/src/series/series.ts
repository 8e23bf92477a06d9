import { accept, refuse, type Outcome } from '../result.js';
import { TEXT_LIMITS } from '../schema/limits.js';
import type { Series } from '../schema/series.js';
import { findTemplate, templates, type WorkshopTemplate } from '../templates/index.js';

/** The series a workshop's programme belongs to, if any. */
export function seriesOf(templateId: string): Series | undefined {
  return findTemplate(templateId)?.series;
}

/** The programme of the next workshop in the series, or why there is none (400: no series; 409: the last). */
export function nextInSeries(templateId: string): Outcome<WorkshopTemplate> {
  const series = seriesOf(templateId);
  if (!series)
    return refuse(
      'not-in-series',
      'This workshop is not part of a series: there is no next workshop to start.',
    );
  const next = templates.find((t) => t.series?.id === series.id && t.series.part === series.part + 1);
  if (!next)
    return refuse(
      'last-in-series',
      `This is the last workshop of ${series.title} (${series.part} of ${series.of}): there is no next one to start.`,
    );
  return accept(next);
}

/**
 * The next workshop's title from the earlier one's: "workshop 1" (with or without "of 3") becomes
 * "workshop 2 of 3"; a title that does not say which workshop it is gets ", workshop 2 of 3".
 * Cut short at the front part, never the number, to fit the title's limit.
 */
export function nextInSeriesTitle(title: string, series: Series): string {
  const numbered = new RegExp(`\\b(w)orkshop\\s+${series.part}(\\s+of\\s+${series.of})?\\b`, 'i');
  const match = numbered.exec(title);
  // "Workshop 1: …" stays capitalised as "Workshop 2 of 3: …".
  const next = `${match?.[1] ?? 'w'}orkshop ${series.part + 1} of ${series.of}`;
  const [before, join, after] = match
    ? [title.slice(0, match.index), '', title.slice(match.index + match[0].length)]
    : [title.trim(), ', ', ''];
  const room = TEXT_LIMITS.workshopTitle - join.length - next.length - after.length;
  if (room < 0) return `${series.title}, ${next}`.slice(0, TEXT_LIMITS.workshopTitle);
  return `${before.slice(0, room)}${join}${next}${after}`;
}
