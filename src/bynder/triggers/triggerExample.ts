// Moved to the core, where every vendor's triggers find it.
export { triggerExample } from "../../core/webhooks/triggerExample";
