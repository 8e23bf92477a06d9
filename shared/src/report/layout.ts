import { actionTable, heading, para, type Block, type LayoutSection, type ReportLayout } from './blocks.js';
import { detailSections } from './layoutDetail.js';
import type { ActionReport } from './model.js';

/**
 * The report laid out as a council paper (handbook 003): purpose, summary, recommendations and
 * the actions first, then the numbered detail, each part on a new page when printed (REPORT-9).
 */
export function reportLayout(report: ActionReport): ReportLayout {
  const front: LayoutSection[] = [
    section('purpose', 'Purpose of report', [para(report.purpose)]),
    section(
      'summary',
      'Summary',
      report.summary.map((line) => para(line)),
    ),
    section('recommendations', 'Recommendations', [
      { kind: 'list', items: report.recommendations.map((r) => [r]) },
    ]),
    section('actions', 'Actions', actionBlocks(report)),
  ];
  const detail = detailSections(report).map((s, i) => ({ ...s, number: String(i + 1), detail: true }));
  return {
    title: `${report.title}: Action Report`,
    subtitle: [
      report.programme,
      ...(report.councils.length ? [listCouncils(report.councils)] : []),
      `${report.date} (times are ${report.timeZone} time)`,
    ],
    sections: [...front, ...detail],
  };
}

function section(id: string, title: string, blocks: Block[]): LayoutSection {
  return { id, number: null, title, detail: false, blocks };
}

const listCouncils = (councils: string[]) =>
  councils.length === 1 ? councils[0]! : `${councils.slice(0, -1).join(', ')} and ${councils.at(-1)}`;

/** The commitments to act at cabinet, management team and personal levels (handbook 001), one table each. */
function actionBlocks(report: ActionReport): Block[] {
  const twoCouncils = report.councils.length >= 2;
  let n = 0;
  return report.actions.flatMap((group) => [
    heading(3, group.label),
    group.actions.length
      ? actionTable(`${group.label} actions`, group.actions, twoCouncils, () => String(++n))
      : para(`No ${group.label.toLowerCase()} action was agreed.`),
  ]);
}
