import { describe, expect, it } from 'vitest';
import {
  allCategories,
  findCategory,
  findTemplate,
  templateSummarySchema,
  whatWillChange,
  formatProgrammeTime,
  plannedFinishMin,
  plannedStartsMin,
  templates,
} from '../../shared/src/index.js';

/**
 * The programmes as the handbook prints them, typed in here from the documents themselves: each
 * template's starts are derived from its durations and compared with these, so a wrong duration,
 * a dropped item or a paraphrased title fails.
 */
const published: Record<string, { finish: string; items: [string, string][] }> = {
  // 000: "Strategic Political Leadership in New Times"
  'strategic-political-leadership': {
    finish: '1.00',
    items: [
      ['9.00', 'Introduction to the Workshop and how it will work'],
      ['9.10', 'Input: What will change? – briefing on the challenges you face'],
      ['9.50', 'Team task 1: What should the Council tackle?'],
      [
        '10.15',
        'Input: How you will change? – briefing on the different types of change and service providers',
      ],
      ['10.30', 'Coffee/tea'],
      ['11.00', 'Team task 2: Work up initial options'],
      ['11.30', 'Witness sessions: Tapping into other peoples experience'],
      ['12.10', 'Team task 3: Working up the propositions and ritual dissent'],
      ['12.40', 'Presentation, discussion and action planning'],
    ],
  },
  // 001: "Leadership of Shared Services and Management"
  'shared-services-leadership': {
    finish: '1.30',
    items: [
      ['9.00', 'Introduction to the workshop: Shared ambitions'],
      ['9.05', 'Working effectively together'],
      ['10.00', 'What are shared and what are separate corporate priorities?'],
      ['11.00', 'Coffee/Tea'],
      ['11.15', 'The partnership between the two portfolio holders and managers'],
      ['11.45', 'Impacts of the Localism Bill'],
      ['12.15', 'Innovation, risk and change'],
      ['12.45', 'Action Plans'],
      ['1.00', 'Lunch'],
    ],
  },
};

const startsOf = (id: string) =>
  plannedStartsMin(findTemplate(id)!.agenda).map((m) => (m === null ? null : formatProgrammeTime(m)));

describe('templates, faithful to the handbook', () => {
  for (const [id, programme] of Object.entries(published)) {
    it(`${id}: every item at its published start, with its published title, and the published finish`, () => {
      const template = findTemplate(id)!;
      // Only the first item carries a time: every other start comes from the durations before it.
      expect(template.agenda.slice(1).filter((item) => item.plannedStart)).toEqual([]);
      expect(template.agenda.map((item, i) => [startsOf(id)[i], item.title])).toEqual(programme.items);
      expect(formatProgrammeTime(plannedFinishMin(template.agenda)!)).toBe(programme.finish);
    });
  }

  it('the Top Team series: three linked workshops, each a half day, saying its times are the board’s', () => {
    const series = templates.filter((t) => t.series?.id === 'renewing-top-team-working');
    expect(series.map((t) => t.series!.part)).toEqual([1, 2, 3]);
    for (const template of series) {
      expect(template.timesNote).toMatch(/publishes no times/);
      expect(startsOf(template.id)[0]).toBe('9.30');
      expect(formatProgrammeTime(plannedFinishMin(template.agenda)!)).toBe('1.00');
      expect(template.agenda.some((item) => item.kind === 'break')).toBe(true);
    }
    // What the handbook says each covers.
    expect(series[0]!.agenda[0]!.title).toMatch(/cabinet alone/);
    expect(series[1]!.agenda.map((i) => i.title).join(' ')).toMatch(
      /joint vision.*localism.*working relationship/is,
    );
    expect(series[2]!.agenda.map((i) => i.title).join(' ')).toMatch(/strategic performance.*joint working/is);
    // A later workshop opens with what the earlier ones carried forward.
    for (const later of series.slice(1)) expect(later.agenda[0]!.id).toBe('carried-forward');
  });

  it('every template has a unique id, unique item ids and a title for every item', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const template of templates) {
      const ids = template.agenda.map((item) => item.id);
      expect(new Set(ids).size, template.id).toBe(ids.length);
      expect(template.agenda.every((item) => item.title.trim().length > 0)).toBe(true);
    }
  });

  it('the map’s categories name the six Localism essentials in the handbook’s words, as its briefing does', () => {
    const essentials = whatWillChange.cards.find((card) => card.id === 'six-essentials')!.points;
    const { others } = findTemplate('strategic-political-leadership')!.categories;
    expect(others[0]!.categories.map((category) => category.label.toLowerCase())).toEqual(essentials);
  });

  it('Leadership of Shared Services and Management has its own three challenges, in the handbook’s words', () => {
    // 001, "The new agenda": "Three new major challenges face the two councils and are interconnected".
    const newAgenda = [
      'delivering the budget reductions 2011-14',
      'enabling the use of the Localism Bill and decentralisation',
      'maximising the benefits of the shared management and services',
    ];
    const { challenges } = findTemplate('shared-services-leadership')!.categories;
    expect(challenges.categories.map((c) => c.label.toLowerCase())).toEqual(
      newAgenda.map((w) => w.toLowerCase()),
    );
    // Not the three of "Strategic Political Leadership in New Times".
    expect(findTemplate('strategic-political-leadership')!.categories.challenges).not.toEqual(challenges);
  });

  it('every programme’s categories: unique ids and colours, a short label, readable on white', () => {
    for (const template of templates) {
      expect(() => templateSummarySchema.parse(template), template.id).not.toThrow();
      const all = allCategories(template.categories);
      expect(new Set(all.map((c) => c.id)).size, template.id).toBe(all.length);
      expect(new Set(all.map((c) => c.colour.toLowerCase())).size, template.id).toBe(all.length);
      for (const category of all) {
        expect(category.short.trim(), category.id).not.toBe('');
        expect(contrastOnWhite(category.colour), `${template.id}: ${category.id}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('a card whose category the workshop does not know has none, rather than failing', () => {
    const { categories } = findTemplate('shared-services-leadership')!;
    expect(findCategory(categories, 'bureaucracy')).toBeUndefined();
    expect(findCategory(categories, '')).toBeUndefined();
    expect(findCategory(categories, 'shared-services')?.short).toBe('Shared services');
  });
});

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}
