import { jobListExample } from "../../examplePayloads/jobs";
import { bynderAction } from "../bynderAction";
import { jobListInputs, jobListPagination, jobListQuery } from "./jobPaging";
import { JOBS_PATH } from "../../endpoints";

export const listJobs = bynderAction({
  label: "List Jobs",
  description:
    "List workflow jobs, filtered by dates, accountable users or status, one page at a time or every page with Fetch All.",
  inputs: jobListInputs,
  method: "GET",
  path: JOBS_PATH,
  query: jobListQuery,
  extraQueryInput: "extraParameters",
  pagination: jobListPagination,
  examplePayload: { data: jobListExample },
});
