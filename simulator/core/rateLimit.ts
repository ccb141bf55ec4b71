/** Fixed-window request budget per client address (vendors limit per IP, e.g. 4500 per 5 minutes). */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  /** Counts the request; false once the address has spent its budget for the current window. */
  allow(address: string): boolean {
    const now = this.clock();
    let w = this.windows.get(address);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(address, w);
    }
    w.count += 1;
    return w.count <= this.limit;
  }

  reset(): void {
    this.windows.clear();
  }
}
