/** A realistic Bynder asset, as GET /api/v4/media/{id}/ returns it. Also used as simulator and test fixture. */
export const assetExample = {
  id: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
  name: "Spring campaign hero",
  description: "Hero image for the spring product launch.",
  copyright: "© Acme Inc.",
  brandId: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F",
  type: "image",
  extension: ["jpg"],
  fileSize: 2483921,
  width: 3000,
  height: 2000,
  orientation: "landscape",
  archive: 0,
  limited: 0,
  isPublic: 0,
  watermarked: 0,
  tags: ["spring", "hero"],
  idHash: "5c9e4d2a1b7f3e60",
  userCreated: "Jane Doe",
  dateCreated: "2026-03-02T09:15:27Z",
  dateModified: "2026-03-10T14:02:11Z",
  datePublished: "2026-03-02T09:10:00Z",
  property_Region: ["EMEA"],
  thumbnails: {
    mini: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/mini-Spring_campaign_hero.jpg",
    thul: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/thul-Spring_campaign_hero.jpg",
    webimage: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/webimage-Spring_campaign_hero.jpg",
  },
};

/**
 * One page of assets as List Assets and Search Assets return it: `nextPage` (null on the last page)
 * and `hasMore` let a loop walk a library page by page (documentation/bynder/largeLibraries.md).
 */
export const assetListExample = {
  media: [assetExample],
  total: { count: 1 },
  nextPage: null as number | null,
  hasMore: false,
};

/**
 * List Assets with Fetch All on (its default): `total.count` is Bynder's total, `fetched` how many
 * came back, `complete` whether that is all, and `truncated` (null when complete) says why not,
 * e.g. `{cause: "maxItems", reason: "Stopped at Max Items (5,000 assets); Bynder reports 12,345
 * in all."}`; `cause` is `maxItems`, `maxPages` or `changed` (the list kept moving under the walk).
 */
export const assetFetchAllExample = {
  media: [assetExample],
  total: { count: 1 },
  fetched: 1,
  complete: true,
  truncated: null as { cause: string; reason: string } | null,
};

/** Bynder's answer to POST /api/v4/media/{id}/ (modify). */
export const assetModifiedExample = { message: "Accepted", statuscode: 202 };

/** Bynder's answer to POST /api/media/options. */
export const assetOptionsAddedExample = { message: "Created", statuscode: 201 };

/** Delete Asset's confirmation (Bynder itself answers 204 with no body). */
export const assetDeletedExample = { deleted: true, id: assetExample.id };

/** Delete Asset Metaproperty Options' confirmation (Bynder answers 204 with no body). */
export const assetOptionsRemovedExample = {
  removed: true,
  assetId: assetExample.id,
  metapropertyId: "B1A2C3D4-E5F6-4A7B-8C9D0E1F2A3B4C5D",
  metapropertyOptionIds: ["C2B3D4E5-F6A7-4B8C-9D0E1F2A3B4C5D6E"],
};
