/** "2026-11-20" in the buyer's time zone: the day they did it, and a file name that sorts. */
export function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
