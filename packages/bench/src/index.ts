/** `pnpm bench`: build benchmark, page weight of the example site, the scaffolder (see README.md). */

import { runAggregatorBench } from './aggregator-bench.ts';
import { parseArgs } from './args.ts';
import { runBuildBench } from './build-bench.ts';
import { runCmsBench } from './cms-bench.ts';
import { runLessonBench } from './lesson-bench.ts';
import { runLighthouse } from './lighthouse.ts';
import { runPageWeight } from './page-weight.ts';
import { runScaffoldBench } from './scaffold-bench.ts';
import { runScaleBench } from './scale-bench.ts';
import { emptyTrash } from './trash.ts';

const args = parseArgs(process.argv.slice(2));
const started = performance.now();
let failed = false;
if (args.only === undefined || args.only === 'build') {
  const results = await runBuildBench(args);
  failed ||= results.some((r) => !r.ok);
  failed ||= !(await runLessonBench(args));
}
if (args.only === undefined || args.only === 'weight') {
  failed ||= !(await runPageWeight(args));
}
if (args.only === undefined || args.only === 'lighthouse') {
  failed ||= !(await runLighthouse(args));
}
if (args.only === undefined || args.only === 'scaffold') {
  failed ||= !(await runScaffoldBench(args));
}
if (args.only === undefined || args.only === 'aggregator') {
  failed ||= !(await runAggregatorBench(args));
}
if (args.only === undefined || args.only === 'scale') {
  failed ||= !(await runScaleBench(args));
}
if (args.only === undefined || args.only === 'cms') {
  failed ||= !(await runCmsBench(args));
}
emptyTrash();
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
