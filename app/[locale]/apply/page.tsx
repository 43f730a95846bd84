import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('application');
export default pages.EntryPage;
