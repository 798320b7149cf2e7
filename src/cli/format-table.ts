import type { AuditReport } from './report';

/** A readable plain-text view of a report for a terminal. */
export function formatTable(report: AuditReport): string {
  const lines = [`site: ${report.site ?? '-'}   page: ${report.page}   health: ${report.health}`];
  for (const problem of report.problems) lines.push(`  ! ${problem}`);
  if (report.supplier) {
    const { name, assessment } = report.supplier;
    lines.push('', `Supplier: ${name ?? '(unnamed)'}  ->  ${describe(assessment)}`);
    for (const finding of assessment.findings)
      lines.push(`    ${finding.tone === 'good' ? '+' : '-'} ${finding.message}`);
  }
  if (report.listings.length > 0) {
    lines.push('', pad('level', 8) + pad('risk', 6) + pad('price', 26) + pad('supplier', 34) + 'title');
    for (const listing of report.listings) {
      const price = listing.price
        ? `${listing.price.currency} ${listing.price.min}-${listing.price.max}`
        : '-';
      lines.push(
        pad(listing.assessment.level, 8) +
          pad(String(listing.assessment.risk ?? '-'), 6) +
          pad(price, 26) +
          pad(listing.supplier.name ?? '-', 34) +
          (listing.title ?? '-').slice(0, 60),
      );
    }
  }
  return lines.join('\n');
}

function describe(assessment: AuditReport['listings'][number]['assessment']): string {
  return assessment.risk === null ? assessment.level : `${assessment.level} (${assessment.risk}/100)`;
}

function pad(text: string, width: number): string {
  const cut = text.length >= width ? `${text.slice(0, width - 2)}…` : text;
  return cut.padEnd(width);
}
