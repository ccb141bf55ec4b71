import { assetExample } from "../../src/examplePayloads/assets";
import type { Contracts } from "./types";

const ID = assetExample.id;

export const assetContracts: Contracts = {
  getAsset: {
    inputs: { id: ID, versions: "true", stats: "false" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/media/${ID}/`,
        query: { versions: "1" },
        reply: { body: assetExample },
      },
    ],
  },
  listAssets: {
    inputs: { fetchAll: "false", page: "2", limit: "10", total: "true" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/media/",
        query: { page: "2", limit: "10", total: "1" },
        reply: { body: { media: [assetExample], total: { count: 11 } } },
      },
    ],
    expected: { media: [assetExample], total: { count: 11 } },
  },
};
