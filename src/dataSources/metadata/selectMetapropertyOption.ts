import { collectAll } from "../../client/paginate";
import type { MetapropertyOption } from "../../examplePayloads/metaproperties";
import { metapropertyIdInput } from "../../inputs/metaproperties";
import { picklist } from "../picklist";

export const selectMetapropertyOption = picklist({
  label: "Select Metaproperty Option",
  description: "Select an option of the chosen metaproperty.",
  inputs: { metapropertyId: metapropertyIdInput },
  items: async (client, params) => {
    const { items } = await collectAll<MetapropertyOption>(client, {
      request: {
        path: "/api/v4/metaproperties/{metapropertyId}/options/",
        pathParams: { metapropertyId: params.metapropertyId },
      },
      style: "array",
      pageSize: 1000,
    });
    return items;
  },
  element: (o) => ({ key: o.id, label: o.label || o.displayLabel || o.name || o.id }),
  example: [
    { key: "3C7D1E5F-9A2B-4C4D-8E6F0A1B2C3D4E5F", label: "Americas" },
    { key: "2B6C0D4E-8F1A-4B3C-9D5E7F0A1B2C3D4E", label: "EMEA" },
  ],
});
