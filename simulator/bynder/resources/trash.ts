import { intParam, json, one, parseDate } from "../../core/http";
import type { Router } from "../routing";
import type { Asset, SimEnv, SimState, Trashed } from "../state";

export type { Trashed } from "../state";

/** GET /api/trash/media: assets removed in the last 30 days, filtered and sorted by removal. */
const THIRTY_DAYS = 30 * 24 * 3600 * 1000;

/** The portal's trash (kept in the state, like everything else). */
export function trashOf(state: SimState): Trashed[] {
  return state.trash;
}

const isoOffset = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");

export function registerTrash(router: Router): void {
  router.get(
    "/api/trash/media",
    (ctx) => {
      const limit = intParam(ctx.query, "limit", 10, { max: 1000 });
      const page = intParam(ctx.query, "page", 1);
      const from = parseDate(one(ctx.query, "dateRemoved"), "dateRemoved");
      const field = (one(ctx.query, "field") ?? "media.dateRemoved").replace(/^media\./, "");
      const desc = one(ctx.query, "order") === "desc";
      const now = ctx.env.clock();
      const key = field === "dateCreated" ? "dateCreated" : "dateRemoved";
      const rows = trashOf(ctx.env.state)
        .filter(
          (t) =>
            t.dateRemoved >= now - THIRTY_DAYS && (from === undefined || t.dateRemoved >= from),
        )
        .sort((a, b) => (desc ? b[key] - a[key] : a[key] - b[key]))
        .slice((page - 1) * limit, page * limit);
      return json(
        200,
        rows.map((t) => ({
          ...t,
          dateCreated: isoOffset(t.dateCreated),
          dateRemoved: isoOffset(t.dateRemoved),
        })),
      );
    },
    // Bynder's scope table puts the trash under asset:read; trash-v4 OpenAPI's `trash.assets`
    // is a user permission, not an OAuth scope (roles are not simulated).
    { scopes: ["asset:read"] },
  );
}

/** What the trash keeps of a removed asset. */
export function trashEntry(env: SimEnv, asset: Asset): Trashed {
  const user = env.state.users.get(asset.userCreated);
  return {
    id: asset.id,
    name: asset.name,
    dateCreated: asset.dateCreated,
    dateRemoved: env.clock(),
    userId: asset.userCreated,
    username: user?.username ?? "unknown",
  };
}
