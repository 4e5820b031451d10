export interface GraphQLAnswer<T> {
  data: T;
  /** The answer's size in bytes, as sent. */
  bytes: number;
}

/** One GraphQL POST; anything but HTTP 200 without errors is thrown with what came back. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: unknown[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${url}: HTTP ${response.status}, inget JSON-svar: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${url}: HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 600)}`);
  }
  return { data: body.data, bytes: Buffer.byteLength(text) };
}
