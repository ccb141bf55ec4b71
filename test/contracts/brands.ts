import type { Contracts } from "./types";

export const brandsContracts: Contracts = {};
