import assets from "./assets";
import collections from "./collections";
import metadata from "./metadata";
import people from "./people";
import workflow from "./workflow";

/** Every data source (dropdown), keyed by `select<Resource>`. */
export default {
  ...assets,
  ...collections,
  ...metadata,
  ...people,
  ...workflow,
};
