import { optionDeletedExample } from "../../examplePayloads/metaproperties";
import { metapropertyIdInput, metapropertyOptionIdInput } from "../../inputs/metaproperties";
import { bynderAction } from "../bynderAction";

export const deleteMetapropertyOption = bynderAction({
  label: "Delete Metaproperty Option",
  description: "Permanently delete an option of a metaproperty.",
  inputs: { metapropertyId: metapropertyIdInput, optionId: metapropertyOptionIdInput },
  method: "DELETE",
  path: "/api/v4/metaproperties/{metapropertyId}/options/{optionId}/",
  // Bynder answers 204: confirm what was deleted instead of returning an empty body.
  result: (_data, p) => ({
    deleted: true,
    metapropertyId: p.metapropertyId,
    optionId: p.optionId,
  }),
  examplePayload: { data: optionDeletedExample },
});
