import type { Ctx as CoreCtx, Handler as CoreHandler, Router as CoreRouter } from "../core/router";
import type { SimEnv, User } from "./state";

/** The core router's types bound to Brandfolder's state and API-key users. */
export type Ctx = CoreCtx<SimEnv, User>;
export type Handler = CoreHandler<SimEnv, User>;
export type Router = CoreRouter<SimEnv, User>;

/** Every v4 route lives under this prefix. */
export const V4 = "/api/v4";

/** The caller; set on every route, as none is public. */
export function userOf(ctx: Ctx): User {
  if (!ctx.token) throw new Error("route without a user");
  return ctx.token;
}
