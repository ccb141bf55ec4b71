import { isoDate } from "../../core/ids";
import { fail, json, jsonBody, list, one, type Query, type Reply } from "../../core/http";
import { reach } from "../access";
import { paging, render, type Resource } from "../jsonapi";
import { type Ctx, type Router, userOf, V4 } from "../routing";
import {
  type BfState,
  type InviteableKind,
  type Invitation,
  LEVELS,
  type Level,
  newId,
  type SimEnv,
  type User,
  type UserPermission,
} from "../state";

/** Invitations and user permissions: who may get in, and who is in. Both need admin on the parent. */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const PARENTS: InviteableKind[] = ["organizations", "brandfolders", "collections"];
/** Brandfolder invites to these too; the simulator has none of them, so any id is a 404. */
const ABSENT = { portals: "Portal", brandguides: "Brandguide" } as const;

const kindOf = (s: BfState, id: string): InviteableKind | undefined =>
  PARENTS.find((k) => (s[k] as Map<string, unknown>).has(id));

const userResource = (u: User): Resource => ({
  id: u.id,
  type: "users",
  attributes: { email: u.email, first_name: u.firstName, last_name: u.lastName },
});

/** `meta` and the page of `ids`, sliced before anything is rendered. */
function page(ids: string[], q: Query): { ids: string[]; meta: Obj } {
  const { page: n, per } = paging(q);
  const total = Math.max(1, Math.ceil(ids.length / per));
  const meta = {
    current_page: n,
    next_page: n < total ? n + 1 : null,
    prev_page: n > 1 ? Math.min(n - 1, total) : null,
    total_pages: total,
    total_count: ids.length,
  };
  return { ids: ids.slice((n - 1) * per, n * per), meta };
}

/** Only names the operation documents; anything else is a 400, as for the other resources. */
function allowed(q: Query, name: string, values: string[]): string[] {
  const asked = list(one(q, name));
  const bad = asked.find((v) => !values.includes(v));
  if (bad !== undefined)
    throw fail(400, `Invalid ${name} "${bad}" for invitations; allowed: ${values.join(", ")}`);
  return asked;
}

function renderInvitation(env: SimEnv, inv: Invitation, include: string[], fields: string[]) {
  const attributes: Obj = {
    email: inv.email,
    permission_level: inv.level,
    personal_message: inv.message,
    invitation_url: `${env.baseUrl}/invitations/${inv.id}`,
  };
  if (fields.includes("created_at")) attributes.created_at = isoDate(inv.createdAt);
  const out: Resource = { id: inv.id, type: "invitations", attributes };
  const rel: Record<string, { data: { id: string; type: string } }> = {};
  if (include.includes("inviter")) rel.inviter = { data: { id: inv.inviterId, type: "users" } };
  if (include.includes("inviteable"))
    rel.inviteable = { data: { id: inv.parentId, type: inv.kind } };
  if (Object.keys(rel).length) out.relationships = rel;
  return out;
}

function includedOf(env: SimEnv, invs: Invitation[], include: string[]): Resource[] {
  const out = new Map<string, Resource>();
  for (const inv of invs) {
    const inviter = env.state.users.get(inv.inviterId);
    if (include.includes("inviter") && inviter) out.set(`u:${inviter.id}`, userResource(inviter));
    if (include.includes("inviteable") && !env.state.deleted.has(inv.parentId))
      out.set(`${inv.kind}:${inv.parentId}`, render(env, inv.kind, inv.parentId));
  }
  return [...out.values()];
}

/** The parent of a nested route, reached with admin; portals and brandguides never exist here. */
function parentOf(ctx: Ctx, kind: InviteableKind | keyof typeof ABSENT): InviteableKind {
  if (kind === "portals" || kind === "brandguides")
    throw fail(404, `${ABSENT[kind]} ${ctx.params.id} not found`);
  reach(ctx.env.state, userOf(ctx), kind, ctx.params.id, "admin");
  return kind;
}

/** An invitation or permission of a parent the caller administers; gone ones answer 403. */
function own<T extends { kind: InviteableKind }>(
  ctx: Ctx,
  map: Map<string, T>,
  what: string,
  parentIdOf: (t: T) => string,
): T {
  const s = ctx.env.state;
  const id = ctx.params.id;
  if (s.deleted.has(id))
    throw fail(403, `${what} ${id} was deleted or you do not have access to it`);
  const found = map.get(id);
  if (!found) throw fail(404, `${what} ${id} not found`);
  reach(s, userOf(ctx), found.kind, parentIdOf(found), "admin");
  return found;
}

function createInvitation(ctx: Ctx, kind: InviteableKind): Reply {
  const s = ctx.env.state;
  const data = jsonBody(ctx.headers, ctx.body).data;
  const a = isObj(data) ? data.attributes : undefined;
  if (!isObj(a)) throw fail(400, "data.attributes must be an object");
  if (typeof a.email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(a.email))
    throw fail(400, "data.attributes.email must be an email address");
  if (!LEVELS.includes(a.permission_level as Level))
    throw fail(400, `data.attributes.permission_level must be one of ${LEVELS.join(", ")}`);
  if (a.permission_level === "owner" && kind !== "organizations")
    throw fail(400, "data.attributes.permission_level owner is only valid for an organization");
  if (a.personal_message !== undefined && typeof a.personal_message !== "string")
    throw fail(400, "data.attributes.personal_message must be a string");
  if (a.prevent_email !== undefined && typeof a.prevent_email !== "boolean")
    throw fail(400, "data.attributes.prevent_email must be a boolean");
  const inv: Invitation = {
    id: newId(s),
    kind,
    parentId: ctx.params.id,
    email: a.email,
    level: a.permission_level as Level,
    message: (a.personal_message as string | undefined) ?? "",
    inviterId: userOf(ctx).id,
    createdAt: ctx.env.clock(),
  };
  s.invitations.set(inv.id, inv);
  // Shaped as the OpenAPI documents it: the new invitation nested under `data.attributes`.
  const made = renderInvitation(ctx.env, inv, [], []);
  return json(200, { data: { attributes: made }, meta: { auto_accepted: false } });
}

/** Gives every user's grant a permission id (grants are the truth; ids are made on first sight). */
function syncPermissions(s: BfState): void {
  const known = new Set([...s.userPermissions.values()].map((p) => `${p.userId}:${p.targetId}`));
  for (const u of s.users.values()) {
    for (const targetId of u.grants.keys()) {
      const kind = kindOf(s, targetId);
      if (!kind || known.has(`${u.id}:${targetId}`)) continue;
      const id = newId(s);
      s.userPermissions.set(id, { id, userId: u.id, kind, targetId });
    }
  }
}

function renderPermission(s: BfState, p: UserPermission): Resource {
  return {
    id: p.id,
    type: "user_permissions",
    attributes: { permission_level: s.users.get(p.userId)?.grants.get(p.targetId) ?? "guest" },
    relationships: {
      user: { data: { id: p.userId, type: "users" } },
      permissible: { data: { id: p.targetId, type: p.kind } },
    },
  };
}

export function registerPeople(routes: Router): void {
  for (const kind of [...PARENTS, "portals", "brandguides"] as const) {
    routes
      .get(`${V4}/${kind}/:id/invitations`, (ctx) => {
        parentOf(ctx, kind);
        const include = allowed(ctx.query, "include", ["inviter", "inviteable"]);
        const fields = allowed(ctx.query, "fields", ["created_at"]);
        const all = [...ctx.env.state.invitations.values()].filter(
          (i) => i.kind === kind && i.parentId === ctx.params.id,
        );
        const { ids, meta } = page(
          all.map((i) => i.id),
          ctx.query,
        );
        const invs = ids.map((id) => ctx.env.state.invitations.get(id)!);
        const data = invs.map((i) => renderInvitation(ctx.env, i, include, fields));
        const inc = include.length ? { included: includedOf(ctx.env, invs, include) } : {};
        return json(200, { data, ...inc, meta });
      })
      .post(`${V4}/${kind}/:id/invitations`, (ctx) => createInvitation(ctx, parentOf(ctx, kind)));
  }
  for (const kind of PARENTS) {
    routes.get(`${V4}/${kind}/:id/user_permissions`, (ctx) => {
      const s = ctx.env.state;
      parentOf(ctx, kind);
      syncPermissions(s);
      const all = [...s.userPermissions.values()].filter((p) => p.targetId === ctx.params.id);
      const { ids, meta } = page(
        all.map((p) => p.id),
        ctx.query,
      );
      const perms = ids.map((id) => s.userPermissions.get(id)!);
      // Brandfolder includes the users and the parent, so an email is one step away.
      const users = new Map(perms.map((p) => [p.userId, s.users.get(p.userId)!]));
      const included = [
        ...[...users.values()].map(userResource),
        render(ctx.env, kind, ctx.params.id),
      ];
      return json(200, { data: perms.map((p) => renderPermission(s, p)), included, meta });
    });
  }
  routes
    .get(`${V4}/invitations/:id`, (ctx) => {
      const inv = own(ctx, ctx.env.state.invitations, "Invitation", (i) => i.parentId);
      const include = allowed(ctx.query, "include", ["inviteable"]);
      const fields = allowed(ctx.query, "fields", ["created_at"]);
      const inc = include.length ? { included: includedOf(ctx.env, [inv], include) } : {};
      return json(200, { data: renderInvitation(ctx.env, inv, include, fields), ...inc });
    })
    .delete(`${V4}/invitations/:id`, (ctx) => {
      const s = ctx.env.state;
      own(ctx, s.invitations, "Invitation", (i) => i.parentId);
      s.invitations.delete(ctx.params.id);
      s.deleted.add(ctx.params.id);
      return json(200, {});
    })
    .get(`${V4}/user_permissions/:id`, (ctx) => {
      syncPermissions(ctx.env.state);
      const p = own(ctx, ctx.env.state.userPermissions, "User permission", (x) => x.targetId);
      return json(200, { data: renderPermission(ctx.env.state, p) });
    })
    .delete(`${V4}/user_permissions/:id`, (ctx) => {
      const s = ctx.env.state;
      syncPermissions(s);
      const p = own(ctx, s.userPermissions, "User permission", (x) => x.targetId);
      // The grant is the access itself: removing it is what revokes the user.
      s.users.get(p.userId)?.grants.delete(p.targetId);
      s.userPermissions.delete(p.id);
      s.deleted.add(p.id);
      return json(200, {});
    });
}
