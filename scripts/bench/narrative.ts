/**
 * Markdown bodies for synthetic recaps: a lead, the goals in order with their scorers, filler paragraphs
 * until a realistic length (350-900 words), and sometimes a heading, a list and a quoted manager.
 */
import type { MatchFacts, Random } from './generate.ts';

/** Sentence pools the narrative draws from. */
export interface NarrativePools {
  readonly filler: readonly string[];
  readonly quotes: readonly string[];
}

const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function fill(template: string, m: MatchFacts): string {
  return template
    .replaceAll('{home}', m.home.name)
    .replaceAll('{away}', m.away.name)
    .replaceAll('{venue}', m.venue)
    .replaceAll('{competition}', m.competition.name);
}

/** "in the 63rd minute", "in the 90+2nd minute" read oddly; "after 63 minutes" / "in added time" do not. */
function when(value: string | number): string {
  const text = String(value);
  return text.includes('+') ? `${text.split('+')[1]} minutes into added time` : `after ${text} minutes`;
}

function lead(m: MatchFacts): string {
  const score = `${m.score.home}-${m.score.away}`;
  const stage = m.round ? `${m.competition.name} ${m.round.toLowerCase()}` : m.competition.name;
  const result =
    m.score.home === m.score.away
      ? `${m.home.name} and ${m.away.name} drew **${score}** at ${m.venue}`
      : m.score.home > m.score.away
        ? `${m.home.name} beat ${m.away.name} **${score}** at ${m.venue}`
        : `${m.away.name} won **${score}** away at ${m.home.name}`;
  const after = m.extraTime ? ' after extra time' : '';
  const pens = m.penalties ? `, and the tie went to penalties, settled ${m.penalties.home}-${m.penalties.away}` : '';
  return `${result}${after} in the ${stage}${pens}. A crowd of ${m.attendance.toLocaleString('en-GB')} watched a match refereed by ${m.referee}.`;
}

function goalSentence(rng: Random, event: Record<string, string | number>, m: MatchFacts): string {
  const side = event['team'] === 'home' ? m.home : m.away;
  const player = String(event['player'] ?? 'a defender');
  const at = when(event['minute'] ?? '');
  if (event['type'] === 'own-goal') return `${player} of ${side.name} turned the ball into his own net under pressure ${at}.`;
  const assist = event['assist'] ? `, set up by ${event['assist']}` : '';
  const how =
    event['how'] === 'header'
      ? 'rose highest to head in'
      : event['how'] === 'free-kick'
        ? 'curled a free kick into the top corner'
        : event['how'] === 'penalty'
          ? 'converted from the spot'
          : pick(rng, ['finished low into the corner', 'slotted home', 'fired in from the edge of the area', 'tapped in at the far post']);
  return `${player} ${how} for ${side.name} ${at}${assist}.`;
}

function paragraph(rng: Random, m: MatchFacts, pools: NarrativePools, sentences: number): string {
  const chosen = new Set<string>();
  while (chosen.size < Math.min(sentences, pools.filler.length)) chosen.add(pick(rng, pools.filler));
  return [...chosen].map((s) => fill(s, m)).join(' ');
}

/** Writes a Markdown narrative for a match. */
export function writeBody(rng: Random, m: MatchFacts, pools: NarrativePools): string {
  const target = 350 + Math.floor(rng() * 551);
  const parts: string[] = [lead(m), paragraph(rng, m, pools, 3)];
  const goals = m.events.filter((e) => e.type === 'goal' || e.type === 'own-goal');
  for (let i = 0; i < goals.length; i += 2) {
    const chunk = goals.slice(i, i + 2).map((g) => goalSentence(rng, g, m));
    parts.push([...chunk, fill(pick(rng, pools.filler), m)].join(' '));
  }
  const sentOff = m.events.filter((e) => e.type === 'red' || e.type === 'second-yellow');
  for (const e of sentOff) {
    parts.push(`${e['player']} was sent off ${when(e['minute'] ?? '')}, and the game changed shape around the missing player.`);
  }
  if (m.shootout) {
    const misses = m.shootout.filter((k) => k.result !== 'scored' && k.player).map((k) => k.player);
    parts.push(
      `## The shootout\n\nThe shootout finished ${m.penalties?.home}-${m.penalties?.away}.${misses.length > 0 ? ` ${misses.join(' and ')} could not convert.` : ''} ${fill(pick(rng, pools.filler), m)}`,
    );
  }
  if (rng() < 0.5) parts.push(`> ${pick(rng, pools.quotes)}\n\nThat was the verdict from the ${m.home.name} bench afterwards.`);
  if (rng() < 0.3) {
    const points = Array.from({ length: 3 }, () => `- ${fill(pick(rng, pools.filler), m)}`);
    parts.push(`## Talking points\n\n${points.join('\n')}`);
  }
  while (words(parts.join(' ')) < target) parts.splice(parts.length - 1, 0, paragraph(rng, m, pools, 3 + Math.floor(rng() * 3)));
  return `${parts.join('\n\n')}\n`;
}
