import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, LayoutSection, ReportLayout, Run } from '../../../shared/src/index.js';

/** Text with its line breaks kept: Word takes a break as its own element, not a "\n". */
function textRuns(text: string, bold = false, italics = false): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold, italics, break: i > 0 ? 1 : 0 }));
}

const runsOf = (runs: Run[]) =>
  runs.flatMap((run) => (typeof run === 'string' ? textRuns(run) : textRuns(run.text, true)));

function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: textRuns(text, header) })],
      ...(header && { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } }),
    });
  return [
    new Paragraph({ children: textRuns(b.caption, false, true), keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // The header row repeats on every page the table runs onto; no row is cut in two.
        new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h) => cell(h, true)) }),
        ...b.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
      ],
    }),
    new Paragraph({}),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runsOf(b.runs) })];
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: textRuns(b.text),
        }),
      ];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runsOf(item) }));
    case 'table':
      return table(b);
  }
}

function section(s: LayoutSection): (Paragraph | Table)[] {
  const title = s.number ? `${s.number}. ${s.title}` : s.title;
  return [
    // Each part of the detail starts on a new page (REPORT-9).
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: s.detail, children: textRuns(title) }),
    ...s.blocks.flatMap(block),
  ];
}

/** The Action Report in Word (REPORT-10): the same layout as the web page and the Markdown. */
export function renderDocx(layout: ReportLayout): Promise<Buffer> {
  const doc = new Document({
    title: layout.title,
    creator: 'Challenge Board',
    description: layout.subtitle.join('; '),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${layout.title}, page ` }),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(layout.title) }),
          ...layout.subtitle.map((line) => new Paragraph({ children: textRuns(line) })),
          ...layout.sections.flatMap(section),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
