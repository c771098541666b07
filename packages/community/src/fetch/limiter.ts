// Politeness and throughput: at most `perHost` requests in flight to one site and `total` overall.
// Many members share a host (x.blogspot.com, y.blogspot.com are one server farm), so subdomains
// of a registrable domain count as one site.

/** Second-level labels under which Indonesian (and a few common) sites register: x.sch.id, x.co.id. */
const SECOND_LEVEL = new Set(['ac', 'co', 'go', 'mil', 'net', 'or', 'org', 'sch', 'web', 'my', 'biz', 'ponpes', 'desa', 'com', 'gov', 'edu']);

/** The site a host belongs to: bu-ani.blogspot.com → blogspot.com, smpn3.sch.id → smpn3.sch.id. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const take = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

export interface LimiterStats {
  /** The most requests ever in flight to one site. */
  maxPerSite: number;
  maxTotal: number;
}

export class Limiter {
  private active = 0;
  private perSite = new Map<string, number>();
  private waiting: { site: string; start: () => void }[] = [];
  readonly stats: LimiterStats = { maxPerSite: 0, maxTotal: 0 };

  readonly total: number;
  readonly perHost: number;

  constructor(total: number, perHost: number) {
    this.total = total;
    this.perHost = perHost;
  }

  /** Runs `task` when both limits allow; tasks for a busy site wait without blocking others. */
  run<T>(hostname: string, task: () => Promise<T>): Promise<T> {
    const site = siteOf(hostname);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active++;
        const n = (this.perSite.get(site) ?? 0) + 1;
        this.perSite.set(site, n);
        this.stats.maxPerSite = Math.max(this.stats.maxPerSite, n);
        this.stats.maxTotal = Math.max(this.stats.maxTotal, this.active);
        task()
          .then(resolve, reject)
          .finally(() => {
            this.active--;
            this.perSite.set(site, (this.perSite.get(site) ?? 1) - 1);
            this.pump();
          });
      };
      this.waiting.push({ site, start });
      this.pump();
    });
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.total; ) {
      const next = this.waiting[i]!;
      if ((this.perSite.get(next.site) ?? 0) < this.perHost) {
        this.waiting.splice(i, 1);
        next.start();
      } else i++;
    }
  }
}

/**
 * A counting semaphore: `acquire` resolves with a release function once one of `size` permits is
 * free. Waiters with a higher priority go first (in order of arrival among equals); `overdraw`
 * takes a permit at once even when none is free (the count goes below zero until it is returned).
 */
export class Semaphore {
  private free: number;
  private waiting: { priority: number; grant: () => void }[] = [];

  constructor(size: number) {
    this.free = size;
  }

  acquire(priority = 0, { overdraw = false } = {}): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.free--;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.free++;
          if (this.free > 0) this.waiting.shift()?.grant();
        });
      };
      if (this.free > 0 || overdraw) return grant();
      const at = this.waiting.findIndex((w) => w.priority < priority);
      this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { priority, grant });
    });
  }
}
