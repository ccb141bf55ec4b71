import { metapropertiesByNameExample } from "../../examplePayloads/metaproperties";
import { valueListInput } from "../../../core/inputs/factories";
import { assetTypesInput, countInput, includeOptionsInput } from "../../inputs/metaproperties";
import { bynderAction } from "../bynderAction";
import { METAPROPERTIES_PATH } from "../../endpoints";

export const listMetaproperties = bynderAction({
  label: "List Metaproperties",
  description:
    "Retrieve all metaproperties (or those with the given IDs) as an object keyed by metaproperty name, optionally with their options and asset counts per option.",
  inputs: {
    count: countInput,
    type: assetTypesInput,
    options: includeOptionsInput("false"),
    ids: valueListInput({
      label: "IDs",
      comments: "List of metaproperty ids. Will return a metaproperty for each existing id.",
      dataSource: "selectMetaproperty",
      example: "8E1F5A9B-0C2D-4E3F-A4B5C6D7E8F90A1B",
    }),
  },
  method: "GET",
  path: METAPROPERTIES_PATH,
  query: {
    count: (p) => (p.count ? 1 : undefined),
    type: "type",
    options: (p) => (p.options ? 1 : 0),
    ids: "ids",
  },
  examplePayload: { data: metapropertiesByNameExample },
});
