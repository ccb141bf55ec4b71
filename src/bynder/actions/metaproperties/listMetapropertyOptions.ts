import {
  metapropertyOptionExample,
  secondOptionExample,
} from "../../examplePayloads/metaproperties";
import { fetchAllInput, limitInput, pageInput } from "../../inputs/common";
import { textInput } from "../../../core/inputs/factories";
import { metapropertyIdInput } from "../../inputs/metaproperties";
import { maxOptionsInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";

export const listMetapropertyOptions = bynderAction({
  label: "List Metaproperty Options",
  description:
    "List the options of a metaproperty as an array, one page or (with Fetch All) every page, optionally filtered by name or external reference.",
  inputs: {
    metapropertyId: metapropertyIdInput,
    name: textInput({
      label: "Name",
      comments: "Return only the options with this name.",
      example: "emea",
    }),
    externalReference: textInput({
      label: "External Reference",
      comments: "Return only the options with this external reference.",
      example: "REGION-001",
    }),
    page: pageInput,
    limit: limitInput,
    fetchAll: fetchAllInput,
    maxItems: maxOptionsInput,
  },
  method: "GET",
  path: "/api/v4/metaproperties/{metapropertyId}/options/",
  query: {
    name: "name",
    externalReference: "externalReference",
    page: "page",
    limit: "limit",
  },
  pagination: {
    style: "array",
    pageSize: 1000,
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "options",
  },
  examplePayload: { data: [metapropertyOptionExample, secondOptionExample] },
});
