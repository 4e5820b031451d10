import { portFromEnv } from '@bt/process';

/**
 * Where the gateway reaches each subgraph, so they can run on other hosts: EMPLOYMENT_URL, EDUCATION_URL and
 * CERTIFICATION_URL, by default this machine at the subgraph's port (EMPLOYMENT_PORT etc., else 4001–4003).
 * Keyed by the subgraph names of the supergraph, whose own addresses these replace.
 */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const url = (name: string, defaultPort: number) =>
    env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${portFromEnv(`${name.toUpperCase()}_PORT`, defaultPort, env)}/graphql`;
  return { employment: url('employment', 4001), education: url('education', 4002), certification: url('certification', 4003) };
}
