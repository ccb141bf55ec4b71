import { fail, json, one, type Reply } from "../../core/http";
import { paginate } from "../../core/paging";
import type { Ctx, Router } from "../routing";

/**
 * groups-v4 OpenAPI: `GET /api/groups/list/` with search_term, page, limit (default 20) and
 * sort_order, answering a bare `[{id, name}]` (no paging headers).
 */
function listGroups(ctx: Ctx): Reply {
  const q = ctx.query;
  const term = one(q, "search_term")?.toLowerCase();
  const order = (one(q, "sort_order") ?? "asc").toLowerCase();
  if (order !== "asc" && order !== "desc") throw fail(400, `Invalid sort_order: ${order}`);
  const sign = order === "desc" ? -1 : 1;
  const groups = [...ctx.env.state.groups.values()]
    .filter((g) => !term || g.name.toLowerCase().includes(term))
    .sort((a, b) => sign * a.name.localeCompare(b.name));
  const { page } = paginate(groups, q, 20);
  return json(
    200,
    page.map((g) => ({ id: g.id, name: g.name })),
  );
}

export function registerGroups(router: Router): void {
  // The route needs the GROUPMANAGEMENT role; no OAuth scope in Bynder's table covers it.
  router.get("/api/groups/list", listGroups, { scopes: [] });
}
