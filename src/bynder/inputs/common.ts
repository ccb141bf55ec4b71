import {
  connectionInputFor,
  flagInput,
  integerInput,
  jsonObjectInput,
  keyValueListInput,
} from "../../core/inputs/factories";

export const connectionInput = connectionInputFor("Bynder");

export const pageInput = integerInput({
  label: "Page",
  comments: "The page number to retrieve (starts at 1). Ignored when Fetch All is on.",
  min: 1,
  example: "1",
});

/** Bynder's page size cap for media, collections, tags and metaproperty options. */
export const limitInput = integerInput({
  label: "Limit",
  comments: "Maximum number of results. Maximum: 1000. Default: 50",
  min: 1,
  max: 1000,
  example: "50",
});

export const fetchAllInput = flagInput({
  label: "Fetch All",
  comments: "Whether to fetch all results. If true, limit and page parameters are ignored.",
});

/** Fetch All for actions where it is on by default (List Assets): blank means on. */
export const fetchAllOnInput = flagInput({
  label: "Fetch All",
  comments: "Whether to fetch all results. If true, limit and page parameters are ignored.",
  default: "true",
});

export const extraParametersInput = keyValueListInput({
  label: "Extra Parameters",
  comments:
    "Extra query parameters to include in the request, for filters this action has no input for. A key given in several rows is sent once with the values comma-separated (tags=a,b), the way Bynder reads list filters. A parameter that one of the action's inputs controls (such as limit or page) cannot be set here.",
});

export const dataInput = jsonObjectInput({
  label: "Data",
  comments: "Extra fields to be included in the request. Must be a valid JSON object.",
  example: '{"tags": "spring,hero"}',
});
