import type { ActionVendor } from "../core/actions/vendor";
import type { BynderClient } from "./client/clientFor";
import { clientFor } from "./client/clientFor";
import { BYNDER_PAGING, BYNDER_REFERENCE } from "./endpoints";
import { connectionInput } from "./inputs/common";
import { flattenFormData } from "./inputs/formFields";

/** Bynder as the core's action, Fetch All and dropdown helpers see it. */
export const bynder: ActionVendor<BynderClient> = {
  name: "Bynder",
  reference: BYNDER_REFERENCE,
  connectionInput,
  clientFor,
  paging: BYNDER_PAGING,
  // v4 form endpoints read flat fields only: `metaproperty` maps become `metaproperty.<id>`.
  formFields: flattenFormData,
};
