import { createHash, randomBytes } from "node:crypto";
import { empty, fail, flag, formBody, json, list, one, type Reply } from "../../../core/http";
import { isoDate } from "../../../core/ids";
import { bynderId } from "../../ids";
import { paginate } from "../../../core/paging";
import type { Ctx, Router } from "../../routing";
import type { SimEnv, User } from "../../state";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function hashPassword(password: string): string {
  const salt = randomBytes(8).toString("hex");
  return `${salt}:${createHash("sha256")
    .update(salt + password)
    .digest("hex")}`;
}

function findUser(env: SimEnv, idOrUsername: string): User {
  const byId = env.state.users.get(idOrUsername);
  if (byId) return byId;
  for (const u of env.state.users.values()) if (u.username === idOrUsername) return u;
  throw fail(404, "User not found");
}

function groups(u: User): { id: string; name: string }[] {
  return u.groupIds.map((id) => ({ id, name: `Group ${id.slice(0, 8)}` }));
}

function renderListUser(u: User): Record<string, unknown> {
  return {
    id: u.id,
    name: [u.firstname, u.infix, u.lastname].filter(Boolean).join(" "),
    username: u.username,
    email: u.email,
    email2: "",
    active: u.active ? 1 : 0,
    isSSOOnly: u.isSSOOnly,
    profileId: u.profileId,
    employeeNumber: "",
    timeZone: "Europe/Amsterdam",
    website: "",
    country: "",
    salesrepId: "",
    groups: groups(u),
  };
}

export function renderUser(u: User): Record<string, unknown> {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    firstname: u.firstname,
    infix: u.infix,
    lastname: u.lastname,
    profileId: u.profileId,
    active: u.active,
    isSSOOnly: u.isSSOOnly,
    language: u.language,
    phoneNumber: u.phoneNumber,
    cellphoneNumber: "",
    companyName: u.companyName,
    department: u.department,
    departmentCode: "",
    job: u.job,
    costCenter: u.costCenter,
    employeeNumber: "",
    gender: "",
    address: "",
    postalCode: "",
    city: "",
    county: "",
    state: "",
    country: "",
    legalEntity: "",
    timeZone: "Europe/Amsterdam",
    lastLogin: u.lastLogin === null ? null : isoDate(u.lastLogin),
    persisted: true,
    terms: { accepted: true },
    groups: groups(u),
  };
}

/** Applies optional user fields shared by create and modify; never stores the plain password. */
function applyUserFields(env: SimEnv, u: User, form: Record<string, string>): void {
  if (form.email !== undefined) {
    if (!EMAIL.test(form.email)) throw fail(400, `Invalid email address: ${form.email}`);
    u.email = form.email;
  }
  if (form.profileId !== undefined) {
    if (!env.state.profiles.has(form.profileId))
      throw fail(400, `Unknown profileId: ${form.profileId}`);
    u.profileId = form.profileId;
  }
  if (form.username !== undefined && form.username !== u.username) {
    for (const other of env.state.users.values()) {
      if (other !== u && other.username === form.username)
        throw fail(400, "Username already exists");
    }
    u.username = form.username;
  }
  if (form.password) u.passwordHash = hashPassword(form.password);
  const strings = [
    "firstname",
    "infix",
    "lastname",
    "language",
    "phoneNumber",
    "companyName",
  ] as const;
  for (const key of strings) if (form[key] !== undefined) u[key] = form[key];
  for (const key of ["department", "job", "costCenter"] as const)
    if (form[key] !== undefined) u[key] = form[key];
  const active = flag(form.active);
  if (active !== undefined) u.active = active;
  const sso = flag(form.isSSOOnly);
  if (sso !== undefined) u.isSSOOnly = sso;
  if (form.groupIds !== undefined) u.groupIds = list(form.groupIds);
}

function createUser(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  for (const field of ["email", "password", "profileId", "firstname", "lastname"]) {
    if (!form[field]) throw fail(400, `Missing required field: ${field}`);
  }
  const user: User = {
    id: bynderId(),
    username: "",
    email: "",
    firstname: "",
    infix: "",
    lastname: "",
    profileId: "",
    active: true,
    isSSOOnly: false,
    language: "en_US",
    groupIds: [],
    phoneNumber: "",
    companyName: "",
    department: "",
    job: "",
    costCenter: "",
    passwordHash: "",
    lastLogin: null,
  };
  // The username defaults to the email address.
  applyUserFields(ctx.env, user, { ...form, username: form.username || form.email });
  ctx.env.state.users.set(user.id, user);
  return json(201, { id: user.id, username: user.username });
}

export function registerUsers(router: Router): void {
  const r = router.family("admin.user:read", "admin.user:write");
  r.get("/api/v4/users", (ctx) => {
    const includeInactive = flag(one(ctx.query, "includeInActive")) ?? false;
    const users = [...ctx.env.state.users.values()].filter((u) => includeInactive || u.active);
    const { page, headers } = paginate(users, ctx.query, 100);
    return json(200, page.map(renderListUser), headers);
  });
  r.post("/api/v4/users", createUser);
  r.get("/api/v4/users/:id", (ctx) => json(200, renderUser(findUser(ctx.env, ctx.params.id))));
  r.post("/api/v4/users/:id", (ctx) => {
    const user = findUser(ctx.env, ctx.params.id);
    applyUserFields(ctx.env, user, formBody(ctx.headers, ctx.body));
    return json(202, { id: user.id, username: user.username });
  });
  r.delete("/api/v4/users/:id", (ctx) => {
    const user = findUser(ctx.env, ctx.params.id);
    ctx.env.state.users.delete(user.id);
    return empty(204);
  });
  router.get(
    "/api/v4/currentUser",
    (ctx) => json(200, renderUser(findUser(ctx.env, ctx.env.state.currentUserId))),
    { scopes: ["current.user:read"] },
  );
}
