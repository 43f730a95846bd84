import { evaluate, type EvaluationContext } from './conditions';
import type { Answers, FeeRules, TextKey } from './types';

export interface Fee {
  /** In the currency's minor unit (öre for SEK). */
  amount: number;
  currency: string;
  /** Which rule set the amount ('default' when none matched). */
  ruleId: string;
  reason: TextKey;
}

/** The fee for these answers: the first rule that holds, else the default (R-FEE-01). */
export function feeFor(rules: FeeRules, answers: Answers, context: EvaluationContext): Fee {
  const rule = rules.rules.find((candidate) => evaluate(candidate.when, answers, context));
  return rule
    ? { amount: rule.amount, currency: rules.currency, ruleId: rule.id, reason: rule.reason }
    : { amount: rules.defaultAmount, currency: rules.currency, ruleId: 'default', reason: rules.defaultReason };
}
