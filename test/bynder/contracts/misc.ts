import type { Contracts } from "./types";

export const miscContracts: Contracts = {
  rawRequest: {
    inputs: {
      url: "/api/v4/media/",
      method: "POST",
      data: '{"name":"x"}',
      queryParams: [{ key: "keyword", value: "spring" }],
      responseType: "json",
    },
    requests: [
      {
        method: "POST",
        path: "/api/v4/media/",
        query: { keyword: "spring" },
        encoding: "json",
        body: { name: "x" },
        reply: {
          body: {
            id: "9B1E3F5A-2C4D-4E6F-8A9B0C1D2E3F4A5B",
            name: "Spring campaign hero",
            type: "image",
          },
        },
      },
    ],
  },
};
