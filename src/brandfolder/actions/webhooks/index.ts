import { createWebhook } from "./createWebhook";
import { deleteWebhook } from "./deleteWebhook";
import { getWebhook } from "./getWebhook";
import { listWebhooks } from "./listWebhooks";
import { sendTestWebhook } from "./sendTestWebhook";

export default { listWebhooks, getWebhook, createWebhook, deleteWebhook, sendTestWebhook };
