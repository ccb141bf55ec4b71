import { ASSET_ID } from "../../examplePayloads/customFields";
import { ASYNC_ASSET_TAGS_PATH, operationDoc } from "../../endpoints";
import { tagNamesInput } from "../../inputs/assets";
import { assetIdInput } from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

/** Brandfolder queues the removal: the tags may still show for a moment after this step. */
const queued = (assetId: string, tags: string[]) => ({
  asynchronous: true as const,
  assetId,
  tags,
  note: "Brandfolder removes these tags in the background; a read right after this step may still show them.",
});

export const removeTagsFromAsset = brandfolderAction({
  label: "Remove Tags From Asset",
  description:
    "Remove tags from an asset by name; Brandfolder does this in the background, so they may show for a moment after.",
  docsUrl: operationDoc("tags", "opIdApiV4AsyncTagsAssetsByAssetKeyDelete"),
  inputs: { assetId: assetIdInput, tags: tagNamesInput },
  method: "DELETE",
  path: ASYNC_ASSET_TAGS_PATH,
  body: { tags: "tags" },
  encoding: "json",
  result: (_data, p) => queued(p.assetId, p.tags ?? []),
  examplePayload: { data: queued(ASSET_ID, ["logo"]) },
});
