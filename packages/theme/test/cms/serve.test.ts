import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminUrl, fileServerLaunch, findPort, siteLaunch } from '../../src/cms/serve.ts';

const theme = fileURLToPath(new URL('../../', import.meta.url));

describe('guru-blog cms', () => {
  it('starts decap-server in file mode bound to 127.0.0.1 only, and astro dev on 127.0.0.1', () => {
    const server = fileServerLaunch(theme, 8099);
    expect(server.env).toMatchObject({ BIND_HOST: '127.0.0.1', MODE: 'fs', PORT: '8099', GIT_REPO_DIRECTORY: theme });
    expect(server.args[0]).toMatch(/decap-server/);
    const site = siteLaunch(theme, 8099);
    expect(site.args.slice(1)).toEqual(['dev', '--host', '127.0.0.1']);
    expect(site.env).toEqual({
      GURU_BLOG_CMS_PORT: '8099',
      ASTRO_DISABLE_UPDATE_CHECK: process.env.ASTRO_DISABLE_UPDATE_CHECK || 'true',
      ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED || '1',
    });
  });

  it('finds the editor address in astro dev output, base path included', () => {
    expect(adminUrl('\u001b[32m┃\u001b[39m Local    \u001b[36mhttp://127.0.0.1:4321/\u001b[39m')).toBe('http://127.0.0.1:4321/admin/');
    expect(adminUrl('Local http://127.0.0.1:4322/blog-bu-ani/')).toBe('http://127.0.0.1:4322/blog-bu-ani/admin/');
    expect(adminUrl('starting…')).toBeUndefined();
  });

  it('the real decap-server it launches accepts connections on 127.0.0.1 and not on another address', async () => {
    const port = await findPort(18081);
    const launch = fileServerLaunch(theme, port);
    const child = spawn(launch.command, launch.args, { env: { ...process.env, ...launch.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const log = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('listening on')) resolve(out);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect(log).toContain(`listening on 127.0.0.1:${port}`);
      const connects = (host: string) =>
        new Promise<boolean>((resolve) => {
          const socket = createConnection({ host, port }, () => {
            socket.end();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
      expect(await connects('127.0.0.1')).toBe(true);
      // 127.0.0.2 is loopback too, but a different address: a server bound to every interface answers there.
      expect(await connects('127.0.0.2')).toBe(false);
    } finally {
      child.kill();
    }
  });
});
