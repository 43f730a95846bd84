'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ActionFormState } from '@/components/form/ActionForm';
import { action } from '@/lib/actions';
import { isStorableText, withStorableText } from '@/lib/form-engine';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/identity/auth';
import {
  acceptTerms,
  confirmEnrolment,
  destinationAfterSignIn,
  registerAccount,
  requestPasswordReset,
  resetPassword,
  signInWithCode,
  signInWithPassword,
  signOut,
} from '@/lib/identity/sign-in';
import { safeNextPath } from './paths';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Translate = Awaited<ReturnType<typeof getTranslations<'Identity.register'>>>;

/**
 * A field error for each field holding a character PostgreSQL cannot store or that is no text
 * (a NUL, a lone surrogate; the form engine's rule, R-X-01). Checked before anything else, so
 * such a post goes no further and nothing of it is written. `fields`: name → [value, label].
 */
async function unstorableErrors(locale: string, fields: Record<string, [string, string]>): Promise<ActionFormState['errors']> {
  const bad = Object.entries(fields).filter(([, [value]]) => !isStorableText(value));
  if (!bad.length) return [];
  const t = await getTranslations({ locale, namespace: 'Identity' });
  return bad.map(([path, [, label]]) => ({ path, message: t('invalidCharacters', { field: label }) }));
}

/** Values shown back in the form, with such characters marked (U+FFFD). */
const shown = (values: Record<string, string>) => withStorableText(values) as Record<string, string>;

/** A new password and its repetition: the same rules on registration and reset. */
function newPasswordErrors(t: Translate, password: string, confirm: string): ActionFormState['errors'] {
  if (password.length < PASSWORD_MIN_LENGTH) return [{ path: 'password', message: t('passwordShort') }];
  if (password.length > PASSWORD_MAX_LENGTH) return [{ path: 'password', message: t('passwordLong') }];
  if (confirm !== password) return [{ path: 'confirmPassword', message: t('passwordMismatch') }];
  return [];
}

export const signInWithPasswordAction = action(
  { name: 'sign-in.password', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.signIn' });
    const email = text(formData, 'email').trim();
    const password = text(formData, 'password');
    const values = shown({ email });
    const unstorable = await unstorableErrors(context.locale, { email: [email, t('email')], password: [password, t('password')] });
    if (unstorable.length) return { errors: unstorable, values };
    const errors = [
      ...(email ? [] : [{ path: 'email', message: t('emailRequired') }]),
      ...(password ? [] : [{ path: 'password', message: t('passwordRequired') }]),
    ];
    if (errors.length) return { errors, values };
    const outcome = await signInWithPassword(context, email, password);
    const next = safeNextPath(text(formData, 'next'), context.locale);
    if (typeof outcome === 'object') redirect(await destinationAfterSignIn(outcome, context.locale, next));
    if (outcome === 'code-needed') redirect(`/${context.locale}/sign-in/code${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    if (outcome === 'set-up-two-step') redirect(`/${context.locale}/register/two-step`);
    const message = {
      wrong: t('wrongCredentials'),
      locked: t('locked'),
      'too-many': t('tooMany'),
      barred: t('barred'),
      unverified: t('unverified'),
    }[outcome];
    return { errors: [{ path: outcome === 'wrong' ? 'password' : 'email', message }], values };
  },
);

export const signInWithCodeAction = action(
  { name: 'sign-in.code', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.code' });
    const code = text(formData, 'code').trim();
    const unstorable = await unstorableErrors(context.locale, { code: [code, t('label')] });
    if (unstorable.length) return { errors: unstorable, values: {} };
    if (!code) return { errors: [{ path: 'code', message: t('required') }], values: {} };
    const outcome = await signInWithCode(context, code);
    if (typeof outcome === 'object') {
      redirect(await destinationAfterSignIn(outcome, context.locale, safeNextPath(text(formData, 'next'), context.locale)));
    }
    const message = { wrong: t('wrong'), expired: t('expired'), 'too-many': t('tooMany') }[outcome];
    return { errors: [{ path: 'code', message }], values: {} };
  },
);

export const registerAction = action(
  { name: 'account.register', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.register' });
    const email = text(formData, 'email').trim();
    const password = text(formData, 'password');
    const confirm = text(formData, 'confirmPassword');
    const twoStep = text(formData, 'twoStep');
    const values = shown({ email, twoStep });
    const errors = await unstorableErrors(context.locale, {
      email: [email, t('email')],
      password: [password, t('password')],
      confirmPassword: [confirm, t('confirm')],
    });
    if (errors.length) return { errors, values };
    if (!EMAIL.test(email) || email.length > 254) errors.push({ path: 'email', message: t('emailInvalid') });
    errors.push(...newPasswordErrors(t, password, confirm));
    if (twoStep !== 'yes' && twoStep !== 'no') errors.push({ path: 'twoStep', message: t('twoStepRequired') });
    if (errors.length) return { errors, values };
    if ((await registerAccount(context, { email, password, twoStep: twoStep === 'yes' })) === 'too-many') {
      return { errors: [{ path: 'email', message: t('tooMany') }], values };
    }
    redirect(`/${context.locale}/register/done`);
  },
);

export const confirmTwoStepAction = action(
  { name: 'account.two-step-set-up', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.enrol' });
    const code = text(formData, 'code').trim();
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return { errors: [{ path: 'code', message: t('required') }], values: {} };
    const outcome = await confirmEnrolment(context, code);
    if (outcome === 'enrolled') redirect(`/${context.locale}/register/recovery-codes`);
    return { errors: [{ path: 'code', message: outcome === 'wrong' ? t('wrong') : t('expired') }], values: {} };
  },
);

export const acceptTermsAction = action(
  { name: 'terms.accept', access: {} },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.terms' });
    if (text(formData, 'accept') !== 'yes') return { errors: [{ path: 'accept', message: t('required') }], values: {} };
    await acceptTerms(context);
    const person = context.person!;
    const next = safeNextPath(text(formData, 'next'), context.locale);
    redirect(await destinationAfterSignIn({ accountId: person.accountId, method: person.signInMethod }, context.locale, next));
  },
);

export const signOutAction = action({ name: 'sign-out', access: 'anyone' }, async (context) => {
  await signOut(context);
  redirect(`/${context.locale}`);
});

export const requestPasswordResetAction = action(
  { name: 'password.reset-request', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.forgot' });
    const email = text(formData, 'email').trim();
    const values = shown({ email });
    const unstorable = await unstorableErrors(context.locale, { email: [email, t('email')] });
    if (unstorable.length) return { errors: unstorable, values };
    if (!EMAIL.test(email) || email.length > 254) return { errors: [{ path: 'email', message: t('emailInvalid') }], values };
    if ((await requestPasswordReset(context, email)) === 'too-many') return { errors: [{ path: 'email', message: t('tooMany') }], values };
    redirect(`/${context.locale}/forgot-password/sent`);
  },
);

export const resetPasswordAction = action(
  { name: 'password.reset', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.register' });
    const reset = await getTranslations({ locale: context.locale, namespace: 'Identity.reset' });
    const password = text(formData, 'password');
    const confirm = text(formData, 'confirmPassword');
    const token = text(formData, 'token');
    const unstorable = await unstorableErrors(context.locale, { password: [password, reset('password')], confirmPassword: [confirm, reset('confirm')] });
    if (unstorable.length) return { errors: unstorable, values: {} };
    const errors = newPasswordErrors(t, password, confirm);
    if (errors.length) return { errors, values: {} };
    // The token comes from the link, never typed: one that cannot be stored is no link of ours.
    if (!isStorableText(token) || (await resetPassword(context, token, password)) === 'invalid-link') {
      return { errors: [{ path: 'password', message: reset('invalidLink') }], values: {} };
    }
    redirect(`/${context.locale}/sign-in?notice=password-changed`);
  },
);
