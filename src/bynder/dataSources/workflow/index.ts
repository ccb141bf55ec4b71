import { selectCampaign } from "./selectCampaign";
import { selectJob } from "./selectJob";
import { selectJobPreset } from "./selectJobPreset";
import { selectWorkflowUser } from "./selectWorkflowUser";

/** Data sources of this area, keyed select<Resource>. */
export default { selectCampaign, selectJob, selectJobPreset, selectWorkflowUser };
