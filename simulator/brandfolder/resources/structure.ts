import { fail, json, jsonBody } from "../../core/http";
import { reach } from "../access";
import { oneReply } from "../jsonapi";
import { type Ctx, type Router, userOf, V4 } from "../routing";
import { type BfState, type Label, newId } from "../state";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const SECTION_TYPES = ["GenericFile", "Color", "Font", "ExternalMedium", "Person", "Press", "Text"];

/** `data.attributes` of the body, with `required` fields present and every listed field a string. */
function attrs(ctx: Ctx, strings: string[], required: string[] = []): Obj {
  const data = jsonBody(ctx.headers, ctx.body).data;
  const a = isObj(data) ? data.attributes : undefined;
  if (!isObj(a)) throw fail(400, "data.attributes must be an object");
  for (const f of required) {
    if (a[f] === undefined || a[f] === "") throw fail(400, `data.attributes.${f} is required`);
  }
  for (const f of strings) {
    if (a[f] !== undefined && typeof a[f] !== "string") {
      throw fail(400, `data.attributes.${f} must be a string`);
    }
  }
  return a;
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const pick = (a: Obj, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => a[f] !== undefined).map((f) => [f, a[f] as string]));

/** Marks a record and everything listed as deleted (403 from then on). */
function forget(s: BfState, map: Map<string, { id: string }>, ids: string[]): void {
  for (const id of ids) {
    map.delete(id);
    s.deleted.add(id);
  }
}

function labelSubtree(s: BfState, root: string): string[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const l of s.labels.values()) if (l.parentId === out[i]) out.push(l.id);
  }
  return out;
}

/** A parent label of the same Brandfolder, else 400; `undefined` keeps it a root label. */
function parentLabel(
  s: BfState,
  brandfolderId: string,
  key: unknown,
  self?: string,
): string | undefined {
  if (key === undefined || key === null || key === "") return undefined;
  const parent = typeof key === "string" ? s.labels.get(key) : undefined;
  if (!parent || parent.brandfolderId !== brandfolderId) {
    throw fail(400, `data.attributes.parent_key ${String(key)} is not a label of this Brandfolder`);
  }
  if (self && labelSubtree(s, self).includes(parent.id)) {
    throw fail(400, "data.attributes.parent_key cannot be the label itself or one of its children");
  }
  return parent.id;
}

/** Brandfolders, sections, collections, labels and attachments: creates, updates, deletes. */
export function registerStructureWrites(router: Router): void {
  router
    .post(`${V4}/organizations/:id/brandfolders`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "organizations", ctx.params.id, "admin");
      const a = attrs(ctx, ["name", "privacy", "slug", "tagline"], ["name"]);
      const name = a.name as string;
      const id = newId(s);
      s.brandfolders.set(id, {
        id,
        organizationId: ctx.params.id,
        name,
        slug: (a.slug as string) ?? slugOf(name),
        tagline: (a.tagline as string) ?? "",
        privacy: (a.privacy as string) ?? "private",
      });
      return oneReply(ctx.env, "brandfolders", id, {});
    })
    .put(`${V4}/brandfolders/:id`, (ctx) => {
      const s = ctx.env.state;
      const bf = reach<Obj>(s, userOf(ctx), "brandfolders", ctx.params.id, "admin");
      Object.assign(
        bf,
        pick(attrs(ctx, ["name", "privacy", "slug", "tagline"]), [
          "name",
          "privacy",
          "slug",
          "tagline",
        ]),
      );
      return oneReply(ctx.env, "brandfolders", ctx.params.id, {});
    })
    .post(`${V4}/brandfolders/:id/sections`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "brandfolders", ctx.params.id, "admin");
      const a = attrs(ctx, ["name", "default_asset_type"], ["name", "default_asset_type"]);
      if (!SECTION_TYPES.includes(a.default_asset_type as string)) {
        throw fail(
          400,
          `data.attributes.default_asset_type must be one of ${SECTION_TYPES.join(", ")}`,
        );
      }
      if (
        a.position !== undefined &&
        (!Number.isInteger(a.position) || (a.position as number) < 0)
      ) {
        throw fail(400, "data.attributes.position must be an integer >= 0");
      }
      const id = newId(s);
      const count = [...s.sections.values()].filter(
        (x) => x.brandfolderId === ctx.params.id,
      ).length;
      s.sections.set(id, {
        id,
        brandfolderId: ctx.params.id,
        name: a.name as string,
        defaultAssetType: a.default_asset_type as string,
        position: (a.position as number) ?? count,
      });
      return oneReply(ctx.env, "sections", id, {});
    })
    .post(`${V4}/brandfolders/:id/collections`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "brandfolders", ctx.params.id, "collaborator");
      const a = attrs(ctx, ["name", "slug", "tagline"], ["name"]);
      const name = a.name as string;
      const id = newId(s);
      s.collections.set(id, {
        id,
        brandfolderId: ctx.params.id,
        name,
        slug: (a.slug as string) ?? slugOf(name),
        tagline: (a.tagline as string) ?? "",
        public: false,
        stealth: false,
        isWorkspace: false,
      });
      return oneReply(ctx.env, "collections", id, {});
    })
    .put(`${V4}/collections/:id`, (ctx) => {
      const s = ctx.env.state;
      const c = reach<Obj>(s, userOf(ctx), "collections", ctx.params.id, "admin");
      Object.assign(c, pick(attrs(ctx, ["name", "slug", "tagline"]), ["name", "slug", "tagline"]));
      return oneReply(ctx.env, "collections", ctx.params.id, {});
    })
    .delete(`${V4}/collections/:id`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "collections", ctx.params.id, "admin");
      // The assets stay in their Brandfolder: a collection only groups them.
      for (const a of s.assets.values())
        a.collectionIds = a.collectionIds.filter((c) => c !== ctx.params.id);
      forget(s, s.collections, [ctx.params.id]);
      return json(200, {});
    })
    .post(`${V4}/brandfolders/:id/labels`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "brandfolders", ctx.params.id, "admin");
      const a = attrs(ctx, ["name", "parent_key"], ["name"]);
      const parentId = parentLabel(s, ctx.params.id, a.parent_key);
      const siblings = [...s.labels.values()].filter(
        (l) => l.brandfolderId === ctx.params.id && l.parentId === parentId,
      );
      const label: Label = {
        id: newId(s),
        brandfolderId: ctx.params.id,
        parentId,
        name: a.name as string,
        position: siblings.length,
      };
      s.labels.set(label.id, label);
      return oneReply(ctx.env, "labels", label.id, {});
    })
    .put(`${V4}/labels/:id`, (ctx) => {
      const s = ctx.env.state;
      const label = reach<Label>(s, userOf(ctx), "labels", ctx.params.id, "admin");
      label.name = attrs(ctx, ["name"], ["name"]).name as string;
      return oneReply(ctx.env, "labels", label.id, {});
    })
    .put(`${V4}/labels/:id/move`, (ctx) => {
      const s = ctx.env.state;
      const label = reach<Label>(s, userOf(ctx), "labels", ctx.params.id, "admin");
      const a = attrs(ctx, ["parent_key"], ["parent_key"]);
      label.parentId = parentLabel(s, label.brandfolderId, a.parent_key, label.id);
      return oneReply(ctx.env, "labels", label.id, {});
    })
    .delete(`${V4}/labels/:id`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "labels", ctx.params.id, "admin");
      // A label's children go with it; assets only lose the labels.
      const gone = labelSubtree(s, ctx.params.id);
      for (const a of s.assets.values()) a.labelIds = a.labelIds.filter((l) => !gone.includes(l));
      forget(s, s.labels, gone);
      return json(200, {});
    })
    .put(`${V4}/attachments/:id`, (ctx) => {
      const s = ctx.env.state;
      const t = reach<{ filename: string }>(
        s,
        userOf(ctx),
        "attachments",
        ctx.params.id,
        "collaborator",
      );
      const a = attrs(ctx, ["filename", "url"]);
      if (a.url !== undefined && !/^https?:\/\/[^/]+/i.test(a.url as string)) {
        throw fail(400, "data.attributes.url must be an http(s) URL");
      }
      if (a.filename !== undefined) t.filename = a.filename as string;
      return oneReply(ctx.env, "attachments", ctx.params.id, {});
    })
    .delete(`${V4}/attachments/:id`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "attachments", ctx.params.id, "collaborator");
      forget(s, s.attachments, [ctx.params.id]);
      return json(200, {});
    });
}
