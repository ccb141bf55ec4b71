import type { Asset } from "./state";

export type AssetSortKey = "dateCreated" | "dateModified" | "datePublished" | "name";

const SORT_VALUE: Record<AssetSortKey, (a: Asset) => number | string> = {
  dateCreated: (a) => a.dateCreated,
  dateModified: (a) => a.dateModified,
  datePublished: (a) => a.datePublished,
  name: (a) => a.name.toLowerCase(),
};

export const ASSET_SORT_KEYS = Object.keys(SORT_VALUE) as AssetSortKey[];

/**
 * The asset map plus one ascending index per sort key, so list pages are slices, not sorts.
 * `set`, `delete` and `clear` invalidate the indexes; so do `modified()` and `touch()`. An edit
 * made in place without either (a test writing `sim.state.assets.get(id).name`) is caught too:
 * a cached index is checked to be still in order before it is used (one linear pass, no sort),
 * and rebuilt once when it is not.
 */
export class AssetStore extends Map<string, Asset> {
  private version = 0;
  private readonly indexes = new Map<AssetSortKey, { version: number; rows: Asset[] }>();
  /** How many times an index was rebuilt (tests check that paging does not re-sort). */
  rebuilds = 0;

  override set(id: string, asset: Asset): this {
    this.touch();
    return super.set(id, asset);
  }

  override delete(id: string): boolean {
    this.touch();
    return super.delete(id);
  }

  override clear(): void {
    this.touch();
    super.clear();
  }

  /** Marks the sort indexes stale after an in-place change to a sort field. */
  touch(): void {
    this.version += 1;
  }

  /** Records an in-place edit of `asset`: stamps its dateModified and marks the indexes stale. */
  modified(asset: Asset, at: number): void {
    asset.dateModified = at;
    this.touch();
  }

  /** Assets in ascending order of `key` (ties broken by id); read backwards for descending. */
  sorted(key: AssetSortKey): readonly Asset[] {
    const cached = this.indexes.get(key);
    const order = compareBy(SORT_VALUE[key]);
    if (cached && cached.version === this.version && inOrder(cached.rows, order))
      return cached.rows;
    const rows = [...this.values()].sort(order);
    this.rebuilds += 1;
    this.indexes.set(key, { version: this.version, rows });
    return rows;
  }
}

function compareBy(pick: (a: Asset) => number | string) {
  return (a: Asset, b: Asset): number => {
    const x = pick(a);
    const y = pick(b);
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

function inOrder(rows: readonly Asset[], order: (a: Asset, b: Asset) => number): boolean {
  for (let i = 1; i < rows.length; i++) if (order(rows[i - 1], rows[i]) > 0) return false;
  return true;
}
