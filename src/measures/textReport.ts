/**
 * The measures result as plain text for the terminal: one small table per measure. It renders the
 * JSON (result.ts) and computes nothing, so text and JSON cannot disagree.
 */
import type { DistrictBreakdownJson } from './districtBreakdown.js';
import type { Figure, MeasureJson, MeasuresResult, PeersJson } from './result.js';

const LABEL_WIDTH = 26;

function row(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)} ${value}`;
}

function unavailable(figure: { status: string; missing?: readonly string[]; reason?: string }): string {
  const reason = figure.reason ?? figure.status.replace(/_/g, ' ');
  const missing =
    figure.missing && figure.missing.length > 0 ? ` (missing ${summariseMonths(figure.missing)})` : '';
  return `n/a: ${reason}${missing}`;
}

function summariseMonths(months: readonly string[]): string {
  return months.length <= 3 ? months.join(', ') : `${months[0]} … ${months.at(-1)}, ${months.length} months`;
}

function show<T>(figure: Figure<T>, text: (value: T) => string): string {
  return figure.status === 'ok' ? text(figure as T) : unavailable(figure);
}

const num = (value: unknown, digits = 1) =>
  typeof value === 'number' ? value.toFixed(digits) : String(value);

export function measureText(m: MeasureJson): string[] {
  const head = `${m.title} [${m.id}]${m.public ? '' : ' OFFICIAL-SENSITIVE'}`;
  const lines = [head, row('source', `${m.source} (${m.kind.replace('_', ' ')}), good is ${m.direction}`)];
  if (m.fedBy)
    lines.push(
      row(
        'fed by',
        `${m.fedBy.name}${m.fedBy.released ? `, released ${m.fedBy.released}` : ''} (no ${m.fedBy.insteadOf} loaded); codes ${m.fedBy.offenceCodes.join(', ')}${m.fedBy.codesConfirmed ? '' : ' (code list not confirmed)'}`,
      ),
    );
  if (m.status !== 'ok') {
    lines.push(row('status', `${m.status.replace(/_/g, ' ')}: ${m.statusText ?? ''}`));
    return lines;
  }
  const f = m.figures!;
  lines.push(
    row(
      'period',
      show(f.current, (v) => `${v.text} (${v.period.label})`),
    ),
    row(
      'previous period',
      show(f.previous, (v) => `${v.text} (${v.period.label})`),
    ),
    row(
      'change on previous',
      show(f.changeOnPrevious, (c) => c.text),
    ),
    row(
      'year earlier',
      show(f.yearEarlier, (v) => `${v.text} (${v.period.label})`),
    ),
    row(
      'change on year earlier',
      show(f.changeOnYearEarlier, (c) => c.text),
    ),
  );
  if (f.kind === 'count')
    lines.push(
      row(
        '3-year average',
        show(f.threeYearAverage, (a) => `${num(a.value)} (${a.label}): ${a.verdict.replace('_', ' ')}`),
      ),
    );
  lines.push(
    row(
      'latest month',
      show(
        f.latestMonth,
        (l) => `${l.text} in ${l.month}, ${show(l.changeOnPreviousMonth, (c) => c.text)} on the month before`,
      ),
    ),
    row(
      'rolling',
      show(f.rolling, (r) => r.text),
    ),
    row(
      'forecast',
      show(f.forecast, (x) => `${num(x.forecast)} (${num(x.lower)} to ${num(x.upper)}): ${x.verdict}`),
    ),
    row(
      'SPC',
      show(
        f.spc,
        (s) =>
          `variation ${s.variationIcon ?? 'none'}, assurance ${s.assuranceIcon ?? 'none'}, ${s.signals.length} signal(s)`,
      ),
    ),
    row(
      'significance',
      show(f.significance, (s) => `${s.phrase} (p = ${num(s.pValue, 3)}, vs ${s.comparedWith})`),
    ),
    row(
      'target',
      show(f.target, (t) => `${t.text}${t.met === null ? '' : t.met ? ' (met)' : ' (not met)'}`),
    ),
    row(
      'peers',
      show(f.peers, (p) =>
        typeof p.text === 'string' ? p.text : `${(p.forces as unknown[]).length} forces`,
      ),
    ),
  );
  if (f.peers.status === 'ok')
    for (const peer of (f.peers as PeersJson).leftOut ?? [])
      lines.push(
        row('', `${peer.name} left out of the ranking: no data for ${summariseMonths(peer.months)}`),
      );
  if (m.districts) lines.push(...districtRows(m.districts));
  if (f.excludingExceptional)
    lines.push(
      row(
        'excl. exceptional',
        show(f.excludingExceptional, (e) => show(e.current, (v) => v.text)),
      ),
    );
  if (f.homicideOutlier)
    lines.push(
      row(
        'outlier rule',
        show(f.homicideOutlier, (o) => String(o.text ?? o.verdict)),
      ),
    );
  if (m.rateDefinition) {
    const actionTaken = m.rateDefinition.actionTaken
      ? `action taken = outcomes ${m.rateDefinition.actionTaken.join(', ')}; `
      : '';
    lines.push(row('rate basis', `${actionTaken}${m.rateDefinition.rateBasisText}`));
  }
  for (const p of m.provenance.slice(0, 3))
    lines.push(
      row(
        'provenance',
        `${p.path} (${p.extractDate ?? p.archiveMonth ?? p.dataset}; sha256 ${p.sha256.slice(0, 12)})`,
      ),
    );
  if (m.provenance.length > 3) lines.push(row('', `… and ${m.provenance.length - 3} more files`));
  return lines;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Each district's count and change (* significant), the rows no district took, and any driver. */
function districtRows(b: DistrictBreakdownJson): string[] {
  const list = b.districts
    .map((d) => `${d.name} ${d.current} (${signed(d.difference)}${d.significant ? '*' : ''})`)
    .join(', ');
  const lines = [row('districts', `${b.period} on ${b.previousPeriod}: ${list}; * significant`)];
  const unplaced = b.unplaced.filter((u) => u.current > 0);
  if (unplaced.length > 0)
    lines.push(
      row('not in a district', unplaced.map((u) => `${u.current} ${u.reason.replace(/_/g, ' ')}`).join(', ')),
    );
  if (b.drivenBy)
    lines.push(
      row(
        'driven by',
        `an ${b.drivenBy.direction} in ${b.drivenBy.district} (${signed(b.drivenBy.difference)} of ${signed(b.total.difference)})`,
      ),
    );
  return lines;
}

export function resultText(result: MeasuresResult): string {
  const header = [
    `${result.force.name}: National Crime and Policing Measures, ${result.period.label}`,
    `(${result.period.first} to ${result.period.last})`,
    '',
  ];
  return [...header, ...result.measures.flatMap((m) => [...measureText(m), ''])].join('\n');
}
