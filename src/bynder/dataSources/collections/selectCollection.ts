import type { Collection } from "../../examplePayloads/collections";
import { textInput } from "../../../core/inputs/factories";
import { picklist } from "../picklist";
import { COLLECTIONS_PATH } from "../../endpoints";

const PAGE_SIZE = 100;

export const selectCollection = picklist({
  label: "Select Collection",
  description:
    "Pick a collection: the 1,000 newest, or those matching the Search keyword (newest first).",
  inputs: {
    search: textInput({
      label: "Search",
      comments:
        "Keyword to find the collection by. Leave blank to list the 1,000 newest collections.",
      example: "spring",
    }),
  },
  maxRequests: 10,
  order: "api",
  more: { noun: "collections", hint: "type a Search keyword or the ID" },
  pages: {
    request: (params) => ({
      path: COLLECTIONS_PATH,
      query: { keyword: params.search, orderBy: "dateCreated desc" },
    }),
    style: "array",
    pageSize: PAGE_SIZE,
  },
  element: (c: Collection) => ({ key: c.id, label: c.name?.trim() || c.id }),
  example: [{ key: "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B", label: "Spring launch" }],
});
