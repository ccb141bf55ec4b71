import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { tagExample } from "../../../src/bynder/examplePayloads/tags";
import type { Contracts } from "./types";

const TAG = tagExample.id;
const OTHER_ASSET = "5B3D2F4A-9C8E-4F6A-8B1C2D3E4F5A6B7C";

/** A full page of 1000 tags (then a short page) proves Fetch All follows the pages. */
const fullPage = Array.from({ length: 1000 }, (_, i) => ({
  id: `TAG-${String(i).padStart(4, "0")}`,
  tag: `tag ${i}`,
  mediaCount: i,
}));

export const tagsContracts: Contracts = {
  addTagToAssets: {
    inputs: { id: TAG, assetIds: [assetExample.id, OTHER_ASSET] },
    requests: [
      {
        method: "POST",
        path: `/api/v4/tags/${TAG}/media/`,
        encoding: "form",
        body: { data: JSON.stringify([assetExample.id, OTHER_ASSET]) },
        reply: { status: 202, body: { message: "Accepted", statuscode: 202 } },
      },
    ],
  },
  listTags: {
    inputs: {
      keyword: "spr",
      orderBy: "mediaCount desc",
      page: "4",
      limit: "20",
      fetchAll: "true",
    },
    requests: [
      {
        method: "GET",
        path: "/api/v4/tags/",
        query: { keyword: "spr", orderBy: "mediaCount desc", page: "1", limit: "1000" },
        reply: { body: fullPage },
      },
      {
        method: "GET",
        path: "/api/v4/tags/",
        // The next window reads the last 50 of page 1 again, which joins the two reads.
        query: { keyword: "spr", orderBy: "mediaCount desc", page: "2", limit: "950" },
        reply: { body: [...fullPage.slice(950), tagExample] },
      },
    ],
    expected: [...fullPage, tagExample],
  },
  removeTagFromAssets: {
    inputs: { id: TAG, assetIds: `${assetExample.id}, ${OTHER_ASSET}` },
    requests: [
      {
        method: "DELETE",
        path: `/api/v4/tags/${TAG}/media/`,
        query: { deleteIds: `${assetExample.id},${OTHER_ASSET}` },
        reply: { status: 204, body: "" },
      },
    ],
    expected: {
      removed: true,
      tagId: TAG,
      assetIds: [assetExample.id, OTHER_ASSET],
    },
  },
};
