// One fresh process of warm helper timing: `warm-worker.ts <dist> <helper>…` prints the rounds as JSON.
import { warmRounds } from './helper-speed.js';
import { SPEED_TASKS } from './speed-tasks.js';

const [dist, ...helpers] = process.argv.slice(2);
if (dist === undefined) throw new Error('usage: warm-worker.ts <dist> <helper>…');
const tasks = helpers.map((helper) => {
  const task = SPEED_TASKS.find((t) => t.helper === helper);
  if (task === undefined) throw new Error(`No speed task for ${helper}.`);
  return task;
});
process.stdout.write(JSON.stringify(await warmRounds(dist, tasks)));
