import { declarativeAction } from "../core/actions/declarativeAction";
import type { ActionVendor } from "../core/actions/vendor";
import { type BrandfolderClient, clientFor } from "./client";
import { BRANDFOLDER_PAGING, BRANDFOLDER_REFERENCE } from "./endpoints";
import { connectionInput } from "./inputs/common";

/** Brandfolder as the core's action, Fetch All and dropdown helpers see it. */
export const brandfolder: ActionVendor<BrandfolderClient> = {
  name: "Brandfolder",
  reference: BRANDFOLDER_REFERENCE,
  connectionInput,
  clientFor,
  paging: BRANDFOLDER_PAGING,
};

/** Turns a declarative description into an ordinary spectral action against Brandfolder. */
export const brandfolderAction = declarativeAction(brandfolder);
