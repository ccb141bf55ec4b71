import { metapropertyExample } from "../../examplePayloads/metaproperties";
import {
  assetTypesInput,
  countInput,
  includeOptionsInput,
  metapropertyIdInput,
} from "../../inputs/metaproperties";
import { bynderAction } from "../bynderAction";

export const getMetaproperty = bynderAction({
  label: "Get Metaproperty",
  description:
    "Retrieve one metaproperty with its settings, optionally with its options and asset counts per option.",
  inputs: {
    metapropertyId: metapropertyIdInput,
    count: countInput,
    type: assetTypesInput,
    options: includeOptionsInput("true"),
  },
  method: "GET",
  path: "/api/v4/metaproperties/{metapropertyId}/",
  query: {
    count: (p) => (p.count ? 1 : undefined),
    type: "type",
    options: (p) => (p.options ? 1 : 0),
  },
  examplePayload: { data: metapropertyExample },
});
