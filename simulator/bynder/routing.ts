import type { Ctx as CoreCtx, Router as CoreRouter, Handler as CoreHandler } from "../core/router";
import type { SimEnv, TokenRecord } from "./state";

/** The core router's types bound to Bynder's state and bearer-token records. */
export type Ctx = CoreCtx<SimEnv, TokenRecord>;
export type Handler = CoreHandler<SimEnv, TokenRecord>;
export type Router = CoreRouter<SimEnv, TokenRecord>;
