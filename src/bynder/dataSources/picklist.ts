import { picklistFor } from "../../core/dataSources/picklist";
import { bynder } from "../vendor";

/** A bounded Bynder dropdown (see src/core/dataSources/picklist.ts). */
export const picklist = picklistFor(bynder);
