import { staffCasePages } from '@/components/cases/staff-case-pages';

const pages = staffCasePages('embassy');
export const generateMetadata = pages.generateMetadata;
export default pages.ListPage;
