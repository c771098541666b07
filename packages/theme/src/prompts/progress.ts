import { styleText } from 'node:util';
import { S_BAR } from '@clack/prompts';

const FRAMES = ['◒', '◐', '◓', '◑'];

/**
 * A spinner with elapsed seconds (a slow install should visibly be alive). Unlike clack's spinner it
 * never puts the terminal in raw mode, so Ctrl-C stays a real SIGINT that stops the install and
 * lets us clean up, instead of exiting on the spot.
 */
export function progress(output: NodeJS.WriteStream = process.stdout) {
  let timer: NodeJS.Timeout | undefined;
  let started = 0;
  let text = '';
  const tty = Boolean(output.isTTY);
  const draw = (frame: number) => {
    const seconds = Math.round((Date.now() - started) / 1000);
    output.write(`\r\x1b[2K${styleText('magenta', FRAMES[frame % FRAMES.length]!)}  ${text}${seconds >= 3 ? styleText('dim', ` ${seconds} d`) : ''}`);
  };
  return {
    start(message: string) {
      text = message;
      started = Date.now();
      output.write(`${styleText('gray', S_BAR)}\n`);
      if (!tty) {
        output.write(`◒  ${message}\n`);
        return;
      }
      let frame = 0;
      draw(frame);
      timer = setInterval(() => draw(++frame), 250);
    },
    stop(message: string, ok = true) {
      if (timer) clearInterval(timer);
      timer = undefined;
      const mark = ok ? styleText('green', '◇') : styleText('red', '■');
      output.write(`${tty ? '\r\x1b[2K' : ''}${mark}  ${message}\n`);
    },
  };
}
