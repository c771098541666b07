// Posts per month as an SVG bar chart, made at build time (no chart library, no JavaScript).
import { escapeHtml as esc } from '@guru-blog/theme/kit';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

/** The last `months` months up to `now`, with zero for months without posts. */
export function postsPerMonth(dates: string[], now: Date, months = 12): MonthCount[] {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  return Array.from({ length: months }, (_, i) => {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1));
    const month = at.toISOString().slice(0, 7);
    return { month, count: counts.get(month) ?? 0 };
  });
}

/**
 * Months down the side, bars across: a phone shows all twelve with labels at a readable size
 * (the drawing is 360 units wide, about one unit per CSS pixel on a 360 px phone), and a laptop
 * shows it no wider than the text column.
 */
export function barChart(data: MonthCount[], label: string, monthLabel: (month: string) => string): string {
  const width = 360;
  const row = 26;
  const left = 64;
  const right = 40;
  const height = data.length * row + 4;
  const max = Math.max(1, ...data.map((d) => d.count));
  const bars = data
    .map((d, i) => {
      const y = i * row + 4;
      const w = ((width - left - right) * d.count) / max;
      return `<text x="${left - 8}" y="${y + 15}" text-anchor="end" class="axis">${esc(monthLabel(d.month))}</text><rect x="${left}" y="${y + 2}" width="${w.toFixed(1)}" height="${row - 8}" rx="4" class="bar"><title>${esc(monthLabel(d.month))}: ${d.count}</title></rect><text x="${(left + w + 6).toFixed(1)}" y="${y + 15}" class="value">${d.count}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" class="chart" xmlns="http://www.w3.org/2000/svg"><line x1="${left}" y1="0" x2="${left}" y2="${height}" class="axis-line"/>${bars}</svg>`;
}
