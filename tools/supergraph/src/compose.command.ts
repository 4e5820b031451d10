import 'reflect-metadata';
import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose-supergraph';

composeSupergraph()
  .then((sdl) => {
    fs.writeFileSync(SUPERGRAPH_FILE, sdl);
    console.log(`Supergrafen skrevs till ${SUPERGRAPH_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
