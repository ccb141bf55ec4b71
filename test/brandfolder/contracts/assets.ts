import {
  assetExample,
  collectionExample,
  collectionGetExample,
  COLLECTION_ID,
  SECTION_ID,
  sectionExample,
  TAG_ID,
  tagExample,
  tagGetExample,
} from "../../../src/brandfolder/examplePayloads/assets";
import { ASSET_ID, BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";
import type { Contracts } from "./types";

const lastPage = {
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: 1,
};
const midPage = { current_page: 2, next_page: 3, prev_page: 1, total_pages: 3, total_count: 250 };
const url = "https://example.com/files/logo.png";

export const assetsContracts: Contracts = {
  listAssets: {
    inputs: {
      parent: "brandfolders",
      parentId: BRANDFOLDER_ID,
      include: "section",
      sortBy: "updated_at",
      order: "DESC",
    },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BRANDFOLDER_ID}/assets`,
        query: { include: "section", sort_by: "updated_at", order: "DESC" },
        // Brandfolder's raw document: the example payload is this with `related` resolved.
        reply: { body: { data: [assetExample], included: [sectionExample], meta: lastPage } },
      },
    ],
  },
  getAsset: {
    inputs: { assetId: ASSET_ID, fields: "created_at" },
    requests: [
      { method: "GET", path: `/api/v4/assets/${ASSET_ID}`, query: { fields: "created_at" } },
    ],
  },
  createAssets: {
    inputs: {
      parent: "brandfolders",
      parentId: BRANDFOLDER_ID,
      sectionId: SECTION_ID,
      name: "Acme logo",
      attachmentUrls: [url],
      moreAssets: '[{"name": "Banner"}]',
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BRANDFOLDER_ID}/assets`,
        body: {
          data: { attributes: [{ name: "Acme logo", attachments: [{ url }] }, { name: "Banner" }] },
          section_key: SECTION_ID,
        },
      },
    ],
  },
  updateAsset: {
    inputs: { assetId: ASSET_ID, name: "Acme logo", approved: "true" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/assets/${ASSET_ID}`,
        body: { data: { attributes: { name: "Acme logo", approved: true } } },
      },
    ],
  },
  deleteAsset: {
    inputs: { assetId: ASSET_ID },
    requests: [{ method: "DELETE", path: `/api/v4/assets/${ASSET_ID}`, reply: { body: {} } }],
  },
  listAssetTags: {
    inputs: { assetId: ASSET_ID, page: "2", per: "100" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/assets/${ASSET_ID}/tags`,
        query: { page: "2", per: "100" },
        reply: { body: { data: [tagExample], meta: midPage } },
      },
    ],
    expected: { data: [tagExample], meta: midPage, nextPage: 3, hasMore: true },
  },
  addTagsToAsset: {
    inputs: { assetId: ASSET_ID, tags: ["logo"] },
    requests: [
      {
        method: "POST",
        path: `/api/v4/assets/${ASSET_ID}/tags`,
        body: { data: { attributes: [{ name: "logo" }] } },
      },
    ],
  },
  removeTagsFromAsset: {
    inputs: { assetId: ASSET_ID, tags: ["logo"] },
    requests: [
      {
        method: "DELETE",
        path: `/api/v4/async/tags/assets/${ASSET_ID}`,
        body: { tags: ["logo"] },
        reply: { body: {} },
      },
    ],
  },
  updateTag: {
    inputs: { tagId: TAG_ID, name: "logo" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/tags/${TAG_ID}`,
        body: { data: { attributes: { name: "logo" } } },
        reply: { body: tagGetExample },
      },
    ],
  },
  listCollections: {
    inputs: { page: "1" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/collections",
        query: { page: "1" },
        reply: { body: { data: [collectionExample], meta: lastPage } },
      },
    ],
  },
  getCollection: {
    inputs: { collectionId: COLLECTION_ID },
    requests: [{ method: "GET", path: `/api/v4/collections/${COLLECTION_ID}` }],
  },
  createCollection: {
    inputs: {
      brandfolderId: BRANDFOLDER_ID,
      name: "Spring campaign",
      tagline: "Everything for spring",
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BRANDFOLDER_ID}/collections`,
        body: {
          data: { attributes: { name: "Spring campaign", tagline: "Everything for spring" } },
        },
        reply: { body: collectionGetExample },
      },
    ],
  },
  updateCollection: {
    inputs: { collectionId: COLLECTION_ID, slug: "spring-campaign" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/collections/${COLLECTION_ID}`,
        body: { data: { attributes: { slug: "spring-campaign" } } },
        reply: { body: collectionGetExample },
      },
    ],
  },
  deleteCollection: {
    inputs: { collectionId: COLLECTION_ID },
    requests: [
      { method: "DELETE", path: `/api/v4/collections/${COLLECTION_ID}`, reply: { body: {} } },
    ],
  },
  listCollectionTags: {
    inputs: { collectionId: COLLECTION_ID },
    requests: [
      {
        method: "GET",
        path: `/api/v4/collections/${COLLECTION_ID}/tags`,
        reply: { body: { data: [tagExample], meta: lastPage } },
      },
    ],
  },
};
