#!/usr/bin/env node
// Entry point of `npm create guru-blog`. The Node check is a separate tiny bundle loaded first, so an
// old Node gets an explanation in the user's language instead of a crash inside newer code.
import { nodeIsSupported, oldNodeMessage } from '../dist/node-version.js';

const argv = process.argv.slice(2);
if (!nodeIsSupported(process.version)) {
  process.stderr.write(`${oldNodeMessage(argv, process.env, process.version)}\n`);
  process.exitCode = 1;
} else {
  const controller = new AbortController();
  // Ctrl-C outside a question (during the install or Git): stop the program and clean up.
  process.on('SIGINT', () => controller.abort());
  const { main } = await import('../dist/index.js');
  process.exitCode = await main({ argv, signal: controller.signal });
}
