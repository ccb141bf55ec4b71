import type { WorkflowUser } from "../../examplePayloads/jobs";
import { picklist } from "../picklist";
import { WORKFLOW_USERS_PATH } from "../../endpoints";

export const selectWorkflowUser = picklist({
  label: "Select Workflow User",
  description:
    "Pick a workflow user (the IDs campaigns and jobs take, which differ from asset-bank user IDs).",
  // Bynder returns every workflow user in one unpaginated list.
  maxRequests: 1,
  order: "label",
  more: { noun: "workflow users" },
  items: async (client) => {
    const { data } = await client.request<WorkflowUser[]>({
      method: "GET",
      path: WORKFLOW_USERS_PATH,
    });
    return { items: Array.isArray(data) ? data : [], complete: true };
  },
  element: (u) => {
    const name = u.fullname?.trim() || u.ID;
    const email = u.BynderUser?.email;
    return { key: u.ID, label: email ? `${name} <${email}>` : name };
  },
  example: [{ key: "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D", label: "Jane Doe <jane.doe@acme.com>" }],
});
