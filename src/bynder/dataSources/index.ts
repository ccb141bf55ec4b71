import assets from "./assets";
import collections from "./collections";
import downloads from "./downloads";
import metadata from "./metadata";
import people from "./people";
import webhooks from "./webhooks";
import workflow from "./workflow";

/** Every data source (dropdown), keyed by `select<Resource>`. */
export default {
  ...assets,
  ...collections,
  ...downloads,
  ...metadata,
  ...people,
  ...webhooks,
  ...workflow,
};
