import { describe, expect, it } from 'vitest';
import {
  carriedForwardSchema,
  carriedPriorities,
  strategicPoliticalCategories,
  carriedStatus,
  initialBoard,
  nextInSeries,
  nextInSeriesTitle,
  quadrantInWords,
  TEXT_LIMITS,
  type BoardState,
  type Card,
} from '../../shared/src/index.js';

const card = (id: string, fields: Partial<Card> = {}): Card => ({
  id,
  title: id,
  note: '',
  category: '',
  createdByTeamId: null,
  placed: false,
  x: 0.5,
  y: 0.5,
  placedAt: 0,
  ...fields,
});
const teams = [
  { id: 'team-1', name: 'Cabinet' },
  { id: 'team-2', name: 'Corporate management team' },
];
const axes = { x: 'Ease of delivery', y: 'Impact on the place' };

describe('where a priority sat, in the map’s own words', () => {
  it('names each quadrant by the axes, the vertical first', () => {
    expect(quadrantInWords({ x: 0.9, y: 0.9 }, axes)).toBe('more impact on the place, more ease of delivery');
    expect(quadrantInWords({ x: 0.1, y: 0.9 }, axes)).toBe('more impact on the place, less ease of delivery');
    expect(quadrantInWords({ x: 0.1, y: 0.1 }, axes)).toBe('less impact on the place, less ease of delivery');
    expect(quadrantInWords({ x: 0.9, y: 0.1 }, axes)).toBe('less impact on the place, more ease of delivery');
  });

  it('gives the middle lines to the right and the top, as the map draws them (MAP-1)', () => {
    expect(quadrantInWords({ x: 0.5, y: 0.5 }, axes)).toBe('more impact on the place, more ease of delivery');
  });

  it('uses the axes the facilitator renamed', () => {
    expect(quadrantInWords({ x: 0.9, y: 0.1 }, { x: 'Cost', y: 'Urgency' })).toBe('less urgency, more cost');
  });
});

describe('an earlier workshop’s priorities with their status', () => {
  const board: BoardState = {
    ...initialBoard(),
    axes,
    votes: { a: { p1: 2, p2: 1 }, b: { p1: 3 } },
    allocations: { p2: 'team-2', p3: 'team-1' },
  };
  const cards = [
    card('p3', { title: 'Publish all spending', category: 'scrutiny' }),
    card('p1', { title: 'Share back-office services', category: 'budget', placed: true, x: 0.8, y: 0.9 }),
    card('p2', { title: 'Neighbourhood plans', note: 'Parish councils lead', placed: true, x: 0.2, y: 0.3 }),
    card('p4', { title: 'Council tax freeze', category: 'not-a-category' }),
  ];

  it('adds up the votes, names the team by name and the place in axis words', () => {
    const carried = carriedPriorities(cards, board, teams, strategicPoliticalCategories);
    expect(carried[0]).toEqual({
      id: 'p1',
      title: 'Share back-office services',
      note: '',
      category: { id: 'budget', label: 'Budget reductions', colour: expect.any(String) },
      votes: 5,
      allocatedTo: null,
      place: 'more impact on the place, more ease of delivery',
    });
    expect(carried.find((p) => p.id === 'p2')).toMatchObject({
      note: 'Parish councils lead',
      votes: 1,
      allocatedTo: 'Corporate management team',
      place: 'less impact on the place, less ease of delivery',
      category: null,
    });
    expect(carried.find((p) => p.id === 'p4')).toMatchObject({ category: null, votes: 0, place: null });
  });

  it('lists the most votes first, then the allocated ones, then by title', () => {
    expect(carriedPriorities(cards, board, teams, strategicPoliticalCategories).map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
    ]);
  });

  it('says an allocation to a team no longer in the workshop went to none', () => {
    const gone = { ...board, allocations: { p1: 'team-9' } };
    expect(carriedPriorities(cards, gone, teams, strategicPoliticalCategories)[0]!.allocatedTo).toBeNull();
  });

  it('fits the shape the route answers with', () => {
    const workshops = [
      {
        id: 'w1',
        title: 'Top team, workshop 1',
        part: 1,
        of: 3,
        createdAtMs: 0,
        startedAtMs: null,
        priorities: carriedPriorities(cards, board, teams, strategicPoliticalCategories),
      },
    ];
    expect(carriedForwardSchema.parse({ workshops }).workshops[0]!.priorities).toHaveLength(4);
  });

  it('says the status in one line', () => {
    const [first, second, , last] = carriedPriorities(cards, board, teams, strategicPoliticalCategories);
    expect(carriedStatus(first!)).toBe(
      'Not allocated · 5 votes · more impact on the place, more ease of delivery',
    );
    expect(carriedStatus(second!)).toBe(
      'Allocated to Corporate management team · 1 vote · less impact on the place, less ease of delivery',
    );
    expect(carriedStatus(last!)).toBe('Not allocated · 0 votes · not put on the map');
  });
});

describe('the next workshop in a series', () => {
  it('is the next part’s programme', () => {
    const next = nextInSeries('renewing-top-team-working-1');
    expect(next.ok && next.data.id).toBe('renewing-top-team-working-2');
    const third = nextInSeries('renewing-top-team-working-2');
    expect(third.ok && third.data.id).toBe('renewing-top-team-working-3');
  });

  it('is refused in words for a workshop in no series, and after the last', () => {
    expect(nextInSeries('strategic-political-leadership')).toMatchObject({
      ok: false,
      error: { code: 'not-in-series', message: expect.stringMatching(/not part of a series/) },
    });
    expect(nextInSeries('renewing-top-team-working-3')).toMatchObject({
      ok: false,
      error: { code: 'last-in-series', message: expect.stringMatching(/last workshop .*\(3 of 3\)/) },
    });
  });

  const series = { id: 'renewing-top-team-working', title: 'Renewing Top Team Working', part: 1, of: 3 };

  it('takes its title from the earlier one’s', () => {
    expect(nextInSeriesTitle('Anytown top team', series)).toBe('Anytown top team, workshop 2 of 3');
    expect(nextInSeriesTitle('Anytown top team workshop 1', series)).toBe('Anytown top team workshop 2 of 3');
    expect(nextInSeriesTitle('Workshop 1 of 3: the cabinet first', series)).toBe(
      'Workshop 2 of 3: the cabinet first',
    );
    const second = nextInSeriesTitle('Anytown top team', series);
    expect(nextInSeriesTitle(second, { ...series, part: 2 })).toBe('Anytown top team, workshop 3 of 3');
  });

  it('does not mistake workshop 10 for workshop 1', () => {
    expect(nextInSeriesTitle('Workshop 10 review', series)).toBe('Workshop 10 review, workshop 2 of 3');
  });

  it('keeps to the title’s limit, cutting the front, never the number', () => {
    const long = 'A'.repeat(TEXT_LIMITS.workshopTitle);
    const next = nextInSeriesTitle(long, series);
    expect(next).toHaveLength(TEXT_LIMITS.workshopTitle);
    expect(next.endsWith(', workshop 2 of 3')).toBe(true);
  });
});
