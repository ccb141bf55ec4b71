import type { Contracts } from "./types";

export const metapropertiesContracts: Contracts = {};
