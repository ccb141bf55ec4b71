import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../src/bynder";
import { oauthConnection } from "./connections";

const harness = createHarness(component);

/** The options a data source offers on the OAuth test connection (answered by nock). */
export async function picklist(key: string, params: Record<string, unknown> = {}) {
  const out = await harness.dataSource(key, { connection: oauthConnection(), ...params });
  return (out as { result: { key: string; label?: string }[] }).result;
}
