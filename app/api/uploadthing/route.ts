import { createRouteHandler } from 'uploadthing/next';
import { documentRouter } from '@/lib/documents/uploadthing/file-router';

/** UploadThing's route: upload addresses for the browser, and the callback after each upload. */
export const { GET, POST } = createRouteHandler({ router: documentRouter });
