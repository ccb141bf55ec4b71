import { assetEvents } from "./assetEvents";

/** Every Brandfolder trigger, keyed by the camelCase of its label. */
export default { assetEvents };
