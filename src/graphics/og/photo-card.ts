/**
 * The social card of a recap with a cover photo: the photo fills the card, and the competition, the scoreline
 * with both teams (a bar in each team's colour) and the headline sit on dark gradients over it, so they stay
 * legible on any picture, light or dark, busy or plain. 1200x630 like every card.
 *
 * The tree names the photo by a token holding its content hash (`photoToken`), never by its bytes or path: the
 * card's key (key.ts) then covers the image bytes, and the renderer swaps the token for the picture (photo.ts).
 */
import { translator } from '../../i18n/index.ts';
import type { CardData } from './card-data.ts';
import { familyOrder, fontFamilyCss } from './font-stack.ts';
import { box, type OgElement } from './h.ts';
import { CARD_SIZE } from './layout.ts';
import { paragraph } from './text.ts';

const PAD = 48;
const WHITE = '#ffffff';
const SOFT = '#e3e7ec';
const ACCENT = '#ffc53d';

/** How a photo is named in a card tree: by the hash of its bytes. */
export function photoToken(hash: string): string {
  return `fulltime-photo:${hash}`;
}

function teamLine(name: string, color: string, goals: number, rtl: boolean): OgElement {
  return box(
    { alignItems: 'center', flexDirection: rtl ? 'row-reverse' : 'row', height: 76 },
    box({ width: 12, height: 58, borderRadius: 3, background: color, flexShrink: 0, border: '2px solid rgba(255,255,255,0.85)' }),
    box(
      { flexGrow: 1, padding: '0 22px' },
      paragraph(name, {
        sizes: [50, 46, 42, 38, 34, 30],
        maxWidth: CARD_SIZE.width - 2 * PAD - 34 - 150,
        maxLines: 1,
        weight: 800,
        color: WHITE,
        align: rtl ? 'right' : 'left',
        lineHeight: 1.1,
      }),
    ),
    paragraph(String(goals), {
      sizes: [64, 56],
      maxWidth: 130,
      maxLines: 1,
      weight: 800,
      color: WHITE,
      align: rtl ? 'left' : 'right',
      lineHeight: 1,
    }),
  );
}

/** The photo card of a recap; `photo` is the token of the cover (`photoToken`). */
export function photoCard(data: CardData, photo: string): OgElement {
  const t = translator(data.lang ?? 'en');
  const rtl = t.dir === 'rtl';
  const sample = [data.headline, data.competition, data.home.name, data.away.name, data.leg ?? ''].join(' ');
  const status = data.penalties
    ? `${data.status} · ${t('match.pens-short', { score: `${data.penalties.home}–${data.penalties.away}` })}`
    : data.status;
  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      position: 'relative',
      flexDirection: 'column',
      justifyContent: 'space-between',
      fontFamily: fontFamilyCss(familyOrder(sample)),
      background: '#15171a',
    },
    {
      type: 'img',
      props: { src: photo, style: { position: 'absolute', left: 0, top: 0, width: CARD_SIZE.width, height: CARD_SIZE.height } },
    },
    // Scrims: a band on top for the competition, a deep one from the middle down for the score and the headline.
    box({
      position: 'absolute',
      left: 0,
      top: 0,
      width: CARD_SIZE.width,
      height: 150,
      backgroundImage: 'linear-gradient(180deg, rgba(8,10,14,0.88) 0%, rgba(8,10,14,0.84) 58%, rgba(8,10,14,0) 100%)',
    }),
    box({
      position: 'absolute',
      left: 0,
      top: 170,
      width: CARD_SIZE.width,
      height: CARD_SIZE.height - 170,
      backgroundImage:
        'linear-gradient(180deg, rgba(8,10,14,0) 0%, rgba(8,10,14,0.78) 30%, rgba(8,10,14,0.93) 62%, rgba(8,10,14,0.96) 100%)',
    }),
    box(
      // Positioned, so they paint above the photo and the scrims (which are positioned too).
      {
        position: 'relative',
        padding: `30px ${PAD}px 0`,
        justifyContent: 'space-between',
        flexDirection: rtl ? 'row-reverse' : 'row',
        alignItems: 'center',
      },
      paragraph(data.competition.toLocaleUpperCase(t.lang), {
        sizes: [24, 22, 20, 18],
        maxWidth: 760,
        maxLines: 1,
        weight: 700,
        color: WHITE,
        letterSpacing: 1.5,
        align: rtl ? 'right' : 'left',
      }),
      paragraph(data.date, { sizes: [22, 20, 18], maxWidth: 320, maxLines: 1, weight: 400, color: SOFT, align: rtl ? 'left' : 'right' }),
    ),
    box(
      { position: 'relative', flexDirection: 'column', padding: `0 ${PAD}px 34px` },
      box(
        { flexDirection: rtl ? 'row-reverse' : 'row', alignItems: 'center', marginBottom: 6 },
        box(
          { padding: '4px 12px', borderRadius: 5, background: ACCENT, flexShrink: 0 },
          paragraph(status.toLocaleUpperCase(t.lang), {
            sizes: [20, 18],
            maxWidth: 600,
            maxLines: 1,
            weight: 800,
            color: '#15171a',
            letterSpacing: 1,
          }),
        ),
        data.leg !== undefined &&
          box(
            { padding: '0 14px', flexShrink: 1 },
            paragraph(data.leg, { sizes: [20, 18], maxWidth: 480, maxLines: 1, weight: 700, color: SOFT, align: rtl ? 'right' : 'left' }),
          ),
      ),
      teamLine(data.home.name, data.home.color, data.score.home, rtl),
      teamLine(data.away.name, data.away.color, data.score.away, rtl),
      box(
        { marginTop: 14, paddingTop: 14, borderTop: '2px solid rgba(255,255,255,0.35)' },
        paragraph(data.headline, {
          sizes: [34, 32, 30, 28, 26],
          prefer: { lines: 1, downTo: 30 },
          maxWidth: CARD_SIZE.width - 2 * PAD,
          maxLines: 2,
          weight: 700,
          color: WHITE,
          lineHeight: 1.18,
          align: rtl ? 'right' : 'start',
        }),
      ),
    ),
  );
}
