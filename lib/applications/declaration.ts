// The declaration before an application is sent (GOV.UK "Now send your application"): the
// person ticks that the answers are true and complete. Without it no payment starts and nothing
// is sent; when it was made is kept on the draft, then with the application sent from it.
import type { Transaction } from './submit';

/** The declaration's box in the "Accept and send" form: its name, and its value when ticked. */
export const DECLARATION = { name: 'declaration', value: 'confirmed' } as const;

/** Whether a post carries the ticked declaration (a hand-made post may carry anything, or nothing). */
export const declares = (formData: unknown): boolean => formData instanceof FormData && formData.get(DECLARATION.name) === DECLARATION.value;

/** Records on the draft that the person declared, at `at`, in the transaction that acts on it. */
export async function recordDeclaration(tx: Transaction, draftId: string, at: Date): Promise<void> {
  await tx.draft.update({ where: { id: draftId }, data: { declaredAt: at } });
}
