import polling from "./polling";
import webhooks from "./webhooks";

/** Every trigger. */
export default { ...polling, ...webhooks };
