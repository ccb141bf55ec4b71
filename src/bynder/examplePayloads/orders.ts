/** An order as an item of GET /api/store/order/ (snake_case, status as display text). */
export interface OrderListItem {
  id: string;
  order_ref: string;
  net_price: number;
  date_created: string;
  username: string;
  account_name: string;
  order_status: string;
  /** The currency's HTML character code, e.g. "8364" for €. */
  currency_symbol: string;
  [field: string]: unknown;
}

/** An order as GET /api/store/order/{id}/ returns it. */
export interface Order {
  id: string;
  orderReference: string;
  status: string;
  dateCreated: string;
  [field: string]: unknown;
}

/** A line item as GET /api/store/order/{id}/products returns it. */
export interface OrderLine {
  id: string;
  orderId: string;
  referenceId: string;
  name: string;
  itemPrice: number;
  quantity: number;
  product: Record<string, unknown>;
  [field: string]: unknown;
}

const ORDER_ID = "5E8A2C4D-7B1F-4D3A-9C6E0A2B4D6F8A1C";

export const orderExample: Order = {
  id: ORDER_ID,
  orderReference: "NL0456",
  status: "IN_PRODUCTION",
  dateCreated: "2026-02-17T10:24:51Z",
};

export const orderListItemExample: OrderListItem = {
  id: ORDER_ID,
  order_ref: "NL0456",
  net_price: 412.5,
  date_created: "2026-02-17T10:24:51+00:00",
  username: "jane.doe@acme.com",
  account_name: "Acme Inc.",
  order_status: "In production",
  currency_symbol: "8364",
};

export const orderListExample: OrderListItem[] = [
  orderListItemExample,
  {
    id: "0B2D4F6A-8C1E-4A3B-9D5F7A9C1E3B5D7F",
    order_ref: "NL0455",
    net_price: 89.9,
    date_created: "2026-02-12T15:03:08+00:00",
    username: "sam.rivera@acme.com",
    account_name: "Acme Inc.",
    order_status: "Finished",
    currency_symbol: "8364",
  },
];

export const orderLinesExample: OrderLine[] = [
  {
    id: "A1C3E5B7-D9F1-4A3C-8E5B7D9F1A3C5E7B",
    orderId: ORDER_ID,
    referenceId: "BC-500-2026",
    name: "Business cards (500)",
    itemPrice: 82.5,
    quantity: 5,
    product: {
      id: "C3E5B7D9-F1A3-4C5E-9B7D9F1A3C5E7B9D",
      name: "Business cards (500)",
      description: "Double-sided business cards on 350 g matte paper.",
      product_number: "BC-500",
      product_type: "print",
      product_package: "box",
      sku: "BC500",
      min_quantity: 1,
      max_quantity: 20,
      default_quantity: 1,
      isActive: true,
      isFree: false,
      isShipping: false,
    },
  },
];

/** What Modify order (POST /api/store/order/{id}/products) answers. */
export const updateOrderExample = { message: "Created", status_code: 201 };
