import { evaluate, type EvaluationContext } from './conditions';
import type { Answers, FeeRules, TextKey } from './types';

export interface Fee {
  /** In the currency's minor unit (öre for SEK), for everyone the application covers. */
  amount: number;
  /** How many people the amount covers. */
  persons: number;
  currency: string;
  /** Which rule set the amount ('default' when none matched). */
  ruleId: string;
  reason: TextKey;
}

/** The fee for these answers: the first rule that holds, else the default (R-FEE-01). */
export function feeFor(rules: FeeRules, answers: Answers, context: EvaluationContext): Fee {
  const rule = rules.rules.find((candidate) => evaluate(candidate.when, answers, context));
  const group = rules.perPersonGroup ? answers[rules.perPersonGroup] : undefined;
  const persons = 1 + (Array.isArray(group) ? group.length : 0);
  const perPerson = rule?.amount ?? rules.defaultAmount;
  return {
    amount: perPerson * persons,
    persons,
    currency: rules.currency,
    ruleId: rule?.id ?? 'default',
    reason: rule?.reason ?? rules.defaultReason,
  };
}
