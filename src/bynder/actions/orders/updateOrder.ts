import { updateOrderExample } from "../../examplePayloads/orders";
import { InputError } from "../../../core/inputs/clean";
import {
  orderIdInput,
  orderMessageInput,
  orderStatusInput,
  trackingNumberInput,
} from "../../inputs/orders";
import { bynderAction } from "../bynderAction";

export const updateOrder = bynderAction({
  label: "Update Order",
  description:
    "Change a brand store order's status, or add a message or tracking number for the person who ordered it.",
  inputs: {
    id: { ...orderIdInput, comments: "The ID of the order to update." },
    status: orderStatusInput,
    message: orderMessageInput,
    trackingNumber: trackingNumberInput,
  },
  // Bynder's "Modify order" lives on the products sub-path and takes form fields.
  method: "POST",
  path: "/api/store/order/{id}/products",
  body: { status: "status", message: "message", trackingnumber: "trackingNumber" },
  encoding: "form",
  validate: (p) => {
    if (p.status === undefined && p.message === undefined && p.trackingNumber === undefined) {
      throw new InputError(
        "Order Status",
        'is blank, and so are "Message" and "Tracking Number": fill in at least one of them.',
      );
    }
  },
  examplePayload: { data: updateOrderExample },
});
