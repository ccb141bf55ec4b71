import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);

/** One case per input kind: each must fail with an error naming the input, before any request. */
const cases: [string, string, Record<string, unknown>, string][] = [
  ["blank required ID", "getAsset", { id: "   " }, 'Input "ID" is required but was left blank.'],
  [
    "invalid JSON in Data",
    "updateAsset",
    { id: "A1", data: '{"name": "x",}' },
    'Input "Data" is not valid JSON',
  ],
  [
    "Data that is not an object",
    "createUser",
    {
      email: "a@b.co",
      password: "pw-123456",
      profileId: "P1",
      firstname: "A",
      lastname: "B",
      data: "[]",
    },
    'Input "Data" must be a JSON object',
  ],
  [
    "limit over 1000",
    "listAssets",
    { fetchAll: "false", limit: "1001" },
    'Input "Limit" must be at most 1000 (got 1001).',
  ],
  [
    "bad email",
    "createUser",
    {
      email: "jane.example.com",
      password: "pw-123456",
      profileId: "P1",
      firstname: "Jane",
      lastname: "Doe",
    },
    'Input "Email" must be an email address',
  ],
  [
    "unknown choice",
    "updateOrder",
    { id: "O1", status: "SHIPPED" },
    'Input "Order Status" must be one of',
  ],
];

describe("bad input", () => {
  it.each(cases)("%s fails clearly and sends nothing", async (_kind, key, inputs, message) => {
    const portal = recordPortal();
    await expect(harness.action(key, { connection: oauthConnection(), ...inputs })).rejects.toThrow(
      message,
    );
    portal.stop();
    expect(portal.requests).toEqual([]);
  });

  it("never echoes a password in an input error", async () => {
    const password = "S3cret-Passw0rd!";
    const err = await harness
      .action("createUser", {
        connection: oauthConnection(),
        email: "bad",
        password,
        profileId: "P1",
        firstname: "A",
        lastname: "B",
      })
      .catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain(password);
  });
});
