import type { Block, LayoutSection, ReportLayout, Run } from './blocks.js';

/** Text as HTML shows it, never as markup: what a team typed cannot become a tag. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const runs = (items: Run[]) =>
  items
    .map((run) => (typeof run === 'string' ? escapeHtml(run) : `<strong>${escapeHtml(run.text)}</strong>`))
    .join('');

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${runs(item)}</li>`).join('')}</ul>`;
    case 'table':
      return [
        `<table><caption>${escapeHtml(b.caption)}</caption>`,
        `<thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${b.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('\n');
  }
}

function section(s: LayoutSection): string {
  const title = s.number ? `${s.number}. ${s.title}` : s.title;
  const kind = s.detail ? 'detail' : 'front';
  return [
    `<section class="${kind}" id="${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}-title">`,
    `<h2 id="${escapeHtml(s.id)}-title">${escapeHtml(title)}</h2>`,
    ...s.blocks.map(block),
    '</section>',
  ].join('\n');
}

/**
 * The page's own styles: a council paper in Arial on the screen, and for the browser's "Save as
 * PDF" A4 pages, each part of the detail on a new page, a table's header repeated on every page it
 * spans and no row cut in two. The page has no navigation and no script.
 */
export const REPORT_STYLES = `
:root { color: #111; background: #fff; font-family: Arial, Helvetica, sans-serif; line-height: 1.45; }
body { max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
.subtitle { margin: 0 0 2rem; color: #333; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid #111; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
p, li, td { white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-style: italic; padding-bottom: 0.25rem; }
th, td { border: 1px solid #555; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  section.detail { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  th { background: #e8e8e8; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The Action Report as one self-contained web page, ready for the browser's "Save as PDF" (REPORT-10). */
export function renderHtml(layout: ReportLayout): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    // The page is also opened from a blob (the screens' printable page), where no header carries
    // the policy: it says it itself. No script, no request to anywhere, only its own styles.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(layout.title)}</h1>`,
    `<p class="subtitle">${layout.subtitle.map(escapeHtml).join('<br>')}</p>`,
    ...layout.sections.map(section),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
