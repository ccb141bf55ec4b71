export interface ContractRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Exact path on the portal, without the query string. */
  path: string;
  /** Exact query: nothing more, nothing less (values as sent, e.g. "1"). */
  query?: Record<string, string>;
  /** Exact body: form fields (as strings) for form encoding, the JSON value for JSON. */
  body?: unknown;
  encoding?: "form" | "json";
  /** A pre-signed URL (S3, CDN) on the test host: it must carry no Authorization header at all. */
  unauthenticated?: true;
  /** Reply; defaults to 200 with the action's example payload. */
  reply?: { status?: number; body?: unknown; headers?: Record<string, string> };
}

export interface Contract {
  /** Raw input values as the platform passes them (strings, lists); the harness applies each input's clean. */
  inputs: Record<string, unknown>;
  requests: ContractRequest[];
  /** What the action returns as `data`; defaults to the example payload's data. */
  expected?: unknown;
}

export type Contracts = Record<string, Contract>;
