import { windowPlan } from "../../src/core/paging/windows";

const plan = (pageSize: number) => {
  const p = windowPlan(pageSize, 1, 200);
  if (!p) throw new Error(`no overlapping windows at ${pageSize} a page`);
  return p;
};

/** The `page/limit` of the first `n` reads of a verified walk (Fetch All) at `pageSize` a page. */
export const windowsAsked = (pageSize: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) => {
    const w = plan(pageSize).at(i + 1);
    return `${w.page}/${w.limit}`;
  });

/** Reads a verified walk makes over `records` that hold still: up to the window that comes back short. */
export const windowsToRead = (pageSize: number, records: number): number =>
  plan(pageSize).slotEndingAfter(records);
