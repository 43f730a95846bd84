import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentPerson, type Person } from './session';

/** Who is signed in, for server components: looked up once per request however many ask. */
export const signedInPerson = cache(async (): Promise<Person | null> => currentPerson(new Headers(await headers())));

/**
 * The signed-in person for a protected page. proxy.ts has already checked the area and the
 * record; this is the page's own guard should a route ever be left out there.
 */
export async function requirePerson(locale: string): Promise<Person> {
  const person = await signedInPerson();
  if (!person) redirect(`/${locale}/sign-in`);
  return person;
}
