import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('application');
export const generateMetadata = pages.checkAnswersMetadata;
export default pages.CheckAnswersPage;
