import { startBynderSimulator } from "../../../simulator/bynder";
import { api, type Json } from "./helpers";

type Sim = Awaited<ReturnType<typeof startBynderSimulator>>;

/** Absolute URLs a client follows: upload endpoint, s3_file, thumbnails. */
async function urlsFrom(sim: Sim, headers: Record<string, string> = {}): Promise<string[]> {
  const client = api(sim);
  const asset = [...sim.state.assets.values()][0];
  const endpoint = (await (
    await client.get("/api/upload/endpoint/", undefined, headers)
  ).json()) as string;
  const download = (await (
    await client.get(`/api/v4/media/${asset.id}/download/`, undefined, headers)
  ).json()) as { s3_file: string };
  const media = (await (
    await client.get(`/api/v4/media/${asset.id}/`, undefined, headers)
  ).json()) as Json & { thumbnails: Record<string, string> };
  return [endpoint, download.s3_file, media.thumbnails.thul, String(media.transformBaseUrl)];
}

describe("absolute URLs behind a proxy", () => {
  it("uses the listen URL when there is no public URL and no forwarding header", async () => {
    const sim = await startBynderSimulator({ seedAssets: 1 });
    try {
      expect(sim.publicUrl).toBe(sim.url);
      for (const url of await urlsFrom(sim)) expect(url.startsWith(`${sim.url}/`)).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it("builds every absolute URL on publicUrl, whatever the request headers say", async () => {
    const sim = await startBynderSimulator({
      seedAssets: 1,
      publicUrl: "https://dam.example.com/",
    });
    try {
      expect(sim.publicUrl).toBe("https://dam.example.com");
      expect(sim.credentials.tokenUrl).toBe(
        "https://dam.example.com/v6/authentication/oauth2/token",
      );
      const urls = await urlsFrom(sim, { "x-forwarded-host": "other.example.org" });
      for (const url of urls) expect(url.startsWith("https://dam.example.com/")).toBe(true);
      // The signed download still works when fetched through the listen address.
      const signed = new URL(urls[1]);
      const bytes = await fetch(`${sim.url}${signed.pathname}${signed.search}`);
      expect(bytes.status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it("honours X-Forwarded-Proto and X-Forwarded-Host, including the S3 Location header", async () => {
    const sim = await startBynderSimulator({ seedAssets: 1 });
    try {
      const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "proxy.example.com" };
      for (const url of await urlsFrom(sim, forwarded)) {
        expect(url.startsWith("https://proxy.example.com/")).toBe(true);
      }
      const onlyProto = await urlsFrom(sim, { "x-forwarded-proto": "https" });
      expect(onlyProto[0]).toBe(`https://${new URL(sim.url).host}/s3/`);

      const init = (await (
        await api(sim).form("POST", "/api/upload/init/", { filename: "a.txt" })
      ).json()) as { multipart_params: Record<string, string> };
      const form = new FormData();
      const key = `${init.multipart_params.key}/p1`;
      const params = {
        ...init.multipart_params,
        key,
        name: key,
        chunk: "1",
        chunks: "1",
        Filename: key,
      };
      for (const [k, v] of Object.entries(params)) form.append(k, v);
      form.append("file", new Blob([Buffer.from("hello")]), "a.txt");
      const s3 = await fetch(`${sim.url}/s3/`, { method: "POST", body: form, headers: forwarded });
      expect(s3.status).toBe(201);
      expect(s3.headers.get("location")).toMatch(/^https:\/\/proxy\.example\.com\/s3\//);
    } finally {
      await sim.close();
    }
  });

  it("refuses a public URL that is not an http(s) origin", async () => {
    await expect(startBynderSimulator({ publicUrl: "ftp://x.example.com" })).rejects.toThrow(
      /http/,
    );
    await expect(
      startBynderSimulator({ publicUrl: "https://x.example.com/bynder" }),
    ).rejects.toThrow(/without a path/);
  });
});
