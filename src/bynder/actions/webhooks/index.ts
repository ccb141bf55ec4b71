import { createWebhook } from "./createWebhook";
import { deleteWebhook } from "./deleteWebhook";
import { getWebhook } from "./getWebhook";
import { listWebhooks } from "./listWebhooks";
import { updateWebhook } from "./updateWebhook";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { createWebhook, deleteWebhook, getWebhook, listWebhooks, updateWebhook };
