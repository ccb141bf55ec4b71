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
 * `set`, `delete` and `clear` invalidate the indexes; so do `modified()` and `touch()`, which
 * handlers call after changing a sort field (name, dates) in place. An index is rebuilt once, on
 * the next list.
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
    if (cached && cached.version === this.version) return cached.rows;
    const pick = SORT_VALUE[key];
    const rows = [...this.values()].sort((a, b) => {
      const x = pick(a);
      const y = pick(b);
      if (x !== y) return x < y ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    this.rebuilds += 1;
    this.indexes.set(key, { version: this.version, rows });
    return rows;
  }
}
