/** A JSON response in the GraphQL-over-HTTP error shape, so clients read refusals like any GraphQL error. */
export function graphqlErrorResponse(status: number, code: string, message: string): Response {
  return jsonResponse(status, { errors: [{ message, extensions: { code } }] });
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
