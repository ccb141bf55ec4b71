import { workflowUserListExample } from "../../examplePayloads/jobs";
import { bynderAction } from "../bynderAction";

export const listWorkflowUsers = bynderAction({
  label: "List Workflow Users",
  description:
    "List the workflow users (ID and full name), whose IDs are the ones campaigns and jobs take as Responsible ID and Accountable ID.",
  inputs: {},
  method: "GET",
  path: "/api/workflow/users/",
  examplePayload: { data: workflowUserListExample },
});
