/** A collection as GET /api/v4/collections/{id}/ returns it. Bynder's dates here are not ISO 8601. */
export interface Collection {
  id: string;
  name: string;
  description?: string;
  dateCreated?: string;
  dateModified?: string;
  isPublic?: boolean;
  [field: string]: unknown;
}

const COLLECTION_ID = "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B";
const USER_ID = "8B2D4F6A-1C3E-4A5B-9D7F0E2C4A6B8D1F";
const ASSET_ID = "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B";

export const collectionExample: Collection = {
  id: COLLECTION_ID,
  name: "Spring launch",
  description: "Approved visuals for the spring product launch.",
  userId: USER_ID,
  user: { id: USER_ID, name: "Jane Doe" },
  filename: "spring_launch",
  collectionCount: 2,
  isPublic: false,
  views: 14,
  dateCreated: "March, 02 2026 09:20:41 +0000",
  dateModified: "March, 10 2026 14:05:02 +0000",
  link: "https://acme.bynder.com/collections/view/9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B/",
  cover: {
    thumbnail: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/thul-Spring_campaign_hero.jpg",
    thumbnails: ["https://acme.bynder.com/m/5c9e4d2a1b7f3e60/thul-Spring_campaign_hero.jpg"],
    large: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/webimage-Spring_campaign_hero.jpg",
  },
};

export const collectionListExample: Collection[] = [collectionExample];

/** List Collections' result with Fetch All (its default); one page has only `collections`. */
export const collectionListResultExample = {
  collections: collectionListExample,
  total: { count: 1 },
  fetched: 1,
  complete: true,
  truncated: null,
};

/** Bynder's answer to POST /api/v4/collections/{id}/ (modify). */
export const collectionModifiedExample = { message: "Created", statuscode: 201 };

/** Bynder's answer to POST /api/v4/collections/{id}/share/. */
export const collectionSharedExample = { message: "Accepted", statuscode: 202 };

/** Bynder's answer to POST /api/v4/collections/{id}/media/. */
export const collectionAssetsAddedExample = { message: "Accepted", statuscode: 202 };

export const collectionDeletedExample = { deleted: true, id: COLLECTION_ID };

/** Remove Assets From Collection's confirmation (Bynder answers 204 per batch). */
export const collectionAssetsRemovedExample = {
  removed: true,
  collectionId: COLLECTION_ID,
  assetIds: [ASSET_ID],
  requests: 1,
};

/** GET /api/v4/collections/{id}/media/ returns bare asset IDs. */
export const collectionAssetIdsExample = [ASSET_ID, "5B3D2F40-9C8E-4F60-8B1C2D3E4F5A6B7C"];
