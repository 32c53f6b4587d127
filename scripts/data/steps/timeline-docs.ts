/**
 * Writes the tables of docs/timeline.md from the shipped data (agreements with their status
 * dates and milestones, bloc memberships with every period, and the events whose sources
 * disagree), between generated-section markers, so the guide never states a date the data do not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable } from '../../../src/cli/markdown-table.js';
import { withSection } from '../../lib/generated-section.js';
import { emitFile } from '../lib/emit.js';

/** Writes the generated sections of docs/timeline.md. */
export async function writeTimelineDocs(root: string): Promise<void> {
  const { agreements, timelineEvents } = await import('../../../src/timeline/index.js');
  const { blocs } = await import('../../../src/countries/index.js');
  const file = 'docs/timeline.md';
  let text = readFileSync(join(root, file), 'utf8');

  const shown = new Set(['launched', 'signed', 'in-force', 'joined', 'terminated']);
  const agreementRows = agreements.map((a) => {
    const steps = a.milestones
      .filter((m) => shown.has(m.event))
      .map((m) => `${m.event} ${m.date}${a.parties.length > 2 ? ` (${m.parties.join(', ')})` : ''}`);
    const status = a.status.replaceAll('-', ' ');
    const notFor = a.notInForceFor?.length ? `; not in force for ${a.notInForceFor.join(', ')}` : '';
    return [a.title, `${status}${notFor}`, a.statusAsOf, steps.join('; ') || '—'];
  });
  text = withSection(
    text,
    'agreements',
    markdownTable([['Agreement', 'Status', 'Status date', 'Milestones'], ...agreementRows]),
    file,
  );

  const memberRows = blocs.flatMap((b) =>
    b.members.map((m) => {
      const suspensions = m.suspensions.map((s) => `${s.from} to ${s.until ?? 'still suspended'}`).join('; ');
      return [b.id, m.country, m.joined, suspensions || '—', m.left ?? '—'];
    }),
  );
  text = withSection(
    text,
    'blocs',
    markdownTable([['Bloc', 'Member', 'Joined', 'Suspended', 'Left'], ...memberRows]),
    file,
  );

  const conflictRows = timelineEvents
    .filter((e) => (e.alternatives?.length ?? 0) > 0)
    .map((e) => [
      e.title,
      e.date,
      (e.alternatives ?? []).map((alt) => `${alt.date} (${alt.sources.join(', ')})`).join('; '),
    ]);
  text = withSection(
    text,
    'conflicts',
    markdownTable([['Event', 'Chosen', 'Alternative(s), with their sources'], ...conflictRows]),
    file,
  );
  emitFile(join(root, file), text);
}
