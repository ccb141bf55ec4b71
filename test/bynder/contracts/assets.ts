import {
  assetDeletedExample,
  assetExample,
  assetOptionsRemovedExample,
} from "../../../src/bynder/examplePayloads/assets";
import { brandExample } from "../../../src/bynder/examplePayloads/brands";
import type { Contracts } from "./types";

const ID = assetExample.id;
const METAPROPERTY = assetOptionsRemovedExample.metapropertyId;
const OPTION_A = "C2B3D4E5-F6A7-4B8C-9D0E1F2A3B4C5D6E";
const OPTION_B = "D3C4E5F6-A7B8-4C9D-8E0F1A2B3C4D5E6F";
const SECOND_METAPROPERTY = "E4D5F6A7-B8C9-4D0E-9F1A2B3C4D5E6F7A";
const BRAND = assetExample.brandId;
const COLLECTION = "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B";

/** A full page of 1000 assets (then a short page) proves Fetch All follows the pages. */
const fullPage = Array.from({ length: 1000 }, (_, i) => ({
  ...assetExample,
  id: `ASSET-${String(i).padStart(4, "0")}`,
}));

export const assetContracts: Contracts = {
  addAssetMetapropertyOptions: {
    inputs: {
      assetId: ID,
      metapropertyId: METAPROPERTY,
      metapropertyOptionsIds: [OPTION_A, OPTION_B],
    },
    requests: [
      {
        method: "POST",
        path: "/api/media/options",
        encoding: "json",
        body: {
          asset_id: ID,
          metaproperty_id: METAPROPERTY,
          metaproperty_option_ids: [OPTION_A, OPTION_B],
        },
        reply: { status: 201, body: { message: "Created", statuscode: 201 } },
      },
    ],
  },
  deleteAssetMetapropertyOptions: {
    inputs: { assetId: ID, metapropertyId: METAPROPERTY, metapropertyOptionsIds: [OPTION_A] },
    requests: [
      {
        method: "DELETE",
        path: "/api/media/options",
        encoding: "json",
        body: { asset_id: ID, metaproperty_id: METAPROPERTY, metaproperty_option_ids: [OPTION_A] },
        reply: { status: 204, body: "" },
      },
    ],
  },
  deleteAsset: {
    inputs: { id: ID },
    requests: [
      { method: "DELETE", path: `/api/v4/media/${ID}/`, reply: { status: 204, body: "" } },
    ],
    expected: assetDeletedExample,
  },
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
  // Fetch All is List Assets' default: a full page of 1000, then a short page, merged into one list.
  listAssets: {
    inputs: {
      fetchAll: "true",
      page: "3",
      limit: "10",
      count: "false",
      extraParameters: [{ key: "type", value: "image" }],
    },
    requests: [
      {
        method: "GET",
        path: "/api/v4/media/",
        query: { total: "1", type: "image", page: "1", limit: "1000", orderBy: "dateCreated asc" },
        reply: { body: { media: fullPage, total: { count: 1001 } } },
      },
      {
        method: "GET",
        path: "/api/v4/media/",
        // The next window reads the last 50 of page 1 again, which joins the two reads.
        query: { total: "1", type: "image", page: "2", limit: "950", orderBy: "dateCreated asc" },
        reply: { body: { media: [...fullPage.slice(950), assetExample], total: { count: 1001 } } },
      },
    ],
    expected: {
      media: [...fullPage, assetExample],
      total: { count: 1001 },
      fetched: 1001,
      complete: true,
      truncated: null,
    },
  },
  searchAssets: {
    inputs: {
      keyword: "spring",
      type: "image",
      tags: ["spring", "hero"],
      brandId: BRAND,
      collectionId: COLLECTION,
      propertyOptionIds: [OPTION_A, OPTION_B],
      dateCreatedFrom: "2026-03-01",
      dateCreatedTo: "2026-03-31T23:59:59Z",
      dateModifiedFrom: "2026-03-05T00:00:00Z",
      dateModifiedTo: "2026-03-20T00:00:00+01:00",
      orderBy: "dateModified desc",
      limit: "25",
      page: "1",
      fetchAll: "false",
      extraParameters: [{ key: "orientation", value: "landscape" }],
    },
    requests: [
      // A typed Brand ID is classified once: here it is a brand, so it is sent as brandId.
      { method: "GET", path: "/api/v4/brands/", reply: { body: [brandExample] } },
      {
        method: "GET",
        path: "/api/v4/media/",
        query: {
          keyword: "spring",
          type: "image",
          tags: "spring,hero",
          brandId: BRAND,
          collectionId: COLLECTION,
          propertyOptionId: `${OPTION_A},${OPTION_B}`,
          dateCreated: "2026-03-01",
          dateCreatedTo: "2026-03-31T23:59:59Z",
          dateModified: "2026-03-05T00:00:00Z",
          dateModifiedTo: "2026-03-20T00:00:00+01:00",
          orderBy: "dateModified desc",
          limit: "25",
          page: "1",
          total: "1",
          orientation: "landscape",
        },
        reply: { body: { media: [assetExample], total: { count: 1 } } },
      },
    ],
  },
  setAssetMetaproperties: {
    inputs: {
      assetId: ID,
      metaproperties: [
        { key: METAPROPERTY, value: `${OPTION_A}, ${OPTION_B}` },
        { key: `metaproperty.${SECOND_METAPROPERTY}`, value: OPTION_A },
      ],
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/media/${ID}/`,
        encoding: "form",
        body: {
          [`metaproperty.${METAPROPERTY}`]: `${OPTION_A},${OPTION_B}`,
          [`metaproperty.${SECOND_METAPROPERTY}`]: OPTION_A,
        },
        reply: { status: 202, body: { message: "Accepted", statuscode: 202 } },
      },
    ],
  },
  updateAsset: {
    inputs: {
      id: ID,
      name: "Spring campaign hero v2",
      description: "",
      copyright: "© Acme Inc. 2026",
      data: '{"tags": "spring,hero", "datePublished": "2026-03-02T09:10:00Z"}',
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/media/${ID}/`,
        encoding: "form",
        // The blank description is not sent, so Bynder keeps the current one.
        body: {
          name: "Spring campaign hero v2",
          copyright: "© Acme Inc. 2026",
          tags: "spring,hero",
          datePublished: "2026-03-02T09:10:00Z",
        },
        reply: { status: 202, body: { message: "Accepted", statuscode: 202 } },
      },
    ],
  },
};
