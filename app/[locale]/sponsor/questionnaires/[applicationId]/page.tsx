import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('questionnaire');
export default pages.EntryPage;
