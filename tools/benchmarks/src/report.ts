import type { Engine } from '@bt/database';
import { CPU_COLUMNS, WAY_LABELS, WAYS, type Measurement, type Way } from './measure';
import type { Scenario } from './scenarios';
import { percentile, ratio, spread } from './statistics';

export const ENGINE_LABELS: Record<Engine, string> = { sqlite: 'SQLite (inbyggda filer)', mysql: 'MariaDB' };

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const times = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)}×`);

/** The median over rounds of each round's median latency: the figure the ratios are made of. */
export function typicalLatency(measurement: Measurement): number {
  return spread(measurement.roundMedians).median;
}

/** One scenario at one size: a row per way, with the floor's median as the denominator of the ratios. */
export function scenarioTable(scenario: Scenario, results: Record<Way, Measurement>): string {
  const floor = typicalLatency(results.sql);
  const header = [
    'väg'.padEnd(26),
    'median ms'.padStart(9),
    'min–max'.padStart(13),
    'p50'.padStart(7),
    'p95'.padStart(7),
    'p99'.padStart(7),
    '×golv'.padStart(6),
    'SQL/anrop'.padStart(9),
    'fel'.padStart(4),
    ' CPU ms/anrop:',
    ...CPU_COLUMNS.map((column) => column.padStart(column.length > 8 ? column.length : 8)),
  ].join(' ');
  const rows = WAYS.map((way) => {
    const m = results[way];
    const rounds = spread(m.roundMedians);
    const sorted = [...m.latencies].sort((a, b) => a - b);
    return [
      WAY_LABELS[way].padEnd(26),
      ms(rounds.median).padStart(9),
      `${ms(rounds.min)}–${ms(rounds.max)}`.padStart(13),
      ...[50, 95, 99].map((p) => ms(percentile(sorted, p)).padStart(7)),
      times(ratio(rounds.median, floor)).padStart(6),
      (m.statements / m.requests).toFixed(1).padStart(9),
      String(m.errors).padStart(4),
      ''.padEnd(14),
      ...CPU_COLUMNS.map((column) => (m.cpuMs[column] / m.requests).toFixed(2).padStart(column.length > 8 ? column.length : 8)),
    ].join(' ');
  });
  const failures = WAYS.filter((way) => results[way].firstError).map((way) => `    fel (${WAY_LABELS[way]}): ${results[way].firstError!.slice(0, 300)}`);
  return [`  ${scenario.name}`, `    ${header}`, ...rows.map((row) => `    ${row}`), ...failures].join('\n');
}

export interface SizeResult {
  scale: number;
  trainees: number;
  results: Map<Scenario, Record<Way, Measurement>>;
}

/** Per scenario and way, the typical latency at each size and the growth from the smallest to the largest. */
export function growthTable(sizes: readonly SizeResult[], scenarios: readonly Scenario[]): string {
  if (sizes.length < 2) return '';
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const lines = [
    `  Tillväxt från skala ${first.scale} (${first.trainees} BT-läkare) till skala ${last.scale} (${last.trainees} BT-läkare), ${(last.trainees / first.trainees).toFixed(0)}× data: median ms per skala och kvot sist/först`,
  ];
  for (const scenario of scenarios) {
    for (const way of WAYS) {
      const figures = sizes.map((size) => size.results.get(scenario)?.[way]);
      const medians = figures.map((m) => (m ? typicalLatency(m) : NaN));
      const statements = figures.map((m) => (m ? (m.statements / m.requests).toFixed(1) : '–'));
      lines.push(
        `    ${scenario.name.padEnd(32)} ${WAY_LABELS[way].padEnd(26)} ${medians.map((v) => ms(v).padStart(8)).join(' ')}   ${times(ratio(medians[medians.length - 1], medians[0])).padStart(7)}   SQL/anrop ${statements.join(' → ')}`,
      );
    }
  }
  return lines.join('\n');
}
