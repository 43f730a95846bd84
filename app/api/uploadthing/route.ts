import { createRouteHandler } from 'uploadthing/next';
import { documentRouter } from '@/lib/documents/uploadthing/file-router';
import { route } from '@/lib/http/route';

const uploadThing = createRouteHandler({ router: documentRouter });

/**
 * UploadThing's route: upload addresses for the browser (from the service's own pages), and
 * the signed callback after each upload (from UploadThing's servers, which send no Origin).
 * The FileRouter's middleware checks that the draft is the visitor's.
 */
export const GET = route({ name: 'document.upload-thing', access: 'anyone' }, ({ request }) => uploadThing.GET(request as never));
export const POST = route({ name: 'document.upload-thing', access: 'anyone' }, ({ request }) => uploadThing.POST(request as never));
