import { textInput } from "../../../core/inputs/factories";
import { picklist } from "../picklist";
import { MEDIA_PATH } from "../../endpoints";

interface AssetItem {
  id: string;
  name?: string;
  type?: string;
}

/** One bounded page: a portal can hold millions of assets, so the dropdown never loads them all. */
const PAGE_SIZE = 100;

export const selectAsset = picklist({
  label: "Select Asset",
  description:
    "Pick an asset: the 100 most recently modified ones, or those matching the Search keyword.",
  inputs: {
    search: textInput({
      label: "Search",
      comments:
        "Keyword to find the asset by (name, tag, extension...). Leave blank to list the 100 most recently modified assets.",
      example: "spring",
    }),
  },
  maxRequests: 1,
  order: "api",
  more: { noun: "assets", hint: "type a Search keyword or the ID" },
  pages: {
    // Without total or count, Bynder answers a bare array.
    request: (params) => ({
      path: MEDIA_PATH,
      query: { keyword: params.search, orderBy: "dateModified desc" },
    }),
    style: "array",
    pageSize: PAGE_SIZE,
  },
  element: (asset: AssetItem) => ({
    key: asset.id,
    label: `${asset.name?.trim() || asset.id}${asset.type ? ` (${asset.type})` : ""}`,
  }),
  example: [
    {
      key: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
      label: "Spring campaign hero (image)",
    },
  ],
});
