import { jobListExample } from "../../examplePayloads/jobs";
import { campaignIdInput } from "../../inputs/campaigns";
import { bynderAction } from "../bynderAction";
import { jobListInputs, jobListPagination, jobListQuery } from "./jobPaging";

export const listJobsByCampaign = bynderAction({
  label: "List Jobs By Campaign",
  description:
    "List the jobs of one workflow campaign (needs the CAMPAIGNOVERVIEW role), one page at a time or every page with Fetch All.",
  inputs: {
    id: campaignIdInput("The ID of the campaign to retrieve jobs for."),
    ...jobListInputs,
  },
  method: "GET",
  path: "/api/workflow/campaigns/{id}/jobs",
  query: jobListQuery,
  extraQueryInput: "extraParameters",
  pagination: jobListPagination,
  examplePayload: { data: jobListExample },
});
