import { collectAll } from "../../../core/paging/paginate";
import type { MetapropertyOption } from "../../examplePayloads/metaproperties";
import { optionalIdInput } from "../../../core/inputs/factories";
import type { Listed } from "../../../core/dataSources/picklist";
import { BYNDER_PAGING, METAPROPERTIES_PATH } from "../../endpoints";
import { picklist } from "../picklist";

interface OptionItem {
  id: string;
  label: string;
}

const MAX_ALL_OPTIONS = 5000;

const optionLabel = (o: MetapropertyOption) => o.label || o.displayLabel || o.name || o.id;

export const selectMetapropertyOption = picklist({
  label: "Select Metaproperty Option",
  description:
    "Select an option of the chosen metaproperty, or of any metaproperty (labelled 'Metaproperty › Option') when none is chosen.",
  inputs: {
    metapropertyId: optionalIdInput({
      label: "Metaproperty ID",
      comments:
        "The metaproperty whose options to list. Leave blank to list the options of every metaproperty.",
      dataSource: "selectMetaproperty",
      example: "8E1F5A9B-0C2D-4E3F-A4B5C6D7E8F90A1B",
    }),
  },
  // One metaproperty's options: up to 5 pages of 1000, in the admin's order. Every metaproperty's
  // options: one call, cut at MAX_ALL_OPTIONS so a huge taxonomy cannot flood the dropdown.
  maxRequests: 5,
  order: "api",
  more: { noun: "options", hint: "choose a Metaproperty ID first, or type the option ID" },
  items: async (client, params, maxRequests): Promise<Listed<OptionItem>> => {
    if (params.metapropertyId) {
      const { items, complete } = await collectAll<MetapropertyOption>(client, {
        request: {
          path: "/api/v4/metaproperties/{metapropertyId}/options/",
          pathParams: { metapropertyId: params.metapropertyId },
        },
        vendor: BYNDER_PAGING,
        style: "array",
        pageSize: 1000,
        maxPages: maxRequests,
      });
      return { items: items.map((o) => ({ id: o.id, label: optionLabel(o) })), complete };
    }
    // One call returns every metaproperty keyed by name, each with its options.
    const { data } = await client.request<
      Record<string, { label?: string; name?: string; options?: MetapropertyOption[] }>
    >({ method: "GET", path: METAPROPERTIES_PATH, query: { options: 1 } });
    const all = Object.values(data ?? {}).flatMap((mp) =>
      (mp.options ?? []).map((o) => ({
        id: o.id,
        label: `${mp.label || mp.name} › ${optionLabel(o)}`,
      })),
    );
    return { items: all.slice(0, MAX_ALL_OPTIONS), complete: all.length <= MAX_ALL_OPTIONS };
  },
  element: (o) => ({ key: o.id, label: o.label }),
  example: [
    { key: "3C7D1E5F-9A2B-4C4D-8E6F0A1B2C3D4E5F", label: "Americas" },
    { key: "2B6C0D4E-8F1A-4B3C-9D5E7F0A1B2C3D4E", label: "EMEA" },
  ],
});
