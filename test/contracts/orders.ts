import type { Contracts } from "./types";

export const ordersContracts: Contracts = {};
