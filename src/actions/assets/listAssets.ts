import { assetExample } from "../../examplePayloads/assets";
import { extraParametersInput, fetchAllInput, pageInput } from "../../inputs/common";
import { flagInput, integerInput } from "../../inputs/factories";
import { bynderAction } from "../bynderAction";

export const listAssets = bynderAction({
  label: "List Assets",
  description:
    "List assets as {media: [...], total: {count}} whether Fetch All is on (every page, 1000 at a time) or off (one page).",
  inputs: {
    page: pageInput,
    limit: integerInput({
      label: "Limit",
      comments: "Maximum number of results. Maximum: 1000. Default: 50",
      min: 1,
      max: 1000,
      example: "50",
    }),
    count: flagInput({
      label: "Count",
      comments:
        "Indicating whether or not the response should include count results. This parameter when passed as true overrides the total parameter.",
    }),
    total: flagInput({
      label: "Total",
      comments: "Indicating whether or not the response should include the total count of results.",
    }),
    fetchAll: { ...fetchAllInput, default: "true" },
    extraParameters: extraParametersInput,
  },
  method: "GET",
  path: "/api/v4/media/",
  query: {
    page: "page",
    limit: "limit",
    count: (p) => (p.count ? 1 : undefined),
    total: (p) => (p.total ? 1 : undefined),
  },
  extraQueryInput: "extraParameters",
  pagination: { style: "envelope", itemsKey: "media", pageSize: 1000, fetchAllInput: "fetchAll" },
  examplePayload: { data: { media: [assetExample], total: { count: 1 } } },
});
