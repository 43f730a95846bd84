// The page's check in the browser, loaded when the form is first used: the form is parsed as
// the server action parses it and checked with the same zod schema (R-ENG-02), by
// react-hook-form through its zod resolver. The words are the server's, handed down with the page.
import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl, type FieldErrors, type FieldValues, type ResolverOptions } from 'react-hook-form';
import { controlId } from '@/components/ui/ids';
import type { ControlError } from '@/components/ui/live-errors';
import { pageSchema, parsePagePost, RESERVED_FIELD_IDS, toErrorKind, withPageInput, type Answers, type Page } from '@/lib/form-engine';
import { errorTextFor, type ErrorTexts } from './error-text';

/** What react-hook-form asks of a resolver, for the values the form would post now. */
function checkPage(input: Record<string, unknown>, page: Page, answers: Answers, today: Date, options: ResolverOptions<FieldValues>) {
  // A choice on this page may reveal a question below it: visibility reads the posted choice.
  const schema = pageSchema(page, withPageInput(page, answers, input), { today });
  // No field is registered with react-hook-form: without names it nests group and row errors apart.
  return zodResolver(schema)(input, undefined, { ...options, names: undefined });
}

/** "familyMembers.1.name" of the parsed items, as the row it came from on the page ("familyMembers.2.name"). */
function onPage(path: string, rowsOnPage: Record<string, number[]>): string {
  const [fieldId = '', item, ...rest] = path.split('.');
  const row = item !== undefined && /^\d+$/.test(item) ? rowsOnPage[fieldId]?.[Number(item)] : undefined;
  return row === undefined ? path : [fieldId, row, ...rest].join('.');
}

// Keys of react-hook-form's error objects that are not names of nested fields: no field may have them as ids.
const ERROR_PROPERTIES = new Set<string>(RESERVED_FIELD_IDS);

/** react-hook-form's nested errors as the page shows them: one per control, in page order. */
function liveErrorsOf(errors: FieldErrors, texts: ErrorTexts, form: HTMLFormElement, rowsOnPage: Record<string, number[]>): ControlError[] {
  const found: ControlError[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { message, root } = node as { message?: unknown; root?: unknown };
    if (typeof message === 'string' && path) {
      found.push({ path: onPage(path, rowsOnPage), message: errorTextFor(texts, path, toErrorKind(message)) ?? message });
    }
    if (root) visit(root, path);
    for (const [key, child] of Object.entries(node)) {
      if (!ERROR_PROPERTIES.has(key)) visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(errors, '');
  const position = (error: ControlError) => {
    const control = form.ownerDocument.getElementById(controlId(error.path));
    return control ? [...form.elements].indexOf(control as Element & HTMLInputElement) : Number.MAX_SAFE_INTEGER;
  };
  return found.sort((a, b) => position(a) - position(b));
}

/** The errors the server would find in what the form would post now, in the server's words; none when it passes. */
export async function checkForm(form: HTMLFormElement, page: Page, answers: Answers, today: Date, texts: ErrorTexts): Promise<ControlError[]> {
  // Parsed as the server action parses the post.
  const { input, rowsOnPage } = parsePagePost(page, new FormData(form).entries());
  const { handleSubmit } = createFormControl({ resolver: (_values, _context, options) => checkPage(input, page, answers, today, options) });
  let found: ControlError[] = [];
  await handleSubmit(
    () => {},
    (errors) => {
      found = liveErrorsOf(errors, texts, form, rowsOnPage);
    },
  )();
  return found;
}
