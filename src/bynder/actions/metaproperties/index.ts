import { createMetaproperty } from "./createMetaproperty";
import { createMetapropertyOption } from "./createMetapropertyOption";
import { deleteMetaproperty } from "./deleteMetaproperty";
import { deleteMetapropertyOption } from "./deleteMetapropertyOption";
import { getMetaproperty } from "./getMetaproperty";
import { listMetaproperties } from "./listMetaproperties";
import { listMetapropertyOptions } from "./listMetapropertyOptions";
import { updateMetaproperty } from "./updateMetaproperty";
import { updateMetapropertyOption } from "./updateMetapropertyOption";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  listMetaproperties,
  getMetaproperty,
  createMetaproperty,
  updateMetaproperty,
  deleteMetaproperty,
  listMetapropertyOptions,
  createMetapropertyOption,
  updateMetapropertyOption,
  deleteMetapropertyOption,
};
