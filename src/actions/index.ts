import { rawRequest } from "./misc/rawRequest";

/** Every action, keyed by the camelCase of its label. */
export default {
  rawRequest,
};
