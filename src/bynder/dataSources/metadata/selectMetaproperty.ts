import type { Metaproperty } from "../../examplePayloads/metaproperties";
import { picklist } from "../picklist";
import { METAPROPERTIES_PATH } from "../../endpoints";

export const selectMetaproperty = picklist({
  label: "Select Metaproperty",
  description: "Select a metaproperty.",
  // One unpaginated call; options=0 keeps it fast on portals with large taxonomies.
  maxRequests: 1,
  order: "label",
  more: { noun: "metaproperties" },
  items: async (client) => {
    const { data } = await client.request<Record<string, Metaproperty>>({
      method: "GET",
      path: METAPROPERTIES_PATH,
      query: { options: 0 },
    });
    // Bynder answers an object keyed by metaproperty name, not an array.
    return { items: data && typeof data === "object" ? Object.values(data) : [], complete: true };
  },
  element: (mp) => ({ key: mp.id, label: mp.label || mp.name || mp.id }),
  example: [{ key: "8E1F5A9B-0C2D-4E3F-A4B5C6D7E8F90A1B", label: "Region" }],
});
