import type { Contracts } from "./types";

export const securityProfilesContracts: Contracts = {};
