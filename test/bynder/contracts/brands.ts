import type { Contracts } from "./types";

export const brandsContracts: Contracts = {
  listBrands: {
    inputs: {},
    requests: [{ method: "GET", path: "/api/v4/brands/" }],
  },
};
