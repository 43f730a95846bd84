import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('questionnaire');
export const generateMetadata = pages.checkAnswersMetadata;
export default pages.CheckAnswersPage;
