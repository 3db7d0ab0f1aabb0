/**
 * Kick-off times for imported matches. A recap's kick-off time needs a UTC offset; openfootball gives local
 * times without a zone and API-Football gives UTC instants. `--timezone` names the zone the local times are
 * in (or the zone to show UTC instants in): an IANA name such as `Europe/London`, whose offset follows
 * summer time match by match, or a fixed offset such as `+03:00`.
 */

/** A time zone: IANA name or fixed offset in minutes east of UTC. */
export type Zone = { readonly kind: 'iana'; readonly name: string } | { readonly kind: 'fixed'; readonly minutes: number };

/** Reads a `--timezone` value, or says what was expected. */
export function parseZone(text: string): Zone | { readonly problem: string } {
  const trimmed = text.trim();
  if (/^(?:Z|UTC|GMT)$/i.test(trimmed)) return { kind: 'fixed', minutes: 0 };
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(trimmed);
  if (fixed) {
    const [, sign, h = '0', m = '0'] = fixed;
    const minutes = Number(h) * 60 + Number(m);
    if (Number(m) < 60 && minutes <= 14 * 60) return { kind: 'fixed', minutes: sign === '-' ? -minutes : minutes };
  }
  try {
    const name = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    return { kind: 'iana', name };
  } catch {
    return {
      problem: `found ${JSON.stringify(text)}, expected a time zone such as Europe/London or Asia/Qatar, or an offset such as +03:00`,
    };
  }
}

/** Minutes east of UTC in a zone at an instant. */
export function offsetAt(zone: Zone, instant: number): number {
  if (zone.kind === 'fixed') return zone.minutes;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.name,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60000);
}

/** `+03:00` for 180 minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A local date and `HH:MM` time in a zone, as a kick-off with its offset: `2022-12-18T18:00:00+03:00`. */
export function localKickoff(date: string, time: string, zone: Zone): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the wall time read as UTC is close; one correction settles it (except in the hour a clock skips).
  let offset = offsetAt(zone, wall);
  offset = offsetAt(zone, wall - offset * 60000);
  return `${date}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:00${formatOffset(offset)}`;
}

/** An instant shown in a zone: `2024-03-13T20:00:00+00:00` in Europe/Madrid is `2024-03-13T21:00:00+01:00`. */
export function kickoffInZone(instant: number, zone: Zone): string {
  const offset = offsetAt(zone, instant);
  const wall = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}
