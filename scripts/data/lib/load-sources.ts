import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A bibliography record as read from data/ (validated later by the schemas). */
export type RawSource = Record<string, unknown> & { id: string };

/** Reads the curated bibliography. */
export function loadCuratedSources(path: string): RawSource[] {
  return JSON.parse(readFileSync(path, 'utf8')) as RawSource[];
}

const PUBLISHERS: Readonly<Record<string, string>> = {
  'koreaherald.com': 'The Korea Herald',
  'mercopress.com': 'MercoPress',
  'korea.net': 'Korea.net (Korean Culture and Information Service)',
  'kbs.co.kr': 'KBS World',
  'oas.org': 'Organization of American States',
  'hankyung.com': 'The Korea Economic Daily (Hankyung)',
  'yna.co.kr': 'Yonhap News Agency',
  'bilaterals.org': 'bilaterals.org',
  'reuters.com': 'Reuters',
  'efe.com': 'EFE',
  'investkorea.org': 'Invest Korea',
  'globalwindow.org': 'KOTRA globalwindow (copy of a MOTIE release)',
  'wikipedia.org': 'Wikipedia',
  'wti.org': 'World Treaty Index (WTI) database',
  'sice.oas.org': 'OAS Foreign Trade Information System (SICE)',
};

/** The registrable part of a host name, e.g. `m.koreaherald.com` → `koreaherald.com`. */
export function siteOf(url: string): string {
  const host = new URL(url).hostname.replace(/^www\d*\./, '');
  const parts = host.split('.');
  const twoLevel = parts.length > 2 && /^(co|com|gob|gov|go|or|org|ac|edu)$/.test(parts[parts.length - 2] ?? '');
  return parts.slice(twoLevel ? -3 : -2).join('.');
}

/** A stable kebab-case source id for a cited web page. */
export function webSourceId(url: string): string {
  const site = siteOf(url)
    .replace(/\.[a-z]+$/, '')
    .replace(/[^a-z0-9]+/g, '-');
  const hash = createHash('sha1').update(url).digest('hex').slice(0, 6);
  return `web-${site}-${hash}`;
}

/**
 * A bibliography record for a web page cited by a data row. We did not read
 * these pages' own titles, so the title says what the page was cited for.
 */
export function webSource(url: string, citedFor: string): RawSource {
  const site = siteOf(url);
  const host = new URL(url).hostname.replace(/^www\d*\./, '');
  const publisher = PUBLISHERS[host] ?? PUBLISHERS[site] ?? site;
  return {
    id: webSourceId(url),
    kind: 'web-page',
    title: `Page on ${host} cited for: ${citedFor}`,
    authors: [],
    year: null,
    publisher,
    url,
    verified: true,
  };
}
