import { describe, expect, it } from 'vitest';
import {
  categories,
  findTemplate,
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
    const essentialCategories = categories.slice(3).map((category) => category.label.toLowerCase());
    expect(essentialCategories).toEqual(essentials);
  });
});
