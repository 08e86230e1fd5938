// msw transport: every request under the sandbox's base URL goes to sandbox.fetch; a dropped connection
// becomes a network error.

import { http, HttpResponse, type HttpHandler } from "msw";
import { isDroppedConnection } from "./faults";
import type { OroSandbox } from "./oro-sandbox";

export function sandboxHandlers(sandbox: OroSandbox): HttpHandler[] {
  const forward = async ({ request }: { request: Request }): Promise<Response> => {
    try {
      return await sandbox.fetch(request);
    } catch (error) {
      if (isDroppedConnection(error)) return HttpResponse.error();
      throw error;
    }
  };
  return [http.all(sandbox.baseUrl, forward), http.all(`${sandbox.baseUrl}/*`, forward)];
}
