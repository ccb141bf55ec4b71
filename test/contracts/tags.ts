import type { Contracts } from "./types";

export const tagsContracts: Contracts = {};
