import { jobDeletedExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const deleteJob = bynderAction({
  label: "Delete Job",
  description: "Delete a workflow job and return {deleted: true, id} as confirmation.",
  inputs: { id: jobIdInput("delete") },
  method: "DELETE",
  path: "/api/workflow/jobs/{id}",
  // Bynder answers 204 with no body.
  result: (_data, p) => ({ deleted: true, id: p.id }),
  examplePayload: { data: jobDeletedExample },
});
