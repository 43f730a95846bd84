import { headers } from 'next/headers';
import { cache } from 'react';
import { currentPerson, type Person } from './session';

/** Who is signed in, for server components: looked up once per request however many ask. */
export const signedInPerson = cache(async (): Promise<Person | null> => currentPerson(new Headers(await headers())));
