import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
const IMPORT = "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8";

describe("Data that repeats a filled-in field, outside the declarative actions", () => {
  it("Save a New Asset refuses it and sends nothing", async () => {
    const portal = recordPortal();
    const error = await harness
      .action("saveANewAsset", {
        connection: oauthConnection(),
        importId: IMPORT,
        brandId: "B1",
        name: "Report",
        data: { name: "Other" },
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toBe(
      'Input "Data" sets "name", which another input of this step sets: clear one.',
    );
    portal.stop();
    expect(portal.requests).toEqual([]);
  });
});
