import { assetExample } from "../../examplePayloads/assets";
import { assetIdInput } from "../../inputs/assets";
import { flagInput } from "../../../core/inputs/factories";
import { bynderAction } from "../bynderAction";

export const getAsset = bynderAction({
  label: "Get Asset",
  description:
    "Retrieve one asset with its metadata, optionally including its media items and view/download statistics.",
  inputs: {
    id: assetIdInput,
    versions: flagInput({
      label: "Versions",
      comments: "Include information about the different asset media items including versions.",
    }),
    stats: flagInput({
      label: "Stats",
      comments: "Include information about views and downloads.",
    }),
  },
  method: "GET",
  path: "/api/v4/media/{id}/",
  query: { versions: (p) => (p.versions ? 1 : undefined), stats: (p) => (p.stats ? 1 : undefined) },
  examplePayload: { data: assetExample },
});
