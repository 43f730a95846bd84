import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('questionnaire');
export const generateMetadata = pages.sentMetadata;
export default pages.SentPage;
