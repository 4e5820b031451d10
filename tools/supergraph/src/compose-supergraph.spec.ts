import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose-supergraph';

describe('the committed supergraph', () => {
  it('matches what the subgraphs compose to (run `npm run supergraph` after changing a subgraph)', async () => {
    const committed = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    expect(await composeSupergraph()).toBe(committed);
  });

  it('joins Trainee from all three subgraphs', async () => {
    const sdl = await composeSupergraph();
    const trainee = sdl.slice(sdl.indexOf('type Trainee'), sdl.indexOf('}', sdl.indexOf('type Trainee')));
    for (const graph of ['EMPLOYMENT', 'EDUCATION', 'CERTIFICATION']) expect(trainee).toContain(`@join__type(graph: ${graph}, key: "id")`);
    for (const field of ['personalIdentityNumber', 'placements', 'mainSupervisor', 'goalProgress', 'certificates']) expect(trainee).toContain(field);
  });
});
