import type { Translate } from './error-text';
import { Button, TextInput } from '@/components/ui';
import { UploadForm } from './UploadForm';
import type { Refusal } from '@/lib/documents/intake';
import { ACCEPTED_TYPES, type DocumentRule } from '@/lib/documents/rules';
import { formattingLocale } from '@/lib/i18n/routing';
import { returnToQuery } from '@/lib/applications/return-to';

export interface UploadedFile {
  id: string;
  displayName: string;
  size: number;
  mimeType: string;
  scanStatus: string;
}

/** What an upload can come back with, besides "kept" and "removed" (messages Form.upload.errors). */
export const UPLOAD_ERRORS: ReadonlySet<string> = new Set<Refusal | 'no-file' | 'broken'>([
  'bad-name', 'empty', 'too-large', 'wrong-type', 'damaged', 'encrypted', 'unsafe-content', 'too-many', 'quota', 'infected', 'scan-unavailable', 'no-such-slot', 'no-file', 'broken',
]);

/** The id of a slot's file box, which the error summary links to. */
export const uploadControlId = (fieldId: string) => `upload-${fieldId}`;

/**
 * A document slot's files and its upload form: plain multipart forms posted to the service's
 * own routes, so they work without JavaScript. Outside the page's "Continue" form (forms do
 * not nest).
 */
export function DocumentUploads({
  locale,
  fieldId,
  documentType,
  rule,
  files,
  error,
  returnTo,
  t,
}: {
  locale: string;
  fieldId: string;
  documentType: string;
  rule: DocumentRule;
  files: UploadedFile[];
  error?: string;
  /** The page's way back (from check-your-answers): each upload and removal keeps it. */
  returnTo?: string;
  t: Translate;
}) {
  // Outside /<locale>/: uploads stream straight to the route, not through the proxy.
  const action = (path = '') => `/api/documents/${fieldId}${path}?locale=${locale}${returnToQuery(returnTo, '&')}`;
  const sizeFormat = new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: 1 });
  return (
    <section className="ak-uploads">
      {files.length ? (
        <>
          <h2>{t('Form.upload.filesTitle')}</h2>
          <ul className="ak-uploads__list">
            {files.map((file) => (
              <li key={file.id} className="ak-uploads__file">
                <span>
                  <bdi>{file.displayName}</bdi> ({ACCEPTED_TYPES[file.mimeType as keyof typeof ACCEPTED_TYPES] ?? file.mimeType}, {sizeFormat.format(file.size / 1024)} kB
                  {file.scanStatus === 'NOT_SCANNED' ? `, ${t('Form.upload.notScanned')}` : ''})
                </span>
                <form method="post" action={action('/remove')}>
                  <input type="hidden" name="document" value={file.id} />
                  <Button variant="secondary">
                    {t('Form.upload.remove')}
                    <span className="ak-visually-hidden"> {file.displayName}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <UploadForm action={action()} documentType={documentType} fieldId={fieldId} progressLabel={t('Form.upload.uploading')}>
        <TextInput
          id={uploadControlId(fieldId)}
          name="file"
          type="file"
          className="ak-file-input"
          label={t('Form.upload.fileLabel')}
          hint={t('Form.upload.fileHint', { size: rule.maxFileSizeMB, count: rule.maxFileCount })}
          error={error}
          accept=".pdf,.jpg,.jpeg,.png,.heic,application/pdf,image/jpeg,image/png,image/heic"
        />
        <Button variant="secondary">{t('Form.upload.uploadButton')}</Button>
      </UploadForm>
    </section>
  );
}
