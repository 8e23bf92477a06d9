import type { Block, LayoutSection, ReportLayout, Run } from './blocks.js';

/** Text as Markdown shows it, never as Markdown's syntax: a "#" or a "|" typed in a note stays a character. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/gm, (_m, space: string, mark: string) =>
      mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`,
    );
}

const runs = (items: Run[]) =>
  items
    .map((run) =>
      typeof run === 'string'
        ? escapeMarkdown(run)
        : `**${escapeMarkdown(run.text.trim())}**${run.text.endsWith(' ') ? ' ' : ''}`,
    )
    .join('');

/** A line break inside a paragraph or a list item keeps its place (two spaces, then the indent). */
const lines = (text: string, indent = '') => text.replace(/\r?\n/g, `  \n${indent}`);

const cell = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' ')) || ' ';

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return lines(runs(b.runs));
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'list':
      return b.items.map((item) => `- ${lines(runs(item), '  ')}`).join('\n');
    case 'table':
      return [
        `| ${b.head.map(cell).join(' | ')} |`,
        `| ${b.head.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

function section(s: LayoutSection): string {
  const title = s.number ? `${s.number}. ${s.title}` : s.title;
  return [`## ${escapeMarkdown(title)}`, ...s.blocks.map(block)].join('\n\n');
}

/** The Action Report as Markdown (CommonMark with GitHub's tables): for an email or a wiki (REPORT-10). */
export function renderMarkdown(layout: ReportLayout): string {
  const head = [`# ${escapeMarkdown(layout.title)}`, layout.subtitle.map(escapeMarkdown).join('  \n')];
  return `${[...head, ...layout.sections.map(section)].join('\n\n')}\n`;
}
