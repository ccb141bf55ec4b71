import { workflowUserListExample } from "../../examplePayloads/jobs";
import { bynderAction } from "../bynderAction";
import { WORKFLOW_USERS_PATH } from "../../endpoints";

export const listWorkflowUsers = bynderAction({
  label: "List Workflow Users",
  description:
    "List the workflow users (ID and full name), whose IDs are the ones campaigns and jobs take as Responsible ID and Accountable ID.",
  inputs: {},
  method: "GET",
  path: WORKFLOW_USERS_PATH,
  examplePayload: { data: workflowUserListExample },
});
