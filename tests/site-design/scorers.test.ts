import { describe, expect, it } from 'vitest';
import { scorersFor } from '../../src/design/scorers.ts';
import { translator } from '../../src/i18n/index.ts';

const en = translator('en');
import type { MatchEvent } from '../../src/recap/model.ts';

const goal = (minute: string, scoredFor: 'home' | 'away', extra: Partial<MatchEvent>): MatchEvent =>
  ({
    index: 0,
    minute: { label: minute },
    period: 'first-half',
    type: 'goal',
    team: scoredFor,
    scoredFor,
    ...extra,
  }) as unknown as MatchEvent;

describe('scorers line', () => {
  const goals = [
    goal('22', 'home', { player: 'Aino Korhonen' }),
    goal('45+1', 'away', { player: 'Sami Rautio', how: 'penalty' }),
    goal('84', 'away', { type: 'own-goal', team: 'home', player: 'Peter Aske' }),
    goal('88', 'home', { type: 'own-goal', team: 'away' }),
    goal('113', 'home', { player: 'Aino Korhonen', how: 'header' }),
  ];

  it('groups a player’s goals in match order and marks penalties and own goals', () => {
    expect(scorersFor({ goals }, 'home', en)).toEqual([
      { player: 'Aino Korhonen', goals: ['22′', '113′'] },
      { player: 'Own goal', goals: ['88′ og'] },
    ]);
    expect(scorersFor({ goals }, 'away', en)).toEqual([
      { player: 'Sami Rautio', goals: ['45+1′ pen'] },
      { player: 'Peter Aske', goals: ['84′ og'] },
    ]);
  });

  it('keeps a player’s own goal apart from their goals', () => {
    const mixed = [goal('10', 'home', { player: 'X' }), goal('20', 'home', { type: 'own-goal', team: 'away', player: 'X' })];
    expect(scorersFor({ goals: mixed }, 'home', en)).toEqual([
      { player: 'X', goals: ['10′'] },
      { player: 'X', goals: ['20′ og'] },
    ]);
  });
});
