import { collectAll } from "../../client/paginate";
import { picklist } from "../picklist";

interface TagItem {
  id: string;
  tag?: string;
}

export const selectTag = picklist({
  label: "Select Tag",
  description: "Pick a tag from every tag in the portal.",
  items: async (client) => {
    const { items } = await collectAll<TagItem>(client, {
      request: { path: "/api/v4/tags/", query: { orderBy: "tag asc" } },
      style: "array",
      pageSize: 1000,
    });
    return items;
  },
  element: (tag) => ({ key: tag.id, label: tag.tag?.trim() || tag.id }),
  example: [{ key: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B", label: "spring" }],
});
