// Prints how long the form engine takes for one page's validation and for navigating a whole
// application (every page validated, saved answers pruned, next step found), in microseconds;
// then, when there is a production build, the gzipped first-load JavaScript of a wizard page.
//   npm run bench:form-engine
import fs from 'node:fs';
import path from 'node:path';
import { forms } from '../forms';
import { currentStep, nextStep, pruneHiddenAnswers, validatePage, type Answers } from '../lib/form-engine';
import { firstLoadJs } from './first-load';
import { withBenchServer } from './server';
import { posts } from './wizard-answers';

const form = forms['family-reunion']!;
const context = { today: new Date() };

function navigateWholeApplication(): Answers {
  let answers: Answers = {};
  for (const [pageId, input] of posts) {
    const result = validatePage(form, pageId, input, answers, context);
    if (!result.ok) throw new Error(`${pageId}: ${JSON.stringify(result.errors)}`);
    answers = pruneHiddenAnswers(form, { ...answers, ...result.values }, context);
    const step = nextStep(form, pageId, answers, context);
    if (step.kind === 'stop') throw new Error(`stopped at ${step.stop.id}`);
  }
  if (currentStep(form, answers, context).kind !== 'summary') throw new Error('did not reach the summary');
  return answers;
}

function microseconds(work: () => void, rounds: number): number {
  for (let i = 0; i < Math.min(rounds, 200); i++) work(); // warm up
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) work();
  return Number(process.hrtime.bigint() - started) / 1000 / rounds;
}

const answers = navigateWholeApplication();
const onePage = microseconds(() => validatePage(form, 'applicant-contact', posts[11]![1], answers, context), 20_000);
const whole = microseconds(navigateWholeApplication, 500);
console.log(`validate one page (applicant-contact):        ${onePage.toFixed(1)} µs`);
console.log(`navigate a full application (${posts.length} pages):   ${whole.toFixed(0)} µs  (${(whole / posts.length).toFixed(1)} µs a page)`);

if (fs.existsSync(path.resolve(import.meta.dirname, '../.next/BUILD_ID'))) {
  await withBenchServer(3302, 54342, async (base) => {
    const wizardPage = '/sv/apply/location';
    const { scripts, gzipKb } = await firstLoadJs(base, wizardPage);
    console.log(`first-load JavaScript of a wizard page (${wizardPage}): ${gzipKb.toFixed(1)} KB gzipped, ${scripts} scripts`);
    // The page's check in the browser is fetched when the form is first used, not at load.
  });
} else {
  console.log('first-load JavaScript of a wizard page: no production build (npm run build first)');
}
