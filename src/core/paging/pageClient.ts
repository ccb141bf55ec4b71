import type { HttpMethod, ParamValue, RequestBody } from "../http/request";

/** What a page request carries; structural so paging depends on no particular client. */
export interface PageRequest {
  path: string;
  pathParams?: Record<string, string | number>;
  query?: Record<string, ParamValue>;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** The one method of the HTTP client that paging and declarative actions use. */
export interface PageClient {
  /** The client's sustained pace, when it has a pacer: Fetch All keeps about rate × latency pages in flight. */
  readonly ratePerSecond?: number;
  request(
    req: PageRequest & {
      method: HttpMethod;
      body?: RequestBody;
      responseType?: "json" | "text" | "arraybuffer";
    },
  ): Promise<{ data: unknown; headers: Record<string, string>; elapsedMs?: number }>;
}
