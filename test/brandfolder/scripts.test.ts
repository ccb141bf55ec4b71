import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { actionsMarkdown } from "../../scripts/lib/actionsTable";
import { brandfolderPart, brandfolderSteps } from "../../scripts/lib/brandfolderDemo";
import { brandfolderFileSteps } from "../../scripts/lib/brandfolderFilesDemo";
import { exitCode, runPart } from "../../scripts/lib/demoRunner";
import { check, type Step } from "../../scripts/lib/demoSteps";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const env = (extra: Record<string, string>) => ({
  ...process.env,
  BRANDFOLDER_API_KEY: "",
  BRANDFOLDER_API_HOST: "",
  ...extra,
});
const invoke = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(tsx, ["scripts/invoke.ts", "--component", "brandfolder", ...args], {
    cwd: root,
    encoding: "utf8",
    env: env(extra),
    timeout: 60_000,
  });

describe("npm run invoke -- --component brandfolder", () => {
  it("lists Brandfolder's actions when the key is unknown", () => {
    const run = invoke(["nope"]);
    expect(run.status).toBe(2);
    // The list grows with every action, so only its start and a known key are pinned.
    expect(run.stderr).toContain('Unknown action "nope". Valid actions: addTagsToAsset,');
    expect(run.stderr).toContain("createCustomFieldKeys,");
    expect(run.stderr).toContain("setCustomFieldValue");
    // Bynder's actions are not offered (both components have a List Assets now).
    expect(run.stderr).not.toContain("searchAssets");
  });

  it("runs against an embedded Brandfolder simulator when no API key is set", () => {
    const run = invoke(["listOrganizations"]);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { data: { data: { type: string; id: string }[] } };
    expect(printed.data.data.length).toBeGreaterThan(0);
    expect(printed.data.data.every((o) => o.type === "organizations" && o.id)).toBe(true);
  });

  it("runs an action against BRANDFOLDER_API_HOST with BRANDFOLDER_API_KEY and prints its result", async () => {
    const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: [{ id: "org-1", type: "organizations", attributes: {} }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Asynchronous: the server above answers from this process.
    const child = spawn(
      tsx,
      ["scripts/invoke.ts", "--component", "brandfolder", "listOrganizations", "per=5"],
      {
        cwd: root,
        env: env({ BRANDFOLDER_API_KEY: "bf-invoke-key-1234", BRANDFOLDER_API_HOST: host }),
      },
    );
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    server.close();
    expect(status).toBe(0);
    expect(JSON.parse(stdout).data.data[0].id).toBe("org-1");
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe("/api/v4/organizations?per=5");
    expect(seen[0].headers).toMatchObject({
      authorization: "Bearer bf-invoke-key-1234",
      accept: "application/json",
      "content-type": "application/json",
    });
  }, 60_000);
});

describe("docs/brandfolder/actions.md", () => {
  it("lists every action as the built component defines them (run `npm run docs -- --component brandfolder`)", () => {
    const onDisk = readFileSync(join(root, "docs", "brandfolder", "actions.md"), "utf8");
    expect(onDisk).toBe(actionsMarkdown("brandfolder"));
  });
});

/** `npm start`'s Brandfolder part alone (`--component brandfolder`), on the built bundle. */
const demo = (extra: Record<string, string>) => {
  const child = spawn(tsx, ["scripts/demo.ts", "--component", "brandfolder"], {
    cwd: root,
    env: env(extra),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr })),
  );
};
const lineOf = (stdout: string, label: string) =>
  stdout.split("\n").find((l) => l.slice(2).startsWith(label)) ?? `(no line for ${label})`;

describe("npm start: Brandfolder's part of the demo", () => {
  it("passes every step against the embedded simulator and exits 0", async () => {
    const run = await demo({});
    expect(run.status).toBe(0);
    for (const step of brandfolderSteps) expect(lineOf(run.stdout, step.label)).toMatch(/^✔ /);
    expect(run.stdout).toContain(`${brandfolderSteps.length} passed, 0 failed`);
    // The seeded assets and the demo's own, all read back by Fetch All.
    expect(lineOf(run.stdout, "List Assets with Fetch All")).toContain(
      `${brandfolderPart.seedAssets + 1} assets (complete)`,
    );
    expect(lineOf(run.stdout, "Refuse a value outside")).toMatch(
      /refused before any write: "Value" "billboard" is not allowed/,
    );
    expect(lineOf(run.stdout, "Clean up")).toContain("key and its values deleted");
    // Files and events: both protocols, every event once, the bytes back, nothing left behind.
    expect(lineOf(run.stdout, "Deploy the Asset Events")).toContain(
      "3 subscriptions (asset.create, asset.delete, asset.update)",
    );
    expect(lineOf(run.stdout, "Upload File: 300 KiB")).toContain(
      "307200 bytes, single (1 request)",
    );
    expect(lineOf(run.stdout, "Upload File: 9 MiB")).toContain(
      "9437184 bytes, resumable (2 chunks)",
    );
    expect(lineOf(run.stdout, "Receive the trigger's events")).toMatch(
      /of each on Event; 4 deliveries, all answered 2xx at the first try; a redelivery went to Duplicate/,
    );
    expect(lineOf(run.stdout, "Download Attachment").match(/SHA-256 \w+… matches/g)).toHaveLength(
      2,
    );
    expect(lineOf(run.stdout, "Delete both assets")).toContain("6 deliveries, all answered 2xx");
    expect(lineOf(run.stdout, "Remove the trigger's")).toContain(
      "removed 3; List Webhooks shows none",
    );
    // The callback secret is never printed, only the flow's URL.
    expect(run.stdout + run.stderr).not.toMatch(/secret=[\w-]/);
  }, 90_000);

  it("exits non-zero when a step fails, skips the writes against a real account, and never prints the key", async () => {
    const KEY = "bf-demo-key-3c4d5e6f";
    const server = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("Invalid API key");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const run = await demo({ BRANDFOLDER_API_KEY: KEY, BRANDFOLDER_API_HOST: host });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`against ${host} (read-only)`);
      expect(lineOf(run.stdout, "Read the signed-in user")).toMatch(/^✘ .*HTTP 401/);
      for (const step of brandfolderSteps.filter((s) => s.writes))
        expect(lineOf(run.stdout, step.label)).toMatch(/^- .*skipped: read-only/);
      expect(lineOf(run.stdout, "Deploy the Asset Events")).toContain(
        "needs a public HTTPS callback URL",
      );
      expect(run.stdout + run.stderr).not.toContain(KEY);
    } finally {
      server.close();
    }
  }, 90_000);
});

describe("npm start: Brandfolder's files and events, in process", () => {
  /** A 300 KiB object in the simulator's storage gets one byte flipped after its upload. */
  const corrupt: Step = {
    label: "Flip a byte of the small file in storage",
    needs: [],
    run: async ({ target }) => {
      const objects = [...(target.brandfolder?.state.storage?.objects.values() ?? [])];
      const small = objects.find((o) => o.size === 300 * 1024);
      check(small?.parts?.[0], "no small file in storage");
      small.parts[0][0] ^= 0xff;
      return "flipped";
    },
  };

  it("fails Download Attachment when a file comes back with other bytes, still cleans up, and the exit is non-zero", async () => {
    const printed: string[] = [];
    const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const download = brandfolderFileSteps.findIndex((s) => s.label.startsWith("Download"));
    const steps = [
      // The read step finds the Brandfolder and section the files go to.
      brandfolderSteps.find((s) => s.label.startsWith("Read the organization"))!,
      ...brandfolderFileSteps.slice(0, download),
      corrupt,
      ...brandfolderFileSteps.slice(download),
    ];
    try {
      const counts = await runPart({ ...brandfolderPart, seedAssets: 3, steps });
      const stdout = printed.join("");
      expect(lineOf(stdout, "Download Attachment")).toMatch(
        /^✘ .*the 300 KiB file came back with other bytes/,
      );
      expect(counts).toMatchObject({ passed: steps.length - 1, failed: 1 });
      expect(exitCode(counts)).toBe(1);
      expect(lineOf(stdout, "Remove the trigger's")).toMatch(/^✔ .*removed 3/);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }, 60_000);
});
