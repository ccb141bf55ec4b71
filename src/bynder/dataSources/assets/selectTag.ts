import { textInput } from "../../../core/inputs/factories";
import { picklist } from "../picklist";
import { TAGS_PATH } from "../../endpoints";

interface TagItem {
  id: string;
  tag?: string;
}

const PAGE_SIZE = 1000;

export const selectTag = picklist({
  label: "Select Tag",
  description:
    "Pick a tag: the 5,000 most used ones (A to Z), or those matching the Search keyword.",
  inputs: {
    search: textInput({
      label: "Search",
      comments:
        "Keyword to find the tag by. Leave blank to list the 5,000 tags used on the most assets.",
      example: "spring",
    }),
  },
  // Tags cannot be sorted by date: the most used come first, so a cut list keeps the useful ones.
  maxRequests: 5,
  order: "label",
  more: { noun: "tags", hint: "type a Search keyword or the ID" },
  pages: {
    request: (params) => ({
      path: TAGS_PATH,
      query: { keyword: params.search, orderBy: "mediaCount desc" },
    }),
    style: "array",
    pageSize: PAGE_SIZE,
  },
  element: (tag: TagItem) => ({ key: tag.id, label: tag.tag?.trim() || tag.id }),
  example: [{ key: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B", label: "spring" }],
});
