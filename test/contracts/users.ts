import type { Contracts } from "./types";

export const usersContracts: Contracts = {};
