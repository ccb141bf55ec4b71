import { connection } from "@prismatic-io/spectral";
import { pacingInputs } from "../../core/inputs/pacing";
import { DEFAULT_API_HOST } from "../endpoints";
import { BRANDFOLDER_PACE } from "../profile";

export const apiKey = connection({
  key: "apiKey",
  display: {
    label: "API Key",
    description:
      "Connect with a Brandfolder API key; it carries the permissions of the user it belongs to, so use a dedicated user with access to only what the integration needs.",
  },
  inputs: {
    apiKey: {
      label: "API Key",
      type: "password",
      required: true,
      shown: true,
      comments:
        "The API key of the Brandfolder user the integration acts as (in Brandfolder: your profile > Integrations). A pasted 'Bearer ' prefix is dropped.",
    },
    apiHost: {
      label: "API Host",
      type: "string",
      required: false,
      shown: true,
      default: "",
      placeholder: DEFAULT_API_HOST,
      example: DEFAULT_API_HOST,
      comments: `The Brandfolder API address; leave blank for ${DEFAULT_API_HOST}. Must use https:// (plain http only on this machine, for testing). The API Key is sent to this host only.`,
    },
    ...pacingInputs({
      vendor: "Brandfolder",
      pace: BRANDFOLDER_PACE,
      limitNote:
        "Brandfolder publishes no rate limit and answers 429 to too many requests in a short period; the default of 5 stays well below what it tolerates, and a 429 pauses every flow using this host.",
    }),
  },
});
