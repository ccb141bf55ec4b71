import { textInput } from "../../../core/inputs/factories";
import { picklist } from "../picklist";

interface Group {
  id: string;
  name?: string;
}

/** Bynder's documented default page size for groups; it documents no maximum, so none is assumed. */
const PAGE_SIZE = 20;

export const selectGroup = picklist({
  label: "Select Group",
  description:
    "Pick a user group (up to 400, A to Z), or those matching the Search keyword; needs the GROUPMANAGEMENT role.",
  inputs: {
    search: textInput({
      label: "Search",
      comments: "Part of the group's name. Leave blank to list the first 400 groups.",
      example: "Marketing",
    }),
  },
  maxRequests: 20,
  order: "label",
  more: { noun: "groups", hint: "type a Search keyword or the ID" },
  pages: {
    request: (params) => ({
      path: "/api/groups/list/",
      query: { search_term: params.search, sort_order: "asc" },
    }),
    style: "array",
    pageSize: PAGE_SIZE,
  },
  element: (g: Group) => ({ key: g.id, label: g.name?.trim() || g.id }),
  example: [{ key: "6D4B2A19-3E5F-4C7D-9A1B2C3D4E5F6A7B", label: "Marketing" }],
});
