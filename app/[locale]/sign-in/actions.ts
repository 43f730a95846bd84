'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ActionFormState } from '@/components/form/ActionForm';
import { action } from '@/lib/actions';
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
    const values = { email };
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
    const values = { email, twoStep };
    const errors: ActionFormState['errors'] = [];
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
    if (!EMAIL.test(email) || email.length > 254) return { errors: [{ path: 'email', message: t('emailInvalid') }], values: { email } };
    if ((await requestPasswordReset(context, email)) === 'too-many') return { errors: [{ path: 'email', message: t('tooMany') }], values: { email } };
    redirect(`/${context.locale}/forgot-password/sent`);
  },
);

export const resetPasswordAction = action(
  { name: 'password.reset', access: 'anyone' },
  async (context, _state: ActionFormState, formData: FormData): Promise<ActionFormState> => {
    const t = await getTranslations({ locale: context.locale, namespace: 'Identity.register' });
    const password = text(formData, 'password');
    const errors = newPasswordErrors(t, password, text(formData, 'confirmPassword'));
    if (errors.length) return { errors, values: {} };
    if ((await resetPassword(context, text(formData, 'token'), password)) === 'invalid-link') {
      const reset = await getTranslations({ locale: context.locale, namespace: 'Identity.reset' });
      return { errors: [{ path: 'password', message: reset('invalidLink') }], values: {} };
    }
    redirect(`/${context.locale}/sign-in?notice=password-changed`);
  },
);
