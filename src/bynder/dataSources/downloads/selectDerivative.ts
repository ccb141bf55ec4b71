import { picklist } from "../picklist";

interface Derivative {
  prefix?: string;
  width?: number;
  height?: number;
}

/** Thumbnails every asset has, whatever the account's own derivatives. */
const STANDARD = ["mini", "thul", "webimage"];

export const selectDerivative = picklist({
  label: "Select Derivative",
  description:
    "Pick a derivative or thumbnail: the standard thumbnails (mini, thul, webimage) and the account's own derivatives.",
  maxRequests: 1,
  order: "label",
  more: { noun: "derivatives" },
  items: async (client) => {
    const { data } = await client.request<unknown>({
      method: "GET",
      path: "/api/v4/account/derivatives",
    });
    const own = (Array.isArray(data) ? (data as Derivative[]) : []).filter((d) => d.prefix);
    const seen = new Set(own.map((d) => d.prefix));
    return {
      items: [
        ...STANDARD.filter((p) => !seen.has(p)).map((prefix): Derivative => ({ prefix })),
        ...own,
      ],
      complete: true,
    };
  },
  element: (d) => ({
    key: d.prefix as string,
    label: d.width ? `${d.prefix} (${d.width}×${d.height ?? "?"})` : (d.prefix as string),
  }),
  example: [
    { key: "webimage", label: "webimage" },
    { key: "thul", label: "thul (250×250)" },
  ],
});
