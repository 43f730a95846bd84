import { staffDownload } from '@/lib/documents/of-case';

export const GET = staffDownload('embassy');
