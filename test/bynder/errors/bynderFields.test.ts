import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { ACCESS_TOKEN, oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const MP = "0C5A9F2E-7B1D-4E3C-9A8B6F4D2E1C0A9B";
const OPTIONS = `/api/v4/metaproperties/${MP}/options/`;

async function createOption(name = "emea"): Promise<BynderApiError> {
  return harness
    .action("createMetapropertyOption", {
      connection: oauthConnection(),
      metapropertyId: MP,
      name,
    })
    .then(
      () => {
        throw new Error("expected the action to fail");
      },
      (e: unknown) => e as BynderApiError,
    );
}

describe("errors keep the fields Bynder sends", () => {
  it("carries existingUUID of an option that already exists, in the message and as a property", async () => {
    nock(PORTAL).post(OPTIONS).reply(400, {
      message: "Meta property option with this name already exists",
      statuscode: 400,
      existingUUID: "7D1E2F3A-4B5C-6D7E-8F9A0B1C2D3E4F5A",
    });
    const error = await createOption();
    expect(error).toBeInstanceOf(BynderApiError);
    expect(error.existingUUID).toBe("7D1E2F3A-4B5C-6D7E-8F9A0B1C2D3E4F5A");
    expect(error.details).toEqual({ existingUUID: "7D1E2F3A-4B5C-6D7E-8F9A0B1C2D3E4F5A" });
    expect(error.message).toContain(
      "already exists (existingUUID: 7D1E2F3A-4B5C-6D7E-8F9A0B1C2D3E4F5A)",
    );
    expect(error.status).toBe(400);
    expect(JSON.parse(JSON.stringify(error)).existingUUID).toBe(
      "7D1E2F3A-4B5C-6D7E-8F9A0B1C2D3E4F5A",
    );
  });

  it("exposes any other id Bynder names, and keeps other scalar fields in details", async () => {
    nock(PORTAL)
      .post(OPTIONS)
      .reply(409, {
        message: "Conflict",
        mediaId: "MEDIA-9",
        job_id: 42,
        retryable: false,
        nested: { ignored: true },
      });
    const error = await createOption();
    expect(error.details).toEqual({ mediaId: "MEDIA-9", job_id: 42, retryable: false });
    expect((error as unknown as Record<string, unknown>).mediaId).toBe("MEDIA-9");
    expect((error as unknown as Record<string, unknown>).job_id).toBe(42);
    expect(error.message).toContain("Conflict (mediaId: MEDIA-9, job_id: 42)");
    expect(error.message).not.toContain("retryable");
  });

  it("never copies a secret-named field or an echoed token into details", async () => {
    nock(PORTAL)
      .post(OPTIONS)
      .reply(400, {
        message: "Bad request",
        access_token: "leaked-in-a-field-9931",
        note: `you sent ${ACCESS_TOKEN}`,
        id: "OPT-1",
      });
    const error = await createOption();
    expect(error.details).toEqual({ note: "you sent [REDACTED]", id: "OPT-1" });
    expect(JSON.stringify(error)).not.toContain("leaked-in-a-field-9931");
    expect(JSON.stringify(error)).not.toContain(ACCESS_TOKEN);
  });

  it("does not let a field named like a built-in property overwrite it", async () => {
    nock(PORTAL).post(OPTIONS).reply(400, { message: "Nope", url: "https://evil.example" });
    const error = await createOption();
    expect(error.url).toBe(`${PORTAL}${OPTIONS}`);
    expect(error.details.url).toBe("https://evil.example");
  });
});
