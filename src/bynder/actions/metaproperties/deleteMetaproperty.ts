import { metapropertyDeletedExample } from "../../examplePayloads/metaproperties";
import { metapropertyIdInput } from "../../inputs/metaproperties";
import { bynderAction } from "../bynderAction";

export const deleteMetaproperty = bynderAction({
  label: "Delete Metaproperty",
  description:
    "Permanently delete a metaproperty and its options; needs the METAPROPERTYMANAGEMENT or METAMANAGEMENT role.",
  inputs: { metapropertyId: metapropertyIdInput },
  method: "DELETE",
  path: "/api/v4/metaproperties/{metapropertyId}/",
  // Bynder answers 204 with no body: confirm what was deleted instead.
  result: (_data, p) => ({ deleted: true, metapropertyId: p.metapropertyId }),
  examplePayload: { data: metapropertyDeletedExample },
});
