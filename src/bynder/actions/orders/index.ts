import { getOrder } from "./getOrder";
import { getOrderInfo } from "./getOrderInfo";
import { listOrders } from "./listOrders";
import { updateOrder } from "./updateOrder";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { getOrder, getOrderInfo, listOrders, updateOrder };
