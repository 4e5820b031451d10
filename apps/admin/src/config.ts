/**
 * Where the gateway is. By default the dashboard is served from the same origin as the gateway's
 * /graphql and /auth paths (the Vite dev server and `vite preview` proxy them); set VITE_GATEWAY_URL
 * at build time to call a gateway on another origin.
 */
export const GATEWAY_ORIGIN: string = (import.meta.env?.VITE_GATEWAY_URL as string | undefined)?.replace(/\/$/, '') ?? '';
