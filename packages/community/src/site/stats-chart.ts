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

export function barChart(data: MonthCount[], label: string, monthLabel: (month: string) => string): string {
  const width = 640;
  const height = 220;
  const pad = { top: 16, right: 8, bottom: 36, left: 36 };
  const max = Math.max(1, ...data.map((d) => d.count));
  const step = (width - pad.left - pad.right) / data.length;
  const barH = (n: number) => ((height - pad.top - pad.bottom) * n) / max;
  const bars = data
    .map((d, i) => {
      const x = pad.left + i * step + step * 0.15;
      const h = barH(d.count);
      const y = height - pad.bottom - h;
      const showLabel = data.length <= 6 || (data.length - 1 - i) % 2 === 0; // every other month, ending at the latest
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${esc(monthLabel(d.month))}: ${d.count}</title></rect>${showLabel ? `<text x="${(x + step * 0.35).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" class="axis">${esc(monthLabel(d.month))}</text>` : ''}${d.count ? `<text x="${(x + step * 0.35).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" class="value">${d.count}</text>` : ''}`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" class="chart" xmlns="http://www.w3.org/2000/svg"><line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" class="axis-line"/>${bars}</svg>`;
}
