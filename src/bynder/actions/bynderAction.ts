import type { Inputs } from "@prismatic-io/spectral";
import { declarativeAction } from "../../core/actions/declarativeAction";
import type { ActionSpec } from "../../core/actions/actionSpec";
import type { BynderClient } from "../client/clientFor";
import { bynder } from "../vendor";

export type { Pagination, Params } from "../../core/actions/actionSpec";
export { BYNDER_REFERENCE } from "../endpoints";
export type BynderActionSpec<I extends Inputs, TData> = ActionSpec<I, TData, BynderClient>;

/** Turns a declarative description into an ordinary spectral action against Bynder. */
export const bynderAction = declarativeAction(bynder);
