export * from './result.js';
export * from './permissions/permissions.js';
export * from './permissions/content.js';
export * from './schema/agenda.js';
export * from './schema/clock.js';
export * from './schema/api.js';
export * from './schema/events.js';
export * from './agenda/clock.js';
export * from './agenda/programme.js';
export * from './time/offset.js';
export * from './templates/index.js';
export * from './doc/keys.js';
export * from './doc/cards.js';
export * from './doc/witnessNotes.js';
export * from './doc/options.js';
export * from './doc/propositions.js';
export * from './doc/briefing.js';
export * from './doc/text.js';
export * from './doc/wholeValue.js';
export * from './schema/board.js';
export * from './board/board.js';
export * from './board/categories.js';
export * from './schema/categories.js';
export * from './templates/categories.js';
export * from './board/mapLayout.js';
export * from './schema/join.js';
export * from './schema/limits.js';
export * from './schema/control.js';
export * from './agenda/agenda.js';
export * from './control/pipeline.js';
export * from './schema/briefing.js';
export * from './templates/briefing.js';
export * from './schema/roster.js';
export * from './roster/roster.js';
export * from './templates/rooms.js';
export * from './board/programmeView.js';
export * from './board/quadrantWords.js';
export * from './schema/series.js';
export * from './series/carried.js';
export * from './series/series.js';
export * from './schema/positionPaper.js';
export * from './schema/views.js';
export * from './schema/teamWork.js';
export * from './teamWork/words.js';
export * from './teamWork/propositions.js';
export * from './schema/witnesses.js';
export * from './witnesses/slots.js';
export * from './witnesses/propose.js';
export * from './witnesses/sessions.js';
export * from './schema/councils.js';
export * from './councils/teamCouncil.js';
export * from './councils/pooled.js';
export * from './councils/pooledView.js';
export * from './councils/pairs.js';
export * from './councils/notesDue.js';
export * from './doc/councils.js';
export * from './doc/dissentPoints.js';
export * from './doc/propositionHistory.js';
export * from './doc/presentationNotes.js';
export * from './dissent/schedule.js';
export * from './dissent/rounds.js';
export * from './schema/dissent.js';
export * from './schema/chair.js';
export * from './chair/chair.js';
export * from './chair/actions.js';
export * from './chair/words.js';
export * from './schema/backup.js';
export { buildActionReport } from './report/build.js';
export { readReportContent, type ReportContent } from './report/content.js';
export type { ReportInput, ReportWorkshop, ReportControl } from './report/facts.js';
export type * from './report/model.js';
export { reportLayout } from './report/layout.js';
export type { Block, Run, LayoutSection, ReportLayout } from './report/blocks.js';
export { renderMarkdown, escapeMarkdown } from './report/markdown.js';
export { renderHtml, escapeHtml, REPORT_STYLES } from './report/html.js';
export { reportFileName, type ReportFormat } from './report/fileName.js';
export {
  DEFAULT_REPORT_TIME_ZONE,
  isTimeZone,
  reportTimeZone,
  timeInZone,
  isoDateInZone,
  longDate,
  shortDate,
} from './report/time.js';
export { attendanceLabels } from './report/words.js';
