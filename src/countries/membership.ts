import type { BlocMembership, MembershipDatePrecision, MembershipSuspension } from './types.js';

/** The last day a date at its precision can stand for: `'2012'` → `'2012-12-31'`. */
function lastDay(date: string, precision: MembershipDatePrecision): string {
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  const [y = 1, m = 1] = date.split('-').map(Number);
  const end = new Date(0);
  end.setUTCFullYear(y, m, 0);
  return `${date}-${String(end.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Where a membership stood on a day: `'member'` once its start is certain to
 * have passed (a start known only to the year counts from that year's last
 * day), `'suspended'` inside a suspension (from the last day its start can
 * stand for to the last day its end can stand for), and `'none'` before it
 * began or after the member left. Each change counts from the last day its
 * date can stand for, so a partial date never moves a state early. The
 * question is always answered for the day asked, never with today's status,
 * and a suspension without an end lasts past the data's date.
 */
export function membershipOn(
  member: Pick<BlocMembership, 'joined' | 'joinedPrecision' | 'left' | 'leftPrecision'> & {
    readonly suspensions: readonly Pick<MembershipSuspension, 'from' | 'fromPrecision' | 'until' | 'untilPrecision'>[];
  },
  day: string,
): 'member' | 'suspended' | 'none' {
  if (lastDay(member.joined, member.joinedPrecision) > day) return 'none';
  if (member.left !== undefined && lastDay(member.left, member.leftPrecision ?? 'day') <= day) return 'none';
  for (const s of member.suspensions) {
    if (lastDay(s.from, s.fromPrecision) > day) continue;
    if (s.until === undefined || lastDay(s.until, s.untilPrecision ?? 'day') > day) return 'suspended';
  }
  return 'member';
}
