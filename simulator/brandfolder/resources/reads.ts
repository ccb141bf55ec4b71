import { json } from "../../core/http";
import { canSee, type Kind, reach } from "../access";
import { listReply, oneReply } from "../jsonapi";
import { type Ctx, type Router, userOf, V4 } from "../routing";
import { searchFilter } from "../search";
import { assetOrder } from "../sort";
import type { Asset, Attachment, BfState, Tag } from "../state";

type Keyed = { id: string };

/** Ids of `map`'s records that pass `keep`, in creation order. */
const idsWhere = <T extends Keyed>(map: Map<string, T>, keep: (x: T) => boolean): string[] => {
  const out: string[] = [];
  for (const x of map.values()) if (keep(x)) out.push(x.id);
  return out;
};

/** GET one record of `kind` by the route's `param`. */
const getOne = (kind: Kind, param: string) => (ctx: Ctx) => {
  reach(ctx.env.state, userOf(ctx), kind, ctx.params[param]);
  return oneReply(ctx.env, kind, ctx.params[param], ctx.query);
};

/** GET every record of `kind` the caller can see. */
const listVisible =
  <T extends Keyed>(kind: Kind, map: (s: BfState) => Map<string, T>) =>
  (ctx: Ctx) => {
    const s = ctx.env.state;
    const user = userOf(ctx);
    return listReply(
      ctx.env,
      kind,
      idsWhere(map(s), (x) => canSee(s, user, kind, x.id)),
      ctx.query,
    );
  };

/** GET the children of a parent the caller can see (the parent answers 403/404 first). */
const listUnder =
  <T extends Keyed>(
    parentKind: Kind,
    param: string,
    kind: Kind,
    map: (s: BfState) => Map<string, T>,
    belongs: (x: T, parentId: string, s: BfState) => boolean,
  ) =>
  (ctx: Ctx) => {
    const s = ctx.env.state;
    const parentId = ctx.params[param];
    reach(s, userOf(ctx), parentKind, parentId);
    return listReply(
      ctx.env,
      kind,
      idsWhere(map(s), (x) => belongs(x, parentId, s)),
      ctx.query,
    );
  };

/** Assets under a parent, narrowed by `search` and ordered by `sort_by`/`order` (both checked first). */
const assetsUnder =
  (parentKind: Kind, param: string, belongs: (a: Asset, id: string, s: BfState) => boolean) =>
  (ctx: Ctx) => {
    const s = ctx.env.state;
    const matches = searchFilter(s, ctx.query);
    const order = assetOrder(s, ctx.query);
    const parentId = ctx.params[param];
    reach(s, userOf(ctx), parentKind, parentId);
    const ids = idsWhere(s.assets, (a) => belongs(a, parentId, s) && matches(a));
    return listReply(ctx.env, "assets", order(ids), ctx.query);
  };

/** Tags of every asset that passes `keep`. */
const tagsOf =
  (keep: (a: Asset | undefined, parentId: string) => boolean) =>
  (t: { assetId: string }, parentId: string, s: BfState) =>
    keep(s.assets.get(t.assetId), parentId);

/** Reads of organizations, Brandfolders, sections, collections, assets, attachments, tags and labels. */
export function registerReads(router: Router): void {
  router
    .get(`${V4}/users/whoami`, (ctx) => {
      const u = userOf(ctx);
      const attributes = { email: u.email, first_name: u.firstName, last_name: u.lastName };
      return json(200, { data: { id: u.id, type: "users", attributes } });
    })
    .get(
      `${V4}/organizations`,
      listVisible("organizations", (s) => s.organizations),
    )
    .get(`${V4}/organizations/:id`, getOne("organizations", "id"))
    .get(
      `${V4}/brandfolders`,
      listVisible("brandfolders", (s) => s.brandfolders),
    )
    .get(`${V4}/brandfolders/:id`, getOne("brandfolders", "id"))
    .get(
      `${V4}/brandfolders/:id/sections`,
      listUnder(
        "brandfolders",
        "id",
        "sections",
        (s) => s.sections,
        (x, id) => x.brandfolderId === id,
      ),
    )
    .get(`${V4}/sections/:id`, getOne("sections", "id"))
    .get(
      `${V4}/collections`,
      listVisible("collections", (s) => s.collections),
    )
    .get(
      `${V4}/brandfolders/:id/collections`,
      listUnder(
        "brandfolders",
        "id",
        "collections",
        (s) => s.collections,
        (x, id) => x.brandfolderId === id,
      ),
    )
    .get(`${V4}/collections/:id`, getOne("collections", "id"))
    .get(
      `${V4}/brandfolders/:id/assets`,
      assetsUnder("brandfolders", "id", (a, id) => a.brandfolderId === id),
    )
    .get(
      `${V4}/sections/:id/assets`,
      assetsUnder("sections", "id", (a, id) => a.sectionId === id),
    )
    .get(
      `${V4}/collections/:id/assets`,
      assetsUnder("collections", "id", (a, id) => a.collectionIds.includes(id)),
    )
    .get(
      `${V4}/labels/:id/assets`,
      assetsUnder("labels", "id", (a, id) => a.labelIds.includes(id)),
    )
    .get(`${V4}/assets/:id`, getOne("assets", "id"))
    .get(`${V4}/attachments/:id`, getOne("attachments", "id"))
    .get(
      `${V4}/assets/:id/tags`,
      listUnder(
        "assets",
        "id",
        "tags",
        (s) => s.tags,
        (t, id) => t.assetId === id,
      ),
    )
    .get(
      `${V4}/brandfolders/:id/tags`,
      listUnder<Tag>(
        "brandfolders",
        "id",
        "tags",
        (s) => s.tags,
        tagsOf((a, id) => a?.brandfolderId === id),
      ),
    )
    .get(
      `${V4}/collections/:id/tags`,
      listUnder<Tag>(
        "collections",
        "id",
        "tags",
        (s) => s.tags,
        tagsOf((a, id) => !!a?.collectionIds.includes(id)),
      ),
    )
    .get(
      `${V4}/brandfolders/:id/labels`,
      listUnder(
        "brandfolders",
        "id",
        "labels",
        (s) => s.labels,
        (x, id) => x.brandfolderId === id,
      ),
    )
    .get(`${V4}/labels/:id`, getOne("labels", "id"));
  registerSdkLists(router);
}

/** Attachments of every asset that passes `keep`. */
const attachmentsOf =
  (keep: (a: Asset | undefined, parentId: string, s: BfState) => boolean) =>
  (t: Attachment, parentId: string, s: BfState) =>
    keep(s.assets.get(t.assetId), parentId, s);
const inOrg = (a: Asset | undefined, orgId: string, s: BfState) =>
  s.brandfolders.get(a?.brandfolderId ?? "")?.organizationId === orgId;

/**
 * Lists the official Python SDK walks that the OpenAPI file does not declare
 * (its ResourceContainer builds `/<parent>/<id>/<children>` for these pairs).
 */
function registerSdkLists(router: Router): void {
  const attachments = (parent: Kind, keep: Parameters<typeof attachmentsOf>[0]) =>
    listUnder<Attachment>(parent, "id", "attachments", (s) => s.attachments, attachmentsOf(keep));
  router
    .get(
      `${V4}/organizations/:id/assets`,
      assetsUnder("organizations", "id", (a, id, s) => inOrg(a, id, s)),
    )
    .get(`${V4}/organizations/:id/attachments`, attachments("organizations", inOrg))
    .get(
      `${V4}/brandfolders/:id/attachments`,
      attachments("brandfolders", (a, id) => a?.brandfolderId === id),
    )
    .get(
      `${V4}/collections/:id/attachments`,
      attachments("collections", (a, id) => !!a?.collectionIds.includes(id)),
    )
    .get(
      `${V4}/assets/:id/attachments`,
      attachments("assets", (a, id) => a?.id === id),
    )
    .get(
      `${V4}/sections/:id/attachments`,
      attachments("sections", (a, id) => a?.sectionId === id),
    );
}
