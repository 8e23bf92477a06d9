import { actionTable, heading, labelled, list, para, strong, type Block } from './blocks.js';
import { discussionBlocks, pairBlocks, pooledBlocks } from './layoutCouncils.js';
import { propositionBlocks } from './layoutPropositions.js';
import type { ActionReport } from './model.js';
import { count } from './words.js';

export interface DetailSection {
  id: string;
  title: string;
  blocks: Block[];
}

/** The detail behind the front matter, in the order the workshop worked (REPORT-9). */
export function detailSections(report: ActionReport): DetailSection[] {
  const councils = report.councilsDetail;
  const unconfirmed = report.unconfirmedActions.length + report.droppedActions.length > 0;
  return [
    { id: 'participants', title: 'Who took part', blocks: participantBlocks(report) },
    { id: 'programme', title: 'The programme, planned and as run', blocks: programmeBlocks(report) },
    { id: 'priorities', title: 'Priorities and their allocation', blocks: priorityBlocks(report) },
    { id: 'options', title: 'Options worked up', blocks: optionBlocks(report) },
    { id: 'witnesses', title: 'Witness evidence', blocks: witnessBlocks(report) },
    {
      id: 'propositions',
      title: 'Propositions, ritual dissent and decisions',
      blocks: report.propositions.length
        ? report.propositions.flatMap(propositionBlocks)
        : [para('No proposition was written.')],
    },
    ...(councils
      ? [
          { id: 'pooled', title: 'Shared and separate corporate priorities', blocks: pooledBlocks(report) },
          { id: 'pairs', title: 'Portfolio-holder pairs', blocks: pairBlocks(report) },
          ...(councils.discussions.length
            ? [{ id: 'discussions', title: 'Discussion notes', blocks: discussionBlocks(report) }]
            : []),
        ]
      : []),
    ...(unconfirmed
      ? [{ id: 'other-actions', title: 'Actions not confirmed', blocks: otherActionBlocks(report) }]
      : []),
  ];
}

function participantBlocks(report: ActionReport): Block[] {
  return report.participants.flatMap((team) => [
    heading(3, team.name),
    team.members.length
      ? {
          kind: 'table',
          caption: `${team.name}: members`,
          head: ['Name', 'Body', 'Role'],
          rows: team.members.map((m) => [m.name, m.body ?? '—', m.role || '—']),
        }
      : para('Nobody was put on this team’s roster.'),
  ]);
}

function programmeBlocks(report: ActionReport): Block[] {
  const { agenda } = report;
  const rows = agenda.items.map((item) => [
    item.plannedStart ?? '—',
    item.title,
    item.extendedBy
      ? `${item.plannedMinutes} (${item.extendedBy > 0 ? '+' : '−'}${Math.abs(item.extendedBy)})`
      : String(item.plannedMinutes),
    item.started ?? (item.state === 'done' ? '—' : item.state),
    item.ended ?? '—',
    item.minutesTaken === null ? '—' : String(item.minutesTaken),
  ]);
  const finish = [
    agenda.plannedFinish && `Planned to finish at ${agenda.plannedFinish}`,
    agenda.finished ? `finished at ${agenda.finished}` : 'the clock was not finished',
  ]
    .filter(Boolean)
    .join('; ');
  const repeats = agenda.asRun.length > new Set(agenda.asRun.map((r) => r.title)).size;
  return [
    {
      kind: 'table',
      caption: 'The programme: planned times and minutes (with extensions), and as run',
      head: ['Planned', 'Item', 'Minutes', 'Started', 'Ended', 'Minutes taken'],
      rows,
    },
    para(`${finish}.`),
    ...(repeats
      ? [
          heading(3, 'Each time an item ran'),
          {
            kind: 'table',
            caption: 'The programme as run, in order',
            head: ['Item', 'Started', 'Ended', 'Minutes'],
            rows: agenda.asRun.map((r) => [
              r.title,
              r.started,
              r.ended ?? '—',
              r.minutes === null ? '—' : String(r.minutes),
            ]),
          } satisfies Block,
        ]
      : []),
  ];
}

function priorityBlocks(report: ActionReport): Block[] {
  if (report.priorities.length === 0) return [para('No priority was put on the map.')];
  return [
    para(`The map’s axes: ${report.axes.x} (across) and ${report.axes.y} (up).`),
    {
      kind: 'table',
      caption: 'Priorities, most votes first',
      head: ['Priority', 'Category', 'Votes', 'Allocated to', 'On the map'],
      rows: report.priorities.map((p) => [
        p.note.trim() ? `${p.title}: ${p.note.trim()}` : p.title,
        p.category ?? '—',
        String(p.votes),
        p.allocatedTo ?? 'Not allocated',
        p.place ?? 'not put on the map',
      ]),
    },
  ];
}

function optionBlocks(report: ActionReport): Block[] {
  if (report.options.length === 0) return [para('No option was worked up.')];
  return report.options.flatMap((team) => [
    heading(3, team.team),
    ...team.priorities.flatMap(({ priority, options }) => [
      heading(4, `For “${priority}”`),
      ...options.flatMap((o) => [
        para(
          strong(o.description.trim() || 'An option without a description'),
          o.shortlisted ? ' (shortlisted)' : '',
        ),
        ...labelled([
          ['Level of change', o.level],
          ['Kind of provider', o.provider],
          ['Aims', o.aims.join(', ')],
          ['Money', o.money],
          ['Culture', o.culture],
          ['Power', o.power],
          ['Risks', o.risks],
        ]),
      ]),
    ]),
  ]);
}

function witnessBlocks(report: ActionReport): Block[] {
  if (report.witnesses.length === 0) return [para('No witness was set up.')];
  return report.witnesses.flatMap((w) => {
    const about = [w.expertise, w.attendance?.toLowerCase()].filter(Boolean).join('; ');
    return [
      heading(3, about ? `${w.name} (${about})` : w.name),
      ...(w.notes.length
        ? list(
            w.notes.map((n) => {
              const by = n.byWitness ? `noted by ${w.name}` : n.askedBy ? `asked by ${n.askedBy}` : null;
              const who = [n.team, by].filter(Boolean).join(', ');
              return [
                strong(`${who}: `),
                n.question.trim() || 'A note',
                ...(n.answer.trim() ? [' ', strong('Answer: '), n.answer.trim()] : []),
              ];
            }),
          )
        : [para('No note was brought back from this witness.')]),
    ];
  });
}

function otherActionBlocks(report: ActionReport): Block[] {
  const twoCouncils = report.councils.length >= 2;
  const numbered = () => {
    let n = 0;
    return () => String(++n);
  };
  return [
    ...(report.unconfirmedActions.length
      ? [
          heading(3, `Proposed, not confirmed (${count(report.unconfirmedActions.length, 'action')})`),
          actionTable(
            'Actions proposed and not confirmed',
            report.unconfirmedActions,
            twoCouncils,
            numbered(),
          ),
        ]
      : []),
    ...(report.droppedActions.length
      ? [
          heading(3, `Dropped (${count(report.droppedActions.length, 'action')})`),
          actionTable('Actions dropped', report.droppedActions, twoCouncils, numbered()),
        ]
      : []),
  ];
}
