import { assetEvents } from "./assetEvents";

/** Webhook triggers, keyed by the camelCase of their label. */
export default { assetEvents };
