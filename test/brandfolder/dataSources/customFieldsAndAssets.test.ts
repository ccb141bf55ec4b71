import { keyLabel } from "../../../src/brandfolder/dataSources/selectCustomFieldKey";
import { useFakeClock } from "../../helpers/clock";
import { seeded, useBrandfolder } from "../simulator/helpers";
import { addKeys, options, queries } from "./helpers";

describe("Select Custom Field Key and Select Asset against the simulator", () => {
  // More than one dropdown page of assets in the main Brandfolder.
  const api = useBrandfolder({ seedAssets: 130 });
  useFakeClock();
  const sim = () => api().sim;

  it("lists the chosen Brandfolder's keys in position order, a restricted key with its values", async () => {
    const ids = seeded(sim());
    const { result, requests } = await options(sim(), "selectCustomFieldKey", {
      brandfolderId: ids.brand,
    });
    expect(result).toEqual([
      { key: ids.color, label: "color (one of: red, white, blue)" },
      { key: ids.campaign, label: "campaign" },
    ]);
    expect(requests.map((r) => r.path)).toEqual([
      `/api/v4/brandfolders/${ids.brand}/custom_field_keys`,
    ]);
  });

  it("reads at most 5 pages of keys, and says so", async () => {
    const ids = seeded(sim());
    const before = new Set(sim().state.customFieldKeys.keys());
    addKeys(sim().state, ids.brand, 550);
    try {
      const { result, requests } = await options(sim(), "selectCustomFieldKey", {
        brandfolderId: ids.brand,
      });
      expect(requests).toHaveLength(5);
      expect(result).toHaveLength(501);
      expect(result.at(-1)).toEqual({
        key: "",
        label: "More than 500 custom field keys — type the ID instead",
      });
    } finally {
      for (const id of sim().state.customFieldKeys.keys())
        if (!before.has(id)) sim().state.customFieldKeys.delete(id);
    }
  });

  it("sums up a long list of allowed values, and marks a restricted key without any", () => {
    const many = ["XS", "S", "M", "L", "XL", "XXL", "3XL"];
    const key = (attributes: Record<string, unknown>) => ({ id: "k", attributes });
    expect(keyLabel(key({ name: "size", restricted: true, allowed_values: many }))).toBe(
      "size (one of: XS, S, M, L, XL, +2 more)",
    );
    expect(keyLabel(key({ name: "size", restricted: true, allowed_values: [] }))).toBe(
      "size (restricted)",
    );
    // Allowed values of an unrestricted key are only suggestions: not shown.
    expect(keyLabel(key({ name: "size", restricted: false, allowed_values: many }))).toBe("size");
    expect(keyLabel({ id: "k-1" })).toBe("k-1");
  });

  it("Select Asset reads only the first page of 100 and says a Search narrows it", async () => {
    const ids = seeded(sim());
    const { result, requests } = await options(sim(), "selectAsset", { brandfolderId: ids.brand });
    expect(requests.map((r) => r.path)).toEqual([`/api/v4/brandfolders/${ids.brand}/assets`]);
    expect(queries(requests)).toEqual([{ page: "1", per: "100" }]);
    expect(result).toHaveLength(101);
    expect(result[0]).toEqual({ key: ids.assets[0], label: "Summer 1" });
    expect(result[100]).toEqual({
      key: "",
      label: "More than 100 assets — type a Search or the ID",
    });
  });

  it("Select Asset passes the Search on and lists what matches, complete", async () => {
    const ids = seeded(sim());
    const { result, requests } = await options(sim(), "selectAsset", {
      brandfolderId: ids.brand,
      search: "extension:pdf",
    });
    expect(queries(requests)).toEqual([{ search: "extension:pdf", page: "1", per: "100" }]);
    // Every fourth seeded asset from the third is a PDF: 32 of 130, all on the one page.
    expect(result).toHaveLength(32);
    expect(result.every((o) => o.key !== "")).toBe(true);
  });
});
