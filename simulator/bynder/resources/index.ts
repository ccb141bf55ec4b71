import { Router as CoreRouter } from "../../core/router";
import type { Router } from "../routing";
import type { SimEnv, TokenRecord } from "../state";
import { registerAccount } from "./admin/account";
import { registerUsers } from "./admin/users";
import { registerDownloads } from "./assets/downloads";
import { registerMedia } from "./assets/media";
import { registerTags } from "./assets/tags";
import { registerCollections } from "./collections";
import { registerGroups } from "./groups";
import { registerMetaproperties } from "./metadata/metaproperties";
import { registerOauth } from "./oauth";
import { registerOrders } from "./orders";
import { registerLegacyUpload } from "./uploads/legacy";
import { registerUploadSave } from "./uploads/save";
import { registerV7Upload } from "./uploads/v7";
import { registerTrash } from "./trash";
import { registerAssetUsage } from "./usage";
import { registerWebhooks } from "./webhooks";
import { registerWorkflow } from "./workflow/campaigns";
import { registerWorkflowJobs } from "./workflow/jobs";

/** Every route of the simulated portal; the most specific match wins, in any order. */
export function buildRouter(): Router {
  const router = new CoreRouter<SimEnv, TokenRecord>();
  registerOauth(router);
  registerUploadSave(router);
  registerDownloads(router);
  registerMedia(router);
  registerTags(router);
  registerMetaproperties(router);
  registerCollections(router);
  registerGroups(router);
  registerAssetUsage(router);
  registerWorkflow(router);
  registerWorkflowJobs(router);
  registerUsers(router);
  registerAccount(router);
  registerOrders(router);
  registerLegacyUpload(router);
  registerV7Upload(router);
  registerWebhooks(router);
  registerTrash(router);
  return router;
}
