import { selectAsset } from "./selectAsset";
import { selectBrandfolder } from "./selectBrandfolder";
import { selectCollection } from "./selectCollection";
import { selectCustomFieldKey } from "./selectCustomFieldKey";
import { selectLabel } from "./selectLabel";
import { selectOrganization } from "./selectOrganization";
import { selectSection } from "./selectSection";
import { selectWebhook } from "./webhooks";

/** Every Brandfolder data source (dropdown), keyed by `select<Resource>`. */
export default {
  selectAsset,
  selectBrandfolder,
  selectCollection,
  selectCustomFieldKey,
  selectLabel,
  selectOrganization,
  selectSection,
  selectWebhook,
};
