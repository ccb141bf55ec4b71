import assets from "./assets";
import metadata from "./metadata";
import people from "./people";

/** Every data source (dropdown), keyed by `select<Resource>`. */
export default {
  ...assets,
  ...metadata,
  ...people,
};
