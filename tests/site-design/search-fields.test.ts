import { describe, expect, it } from 'vitest';
import { filterChoices, pagefindPair, searchFilters, searchMeta, type SearchableRecap } from '../../src/delivery/search-fields.ts';

const team = (name: string) => ({ name, short: name.slice(0, 3).toUpperCase(), color: '#123456', slug: name.toLowerCase() });
const recap = (home: string, away: string, competition: string, extra: Partial<SearchableRecap['match']> = {}): SearchableRecap => ({
  date: '2024-03-10',
  match: { home: team(home), away: team(away), competition, score: { home: 1, away: 1 }, extraTime: false, ...extra },
});

describe('search fields', () => {
  it('filters a recap by both teams and its competition', () => {
    expect(searchFilters(recap('Rovers', 'Harbour City', 'Northern League'))).toEqual({
      team: ['Rovers', 'Harbour City'],
      competition: ['Northern League'],
    });
  });

  it('describes the result for the results list, with penalties or extra time', () => {
    expect(searchMeta(recap('Rovers', 'City', 'Cup', { penalties: { home: 4, away: 2 } })).scoreline).toBe('Rovers 1-1 City (4-2 pens)');
    expect(searchMeta(recap('Rovers', 'City', 'Cup', { extraTime: true })).scoreline).toBe('Rovers 1-1 City (aet)');
    expect(searchMeta(recap('Rovers', 'City', 'Cup'))).toEqual({ date: '2024-03-10', competition: 'Cup', scoreline: 'Rovers 1-1 City' });
  });

  it('writes the note in the recap’s language', () => {
    expect(searchMeta({ ...recap('Rovers', 'City', 'Cup', { penalties: { home: 4, away: 2 } }), lang: 'es' }).scoreline).toBe(
      'Rovers 1-1 City (4-2 pen.)',
    );
    expect(searchMeta({ ...recap('Rovers', 'City', 'Cup', { extraTime: true }), lang: 'de' }).scoreline).toBe('Rovers 1-1 City (n.V.)');
  });

  it('escapes the commas and backslashes Pagefind would split on', () => {
    expect(pagefindPair('venue', 'Riverside Park, Northbridge')).toBe('venue:Riverside Park\\, Northbridge');
    expect(pagefindPair('team', 'A\\B')).toBe('team:A\\\\B');
    expect(pagefindPair('team', 'Plain: colon')).toBe('team:Plain: colon');
  });

  it('offers each team and competition once, sorted by name regardless of case', () => {
    const choices = filterChoices([
      recap('rovers', 'City', 'Cup'),
      recap('City', 'Athletic', 'league'),
      recap('Athletic', 'rovers', 'Cup'),
    ]);
    expect(choices).toEqual({ team: ['Athletic', 'City', 'rovers'], competition: ['Cup', 'league'] });
  });
});
