import { staffCasePages } from '@/components/cases/staff-case-pages';

const pages = staffCasePages('caseworker');
export const generateMetadata = pages.generateMetadata;
export default pages.ListPage;
