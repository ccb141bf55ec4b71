import {
  overlapFor,
  plainPlan,
  verifiedWalkRequests,
  windowPlan,
} from "../../../src/core/paging/windows";

describe("the overlapping windows of a verified walk", () => {
  for (const [pageSize, startPage] of [
    [1000, 1],
    [3000, 1],
    [500, 1],
    [100, 1],
    [1000, 4],
  ]) {
    it(`each starts inside the one before, at (page - 1) × limit (page size ${pageSize}, from page ${startPage})`, () => {
      const slots = 80;
      const plan = windowPlan(pageSize, startPage, slots);
      expect(plan).toBeDefined();
      const overlap = overlapFor(pageSize)!;
      const first = plan!.at(startPage);
      expect(first).toEqual({
        page: startPage,
        limit: pageSize,
        offset: (startPage - 1) * pageSize,
        overlap: 0,
      });
      for (let n = startPage + 1; n < startPage + slots; n++) {
        const before = plan!.at(n - 1);
        const w = plan!.at(n);
        const end = before.offset + before.limit;
        expect(w.offset).toBe((w.page - 1) * w.limit);
        expect(w.limit).toBeLessThanOrEqual(pageSize);
        expect(w.overlap).toBe(end - w.offset);
        expect(w.overlap).toBeGreaterThanOrEqual(overlap.min);
        expect(w.overlap).toBeLessThanOrEqual(overlap.max);
        // Each gains at least a quarter of a page on the one before.
        expect(w.offset + w.limit - end).toBeGreaterThanOrEqual(pageSize / 4);
      }
    });
  }

  it("names the window that should come back short, and how many read past a cap", () => {
    const plan = windowPlan(1000, 1, 40)!;
    for (const position of [0, 999, 1000, 5_432, 10_000, 20_001]) {
      const n = plan.slotEndingAfter(position);
      const w = plan.at(n);
      expect(w.offset + w.limit).toBeGreaterThan(position);
      if (n > 1) {
        const before = plan.at(n - 1);
        expect(before.offset + before.limit).toBeLessThanOrEqual(position);
      }
    }
    expect(plan.slotsToExceed(10_000)).toBe(plan.slotEndingAfter(10_000));
  });

  it("costs Fetch All far fewer requests than a plain page plus a check per boundary", () => {
    // 10,000 records at 1,000 a page: 11 pages and 10 checks before; windows need 12.
    expect(verifiedWalkRequests(10_000, 1000)).toBe(12);
    for (const [items, pageSize] of [
      [10_000, 1000],
      [50_000, 3000],
      [50_000, 500],
      [10_000, 100],
    ]) {
      const plain = Math.floor(items / pageSize) + 1;
      expect(verifiedWalkRequests(items, pageSize)).toBeLessThan(2 * plain - 1);
      expect(verifiedWalkRequests(items, pageSize)).toBeGreaterThanOrEqual(plain);
    }
  });

  it("leaves pages too small to overlap to plain pages", () => {
    expect(overlapFor(7)).toBeUndefined();
    expect(windowPlan(7, 1, 10)).toBeUndefined();
    expect(verifiedWalkRequests(100, 7)).toBe(plainPlan(7).slotsToExceed(100));
  });
});
