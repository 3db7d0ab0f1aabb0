/**
 * The card templates: 1200x630 element trees for satori, built from small functions. A recap card is a
 * scoreboard (home colour | score | away colour) under a competition strip, above the headline; the
 * site card carries the publication's name and line.
 */
import { translator, type Translator } from '../../i18n/index.ts';
import { INK, textOn } from '../colour.ts';
import type { CardData, CardTeam, SiteCardData } from './card-data.ts';
import { familyOrder, fontFamilyCss } from './font-stack.ts';
import { box, text, type OgElement, type Style } from './h.ts';
import { fitFontSize } from './fit.ts';
import { paragraph, setText } from './text.ts';

/** Card size in pixels (the Open Graph recommendation). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const DARK = INK.dark;
const PAPER = '#f6f4ef';
const MUTED = '#5b6570';
const ON_DARK_MUTED = '#aeb8c2';
const ACCENT = '#ffc53d';
const STRIP = 64;
const BOARD = 330;
const CENTRE = 300;
const PAD = 40;
const SIDE = (CARD_SIZE.width - CENTRE) / 2;

function root(sample: string, style: Style, ...children: OgElement[]): OgElement {
  return box(
    { width: CARD_SIZE.width, height: CARD_SIZE.height, flexDirection: 'column', fontFamily: fontFamilyCss(familyOrder(sample)), ...style },
    ...children,
  );
}

/** The card's words and direction: right to left puts the home team, the competition and the brand on the right. */
function wordsFor(lang: string | undefined): { t: Translator; rtl: boolean } {
  const t = translator(lang ?? 'en');
  return { t, rtl: t.dir === 'rtl' };
}

function strip(data: CardData, t: Translator, rtl: boolean): OgElement {
  return box(
    {
      height: STRIP,
      flexShrink: 0,
      padding: `0 ${PAD}px`,
      alignItems: 'center',
      justifyContent: 'space-between',
      flexDirection: rtl ? 'row-reverse' : 'row',
      background: DARK,
      color: '#ffffff',
    },
    paragraph(data.competition.toLocaleUpperCase(t.lang), {
      sizes: [22, 20, 18, 16],
      maxWidth: 720,
      maxLines: 1,
      weight: 700,
      color: '#ffffff',
      letterSpacing: 1.5,
      align: rtl ? 'right' : 'left',
    }),
    paragraph(data.date, {
      sizes: [22, 20, 18],
      maxWidth: 340,
      maxLines: 1,
      weight: 400,
      color: ON_DARK_MUTED,
      align: rtl ? 'left' : 'right',
    }),
  );
}

const SCORER_SIZE = 22;
const SCORER_LINE = 30;

const NAME = {
  sizes: [60, 54, 48, 44, 40, 36, 32, 28, 24],
  prefer: { lines: 1, downTo: 44 },
  maxWidth: SIDE - 2 * PAD,
  maxLines: 2,
  weight: 800,
};

/** One size for both names, the larger that both fit, so the board reads as a pair. */
function nameSize(data: CardData): number {
  return Math.min(fitFontSize(data.home.name, NAME).size, fitFontSize(data.away.name, NAME).size);
}

function teamPanel(team: CardTeam, align: 'left' | 'right', size: number, t: Translator): OgElement {
  const ink = textOn(team.color);
  const items = align === 'left' ? 'flex-start' : 'flex-end';
  const name = setText(team.name, { ...NAME, sizes: NAME.sizes.filter((s) => s <= size), color: ink, align, lineHeight: 1.08 });
  const room = Math.max(0, Math.floor((BOARD - 2 * 34 - name.height - 14) / SCORER_LINE));
  const shown =
    team.scorers.length > room
      ? [...team.scorers.slice(0, Math.max(0, room - 1)), t('scorers.more', { count: team.scorers.length - room + 1 })]
      : team.scorers;
  const scorer = (line: string) =>
    paragraph(line, {
      sizes: [SCORER_SIZE, 20, 18],
      maxWidth: NAME.maxWidth,
      maxLines: 1,
      weight: 400,
      color: ink,
      align,
      lineHeight: 1.3,
    });
  return box(
    { width: SIDE, height: BOARD, padding: `34px ${PAD}px`, flexDirection: 'column', alignItems: items, background: team.color },
    name.node,
    shown.length > 0 && box({ flexDirection: 'column', marginTop: 14, alignItems: items }, ...shown.map(scorer)),
  );
}

function centre(data: CardData, t: Translator, rtl: boolean): OgElement {
  // Each side's goals stand next to its panel: read right to left, the home score is on the right.
  const pair = (s: { home: number; away: number }) => (rtl ? `${s.away}–${s.home}` : `${s.home}–${s.away}`);
  const score = pair(data.score);
  return box(
    {
      width: CENTRE,
      height: BOARD,
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      background: DARK,
      paddingBottom: 18,
      // Keeps a dark team colour from merging into the score panel.
      borderLeft: `4px solid ${PAPER}`,
      borderRight: `4px solid ${PAPER}`,
    },
    paragraph(score, {
      sizes: [124, 108, 92, 80],
      maxWidth: CENTRE - 40,
      maxLines: 1,
      weight: 800,
      color: '#ffffff',
      align: 'center',
      lineHeight: 1.05,
    }),
    data.penalties && penaltiesBadge(data.penalties, t, rtl),
    rtl
      ? box(
          { marginTop: 14 },
          paragraph(data.status, {
            sizes: [20, 18],
            maxWidth: CENTRE - 24,
            maxLines: 2,
            weight: 700,
            color: ON_DARK_MUTED,
            align: 'center',
          }),
        )
      : text(
          { marginTop: 14, color: ON_DARK_MUTED, fontSize: 20, fontWeight: 700, letterSpacing: 2 },
          data.status.toLocaleUpperCase(t.lang),
        ),
    data.leg !== undefined &&
      box(
        { marginTop: 8 },
        paragraph(data.leg, { sizes: [18, 16], maxWidth: CENTRE - 24, maxLines: 2, weight: 600, color: ON_DARK_MUTED, align: 'center' }),
      ),
  );
}

/**
 * The shootout score on its badge. Right to left, the words go through the bidi layout (satori has none): the
 * score is written home first, and the bidi algorithm sets the home number on the right, beside its panel.
 */
function penaltiesBadge(penalties: { home: number; away: number }, t: Translator, rtl: boolean): OgElement {
  const badge = { marginTop: 6, padding: '4px 14px', borderRadius: 6, background: ACCENT, color: DARK } as const;
  if (!rtl)
    return text(
      { ...badge, fontSize: 24, fontWeight: 800, letterSpacing: 1 },
      t('card.penalties', { score: `${penalties.home}–${penalties.away}` }).toLocaleUpperCase(t.lang),
    );
  const words = t('card.penalties', { score: `${penalties.home}–${penalties.away}` });
  return box(badge, paragraph(words, { sizes: [24], maxWidth: CENTRE - 60, maxLines: 1, weight: 800, color: DARK, align: 'center' }));
}

function footer(data: CardData, rtl: boolean): OgElement {
  return box(
    { marginTop: 'auto', alignItems: 'center', justifyContent: 'space-between', flexDirection: rtl ? 'row-reverse' : 'row' },
    brandMark(data.brand, 26, DARK),
    box(
      { flexDirection: 'column', alignItems: rtl ? 'flex-start' : 'flex-end' },
      data.playerOfTheMatch !== undefined &&
        paragraph(data.playerOfTheMatch, {
          sizes: [22, 20, 18],
          maxWidth: 700,
          maxLines: 1,
          weight: 700,
          color: DARK,
          align: rtl ? 'left' : 'right',
        }),
      data.venue !== undefined &&
        paragraph(data.venue, {
          sizes: [22, 20, 18],
          maxWidth: 700,
          maxLines: 1,
          weight: 400,
          color: MUTED,
          align: rtl ? 'left' : 'right',
        }),
    ),
  );
}

function brandMark(name: string, size: number, color: string): OgElement {
  return box(
    { alignItems: 'center' },
    box({ width: size * 0.5, height: size * 0.5, borderRadius: size, background: ACCENT, marginRight: size * 0.4 }),
    paragraph(name, { sizes: [size, size * 0.8, size * 0.6], maxWidth: 960, maxLines: 1, weight: 800, color }),
  );
}

function allText(data: CardData): string {
  return [
    data.headline,
    data.competition,
    data.status,
    data.leg ?? '',
    data.venue ?? '',
    data.playerOfTheMatch ?? '',
    data.home.name,
    data.away.name,
    ...data.home.scorers,
    ...data.away.scorers,
  ].join(' ');
}

/** The card of one recap; in a right-to-left language the board is mirrored (home team on the right). */
export function recapCard(data: CardData): OgElement {
  const { t, rtl } = wordsFor(data.lang);
  const size = nameSize(data);
  const home = teamPanel(data.home, rtl ? 'right' : 'left', size, t);
  const away = teamPanel(data.away, rtl ? 'left' : 'right', size, t);
  return root(
    allText(data),
    { background: PAPER },
    strip(data, t, rtl),
    box({ height: BOARD, flexShrink: 0 }, ...(rtl ? [away, centre(data, t, rtl), home] : [home, centre(data, t, rtl), away])),
    // A rule under the board keeps a white or paper-coloured team panel from running into the headline.
    box({ height: 6, flexShrink: 0, background: DARK }),
    box(
      { flexGrow: 1, flexDirection: 'column', padding: `24px ${PAD + 8}px 24px` },
      paragraph(data.headline, {
        sizes: [48, 44, 40, 36, 32, 30, 28, 26],
        prefer: { lines: 2, downTo: 32 },
        maxWidth: CARD_SIZE.width - 2 * (PAD + 8),
        maxLines: 3,
        weight: 700,
        color: DARK,
        lineHeight: 1.14,
        align: rtl ? 'right' : 'start',
      }),
      footer(data, rtl),
    ),
  );
}

/** The site-wide card for the index, hub and other pages. */
export function siteCard(data: SiteCardData): OgElement {
  const { t, rtl } = wordsFor(data.lang);
  const stripe = (color: string) => box({ flexGrow: 1, background: color });
  const badge = { padding: '6px 16px', borderRadius: 6, background: ACCENT, color: DARK } as const;
  const words = t('match.full-time');
  return root(
    `${data.title} ${data.description} ${words}`,
    { background: DARK },
    box(
      // Right to left, the card reads from the right: name, line and badge start there.
      { flexGrow: 1, flexDirection: 'column', alignItems: rtl ? 'flex-end' : 'flex-start', padding: '84px 80px 56px' },
      brandMark(data.title, 112, '#ffffff'),
      box(
        { marginTop: 36, width: '100%', justifyContent: rtl ? 'flex-end' : 'flex-start' },
        paragraph(data.description, {
          sizes: [40, 36, 32, 28],
          maxWidth: 1000,
          maxLines: 3,
          weight: 400,
          color: '#d7dde3',
          lineHeight: 1.3,
          ...(rtl ? { align: 'right' as const } : {}),
        }),
      ),
      box(
        {
          marginTop: 'auto',
          width: '100%',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexDirection: rtl ? 'row-reverse' : 'row',
        },
        rtl
          ? box(badge, paragraph(words, { sizes: [26], maxWidth: 600, maxLines: 1, weight: 800, color: DARK }))
          : text({ ...badge, fontSize: 26, fontWeight: 800, letterSpacing: 2 }, words.toLocaleUpperCase(t.lang)),
        paragraph(data.host, {
          sizes: [26, 22],
          maxWidth: 600,
          maxLines: 1,
          weight: 400,
          color: ON_DARK_MUTED,
          align: rtl ? 'left' : 'right',
        }),
      ),
    ),
    box({ height: 14, flexShrink: 0 }, stripe('#d11241'), stripe(ACCENT), stripe('#1f6feb'), stripe('#2da44e')),
  );
}
