import { selectWebhook } from "./selectWebhook";

/** Data sources of this area, keyed select<Resource>. */
export default { selectWebhook };
