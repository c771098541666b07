#!/usr/bin/env node
// Runs a command while the fixture feeds are served: `node scripts/with-fixtures.mjs guru-community fetch`.
// The example's members are fictional, so their feeds come from this machine, never the internet.
import { spawn } from 'node:child_process';
import { serveFixtures } from './fixture-feeds.mjs';

const [command, ...args] = process.argv.slice(2);
const server = await serveFixtures();
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code) => {
  server.close();
  process.exitCode = code ?? 1;
});
