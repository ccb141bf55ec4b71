import type { Contracts } from "./types";

export const accountContracts: Contracts = {};
