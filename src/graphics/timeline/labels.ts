/**
 * The words on each event's label: minute, name, a short qualifier and, for goals, the running score.
 * Widths come from the text-width estimates so the layout can keep labels apart.
 */
import type { Match, MatchEvent, Side } from '../../recap/model.ts';
import type { Translator } from '../../i18n/index.ts';
import { minuteText, scoreDash } from '../../recap/present.ts';
import { textWidth } from './text-width.ts';

/** Type sizes shared by both layouts. */
export const TYPE = { label: 12, minute: 11, chip: 11, small: 10.5 } as const;

/** The parts of one label. */
export interface LabelText {
  /** `63′` or `90+3′`. */
  readonly minute: string;
  readonly name: string;
  /** Muted qualifier after the name: `pen`, `og`, `for Ada Okon`. */
  readonly qualifier?: string;
  /** Running score after a goal, `3–1`. */
  readonly score?: string;
  /** Goals are set in bold. */
  readonly strong: boolean;
  /** The side of the axis the label sits on: the team the goal counts for, otherwise the event's team. */
  readonly side: Side;
}

/** Spacing inside a label, in pixels. */
export const LABEL_SPACING = { afterMinute: 4, beforeQualifier: 4, beforeChip: 6, chipPadding: 5 } as const;

/** Words for an event's label. */
export function labelText(event: MatchEvent, match: Pick<Match, 'home' | 'away'>, t: Translator): LabelText {
  const minute = minuteText(event, t);
  const side = event.scoredFor ?? event.team;
  const score = event.score ? scoreDash(event.score) : undefined;
  const base = { minute, side, strong: event.type === 'goal' || event.type === 'own-goal' };
  switch (event.type) {
    case 'goal':
      return {
        ...base,
        name: event.player ?? '',
        ...(event.how === 'penalty' ? { qualifier: t('scorers.pen') } : {}),
        ...(score ? { score } : {}),
      };
    case 'own-goal':
      return { ...base, name: event.player ?? `${match[event.team].name}`, qualifier: t('scorers.og'), ...(score ? { score } : {}) };
    case 'sub':
      return { ...base, name: event.in ?? '', qualifier: t('timeline.sub-for', { player: event.out ?? '' }) };
    case 'penalty-miss':
      return { ...base, name: event.player ?? '', qualifier: t('timeline.pen-missed') };
    case 'var':
      return { ...base, name: event.player ?? t('event.var'), ...(event.player ? { qualifier: t('timeline.var') } : {}) };
    default:
      return { ...base, name: event.player ?? '' };
  }
}

/** Widths of a label's parts at the shared type sizes. */
export interface LabelMetrics {
  readonly minute: number;
  readonly name: number;
  readonly qualifier: number;
  readonly chip: number;
  /** Everything after the marker. */
  readonly text: number;
}

/** Measures a label. */
export function measureLabel(label: LabelText): LabelMetrics {
  const minute = textWidth(label.minute, TYPE.minute, true);
  const name = textWidth(label.name, TYPE.label, label.strong);
  const qualifier = label.qualifier ? LABEL_SPACING.beforeQualifier + textWidth(label.qualifier, TYPE.small) : 0;
  const chip = label.score ? LABEL_SPACING.beforeChip + textWidth(label.score, TYPE.chip, true) + 2 * LABEL_SPACING.chipPadding : 0;
  return { minute, name, qualifier, chip, text: minute + LABEL_SPACING.afterMinute + name + qualifier + chip };
}
