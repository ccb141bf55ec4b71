import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import {
  collectionAssetsRemovedExample,
  collectionExample,
  collectionListResultExample,
} from "../../../src/bynder/examplePayloads/collections";
import type { Contracts } from "./types";

const ID = collectionExample.id;
const ASSET_B = "5B3D2F40-9C8E-4F60-8B1C2D3E4F5A6B7C";
const GROUP = "6D4B2A19-3E5F-4C7D-9A1B2C3D4E5F6A7B";
const PROFILE = "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B";
/** 120 asset IDs: Remove Assets From Collection sends them in batches of 50, 50 and 20. */
const MANY = Array.from({ length: 120 }, (_, i) => `ASSET-${String(i).padStart(3, "0")}`);

export const collectionsContracts: Contracts = {
  createCollection: {
    inputs: {
      name: "Spring launch",
      description: "Approved visuals for the spring product launch.",
    },
    requests: [
      {
        method: "POST",
        path: "/api/v4/collections/",
        encoding: "form",
        body: {
          name: "Spring launch",
          description: "Approved visuals for the spring product launch.",
        },
        reply: {
          status: 201,
          body: { message: "Created", statuscode: 201 },
          headers: { Location: `https://acme.bynder.com/api/v4/collections/${ID}/` },
        },
      },
      // GET answers without the ID: the action adds the one from Location.
      {
        method: "GET",
        path: `/api/v4/collections/${ID}/`,
        reply: { body: { ...collectionExample, id: undefined } },
      },
    ],
  },
  getCollection: {
    inputs: { id: ID },
    requests: [
      { method: "GET", path: `/api/v4/collections/${ID}/`, reply: { body: collectionExample } },
    ],
  },
  // Fetch All is the seed's default; Count asks Bynder's total on page 1 only.
  listCollections: {
    inputs: {
      page: "2",
      limit: "10",
      count: "true",
      fetchAll: "true",
      extraParameters: [{ key: "isPublic", value: "true" }],
    },
    requests: [
      {
        method: "GET",
        path: "/api/v4/collections/",
        query: {
          isPublic: "true",
          count: "1",
          page: "1",
          limit: "1000",
          total: "1",
          orderBy: "dateCreated asc",
        },
        reply: { body: { collections: collectionListResultExample.collections, count: 1 } },
      },
    ],
  },
  updateCollection: {
    inputs: { id: ID, name: "Spring launch (final)", description: "", isPublic: "false" },
    requests: [
      {
        method: "POST",
        path: `/api/v4/collections/${ID}/`,
        encoding: "form",
        body: { name: "Spring launch (final)", isPublic: "false" },
        reply: { status: 201, body: { message: "Created", statuscode: 201 } },
      },
    ],
  },
  deleteCollection: {
    inputs: { id: ID },
    requests: [
      { method: "DELETE", path: `/api/v4/collections/${ID}/`, reply: { status: 204, body: "" } },
    ],
  },
  shareCollection: {
    inputs: {
      id: ID,
      collectionOptions: "edit",
      recipients: ["jane.doe@acme.com", "john@acme.com"],
      groups: [GROUP],
      profiles: [PROFILE],
      loginRequired: "true",
      dateStart: "2026-03-01T09:00:00Z",
      dateEnd: "2026-06-30T23:59:59Z",
      sendMail: "false",
      message: "Here are the approved spring visuals.",
      data: '{"extra": "x"}',
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/collections/${ID}/share/`,
        encoding: "form",
        body: {
          collectionOptions: "edit",
          recipients: "jane.doe@acme.com,john@acme.com",
          groups: GROUP,
          profiles: PROFILE,
          loginRequired: "true",
          dateStart: "2026-03-01T09:00:00Z",
          dateEnd: "2026-06-30T23:59:59Z",
          sendMail: "false",
          message: "Here are the approved spring visuals.",
          extra: "x",
        },
        reply: { status: 202, body: { message: "Accepted", statuscode: 202 } },
      },
    ],
  },
  addAssetsToCollection: {
    inputs: { id: ID, assetIds: [assetExample.id, ASSET_B] },
    requests: [
      {
        method: "POST",
        path: `/api/v4/collections/${ID}/media/`,
        encoding: "form",
        body: { data: JSON.stringify([assetExample.id, ASSET_B]) },
        reply: { status: 202, body: { message: "Accepted", statuscode: 202 } },
      },
    ],
  },
  removeAssetsFromCollection: {
    inputs: { id: ID, assetIds: MANY },
    requests: [0, 50, 100].map((start) => ({
      method: "DELETE" as const,
      path: `/api/v4/collections/${ID}/media/`,
      query: { deleteIds: MANY.slice(start, start + 50).join(",") },
      reply: { status: 204, body: "" },
    })),
    expected: { ...collectionAssetsRemovedExample, assetIds: MANY, requests: 3 },
  },
  listCollectionAssets: {
    inputs: { id: ID, includeAssetDetails: "true" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/media/",
        query: { collectionId: ID, page: "1", limit: "1000", total: "1" },
        reply: { body: { media: [assetExample], total: { count: 1 } } },
      },
    ],
  },
};
