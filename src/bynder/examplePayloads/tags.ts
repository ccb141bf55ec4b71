import { assetExample } from "./assets";

/** A tag as GET /api/v4/tags/ lists it. */
export const tagExample = {
  id: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B",
  tag: "spring",
  mediaCount: 42,
};

/** Bynder's answer to POST /api/v4/tags/{id}/media/. */
export const tagAddedExample = { message: "Accepted", statuscode: 202 };

/** Remove Tag From Assets' confirmation (Bynder answers 204 with no body). */
export const tagRemovedExample = {
  removed: true,
  tagId: tagExample.id,
  assetIds: [assetExample.id],
};
