import type { Finding, Severity } from '../signals/assessment';

const SEVERITY_RANK: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

function rank(f: Finding): number {
  return (f.tone === 'concern' ? 0 : 3) + SEVERITY_RANK[f.severity];
}

/** Concerns first (danger, warning, info), then good signals; otherwise rule order (sort is stable). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
