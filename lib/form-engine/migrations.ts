// A draft keeps the form version it started on; declared migrations move it forward (R-ENG-05).
import type { Answers, FormDefinition, MigrationStep } from './types';

function applyStep(answers: Answers, step: MigrationStep): Answers {
  if ('rename' in step) {
    const { [step.rename.from]: value, ...rest } = answers;
    return value === undefined ? rest : { ...rest, [step.rename.to]: value };
  }
  if ('drop' in step) {
    const { [step.drop]: _dropped, ...rest } = answers;
    return rest;
  }
  const { field, from, to } = step.mapValue;
  const value = answers[field];
  if (value === from) return { ...answers, [field]: to };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return { ...answers, [field]: (value as string[]).map((item) => (item === from ? to : item)) };
  }
  return answers;
}

/**
 * Moves answers given on `fromVersion` to the definition's version, one declared migration
 * after another. Null when no chain of migrations leads there: the draft is then finished on
 * the version it started on.
 */
export function migrateAnswers(definition: FormDefinition, fromVersion: number, answers: Answers): Answers | null {
  let version = fromVersion;
  let current = answers;
  while (version < definition.version) {
    const migration = definition.migrations?.find((candidate) => candidate.from === version);
    if (!migration) return null;
    current = migration.steps.reduce(applyStep, current);
    version = migration.to;
  }
  return version === definition.version ? current : null;
}
