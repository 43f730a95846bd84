// Static checks of a definition (R-ENG-06), run as tests over every form in forms/:
// unknown references, duplicate ids, conditions that read later answers (a dependency
// cycle), unreachable pages, fields that are never shown, texts missing in a language, and what
// each field type checks of its own declaration.
import { fieldsReadBy } from './conditions';
import { typeOf } from './field-types';
import { commonTextKeys } from './field-types/kit';
import type { AnswerField, Condition, Field, FormDefinition, TextKey } from './types';
import { FIELD_ROLES, fieldsOfRole, type FieldRole } from './roles';
import { isAnswerField, revealedBy } from './validation';

export type LintCode =
  | 'duplicate-id'
  | 'unknown-reference'
  | 'forward-reference'
  | 'unreachable-page'
  | 'never-shown-field'
  | 'missing-translation'
  /** A question shown by an answer on its own page that no choice above it can reveal. */
  | 'unrevealable-field'
  /** The form does not say what sending it does. */
  | 'no-submission'
  /** A form that answers an existing case asks for a fee or documents, which its sending does not take. */
  | 'answer-case-extras'
  /** Two fields of the form's own answers claim one role. */
  | 'duplicate-role'
  /** A role held by a field of a type that cannot hold it. */
  | 'role-type'
  /** A field no answer can pass, e.g. one whose minimum is above its maximum. */
  | 'impossible-answer';

export interface LintIssue {
  code: LintCode;
  message: string;
}

interface FieldPlace {
  field: AnswerField;
  pageIndex: number;
  /** Position on its page. */
  position: number;
}

/** Every text key a definition uses. */
export function textKeysOf(definition: FormDefinition): TextKey[] {
  const keys: TextKey[] = [definition.title, ...definition.sections.map((section) => section.title)];
  const fromField = (field: Field): TextKey[] =>
    isAnswerField(field) ? [...commonTextKeys(field), ...(typeOf(field).textKeys?.(field) ?? [])] : [...field.paragraphs];
  for (const page of definition.pages) {
    if (page.title) keys.push(page.title);
    keys.push(...page.fields.flatMap(fromField));
  }
  for (const stop of definition.stops) keys.push(stop.title, ...stop.paragraphs);
  if (definition.fees) keys.push(definition.fees.defaultReason, ...definition.fees.rules.map((rule) => rule.reason));
  return [...new Set(keys)];
}

/** A question answered by picking one of listed values: it may show a question below it. */
const isChoice = (field: AnswerField) => Boolean(typeOf(field).choices);

function hasKey(messages: unknown, key: TextKey): boolean {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Whether some answers could make `condition` true. Choice fields take each of their values
 * (or none); any other field is answered or not, and an age condition holds or not.
 */
function isSatisfiable(condition: Condition, places: Map<string, FieldPlace>): boolean {
  const fieldIds = [...new Set(fieldsReadBy(condition))];
  const literals = (node: Condition, fieldId: string): string[] => {
    if ('not' in node) return literals(node.not, fieldId);
    if ('all' in node) return node.all.flatMap((part) => literals(part, fieldId));
    if ('any' in node) return node.any.flatMap((part) => literals(part, fieldId));
    if (node.field !== fieldId) return [];
    return 'equals' in node ? [node.equals] : 'oneOf' in node ? [...node.oneOf] : [];
  };
  const domains = fieldIds.map((fieldId) => {
    const field = places.get(fieldId)?.field;
    const choices = field && typeOf(field).choices?.(field);
    return choices ? ['', ...choices] : ['', 'answered', 'adult', ...literals(condition, fieldId)];
  });
  const holds = (node: Condition, values: Map<string, string>): boolean => {
    if ('not' in node) return !holds(node.not, values);
    if ('all' in node) return node.all.every((part) => holds(part, values));
    if ('any' in node) return node.any.some((part) => holds(part, values));
    const value = values.get(node.field) ?? '';
    if ('answered' in node) return value !== '';
    if ('ageAtLeast' in node) return value === 'adult';
    if ('equals' in node) return value === node.equals;
    return node.oneOf.includes(value);
  };
  const search = (index: number, values: Map<string, string>): boolean => {
    if (index === fieldIds.length) return holds(condition, values);
    return domains[index]!.some((value) => search(index + 1, new Map(values).set(fieldIds[index]!, value)));
  };
  return search(0, new Map());
}

export function lintForm(definition: FormDefinition, messagesByLocale: Record<string, unknown> = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  const report = (code: LintCode, message: string) => issues.push({ code, message });

  // Ids: pages, stops, sections and answer fields are each unique.
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string) => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) report('duplicate-id', `${kind} id "${id}" is used twice`);
    seen.set(key, id);
  };
  definition.sections.forEach((section) => claim('section', section.id));
  definition.pages.forEach((page) => claim('page', page.id));
  definition.stops.forEach((stop) => claim('stop', stop.id));

  const places = new Map<string, FieldPlace>();
  definition.pages.forEach((page, pageIndex) => {
    page.fields.forEach((field, position) => {
      claim('field', field.id);
      if (!isAnswerField(field)) return;
      places.set(field.id, { field, pageIndex, position });
      issues.push(...(typeOf(field).lint?.(field) ?? []));
    });
  });
  const pageIndex = new Map(definition.pages.map((page, index) => [page.id, index]));
  const sectionIds = new Set(definition.sections.map((section) => section.id));

  /**
   * A condition may read answers given before it: on earlier pages, or on its own page in a
   * choice field above it (a conditionally revealed question). `samePage` is the position on
   * page `pageIndex` up to which answers count (Infinity: the whole page, -1: none of it).
   */
  const checkCondition = (where: string, condition: Condition, pageIndex: number, samePage: number) => {
    for (const fieldId of fieldsReadBy(condition)) {
      const place = places.get(fieldId);
      if (!place) report('unknown-reference', `${where} reads "${fieldId}", which no page asks`);
      else if (place.pageIndex > pageIndex || (place.pageIndex === pageIndex && place.position >= samePage)) {
        report('forward-reference', `${where} reads "${fieldId}", which is answered after it (a dependency cycle)`);
      } else if (place.pageIndex === pageIndex && samePage !== Infinity && !isChoice(place.field)) {
        report('forward-reference', `${where} reads "${fieldId}" on the same page, which only a choice question can reveal`);
      }
    }
  };

  definition.pages.forEach((page, index) => {
    if (!sectionIds.has(page.section)) report('unknown-reference', `page "${page.id}" is in unknown section "${page.section}"`);
    if (page.showIf) checkCondition(`page "${page.id}"`, page.showIf, index, -1);
    const onPage = new Set(page.fields.map((field) => field.id));
    page.fields.forEach((field, position) => {
      if (field.showIf) checkCondition(`field "${field.id}"`, field.showIf, index, position);
      if (field.showIf && fieldsReadBy(field.showIf).some((fieldId) => onPage.has(fieldId)) && !revealedBy(page, field)) {
        report('unrevealable-field', `field "${field.id}" is shown by an answer on its page: only "equals" on a radios, yes/no or checkboxes question can reveal it`);
      }
      // A rule reads the answers beside its field: the page's, or its group item's.
      const beside = (fields: readonly Field[], where: string) => (inner: Field) => {
        if (!isAnswerField(inner) || !inner.validIf) return;
        for (const fieldId of fieldsReadBy(inner.validIf.condition)) {
          if (!fields.some((candidate) => candidate.id === fieldId)) report('unknown-reference', `the rule of field "${inner.id}" reads "${fieldId}", which is not asked on ${where}`);
        }
      };
      beside(page.fields, `page "${page.id}"`)(field);
      if (field.type === 'group') field.fields.forEach(beside(field.fields, `an item of "${field.id}"`));
      if ('optionsBy' in field && field.optionsBy) {
        checkCondition(`options of "${field.id}"`, { field: field.optionsBy.field, answered: true }, index, -1);
      }
    });
  });
  for (const stop of definition.stops) {
    const after = pageIndex.get(stop.after);
    if (after === undefined) report('unknown-reference', `stop "${stop.id}" follows unknown page "${stop.after}"`);
    else checkCondition(`stop "${stop.id}"`, stop.when, after, Infinity);
  }
  for (const rule of definition.fees?.rules ?? []) checkCondition(`fee rule "${rule.id}"`, rule.when, definition.pages.length, Infinity);
  // What the service reads from the answers is declared by role, each role in one place.
  if (!definition.submission) report('no-submission', 'the form declares no submission kind (register-cases or answer-case)');
  // Answers about an existing case are sent as they are: nothing to pay, no documents of their own.
  if (definition.submission?.kind === 'answer-case') {
    if (definition.fees) report('answer-case-extras', 'a form that answers a case takes no fee');
    for (const field of places.values()) {
      if (field.field.type === 'document') report('answer-case-extras', `a form that answers a case takes no documents ("${field.field.id}")`);
    }
  }
  const wantedType: Partial<Record<FieldRole, Field['type']>> = { receiptEmail: 'email', sponsorEmail: 'email', familyMembers: 'group', sponsorIdentityNumber: 'personnummer' };
  for (const role of FIELD_ROLES) {
    const holders = fieldsOfRole(definition, role);
    const topLevel = holders.filter((field) => places.has(field.id));
    if (topLevel.length > 1) report('duplicate-role', `role "${role}" is declared by ${topLevel.map((field) => `"${field.id}"`).join(' and ')}`);
    for (const field of holders) {
      if (wantedType[role] && field.type !== wantedType[role]) report('role-type', `the ${role} answer "${field.id}" is not of type ${wantedType[role]}`);
    }
  }
  const perPerson = definition.fees?.perPersonGroup;
  if (perPerson && places.get(perPerson)?.field.type !== 'group') report('unknown-reference', `the fee per person counts "${perPerson}", which is not a group asked on a page`);

  // Reachability: a page is unreachable when its condition can never hold, or when a stop
  // before it always ends the journey.
  const alwaysStopsAt = definition.stops
    .filter((stop) => !isSatisfiable({ not: stop.when }, places))
    .map((stop) => pageIndex.get(stop.after) ?? Infinity);
  const firstCertainStop = Math.min(Infinity, ...alwaysStopsAt);
  const unreachable = new Set<string>();
  definition.pages.forEach((page, index) => {
    if (index > firstCertainStop || (page.showIf && !isSatisfiable(page.showIf, places))) {
      unreachable.add(page.id);
      report('unreachable-page', `page "${page.id}" can never be reached`);
    }
  });
  for (const page of definition.pages) {
    if (unreachable.has(page.id)) continue;
    for (const field of page.fields) {
      if (field.showIf && !isSatisfiable(field.showIf, places)) report('never-shown-field', `field "${field.id}" is never shown`);
    }
  }
  for (const stop of definition.stops) {
    if (!isSatisfiable(stop.when, places)) report('unreachable-page', `stop "${stop.id}" can never be reached`);
  }

  for (const [locale, messages] of Object.entries(messagesByLocale)) {
    for (const key of textKeysOf(definition)) {
      if (!hasKey(messages, key)) report('missing-translation', `"${key}" is missing in ${locale}`);
    }
  }
  return issues;
}
