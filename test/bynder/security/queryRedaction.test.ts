import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { debugContext, recordingLogger } from "../../helpers/context";
import { json, RUNS } from "./canaryCases";
import { type EchoServer, startEchoServer } from "../../helpers/echoServer";

const harness = createHarness(component);
let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

describe("secret-named query values in debug logs", () => {
  it("masks password and client_secret sent by Raw Request, which are no connection secret", async () => {
    server.reply = () => ({ status: 200, headers: json, body: "{}" });
    const { logger, lines } = recordingLogger();
    await harness.action(
      "rawRequest",
      {
        connection: RUNS["OAuth 2.0"].connection(server.url),
        url: "/api/v4/media/",
        method: "GET",
        queryParams: [
          { key: "password", value: "qp-Password-7731" },
          { key: "client_secret", value: "qp-ClientSecret-4409" },
          { key: "keyword", value: "spring" },
        ],
        responseType: "json",
      },
      debugContext(logger),
    );
    expect(server.requests.at(-1)?.url).toContain("qp-Password-7731");
    const text = lines.join("\n");
    expect(text).toContain("keyword=spring");
    expect(text).not.toContain("qp-Password-7731");
    expect(text).not.toContain("qp-ClientSecret-4409");
  });
});
