import { choiceInput, idInput, optionalIdInput, textInput } from "../../core/inputs/factories";

const ORDER_EXAMPLE = "5E8A2C4D-7B1F-4D3A-9C6E0A2B4D6F8A1C";

export const orderIdInput = idInput({
  label: "Order ID",
  comments:
    "The ID of the brand store order. Pick one from the list or map it from an earlier step.",
  dataSource: "selectOrder",
  example: ORDER_EXAMPLE,
});

/** Get Order: either this or Order Number. */
export const optionalOrderIdInput = optionalIdInput({
  label: "Order ID",
  comments:
    "The ID of the order to retrieve. Either Order ID or Order Number is required (not both).",
  dataSource: "selectOrder",
  example: ORDER_EXAMPLE,
});

// An identifier, so outer spaces (a mapping artifact) are trimmed like any ID.
export const orderNumberInput = optionalIdInput({
  label: "Order Number",
  comments:
    "The order number (order reference, e.g. NL0456) of the order to retrieve. Either Order ID or Order Number is required (not both).",
  example: "NL0456",
});

/** The statuses Bynder's Modify order call accepts. */
export const ORDER_STATUSES = [
  "IN_PROGRESS",
  "CANCELED",
  "FAILED",
  "WAITING_FOR_PAYMENT",
  "FOR_ORDER",
  "IN_PRODUCTION",
  "PRODUCTION_SUSPENDED",
  "OUT_FOR_DELIVERY",
  "FINISHED",
] as const;

const titleCase = (s: string) =>
  s
    .toLowerCase()
    .split("_")
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(" ");

export const orderStatusInput = choiceInput({
  label: "Order Status",
  comments: "The new status of the order. Leave blank to keep the current status.",
  options: ORDER_STATUSES.map((value) => ({ label: titleCase(value), value })),
  example: "OUT_FOR_DELIVERY",
});

export const orderMessageInput = textInput({
  label: "Message",
  comments: "A message to add to the order, for example about delivery.",
  example: "Your order has been shipped.",
});

export const trackingNumberInput = textInput({
  label: "Tracking Number",
  comments: "The shipment's tracking number or tracking link.",
  example: "1Z999AA10123456784",
});
