import { MAX_PRIORITIZED } from "../../../simulator/brandfolder/resources/customFields";
import { type BfApi, type Json, seeded, useBrandfolder } from "./helpers";

const valueFor = (assetId: string, value: unknown) => ({
  attributes: { value },
  relationships: { asset: { data: { type: "assets", id: assetId } } },
});

describe("custom fields in the Brandfolder simulator, as seed 003 describes them", () => {
  const api = useBrandfolder();
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  const keys = (a: BfApi = api()) => a.ok(`/brandfolders/${ids.brand}/custom_field_keys`);
  const createKeys = (attributes: unknown) =>
    api().call("POST", `/brandfolders/${ids.brand}/custom_field_keys`, { data: { attributes } });

  it("creates several keys in one request from an array of attributes, answering data[] and meta", async () => {
    const res = await createKeys([
      { name: "region", allowed_values: ["EU", "US"], restricted: true, position: 4 },
      { name: "owner" },
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.data.map((k: Json) => [k.type, k.attributes.name])).toEqual([
      ["custom_field_keys", "region"],
      ["custom_field_keys", "owner"],
    ]);
    expect(body.data[0].attributes).toEqual({
      name: "region",
      allowed_values: ["EU", "US"],
      position: 4,
      prioritized: false,
      required: false,
      restricted: true,
    });
    expect(body.meta).toMatchObject({ current_page: 1, total_count: 2 });
    const names = (await keys()).data.map((k: Json) => k.attributes.name);
    expect(names).toEqual(expect.arrayContaining(["color", "campaign", "region", "owner"]));
  });

  it("refuses a single attributes object, a nameless key and a numeric allowed value, naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ name: "solo" }, "data.attributes must be a non-empty array of keys"],
      [[{ name: "ok" }, { position: 1 }], "data.attributes[1].name must be a non-empty string"],
      [
        [{ name: "n", allowed_values: [1] }],
        'data.attributes[0].allowed_values must be an array of strings (use "123", not 123)',
      ],
    ];
    for (const [attributes, message] of cases) {
      const res = await createKeys(attributes);
      expect([res.status, await res.text()]).toEqual([400, message]);
    }
    // All or nothing: the valid first key of a refused batch was not made.
    expect((await keys()).data.map((k: Json) => k.attributes.name)).not.toContain("ok");
  });

  it("answers 409 for a key name the Brandfolder already has", async () => {
    const res = await createKeys([{ name: "color" }]);
    expect([res.status, await res.text()]).toEqual([
      409,
      'data.attributes[0].name: key "color" already exists',
    ]);
  });

  it(`refuses a prioritized key beyond ${MAX_PRIORITIZED} with 400, making none of the batch`, async () => {
    const before = (await keys()).data.filter((k: Json) => k.attributes.prioritized).length;
    expect(before).toBe(1);
    const four = [1, 2, 3, 4].map((i) => ({ name: `p${i}`, prioritized: true }));
    expect((await createKeys(four)).status).toBe(200);
    const res = await createKeys([{ name: "p5" }, { name: "p6", prioritized: true }]);
    expect([res.status, await res.text()]).toEqual([
      400,
      "A Brandfolder can have at most 5 prioritized custom field keys; it has 5",
    ]);
    expect((await keys()).data.map((k: Json) => k.attributes.name)).not.toContain("p5");
    // Turning an existing key prioritized is held to the same bound.
    const upd = await api().call("PUT", `/custom_field_keys/${ids.campaign}`, {
      data: { attributes: { prioritized: true } },
    });
    expect(upd.status).toBe(400);
  });

  it("sets one key's value on many assets, and replaces an asset's earlier value of that key", async () => {
    const [a, b] = ids.assets;
    const res = await api().call("POST", `/custom_field_keys/${ids.campaign}/custom_field_values`, {
      data: [valueFor(a, "Fall"), valueFor(b, "Fall")],
    });
    expect(res.status).toBe(200);
    const made = ((await res.json()) as Json).data;
    expect(made.map((v: Json) => [v.type, v.attributes])).toEqual([
      ["custom_field_values", { key: "campaign", value: "Fall" }],
      ["custom_field_values", { key: "campaign", value: "Fall" }],
    ]);
    const again = await api().call(
      "POST",
      `/custom_field_keys/${ids.campaign}/custom_field_values`,
      {
        data: [valueFor(a, "Winter")],
      },
    );
    const replaced = ((await again.json()) as Json).data[0];
    expect(replaced).toMatchObject({ id: made[0].id, attributes: { value: "Winter" } });
    const list = await api().ok(`/assets/${a}/custom_field_values?include=custom_field_key`);
    expect(list.data.map((v: Json) => v.attributes)).toEqual(
      expect.arrayContaining([{ key: "campaign", value: "Winter" }]),
    );
    expect(list.included.map((k: Json) => k.type)).toEqual([
      "custom_field_keys",
      "custom_field_keys",
    ]);
    expect(list.meta.total_count).toBe(2);
  });

  it("refuses a value outside a restricted key's allowed values, and a non-string value, with 400", async () => {
    const [a] = ids.assets;
    const post = (value: unknown) =>
      api().call("POST", `/custom_field_keys/${ids.color}/custom_field_values`, {
        data: [valueFor(a, value)],
      });
    const green = await post("green");
    expect([green.status, await green.text()]).toEqual([
      400,
      '"green" is not an allowed value of the restricted key "color"; allowed: red, white, blue',
    ]);
    const num = await post(123);
    expect([num.status, await num.text()]).toEqual([
      400,
      'data[0].attributes.value must be a string (use "123", not 123)',
    ]);
    const existing = [...api().sim.state.customFieldValues.values()].find(
      (v) => v.keyId === ids.color,
    )!;
    const put = await api().call("PUT", `/custom_field_values/${existing.id}`, {
      data: { attributes: { value: "green" } },
    });
    expect(put.status).toBe(400);
    expect(existing.value).not.toBe("green");
  });

  it("refuses a value for an asset of another Brandfolder, or a reference that is not an asset", async () => {
    const post = (item: unknown) =>
      api().call("POST", `/custom_field_keys/${ids.campaign}/custom_field_values`, {
        data: [item],
      });
    const other = await post(valueFor(ids.oldLogo, "Fall"));
    expect([other.status, await other.text()]).toEqual([
      400,
      `data[0]: asset ${ids.oldLogo} is not in the key's Brandfolder`,
    ]);
    const wrongType = await post({
      attributes: { value: "Fall" },
      relationships: { asset: { data: { type: "collections", id: ids.pressKit } } },
    });
    expect([wrongType.status, await wrongType.text()]).toEqual([
      400,
      'data[0].relationships.asset.data must be {type: "assets", id}',
    ]);
    const single = await api().call(
      "POST",
      `/custom_field_keys/${ids.campaign}/custom_field_values`,
      {
        data: valueFor(ids.assets[0], "Fall"),
      },
    );
    expect([single.status, await single.text()]).toEqual([400, "data must be a non-empty array"]);
  });

  it("answers a value update with data as an array, and a value delete with {}", async () => {
    const existing = [...api().sim.state.customFieldValues.values()].find(
      (v) => v.keyId === ids.color,
    )!;
    const put = await api().call("PUT", `/custom_field_values/${existing.id}`, {
      data: { attributes: { value: "blue" } },
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      data: [
        {
          id: existing.id,
          type: "custom_field_values",
          attributes: { key: "color", value: "blue" },
        },
      ],
    });
    const del = await api().call("DELETE", `/custom_field_values/${existing.id}`);
    expect([del.status, await del.json()]).toEqual([200, {}]);
  });

  it("updates a key's name and allowed values, answering the key as an object", async () => {
    const made = ((await (await createKeys([{ name: "tmp" }])).json()) as Json).data[0];
    const put = await api().call("PUT", `/custom_field_keys/${made.id}`, {
      data: { attributes: { name: "tmp2", allowed_values: ["a", "b"] } },
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as Json).data).toMatchObject({
      id: made.id,
      type: "custom_field_keys",
      attributes: { name: "tmp2", allowed_values: ["a", "b"] },
    });
  });

  it("deletes every value of a key with the key, answering {}", async () => {
    const valuesOfColor = () =>
      [...api().sim.state.customFieldValues.values()].filter((v) => v.keyId === ids.color);
    const before = valuesOfColor();
    expect(before.length).toBeGreaterThan(2);
    const del = await api().call("DELETE", `/custom_field_keys/${ids.color}`);
    expect([del.status, await del.json()]).toEqual([200, {}]);
    expect(valuesOfColor()).toEqual([]);
    const list = await api().ok(`/assets/${before[0].assetId}/custom_field_values`);
    expect(list.data.map((v: Json) => v.attributes.key)).not.toContain("color");
    expect((await api().get(`/custom_field_keys/${ids.color}/custom_field_values`)).status).toBe(
      405,
    );
    const gone = await api().call("PUT", `/custom_field_values/${before[0].id}`, {
      data: { attributes: { value: "red" } },
    });
    expect(gone.status).toBe(403);
  });
});
