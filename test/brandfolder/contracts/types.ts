export interface ContractRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Exact path on the API host, server prefix included (`/api/v4/…`), without the query. */
  path: string;
  /** Exact query: nothing more, nothing less. */
  query?: Record<string, string>;
  /** Exact JSON body; absent means no body. */
  body?: unknown;
  /** Reply; defaults to 200 with the action's example payload. */
  reply?: { status?: number; body?: unknown; headers?: Record<string, string> };
  /**
   * A request to another host (signed storage URLs, a file's CDN URL): sent WITHOUT the API key
   * or Brandfolder's headers, and checked against the OpenAPI operation named here, if it is one
   * (`PUT /upload_url`; a CDN download is none).
   */
  external?: { origin: string; operation?: string };
}

export interface Contract {
  /** Raw input values as the platform passes them; the harness applies each input's clean. */
  inputs: Record<string, unknown>;
  requests: ContractRequest[];
  /** What the action returns as `data`; defaults to the example payload's data. */
  expected?: unknown;
}

export type Contracts = Record<string, Contract>;
