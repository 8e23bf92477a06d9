import { heading, labelled, list, para, strong, type Block } from './blocks.js';
import type { ReportProposition, ReportRound } from './model.js';

/** One proposition: its decision first, then what it proposes, what it draws on and its rounds of dissent (REPORT-6). */
export function propositionBlocks(p: ReportProposition): Block[] {
  const decision = p.decision
    ? [
        strong('Decision: '),
        `${p.decision.label} at ${p.decision.decidedAt}`,
        ...(p.decision.changes.trim() ? [`: ${p.decision.changes.trim()}`] : []),
      ]
    : [strong('Decision: '), p.presented ? 'none recorded' : 'not presented to the Leader'];
  return [
    heading(3, `${p.title} (${p.team})`),
    para(...decision),
    ...(p.discussion.length ? [para(strong('Discussion at the presentations:'))] : []),
    ...list(p.discussion.map((note) => [note])),
    ...labelled([
      ['Status', p.status],
      ['Challenge', p.challenge],
      ['Level of change', p.level],
      ['Kind of provider', p.provider],
      ['Benefits', p.benefits.join(', ')],
      ['Cost or saving', p.cost],
      ['Proposal', p.proposal],
      ['Risks', p.risks],
      ['First steps', p.firstSteps],
    ]),
    ...(p.draws.length ? [para(strong('Draws on:'))] : []),
    ...list(p.draws.map((d) => [d])),
    ...p.rounds.flatMap(roundBlocks),
  ];
}

function roundBlocks(round: ReportRound): Block[] {
  const who = [
    round.spokesperson && `presented by ${round.spokesperson}`,
    round.heardBy && `to ${round.heardBy}`,
  ]
    .filter(Boolean)
    .join(' ');
  const presented = round.presented;
  return [
    heading(4, `Ritual dissent, round ${round.round}${who ? `: ${who}` : ''}`),
    ...(presented
      ? [
          para(
            strong('As presented: '),
            [presented.title, presented.proposal].filter((t) => t.trim()).join(': '),
          ),
        ]
      : []),
    ...(round.points.length
      ? list(
          round.points.map((pt) => [
            strong(`${pt.kind} (${pt.by}): `),
            pt.text.trim(),
            ' ',
            strong(`${pt.answer}${pt.note.trim() ? ': ' : '.'}`),
            pt.note.trim(),
          ]),
        )
      : [para('No point was recorded in this round.')]),
    ...(round.spokespersonNotes.length
      ? [para(strong('Spokesperson’s notes: '), round.spokespersonNotes.join(' '))]
      : []),
  ];
}
