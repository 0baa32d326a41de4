/**
 * npx dj-static in.html -o out.html [--mode hydratable|static|svg] [--width 640]
 * Pre-renders every outermost dj-* element of a page; without -o it writes to stdout. Running it
 * on its own output changes nothing.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { prerenderHtml } from './html.js';
import type { RenderMode } from './render.js';

const USAGE = 'usage: dj-static <in.html> [-o out.html] [--mode hydratable|static|svg] [--width 640]';

/** A message as one line of the log. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, mode: { type: 'string', default: 'hydratable' }, width: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`dj-static: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const mode = values.mode as RenderMode;
  if (!['hydratable', 'static', 'svg'].includes(mode)) {
    console.error(`dj-static: --mode must be hydratable, static or svg, not "${mode}".\n${USAGE}`);
    return 2;
  }
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(width >= 120 && width <= 4000)) {
    console.error(`dj-static: --width must be a number of px between 120 and 4000.\n${USAGE}`);
    return 2;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let failures = 0;
  const html = prerenderHtml(fs.readFileSync(input, 'utf8'), {
    mode,
    ...(width === undefined ? {} : { width }),
    // One line per problem, where it is; an element whose data comes later (by script or
    // `src`) is no problem: it is drawn as a reserved, empty frame.
    onError: (tag, error, line) => {
      failures++;
      console.error(`dj-static: ${input}:${line ?? '?'}: <${tag}> left unrendered: ${oneLine(error.message)}`);
    },
    onProblem: (tag, message, line) => {
      failures++;
      console.error(`dj-static: ${input}:${line}: <${tag}> shows an error: ${oneLine(message)}`);
    },
  });
  if (values.out) fs.writeFileSync(values.out, html);
  else process.stdout.write(html);
  return failures ? 1 : 0;
}
