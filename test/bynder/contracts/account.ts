import type { Contracts } from "./types";

export const accountContracts: Contracts = {
  getAccountInformation: {
    inputs: {},
    requests: [{ method: "GET", path: "/api/v4/account/" }],
  },
};
