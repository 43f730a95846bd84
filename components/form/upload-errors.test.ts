import { describe, expect, test } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { UPLOAD_ERRORS } from './DocumentUploads';

const catalogues = { sv, en, ar };

describe('R-X-01 R-DOC-04 a file refused for its content says why, in each language', () => {
  test.each(['damaged', 'encrypted', 'unsafe-content'])('%s is shown on the page with its own message', (refusal) => {
    expect(UPLOAD_ERRORS.has(refusal)).toBe(true);
    for (const messages of Object.values(catalogues)) {
      const errors = messages.Form.upload.errors as Record<string, string>;
      expect(errors[refusal]).toBeTruthy();
      expect(Object.entries(errors).filter(([key, text]) => key !== refusal && text === errors[refusal])).toEqual([]);
    }
  });
});
